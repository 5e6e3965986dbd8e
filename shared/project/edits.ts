/**
 * The workbench's edits of a project, other than corrections of the alignment (see
 * `alignment-edits.ts`): details, options, notes, codes, lexicon.
 *
 * Each takes a project and returns a new one (nothing is mutated), or a message for the
 * user when the edit cannot be made ("The outlet is empty."), so an undo stack is a list
 * of projects. Each checks what it changes as a file's reader would (`fields.ts`, the
 * anchors and limits of `parse.ts`), and only that: an edit of a valid project never makes
 * one that would not open again, and costs nothing in the size of the rest. Times are
 * passed in (ISO 8601 UTC, e.g. `new Date().toISOString()`), so the edits are
 * deterministic.
 */
import { parseLexiconFile } from '../analysis/lexicon-file';
import type { DiffOptions } from '../model';
import { anchorKey } from './anchors';
import {
  colourProblem,
  dateProblem,
  lineProblem,
  textProblem,
  timestampProblem,
  urlProblem,
} from './fields';
import { anchorProblem } from './parse';
import type {
  Anchor,
  Code,
  DetailField,
  Project,
  ProjectArticle,
  ProjectLexicon,
  ProjectResult,
  UserDetails,
} from './types';
import { DETAIL_FIELDS, PROJECT_LIMITS } from './types';

/** The outcome of an edit that adds something: the new project and the new item's id. */
export type AddResult =
  | { readonly ok: true; readonly project: Project; readonly id: string }
  | { readonly ok: false; readonly message: string };

/** Names of the details, for messages. */
const DETAIL_NAMES: Readonly<Record<DetailField, string>> = {
  title: 'title',
  outlet: 'outlet',
  date: 'date',
  url: 'address',
};

/**
 * Sets details of an article as the user's: a string is the user's value (trimmed), null
 * says there is none (outlet, date, URL); a field left out is unchanged. Dates are
 * `YYYY-MM-DD`; addresses `http(s)://…`.
 */
export function setDetails(project: Project, article: number, patch: UserDetails): ProjectResult {
  const current = project.articles[article];
  if (current === undefined) {
    return fail(`There is no article ${article + 1}.`);
  }
  const user = patchUserDetails(current.user, patch);
  return user.ok
    ? finish(withArticle(project, article, { ...current, user: user.user }))
    : fail(user.message);
}

/**
 * The user's details with a patch applied, checked as {@link setDetails} checks them (for
 * articles outside a project, e.g. in the app's library): a string is the user's value
 * (trimmed), null says there is none (outlet, date, URL); a field left out is unchanged.
 */
export function patchUserDetails(
  current: UserDetails,
  patch: UserDetails,
):
  | { readonly ok: true; readonly user: UserDetails }
  | { readonly ok: false; readonly message: string } {
  const user: { -readonly [K in DetailField]?: UserDetails[K] } = { ...current };
  for (const field of DETAIL_FIELDS) {
    const value = patch[field];
    if (value === undefined) {
      continue;
    }
    if (value === null) {
      if (field === 'title') {
        return fail('An article always has a title.');
      }
      user[field] = null;
      continue;
    }
    const trimmed = value.trim();
    const problem =
      field === 'date'
        ? trimmed === ''
          ? 'is empty'
          : dateProblem(trimmed)
        : field === 'url'
          ? trimmed === ''
            ? 'is empty'
            : urlProblem(trimmed)
          : lineProblem(trimmed);
    if (problem !== null) {
      return fail(`The ${DETAIL_NAMES[field]} ${problem}.`);
    }
    user[field] = trimmed;
  }
  return { ok: true, user: ordered(user) };
}

/** Forgets the user's values of these details: the detected ones apply again. */
export function resetDetails(
  project: Project,
  article: number,
  fields: ReadonlyArray<DetailField> = DETAIL_FIELDS,
): ProjectResult {
  const current = project.articles[article];
  if (current === undefined) {
    return fail(`There is no article ${article + 1}.`);
  }
  const user: { -readonly [K in DetailField]?: UserDetails[K] } = { ...current.user };
  for (const field of fields) {
    delete user[field];
  }
  return finish(withArticle(project, article, { ...current, user: ordered(user) }));
}

/** Names the story (an empty name: unnamed, the base article's title stands in). */
export function setStory(project: Project, story: string): ProjectResult {
  const trimmed = story.trim();
  const problem = trimmed === '' ? null : lineProblem(trimmed);
  return problem === null
    ? finish({ ...project, story: trimmed })
    : fail(`The story's name ${problem}.`);
}

