/**
 * How an article is named where its outlet is not known: five articles of unknown outlets
 * must not be five times "unknown outlet", so they are told apart by their number and the
 * start of their title, or, for an article titled only by its file name
 * ("000_69ff7826295806f7" says nothing), the first words of its text. The app's columns and
 * the report's tables name articles the same way.
 */
import { withoutStamp } from '../load/metadata';
import { isolateBidi } from '../text/bidi';
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
 * quotes when its title is its file name ("#1 “Scotland Yard has been…”"). The words after the
 * number are `articleName`'s.
 */
export function articleLabel(article: Article, n: string): string {
  return `${n} ${articleName(article)}`;
}

/**
 * An article's name where it has no number (an article left out of the comparison): its
 * label's words (see `articleLabel`), so that it is named as its column would be, by the
 * outlet the user gave over the file's name. Read it with `quotedWords`.
 */
export function articleName(article: Article): string {
  if (article.outlet) {
    return article.outlet;
  }
  const lead = leadExcerpt(article);
  return lead ? `“${shortTitle(lead.replace(/…$/u, ''))}”` : shortTitle(article.title);
}

/**
 * A label's parts for showing it in running text: its number ("#2 ", or nothing), its words,
 * and whether they are an article's first words in quotes. The words come from the article
 * and are shown isolated; the quotation marks are the app's and stay outside the isolate
 * (inside, a right-to-left lead would turn them around: `#1 ”…רה"מ הודיע“`).
 */
export function labelParts(label: string): {
  readonly number: string;
  readonly words: string;
  readonly quoted: boolean;
} {
  const numbered = /^(#\d+ )(.*)$/su.exec(label);
  return { number: numbered?.[1] ?? '', ...quotedWords(numbered?.[2] ?? label) };
}

/**
 * A label's words without its number (see `labelParts`): an article's first words in the
 * app's quotation marks, or words of its own (an outlet, a title, which may hold marks of
 * their own: `“Unacceptable” and “wrong”` is a title, not a quoted lead).
 */
export function quotedWords(words: string): { readonly words: string; readonly quoted: boolean } {
  const quoted = /^“([^“”]+)”$/su.exec(words);
  return quoted ? { words: quoted[1] ?? '', quoted: true } : { words, quoted: false };
}

/**
 * An article's label as plain text among other words (where no markup is possible): its
 * words isolated (see `isolateBidi`), its number and quotation marks outside the isolate.
 */
export function isolatedLabel(label: string): string {
  const { number, words, quoted } = labelParts(label);
  return quoted ? `${number}“${isolateBidi(words)}”` : `${number}${isolateBidi(words)}`;
}
