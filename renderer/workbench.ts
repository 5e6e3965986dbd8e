/**
 * The researcher's work in the app (pure): details, corrections of the alignment, notes,
 * the codebook and codes, kept by library article (its id) rather than by position, so
 * they survive ticking, unticking and reordering articles.
 *
 * The comparison on screen is of some library articles; {@link workbenchProject} makes the
 * project of them (what the shared edits, the save and the exports take), and
 * {@link fromProject} takes an edited project back, leaving the work on other articles as
 * it was. A workbench is immutable: an undo stack is a list of workbenches.
 */
import {
  articleIndex,
  paraIndex,
  type Article,
  type DiffOptions,
  type ParagraphPair,
} from '../shared/model';
import type {
  Anchor,
  Code,
  Coding,
  DifferenceSide,
  Note,
  ParagraphRef,
  Project,
  ProjectArticle,
  ProjectLexicon,
  UserDetails,
} from '../shared/project';
import { PROJECT_FORMAT, PROJECT_VERSION, withUserDetails } from '../shared/project';
import { wordList } from '../shared/util/word-list';
import type { LibraryItem } from './library';

/** A paragraph of a library article. */
export interface ItemParagraph {
  /** The library id. */
  readonly item: string;
  readonly paragraph: number;
}

/** Two paragraphs of different library articles. */
export interface ItemPair {
  readonly a: string;
  readonly paragraphA: number;
  readonly b: string;
  readonly paragraphB: number;
}

/** One side of a difference, by library article. */
export interface ItemSide extends Omit<DifferenceSide, 'article'> {
  readonly item: string;
}

/** An anchor (see the project's `Anchor`) by library article. */
export type ItemAnchor =
  | { readonly kind: 'row'; readonly paragraphs: ReadonlyArray<ItemParagraph> }
  | {
      readonly kind: 'difference';
      readonly paragraphs: ReadonlyArray<ItemParagraph>;
      readonly sides: readonly [ItemSide, ItemSide];
    };

/** A note, anchored by library article. */
export type ItemNote = Omit<Note, 'target'> & { readonly target: ItemAnchor };

/** A code applied, anchored by library article. */
export type ItemCoding = Omit<Coding, 'target'> & { readonly target: ItemAnchor };

/** Everything the user made, by library article. */
export interface Workbench {
  /** The story's name ("" when unnamed). */
  readonly story: string;
  /** The user's details per library id (no entry: nothing set). */
  readonly details: Readonly<Record<string, UserDetails>>;
  /** Corrections of the alignment. */
  readonly manual: {
    readonly links: ReadonlyArray<ItemPair>;
    readonly unlinks: ReadonlyArray<ItemPair>;
  };
  readonly notes: ReadonlyArray<ItemNote>;
  readonly codebook: ReadonlyArray<Code>;
  readonly codings: ReadonlyArray<ItemCoding>;
}

/** Nothing made yet. */
export const EMPTY_WORKBENCH: Workbench = {
  story: '',
  details: {},
  manual: { links: [], unlinks: [] },
  notes: [],
  codebook: [],
  codings: [],
};

/** What else a project holds: the comparison's settings. */
export interface ProjectSettings {
  /** Index of the base among the items. */
  readonly base: number;
  readonly diff: DiffOptions;
  /** Indices of the items included although flagged as another story. */
  readonly include: ReadonlyArray<number>;
  readonly lexicon: ProjectLexicon | null;
  /** Indices of the items the reader hid in the column chooser (default none). */
  readonly hidden?: ReadonlyArray<number>;
  /** Indices of the items the reader showed by hand in the column chooser (default none). */
  readonly shown?: ReadonlyArray<number>;
}

/** A library article with the user's details (`details`: the workbench's) applied: what every view shows. */
export function shownArticle(item: LibraryItem, details: Workbench['details']): Article {
  const user = details[item.id];
  return user === undefined ? item.article : withUserDetails(item.article, user);
}

/**
 * The project of some library articles (`items`, in comparison order): their texts and
 * details, the settings, and the work that is about them only (corrections between two of
 * them, notes and codes on their paragraphs). Not checked: the shared edits check what
 * they return, and a save checks the whole.
 */
