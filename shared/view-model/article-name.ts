/**
 * How an article is named where its outlet is not known: five articles of unknown outlets
 * must not be five times "unknown outlet", so they are told apart by their number and the
 * start of their title, or, for an article titled only by its file name
 * ("000_69ff7826295806f7" says nothing), the first words of its text. The app's columns and
 * the report's tables name articles the same way.
 */
import { withoutStamp } from '../load/metadata';
import type { Article } from '../model';

/** Words of a lead excerpt: enough to recognise an article whose title is its file name. */
const LEAD_WORDS = 14;

/** Words of a title kept in a short name. */
const SHORT_TITLE_WORDS = 4;

/**
 * The first words of an article's text, for articles whose title is only their file name;
 * null when the article has a real title.
 */
export function leadExcerpt(article: Article): string | null {
  if (article.titleSource !== 'file-name') {
    return null;
  }
  const first = article.paragraphs.find((p) => p.boilerplate === null);
  // A leading "date 2022-02-18" is metadata the loader already read, not the lead.
  const text = first?.text ?? '';
  const words = withoutStamp(text).trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) {
    return null;
  }
  return words.length > LEAD_WORDS ? `${words.slice(0, LEAD_WORDS).join(' ')}…` : words.join(' ');
}

/** The first words of a title: "Sadiq Khan denies giving…". */
export function shortTitle(title: string): string {
  const words = title.trim().split(/\s+/u);
  return words.length > SHORT_TITLE_WORDS
    ? `${words.slice(0, SHORT_TITLE_WORDS).join(' ')}…`
    : words.join(' ');
}

/**
 * An article's short label after its number `n` ("#2"): its outlet where known ("#2 The
 * Guardian"), else the start of its title ("#2 Sadiq Khan denies giving…"), or of its text in
 * quotes when its title is its file name ("#1 “Scotland Yard has been…”").
 */
export function articleLabel(article: Article, n: string): string {
  if (article.outlet) {
    return `${n} ${article.outlet}`;
  }
  const lead = leadExcerpt(article);
  return lead
    ? `${n} “${shortTitle(lead.replace(/…$/u, ''))}”`
    : `${n} ${shortTitle(article.title)}`;
}