/** Makes another article the base. */
export function setBase(project: Project, base: number): ProjectResult {
  return base >= 0 && base < project.articles.length && Number.isInteger(base)
    ? finish({ ...project, base })
    : fail(`There is no article ${base + 1}.`);
}

/** Changes how wording is compared. */
export function setDiffOptions(project: Project, diff: DiffOptions): ProjectResult {
  return finish({
    ...project,
    diff: {
      ignoreCase: diff.ignoreCase,
      ignorePunctuation: diff.ignorePunctuation,
      normalizeQuotes: diff.normalizeQuotes,
      ignoreWhitespace: diff.ignoreWhitespace,
    },
  });
}

/** Includes an article flagged as another story or event (or leaves it out again). */
export function setIncluded(project: Project, article: number, included: boolean): ProjectResult {
  if (project.articles[article] === undefined) {
    return fail(`There is no article ${article + 1}.`);
  }
  const others = project.include.filter((k) => k !== article);
  const include = included ? [...others, article].sort((x, y) => x - y) : others;
  return finish({ ...project, include });
}

/** Uses a lexicon file's text (checked as the Analysis panel checks it), or none (null). */
export function setLexicon(project: Project, lexicon: ProjectLexicon | null): ProjectResult {
  if (lexicon === null) {
    return finish({ ...project, lexicon: null });
  }
  const name = lineProblem(lexicon.name);
  if (name !== null) {
    return fail(`The lexicon's name ${name}.`);
  }
  const parsed = parseLexiconFile(lexicon.content, lexicon.name);
  return parsed.ok
    ? finish({ ...project, lexicon: { name: lexicon.name, content: lexicon.content } })
    : fail(parsed.message);
}

/** Adds a note on a row or a difference (make the anchor with `rowAnchor`/`differenceAnchor`). */
export function addNote(project: Project, target: Anchor, text: string, at: string): AddResult {
  const problem = textProblem(text);
  if (problem !== null) {
    return fail(`The note ${problem}.`);
  }
  const refused =
    timeProblem(at) ??
    targetProblem(project, target) ??
    limitProblem(project.notes, PROJECT_LIMITS.notes, 'notes');
  if (refused !== null) {
    return fail(refused);
  }
  const id = nextId('note', project.notes);
  const notes = [...project.notes, { id, target, text, created: at, updated: at }];
  return added(finish({ ...project, notes }), id);
}

/** Changes a note's text. */
export function editNote(project: Project, id: string, text: string, at: string): ProjectResult {
  const index = project.notes.findIndex((n) => n.id === id);
  const note = project.notes[index];
  if (note === undefined) {
    return fail('That note no longer exists.');
  }
  const problem = textProblem(text);
  if (problem !== null) {
    return fail(`The note ${problem}.`);
  }
  const time = timeProblem(at);
  if (time !== null) {
    return fail(time);
  }
  return finish({
    ...project,
    notes: replaced(project.notes, index, { ...note, text, updated: at }),
  });
}

/** Removes a note. */
export function removeNote(project: Project, id: string): ProjectResult {
  return project.notes.some((n) => n.id === id)
    ? finish({ ...project, notes: project.notes.filter((n) => n.id !== id) })
    : fail('That note no longer exists.');
}

/** What a code is made of when added or edited. */
export interface CodeFields {
  /** Shown name (one line, unique in the codebook regardless of case). */
  readonly name: string;
  /** `#rrggbb` (stored in lower case). */
  readonly colour: string;
  /** What the code means; empty or left out for none. */
  readonly description?: string;
}

/** Adds a code to the codebook. */
export function addCode(project: Project, code: CodeFields): AddResult {
  const full = limitProblem(project.codebook, PROJECT_LIMITS.codes, 'codes');
  if (full !== null) {
    return fail(full);
  }
  const id = nextId('code', project.codebook);
  const made = makeCode(project, id, code);
  return typeof made === 'string'
    ? fail(made)
    : added(finish({ ...project, codebook: [...project.codebook, made] }), id);
}

/** Renames, recolours or redescribes a code (its applications follow). */
export function editCode(project: Project, id: string, code: CodeFields): ProjectResult {
  const index = project.codebook.findIndex((c) => c.id === id);
  if (index < 0) {
    return fail('That code no longer exists.');
  }
  const made = makeCode(project, id, code);
  return typeof made === 'string'
    ? fail(made)
    : finish({ ...project, codebook: replaced(project.codebook, index, made) });
}

/** Removes a code from the codebook, and every application of it. */
export function removeCode(project: Project, id: string): ProjectResult {
  return project.codebook.some((c) => c.id === id)
    ? finish({
        ...project,
        codebook: project.codebook.filter((c) => c.id !== id),
        codings: project.codings.filter((c) => c.code !== id),
      })
    : fail('That code no longer exists.');
}