export function workbenchProject(
  items: ReadonlyArray<LibraryItem>,
  settings: ProjectSettings,
  workbench: Workbench,
): Project {
  const index = new Map(items.map((item, k) => [item.id, k]));
  const pairs = (list: ReadonlyArray<ItemPair>): ParagraphPair[] =>
    list.flatMap((p) => {
      const a = index.get(p.a);
      const b = index.get(p.b);
      return a === undefined || b === undefined
        ? []
        : [
            orderedPair({
              a: articleIndex(a),
              paragraphA: paraIndex(p.paragraphA),
              b: articleIndex(b),
              paragraphB: paraIndex(p.paragraphB),
            }),
          ];
    });
  const anchor = (target: ItemAnchor): Anchor | null => toAnchor(target, index);
  // The base is shown whatever the reader chose.
  const columns = (list: ReadonlyArray<number>): number[] =>
    [...new Set(list)].filter((k) => k !== settings.base).sort((x, y) => x - y);
  const hidden = columns(settings.hidden ?? []);
  const shown = columns(settings.shown ?? []).filter((k) => !hidden.includes(k));
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    story: workbench.story,
    articles: items.map((item) => projectArticle(item, workbench.details[item.id] ?? {})),
    base: settings.base,
    diff: settings.diff,
    include: [...settings.include].sort((x, y) => x - y),
    ...(hidden.length === 0 ? {} : { hidden }),
    ...(shown.length === 0 ? {} : { shown }),
    manual: { links: pairs(workbench.manual.links), unlinks: pairs(workbench.manual.unlinks) },
    notes: workbench.notes.flatMap((n) => {
      const target = anchor(n.target);
      return target === null ? [] : [{ ...n, target }];
    }),
    codebook: workbench.codebook,
    codings: workbench.codings.flatMap((c) => {
      const target = anchor(c.target);
      return target === null ? [] : [{ ...c, target }];
    }),
    lexicon: settings.lexicon,
  };
}

/** A library article as a project article. */
function projectArticle(item: LibraryItem, user: UserDetails): ProjectArticle {
  const a = item.article;
  return {
    file: a.file,
    paragraphs: a.paragraphs,
    detected: {
      title: a.title,
      titleSource: a.titleSource === 'user' ? 'manifest' : a.titleSource,
      outlet: a.outlet,
      date: a.date,
      url: item.url,
    },
    user,
  };
}

/** A pair with the lower article first. */
function orderedPair(p: ParagraphPair): ParagraphPair {
  return p.a < p.b ? p : { a: p.b, paragraphA: p.paragraphB, b: p.a, paragraphB: p.paragraphA };
}

/** An anchor by article index, or null when it names an article not among `index`. */
function toAnchor(target: ItemAnchor, index: ReadonlyMap<string, number>): Anchor | null {
  const refs: ParagraphRef[] = [];
  for (const p of target.paragraphs) {
    const article = index.get(p.item);
    if (article === undefined) {
      return null;
    }
    refs.push({ article, paragraph: p.paragraph });
  }
  refs.sort((x, y) => x.article - y.article || x.paragraph - y.paragraph);
  if (target.kind === 'row') {
    return { kind: 'row', paragraphs: refs };
  }
  const sides = target.sides.map((s) => {
    const article = index.get(s.item);
    return article === undefined
      ? null
      : { article, paragraph: s.paragraph, offset: s.offset, text: s.text };
  });
  const [first, second] = sides;
  return first && second ? { kind: 'difference', paragraphs: refs, sides: [first, second] } : null;
}

/** An anchor by library article. */
export function toItemAnchor(anchor: Anchor, ids: ReadonlyArray<string>): ItemAnchor {
  const id = (article: number): string => ids[article] ?? '';
  const paragraphs = anchor.paragraphs.map((p) => ({
    item: id(p.article),
    paragraph: p.paragraph,
  }));
  if (anchor.kind === 'row') {
    return { kind: 'row', paragraphs };
  }
  const [first, second] = anchor.sides.map((s) => ({
    item: id(s.article),
    paragraph: s.paragraph,
    offset: s.offset,
    text: s.text,
  }));
  return { kind: 'difference', paragraphs, sides: [first as ItemSide, second as ItemSide] };
}

