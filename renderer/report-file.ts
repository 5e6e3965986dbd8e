/** The exported files' names (pure): report, project, codes. */
import { BLIND_STORY_TITLE } from '../shared/view-model/blind';
import type { Comparison } from '../shared/model';
import { PROJECT_FILE_EXTENSION } from '../shared/project';
import { storyTitle } from '../shared/view-model/story-title';

/** Longest file name stem, in characters. */
const MAX_STEM = 64;

/**
 * "met-police-admit-tweet-critical-of-sadiq-khan": a title in lower case, letters and
 * digits joined by hyphens, cut between words; "news-comparison" when nothing is left.
 */
export function fileStem(title: string): string {
  const full = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  // Long titles are cut between words.
  const cut = full.length > MAX_STEM ? full.lastIndexOf('-', MAX_STEM) : full.length;
  const stem = full.slice(0, cut > 0 ? cut : MAX_STEM);
  return stem || 'news-comparison';
}

/**
 * "met-police-admit-tweet-critical-of-sadiq-khan.html", from the story's title; in blind
 * mode never from a file name (which names an outlet): "untitled-story.html".
 */
export function reportFileName(comparison: Comparison, title?: string, blind = false): string {
  const given = title?.trim();
  if (given) {
    return `${fileStem(given)}.html`;
  }
  const found = storyTitle(comparison.articles, comparison.options.base, comparison.offTopic);
  const byFile = comparison.articles.some(
    (a) => a.titleSource === 'file-name' && a.title === found,
  );
  return `${fileStem(blind && byFile ? BLIND_STORY_TITLE : found)}.html`;
}

/** "bridge-vote.news-compare.json", from the story's name. */
export function projectFileName(story: string): string {
  return `${fileStem(story)}${PROJECT_FILE_EXTENSION}`;
}

/** "bridge-vote-codes.csv", from the story's name. */
export function codesFileName(story: string): string {
  return `${fileStem(story)}-codes.csv`;
}