/** Moves a code to another place in the codebook (the order it is shown in). */
export function moveCode(project: Project, id: string, to: number): ProjectResult {
  const code = project.codebook.find((c) => c.id === id);
  if (code === undefined) {
    return fail('That code no longer exists.');
  }
  const rest = project.codebook.filter((c) => c.id !== id);
  const at = Math.max(0, Math.min(rest.length, Math.trunc(to)));
  return finish({ ...project, codebook: [...rest.slice(0, at), code, ...rest.slice(at)] });
}

/** Applies a code to a row or a difference. */
export function applyCode(project: Project, code: string, target: Anchor, at: string): AddResult {
  const entry = project.codebook.find((c) => c.id === code);
  if (entry === undefined) {
    return fail('That code no longer exists.');
  }
  const refused =
    timeProblem(at) ??
    targetProblem(project, target) ??
    limitProblem(project.codings, PROJECT_LIMITS.codings, 'codes applied');
  if (refused !== null) {
    return fail(refused);
  }
  const key = anchorKey(target);
  if (project.codings.some((c) => c.code === code && anchorKey(c.target) === key)) {
    return fail(`"${entry.name}" is already applied here.`);
  }
  const id = nextId('coding', project.codings);
  const codings = [...project.codings, { id, code, target, created: at }];
  return added(finish({ ...project, codings }), id);
}

/** Removes one application of a code. */
export function removeCodeApplication(project: Project, id: string): ProjectResult {
  return project.codings.some((c) => c.id === id)
    ? finish({ ...project, codings: project.codings.filter((c) => c.id !== id) })
    : fail('That code is no longer applied there.');
}

/** An edit's result: the edited project (the edit checked what it changed). */
export function finish(project: Project): ProjectResult {
  return { ok: true, project };
}

/** Why an anchor cannot be a target in this project (its paragraphs or sides are not there). */
function targetProblem(project: Project, target: Anchor): string | null {
  const problem = anchorProblem(target, project.articles);
  return problem === null ? null : `That place is not in these articles (${problem}).`;
}

/** Refuses one more item past a project's limit (a file over it would not open). */
function limitProblem(items: ReadonlyArray<unknown>, limit: number, what: string): string | null {
  return items.length < limit ? null : `A project holds at most ${limit} ${what}.`;
}

function fail(message: string): { readonly ok: false; readonly message: string } {
  return { ok: false, message };
}

function added(result: ProjectResult, id: string): AddResult {
  return result.ok ? { ok: true, project: result.project, id } : result;
}

function timeProblem(at: string): string | null {
  const problem = timestampProblem(at);
  return problem === null ? null : `The time ${JSON.stringify(at)} ${problem}.`;
}

/** The first free id `prefix-N` after the highest in use. */
function nextId(prefix: string, items: ReadonlyArray<{ readonly id: string }>): string {
  const pattern = new RegExp(`^${prefix}-(\\d{1,15})$`, 'u');
  const highest = items.reduce((max, item) => {
    const m = pattern.exec(item.id);
    return m === null ? max : Math.max(max, Number(m[1]));
  }, 0);
  return `${prefix}-${highest + 1}`;
}

function makeCode(project: Project, id: string, fields: CodeFields): Code | string {
  const name = fields.name.trim();
  const colour = fields.colour.trim().toLowerCase();
  const description = (fields.description ?? '').trim();
  const problem =
    prefixed('The code name', lineProblem(name)) ??
    prefixed('The colour', colourProblem(colour)) ??
    (description === '' ? null : prefixed('The description', textProblem(description)));
  if (problem !== null) {
    return problem;
  }
  const clash = project.codebook.find(
    (c) => c.id !== id && c.name.trim().toLowerCase() === name.toLowerCase(),
  );
  if (clash !== undefined) {
    return `There is already a code named "${clash.name}".`;
  }
  return description === '' ? { id, name, colour } : { id, name, colour, description };
}

function prefixed(what: string, problem: string | null): string | null {
  return problem === null ? null : `${what} ${problem}.`;
}

function withArticle(project: Project, index: number, article: ProjectArticle): Project {
  return { ...project, articles: replaced(project.articles, index, article) };
}

function replaced<T>(items: ReadonlyArray<T>, index: number, item: T): ReadonlyArray<T> {
  return items.map((x, i) => (i === index ? item : x));
}

/** User details with their keys in file order (so equal details are deep-equal). */
function ordered(user: UserDetails): UserDetails {
  const out: { -readonly [K in DetailField]?: UserDetails[K] } = {};
  for (const field of DETAIL_FIELDS) {
    if (user[field] !== undefined) {
      out[field] = user[field] as never;
    }
  }
  return out;
}