/** Whether an anchor names the library article `id`. */
function names(target: ItemAnchor, id: string): boolean {
  return (
    target.paragraphs.some((p) => p.item === id) ||
    (target.kind === 'difference' && target.sides.some((s) => s.item === id))
  );
}

/**
 * The work that names the library article `id` (its details aside), in words ("your links
 * and notes", "your corrections", "your codes"), or null when there is none. Links by hand
 * alone are "links"; with pairs kept apart (a split, a move) they are "corrections".
 */
export function workAbout(workbench: Workbench, id: string): string | null {
  const pair = (p: ItemPair): boolean => p.a === id || p.b === id;
  const unlinks = workbench.manual.unlinks.some(pair);
  const kinds = [
    unlinks ? 'corrections' : workbench.manual.links.some(pair) ? 'links' : null,
    workbench.notes.some((n) => names(n.target, id)) ? 'notes' : null,
    workbench.codings.some((c) => names(c.target, id)) ? 'codes' : null,
  ].filter((k): k is string => k !== null);
  return kinds.length === 0 ? null : `your ${wordList(kinds)}`;
}

/**
 * The workbench without the work about one library article, as its removal from the
 * library leaves it: its details, the corrections naming it, and the notes and codes on
 * rows it is part of (undo brings them back with the article). The same workbench when
 * there is no such work, so that removing an article never touched is no change of work.
 */
export function withoutItem(workbench: Workbench, id: string): Workbench {
  const pairs = (list: ReadonlyArray<ItemPair>): ReadonlyArray<ItemPair> =>
    list.filter((p) => p.a !== id && p.b !== id);
  const links = pairs(workbench.manual.links);
  const unlinks = pairs(workbench.manual.unlinks);
  const notes = workbench.notes.filter((n) => !names(n.target, id));
  const codings = workbench.codings.filter((c) => !names(c.target, id));
  const unchanged =
    workbench.details[id] === undefined &&
    links.length === workbench.manual.links.length &&
    unlinks.length === workbench.manual.unlinks.length &&
    notes.length === workbench.notes.length &&
    codings.length === workbench.codings.length;
  if (unchanged) {
    return workbench;
  }
  const details = Object.fromEntries(Object.entries(workbench.details).filter(([k]) => k !== id));
  return { ...workbench, details, manual: { links, unlinks }, notes, codings };
}

/** Whether every article an anchor names is among `ids`. */
function within(target: ItemAnchor, ids: ReadonlySet<string>): boolean {
  return (
    target.paragraphs.every((p) => ids.has(p.item)) &&
    (target.kind === 'row' || target.sides.every((s) => ids.has(s.item)))
  );
}

/** The notes and codes on one row (or difference) of articles not all compared now. */
export interface WorkAside {
  /** Names the anchor, the same for every note and code on it. */
  readonly key: string;
  readonly target: ItemAnchor;
  /** The library ids the anchor names that are not compared now, in the anchor's order. */
  readonly missing: ReadonlyArray<string>;
  /** Notes on it, oldest first. */
  readonly notes: ReadonlyArray<ItemNote>;
  /** Codes applied to it, in codebook order. */
  readonly codes: ReadonlyArray<{ readonly coding: ItemCoding; readonly code: Code }>;
}

/**
 * The work the project of `ids` (the articles compared) leaves out: notes and codes on rows
 * that hold an article not compared now. Kept by the workbench, they come back with the
 * article; until then the Notes tab lists them, saying why they are not on a row.
 */
