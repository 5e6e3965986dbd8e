/**
 * The sample story's manifest (`seeds/manifest.json`): what the texts show of each article's
 * title, outlet and date, "unknown" where they show nothing.
 */
import type { Article } from '../model';

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
