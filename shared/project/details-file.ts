/**
 * A details file: the articles' outlets, titles, dates and addresses for batch work from
 * the command line (`--details FILE`), set as the user's details over the detected ones.
 *
 * ```json
 * {
 *   "downloads/courier.html": { "outlet": "The Courier", "url": "https://courier.example/bridge" },
 *   "herald.txt": { "outlet": "The Herald", "title": "Bridge approved", "date": "2025-03-04" }
 * }
 * ```
 *
 * Each key names an article by its path (as given, or any path to the same file when the
 * caller can tell, see `applyDetailsFile`) or, without a folder, by its file name alone
 * (when only one article has that name); each value sets `title`, `outlet`, `date` (`YYYY-MM-DD`) or `url`
 * (`http(s)://…`); `null` says there is none (not for the title). Any fault is a message
 * naming the file and the key; nothing is applied then.
 */
import { baseName } from './details';
import { setDetails } from './edits';
import type { Project, ProjectResult, UserDetails } from './types';
import { DETAIL_FIELDS } from './types';

/** Largest details file read: far above any real list of articles. */
export const MAX_DETAILS_FILE_CHARS = 1024 * 1024;

/** One entry of a details file. */
export interface DetailsEntry {
  /** The article's path or file name, as the file gives it. */
  readonly key: string;
  /** The details to set. */
  readonly details: UserDetails;
}

/** A details file read, or why it cannot be. */
export type DetailsFileResult =
  | { readonly ok: true; readonly entries: ReadonlyArray<DetailsEntry> }
  | { readonly ok: false; readonly message: string };

/** Reads a details file's text; `file` names it in messages. */
export function parseDetailsFile(text: string, file: string): DetailsFileResult {
  const fail = (why: string): DetailsFileResult => ({ ok: false, message: `${file}: ${why}` });
  if (text.length > MAX_DETAILS_FILE_CHARS) {
    return fail('the details file is over 1 MiB');
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    return fail(
      `not valid JSON (${(error as Error).message}); a details file is one JSON object, e.g. { "a.txt": { "outlet": "The Herald" } }`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('expected an object whose keys are article files');
  }
  const entries: DetailsEntry[] = [];
  for (const [key, value] of Object.entries(data)) {
    const where = JSON.stringify(key);
    if (key.trim() === '') {
      return fail('an article file name is empty');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(`${where}: expected an object with "outlet", "title", "date" and/or "url"`);
    }
    const details: { -readonly [K in keyof UserDetails]: UserDetails[K] } = {};
    for (const [field, v] of Object.entries(value as Record<string, unknown>)) {
      const known = DETAIL_FIELDS.find((f) => f === field);
      if (known === undefined) {
        return fail(`${where}: unknown field "${field}" (expected outlet, title, date, url)`);
      }
      if (v === null && known !== 'title') {
        details[known] = null;
      } else if (typeof v === 'string') {
        details[known] = v;
      } else {
        return fail(
          `${where}.${known}: expected ${known === 'title' ? 'a string' : 'a string or null'}`,
        );
      }
    }
    entries.push({ key, details });
  }
  return { ok: true, entries };
}

/** Whether a key is a path (has a folder in it), not a file name alone. */
const isPath = (key: string): boolean => /[/\\]/u.test(key);

/**
 * Sets the entries' details on the project's articles. A key with a folder in it is a
 * path and names the article at that path (`samePath`: the CLI resolves both against the
 * working directory, so "./in/a.txt" and "/home/me/in/a.txt" name "in/a.txt"); a file
 * name alone names the article of that name. An entry that names no article, or names
 * several by file name, or whose value is refused (a date not written as YYYY-MM-DD), is an
 * error naming `file` and the entry.
 */
export function applyDetailsFile(
  project: Project,
  entries: ReadonlyArray<DetailsEntry>,
  file: string,
  samePath: (key: string, articleFile: string) => boolean = (key, articleFile) =>
    key === articleFile,
): ProjectResult {
  let current = project;
  for (const { key, details } of entries) {
    const exact = project.articles.flatMap((a, k) =>
      a.file === key || samePath(key, a.file) ? [k] : [],
    );
    const byName = isPath(key)
      ? []
      : project.articles.flatMap((a, k) => (baseName(a.file) === baseName(key) ? [k] : []));
    const matches = exact.length > 0 ? exact : byName;
    if (matches.length === 0) {
      return {
        ok: false,
        message: `${file}: ${JSON.stringify(key)} names none of the articles compared`,
      };
    }
    if (matches.length > 1) {
      return {
        ok: false,
        message: `${file}: ${JSON.stringify(key)} names ${matches.length} articles; give its path`,
      };
    }
    const result = setDetails(current, matches[0] as number, details);
    if (!result.ok) {
      return { ok: false, message: `${file}: ${JSON.stringify(key)}: ${result.message}` };
    }
    current = result.project;
  }
  return { ok: true, project: current };
}