export function workAside(
  workbench: Workbench,
  ids: ReadonlyArray<string>,
): ReadonlyArray<WorkAside> {
  const compared = new Set(ids);
  const groups = new Map<
    string,
    { target: ItemAnchor; notes: ItemNote[]; codes: WorkAside['codes'][number][] }
  >();
  const groupOf = (target: ItemAnchor) => {
    const key = JSON.stringify(target);
    const group = groups.get(key) ?? { target, notes: [], codes: [] };
    groups.set(key, group);
    return group;
  };
  for (const note of workbench.notes) {
    if (!within(note.target, compared)) {
      groupOf(note.target).notes.push(note);
    }
  }
  const rank = new Map(workbench.codebook.map((c, i) => [c.id, i]));
  for (const coding of workbench.codings) {
    const code = workbench.codebook.find((c) => c.id === coding.code);
    if (code !== undefined && !within(coding.target, compared)) {
      groupOf(coding.target).codes.push({ coding, code });
    }
  }
  return [...groups.entries()].map(([key, group]) => ({
    key,
    target: group.target,
    missing: [
      ...new Set([
        ...group.target.paragraphs.map((p) => p.item),
        ...(group.target.kind === 'difference' ? group.target.sides.map((s) => s.item) : []),
      ]),
    ].filter((id) => !compared.has(id)),
    notes: [...group.notes].sort((a, b) => Date.parse(a.created) - Date.parse(b.created)),
    codes: [...group.codes].sort((a, b) => (rank.get(a.code.id) ?? 0) - (rank.get(b.code.id) ?? 0)),
  }));
}

/**
 * The workbench after the project of `ids` (in project order) was edited: the project's
 * details, corrections, notes and codes for those articles, the work about other articles
 * kept as it was (a new id that an item kept aside already has is renamed), the codebook
 * and the story's name from the project.
 */
export function fromProject(
  project: Project,
  ids: ReadonlyArray<string>,
  previous: Workbench,
): Workbench {
  const chosen = new Set(ids);
  const pairs = (
    kept: ReadonlyArray<ItemPair>,
    edited: ReadonlyArray<ParagraphPair>,
  ): ItemPair[] => [
    ...kept.filter((p) => !(chosen.has(p.a) && chosen.has(p.b))),
    ...edited.map((p) => ({
      a: ids[p.a] ?? '',
      paragraphA: p.paragraphA,
      b: ids[p.b] ?? '',
      paragraphB: p.paragraphB,
    })),
  ];
  const details: Record<string, UserDetails> = { ...previous.details };
  project.articles.forEach((article, k) => {
    const id = ids[k];
    if (id === undefined) {
      return;
    }
    if (Object.keys(article.user).length === 0) {
      delete details[id];
    } else {
      details[id] = article.user;
    }
  });
  const codes = new Set(project.codebook.map((c) => c.id));
  const keptNotes = previous.notes.filter((n) => !within(n.target, chosen));
  const keptCodings = previous.codings.filter(
    (c) => !within(c.target, chosen) && codes.has(c.code),
  );
  return {
    story: project.story,
    details,
    manual: {
      links: pairs(previous.manual.links, project.manual.links),
      unlinks: pairs(previous.manual.unlinks, project.manual.unlinks),
    },
    notes: [
      ...keptNotes,
      ...renamed(
        'note',
        keptNotes,
        project.notes.map((n) => ({ ...n, target: toItemAnchor(n.target, ids) })),
      ),
    ],
    codebook: project.codebook,
    codings: [
      ...keptCodings,
      ...renamed(
        'coding',
        keptCodings,
        project.codings.map((c) => ({ ...c, target: toItemAnchor(c.target, ids) })),
      ),
    ],
  };
}

/** `items` with any id that `kept` already uses renamed to a free `prefix-N`. */
function renamed<T extends { readonly id: string }>(
  prefix: string,
  kept: ReadonlyArray<{ readonly id: string }>,
  items: ReadonlyArray<T>,
): T[] {
  const used = new Set([...kept, ...items].map((i) => i.id));
  const taken = new Set(kept.map((i) => i.id));
  let next = 1;
  return items.map((item) => {
    if (!taken.has(item.id)) {
      return item;
    }
    while (used.has(`${prefix}-${next}`)) {
      next++;
    }
    const id = `${prefix}-${next}`;
    used.add(id);
    return { ...item, id };
  });
}
