/**
 * The session (pure): the library, what is ticked and the workbench, as one JSON text that
 * the app keeps while there is unsaved work (web: local storage, saved work too; desktop: a
 * recovery file in the user-data folder) and reads back after a reload or a crash.
 *
 * Its heart is a project of every library article (so it is checked exactly as a project
 * file is), with the ticks, the articles left out as another story, the sample story's
 * articles and the open document around it.
 */
import {
  parseProject,
  projectJson,
  validateProject,
  type Project,
  type ProjectLexicon,
} from '../shared/project';
import type { DiffOptions } from '../shared/model';
import type { LibraryItem } from './library';
import { workbenchProject, type Workbench } from './workbench';

/** The value of a session's `format` field. */
export const SESSION_FORMAT = 'news-compare-session';

/** The session format's version. */
export const SESSION_VERSION = 1;

/**
 * The document the work belongs to: a project file, by its name and (desktop) the main
 * process's id for it, by which it is saved again (the renderer never names paths).
 */
export interface DocumentRef {
  readonly name: string;
  readonly id: string | null;
}

/** A session read back. */
export interface Session {
  /** Every library article kept, with its details and the work about it. */
  readonly project: Project;
  /** Indices (in `project.articles`) of the articles ticked. */
  readonly selected: ReadonlyArray<number>;
  /** Indices of the articles of the sample story. */
  readonly sample: ReadonlyArray<number>;
  /** Articles flagged as another story (index → the reason), left out unless included. */
  readonly flagged: Readonly<Record<number, string>>;
  /**
   * Columns the reader showed (true) or hid (false), by index; those hidden are also the
   * project's `hidden`, those ticked by hand its `shown`.
   */
  readonly columns: Readonly<Record<number, boolean>>;
  /**
   * Blind mode (outlets named Outlet A, B…): a reload in front of a class must not reveal
   * the outlets it hid.
   */
  readonly blind: boolean;
  /** The library is shown (the Library toggle): a reload keeps the room the reader made. */
  readonly library: boolean;
  /** The project file the work belongs to, or null (not saved yet). */
  readonly document: DocumentRef | null;
  /**
   * Nothing is unsaved: the work is as saved in the document, or (with no document) there
   * is no work yet, only the articles opened (web mode keeps them over a reload).
   */
  readonly saved: boolean;
  /** When it was kept (ISO 8601 UTC). */
  readonly savedAt: string;
}

/** What a session is made of. */
export interface SessionSource {
  readonly items: ReadonlyArray<LibraryItem>;
  readonly selected: ReadonlyArray<string>;
  readonly baseId: string | null;
  readonly included: ReadonlyArray<string>;
  readonly options: DiffOptions;
  readonly lexicon: ProjectLexicon | null;
  readonly workbench: Workbench;
  /** Articles flagged as another story (id → the reason). */
  readonly flagged: Readonly<Record<string, string>>;
  /** The columns the reader unticked, by id (kept as the project's `hidden`). */
  readonly readerHid: ReadonlyArray<string>;
  /** The columns the reader ticked, by id (kept as the project's `shown`). */
  readonly readerShowed: ReadonlyArray<string>;
  /** Columns the reader showed (true) or hid (false), by id. */
  readonly columns: Readonly<Record<string, boolean>>;
  /** Blind mode is on. */
  readonly blind: boolean;
  /** The library is shown. */
  readonly library: boolean;
  readonly document: DocumentRef | null;
  /** The work is as saved in the document. */
  readonly saved: boolean;
}

/**
 * The session's text, or a message when it cannot be kept (fewer than two articles hold
 * nothing a project could; more than a project holds).
 */
