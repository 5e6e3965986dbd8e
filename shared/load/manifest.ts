/**
 * The sample story's manifest (`seeds/manifest.json`): what the texts show of each article's
 * title, outlet and date, "unknown" where they show nothing. Read by one checked parser in
 * the CLI, the desktop app and web mode (where it comes over the network).
 */
import type { Article } from '../model';
import { isRecord, parseJsonObject } from '../util/json';

/** One manifest entry. */
export interface ManifestEntry {
  /** File name inside the seeds folder. */
  readonly file: string;
  /** Headline, or "unknown". */
  readonly title: string;
  /** Outlet, or "unknown". */
  readonly outlet: string;
  /** ISO date, or "unknown". */
  readonly date: string;
}

function known(value: string): string | null {
  return value === 'unknown' ? null : value;
}

/**
 * Applies a manifest entry to a loaded article: its title and date win where known, and its
 * outlet always does (the manifest records "unknown" deliberately, e.g. when a "| Section"
 * after a headline is not an outlet).
 */
export function applyManifestEntry(article: Article, entry: ManifestEntry): Article {
  const title = known(entry.title);
  return {
    ...article,
    title: title ?? article.title,
    titleSource: title ? 'manifest' : article.titleSource,
    outlet: known(entry.outlet),
    date: known(entry.date) ?? article.date,
  };
}

/** A sample story's manifest: the story's name and its articles. */
export interface Manifest {
  /** The story's name. */
  readonly story: string;
  /** The articles, in reading order. */
  readonly articles: ReadonlyArray<ManifestEntry>;
}

/** A manifest read and checked, or what is wrong with it. */
export type ManifestResult =
  | { readonly ok: true; readonly manifest: Manifest }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a manifest's JSON text and checks every field: a string story, and per article a
 * plain file name (no folder, so that it names a file of the seeds folder only) and string
 * title, outlet and date. `source` names the manifest in messages.
 */
export function parseManifest(text: string, source: string): ManifestResult {
  const fail = (why: string): ManifestResult => ({ ok: false, message: `${source}: ${why}` });
  const shape = 'expected an object with a "story" string and an "articles" list';
  const parsed = parseJsonObject(text, shape);
  if (!parsed.ok) {
    return fail(parsed.problem);
  }
  const data = parsed.value;
  if (typeof data.story !== 'string' || !Array.isArray(data.articles)) {
    return fail(shape);
  }
  const articles: ManifestEntry[] = [];
  for (const [i, entry] of data.articles.entries()) {
    if (!isRecord(entry)) {
      return fail(`articles[${i}] is not an object`);
    }
    const { file, title, outlet, date } = entry;
    if (
      typeof file !== 'string' ||
      typeof title !== 'string' ||
      typeof outlet !== 'string' ||
      typeof date !== 'string'
    ) {
      return fail(`articles[${i}] needs "file", "title", "outlet" and "date" strings`);
    }
    if (file === '' || /[/\\]|^\.\.?$/u.test(file)) {
      return fail(`articles[${i}].file must name a file of the manifest's folder`);
    }
    articles.push({ file, title, outlet, date });
  }
  return { ok: true, manifest: { story: data.story, articles } };
}
