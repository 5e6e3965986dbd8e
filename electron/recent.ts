/**
 * File > Recent, pure parts: the main process's registry of the files the user opened (the
 * renderer names them by id, never by path), the stored list of comparisons and projects,
 * and their names.
 */
import {
  MAX_RECENT,
  MAX_RECENT_FILES,
  type FileId,
  type RecentComparison,
  type RecentEntry,
  type RecentRequest,
} from '../shared/ipc';

/** Longest title shown in the menu before it is cut with "…". */
export const MAX_RECENT_TITLE = 60;

/**
 * The files the user opened in this session (dialog, drop, command line, recent list), by
 * id. Only these may be remembered: a renderer that asks for another file gets nothing.
 */
export interface FileRegistry {
  /** The id of a path (the same path keeps its id). */
  register(path: string): FileId;
  /** The paths of these ids, or null when one of them was never registered. */
  resolve(ids: ReadonlyArray<FileId>): ReadonlyArray<string> | null;
}

/** A new, empty registry. */
export function createFileRegistry(): FileRegistry {
  const byId = new Map<FileId, string>();
  const byPath = new Map<string, FileId>();
  return {
    register(path) {
      let id = byPath.get(path);
      if (id === undefined) {
        id = `f${byId.size + 1}`;
        byId.set(id, path);
        byPath.set(path, id);
      }
      return id;
    },
    resolve(ids) {
      const paths = ids.map((id) => byId.get(id));
      return paths.every((p) => p !== undefined) ? (paths as string[]) : null;
    },
  };
}

/**
 * A menu name from an article title: control and bidi characters dropped, whitespace
 * collapsed, cut at a word to {@link MAX_RECENT_TITLE} characters, and the number of
 * articles. A long title is shortened, never a reason to forget the comparison.
 *
 * Example: `recentName('Met police admit tweet critical of Sadiq Khan was unacceptable', 3)`
 * → `'Met police admit tweet critical of Sadiq Khan was… (3 articles)'`.
 */
export function recentName(title: string, articles: number): string {
  return `${menuTitle(title, 'Comparison')} (${articles} articles)`;
}

/** A project's menu name: its name, cleaned and shortened as {@link recentName} does. */
export function projectName(title: string): string {
  return `${menuTitle(title, 'Project')} (project)`;
}

/** A title cleaned of control and bidi characters and cut at a word for the menu. */
function menuTitle(title: string, fallback: string): string {
  const clean =
    title
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim() || fallback;
  const chars = [...clean];
  let short = clean;
  if (chars.length > MAX_RECENT_TITLE) {
    const cut = chars.slice(0, MAX_RECENT_TITLE).join('');
    const space = cut.lastIndexOf(' ');
    short = `${(space > MAX_RECENT_TITLE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  return short;
}

/** What identifies an entry: a project's path, or the set of article files. */
function recentKey(entry: RecentEntry): string {
  return 'project' in entry ? `project\n${entry.project}` : `files\n${entry.files.join('\n')}`;
}

/** The list with `entry` first; an earlier entry for the same files or project is replaced. */
export function withRecent(list: ReadonlyArray<RecentEntry>, entry: RecentEntry): RecentEntry[] {
  const key = recentKey(entry);
  return [entry, ...list.filter((r) => recentKey(r) !== key)].slice(0, MAX_RECENT);
}

/**
 * The list with the renderer's request (a comparison or a project) remembered first, or null
 * when it names a file id the registry never gave out (the renderer cannot make the app
 * remember, and later read, a file the user did not open).
 */
export function rememberRecent(
  list: ReadonlyArray<RecentEntry>,
  registry: FileRegistry,
  request: RecentRequest,
): RecentEntry[] | null {
  if ('projectId' in request) {
    const project = registry.resolve([request.projectId])?.[0];
    return project === undefined
      ? null
      : withRecent(list, { name: projectName(request.title), project });
  }
  const files = registry.resolve(request.fileIds);
  return files === null
    ? null
    : withRecent(list, { name: recentName(request.title, files.length), files });
}

/**
 * Reads the stored list (the main process's own file): malformed entries are dropped, names
 * too long for the menu are shortened.
 */
export function parseRecent(json: string): RecentEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) {
    return [];
  }
  const out: RecentEntry[] = [];
  for (const entry of value as Array<Partial<
    Record<keyof RecentComparison | 'project', unknown>
  > | null>) {
    const files = entry?.files;
    const project = entry?.project;
    if (
      typeof entry?.name === 'string' &&
      files === undefined &&
      typeof project === 'string' &&
      project.length > 0 &&
      project.length < 4096 &&
      !project.includes('\0')
    ) {
      out.push({ name: projectName(entry.name.replace(/ \(project\)$/u, '')), project });
    } else if (
      typeof entry?.name === 'string' &&
      Array.isArray(files) &&
      files.length >= 2 &&
      files.length <= MAX_RECENT_FILES &&
      files.every((f) => typeof f === 'string' && f.length > 0 && !f.includes('\0'))
    ) {
      // Names are made by recentName, which gives a stored name back unchanged; one stored
      // by an older version is made short and clean the same way.
      const title = entry.name.replace(/ \(\d+ articles\)$/u, '');
      out.push({ name: recentName(title, files.length), files: files as string[] });
    }
  }
  return out.slice(0, MAX_RECENT);
}

/** A menu label shows "&" as itself (a single one marks a keyboard accelerator). */
export function menuLabel(name: string): string {
  return name.replace(/&/gu, '&&');
}