export function serializeSession(
  source: SessionSource,
  savedAt: string,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string } {
  const { items } = source;
  const index = new Map(items.map((item, k) => [item.id, k]));
  const indices = (ids: ReadonlyArray<string>): number[] =>
    ids.flatMap((id) => {
      const k = index.get(id);
      return k === undefined ? [] : [k];
    });
  const base = index.get(source.baseId ?? '') ?? index.get(source.selected[0] ?? '') ?? 0;
  const project = workbenchProject(
    items,
    {
      base,
      diff: source.options,
      include: indices(source.included),
      lexicon: source.lexicon,
      hidden: indices(source.readerHid),
      shown: indices(source.readerShowed),
    },
    source.workbench,
  );
  const checked = validateProject(project, 'The unsaved work');
  if (!checked.ok) {
    return checked;
  }
  const text = JSON.stringify({
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    savedAt,
    document: source.document === null ? null : { name: source.document.name },
    saved: source.saved,
    selected: indices(source.selected),
    flagged: Object.entries(source.flagged).flatMap(([id, reason]) => {
      const k = index.get(id);
      return k === undefined ? [] : [[k, reason]];
    }),
    columns: Object.entries(source.columns).flatMap(([id, show]) => {
      const k = index.get(id);
      return k === undefined ? [] : [[k, show]];
    }),
    sample: indices(items.filter((i) => i.source === 'sample').map((i) => i.id)),
    blind: source.blind,
    library: source.library,
    project: projectJson(project),
  });
  return { ok: true, text };
}

/** Reads a session's text; `name` names it in messages. Never throws. */
export function parseSession(
  text: string,
  name: string,
):
  | { readonly ok: true; readonly session: Session }
  | { readonly ok: false; readonly message: string } {
  const fail = (why: string) => ({ ok: false as const, message: `${name}: ${why}` });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('the unsaved work is damaged');
  }
  if (typeof data !== 'object' || data === null) {
    return fail('not unsaved work of News Compare');
  }
  const record = data as Record<string, unknown>;
  if (record.format !== SESSION_FORMAT) {
    return fail('not unsaved work of News Compare');
  }
  if (record.version !== SESSION_VERSION) {
    return fail('kept by another version of News Compare');
  }
  const project = parseProject(JSON.stringify(record.project ?? null), name);
  if (!project.ok) {
    return project;
  }
  const count = project.project.articles.length;
  const indices = (value: unknown): number[] | null =>
    Array.isArray(value) &&
    value.every((k) => Number.isInteger(k) && (k as number) >= 0 && (k as number) < count)
      ? [...new Set(value as number[])]
      : null;
  const selected = indices(record.selected);
  const sample = indices(record.sample);
  const document = readDocument(record.document);
  // Sessions kept before these fields existed had no article flagged, and unsaved work.
  // The flagged articles' reasons, and the columns the reader showed or hid.
  const flagged = readIndexed(record.flagged ?? [], count, isString);
  const columns = readIndexed(record.columns ?? [], count, isBoolean);
  if (
    selected === null ||
    sample === null ||
    document === undefined ||
    flagged === null ||
    columns === null
  ) {
    return fail('the unsaved work is damaged');
  }
  const savedAt = typeof record.savedAt === 'string' ? record.savedAt : '';
  const saved = record.saved === true;
  // Kept before blind mode was: off.
  const blind = record.blind === true;
  // Kept before the library's visibility was: shown.
  const library = record.library !== false;
  return {
    ok: true,
    session: {
      project: project.project,
      selected,
      sample,
      flagged,
      columns,
      blind,
      library,
      document,
      saved,
      savedAt,
    },
  };
}

/**
 * `[index, value]` pairs as a record, or null when they are not `count` articles' or a
 * value is not what `is` accepts.
 */
function readIndexed<T>(
  value: unknown,
  count: number,
  is: (v: unknown) => v is T,
): Readonly<Record<number, T>> | null {
  if (!Array.isArray(value)) {
    return null;
  }
  const out: Record<number, T> = {};
  for (const entry of value) {
    const [k, v] = Array.isArray(entry) ? (entry as unknown[]) : [];
    if (!Number.isInteger(k) || (k as number) < 0 || (k as number) >= count || !is(v)) {
      return null;
    }
    out[k as number] = v;
  }
  return out;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

function readDocument(value: unknown): DocumentRef | null | undefined {
  if (value === null) {
    return null;
  }
  if (typeof value !== 'object') {
    return undefined;
  }
  const { name } = value as Record<string, unknown>;
  // An id names a file for one run of the app only: the recovery gives a new one.
  return typeof name === 'string' && name.length <= 4096 ? { name, id: null } : undefined;
}
