/** The exported report's file name (pure). */
import type { Comparison } from '../shared/model';
import { storyTitle } from '../shared/view-model/view-model';

/** Longest file name stem, in characters. */
const MAX_STEM = 64;

/**
 * "met-police-admit-tweet-critical-of-sadiq-khan.html": the story's title in lower case,
 * letters and digits joined by hyphens; "news-comparison.html" when nothing is left.
 */
export function reportFileName(comparison: Comparison): string {
  const full = storyTitle(comparison.articles, comparison.options.base)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  // Long titles are cut between words.
  const cut = full.length > MAX_STEM ? full.lastIndexOf('-', MAX_STEM) : full.length;
  const stem = full.slice(0, cut > 0 ? cut : MAX_STEM);
  return `${stem || 'news-comparison'}.html`;
}
