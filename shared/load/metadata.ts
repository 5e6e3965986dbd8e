/**
 * Title, outlet and date from an article's own text. Nothing is invented: what the text
 * does not show is null (the title then falls back to the file name).
 */
import { isDateLine, MAX_TITLE_WORDS } from './boilerplate';

export { MAX_TITLE_WORDS };

/** Metadata found in a text. */
export interface TextMetadata {
  /** Headline, or null when the text has no recognisable one. */
  readonly title: string | null;
  /**
   * Outlet the text names as its publisher (a copyright line, "originally published in…"),
   * or null. A "Headline | Name" suffix alone is not enough: pages put their section there
   * as often as their name ("| Metropolitan police" on a Guardian page).
   */
  readonly outlet: string | null;
  /** ISO date (YYYY-MM-DD) when the text carries one, or null. */
  readonly date: string | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * Parses a date written the ways news pages write them: `2022-02-18`, `17 Feb, 2022 14:55`,
 * `February 17, 2022`. Returns ISO `YYYY-MM-DD` or null.
 */
export function parseDate(text: string): string | null {
  const isoMatch = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/u.exec(text);
  if (isoMatch) {
    return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  }
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})\b/u.exec(text);
  if (dayFirst && monthNumber(dayFirst[2] ?? '') > 0) {
    return iso(Number(dayFirst[3]), monthNumber(dayFirst[2] ?? ''), Number(dayFirst[1]));
  }
  const monthFirst = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/u.exec(text);
  if (monthFirst && monthNumber(monthFirst[1] ?? '') > 0) {
    return iso(Number(monthFirst[3]), monthNumber(monthFirst[1] ?? ''), Number(monthFirst[2]));
  }
  return null;
}

/** A first line that is only a date as metadata ("date 2022-02-18"), the date captured. */
export const LEADING_DATE = /^\s*(?:date|published|updated)\s*:?\s*(\d{4}-\d{1,2}-\d{1,2})\b/iu;

/**
 * Length of the scraper's date stamp at the front of a text ("date 2022-02-18 Scotland Yard
 * has…" → the length of " date 2022-02-18 "), white space after it included; 0 when there
 * is none. The stamp is a tool's, not the outlet's words: it is kept and shown, but its
 * wording is not compared.
 */
export function leadingStampLength(text: string): number {
  const m = LEADING_DATE.exec(text);
  if (!m) {
    return 0;
  }
  let end = m[0].length;
  while (end < text.length && /\s/u.test(text[end] as string)) {
    end++;
  }
  return end;
}

const DATELINE =
  /^\s*(?:(?:published|updated|posted)\s*:?\s*)?(\d{1,2} [A-Za-z]{3,9},? \d{4}(?:,? \d{1,2}:\d{2})?|[A-Za-z]{3,9} \d{1,2},? \d{4}(?:,? \d{1,2}:\d{2})?|\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2})?)\s*(?:gmt|bst|utc)?\s*$/iu;

/** A text without the scraper's date stamp at its front (see {@link leadingStampLength}). */
export function withoutStamp(text: string): string {
  return text.slice(leadingStampLength(text));
}

/**
 * A first line that is not a headline: all in lower case (an image's label or a page's
 * slug), or a photo caption ending in its credit in brackets ("(REUTERS)", "(AP Photo)").
 */
const NOT_A_HEADLINE = new RegExp(
  [
    // Every letter in lower case.
    String.raw`^[^\p{L}]*\p{Ll}[\p{Ll}\P{L}]*$`,
    // A sentence, then its credit: one to five capitalised words or "Name/Name", not a
    // section word ("(VIDEO)", "(LIVE)"), or any bracket naming a photo.
    String.raw`\.\s*[([](?:(?!(?:VIDEO|Video|LIVE|Live|UPDATED?|Updated?|WATCH|Watch)[)\]])\p{Lu}[\p{L}.&'’-]*(?:[\s/]+\p{Lu}[\p{L}.&'’-]*){0,4}|[^()[\]]*\b(?:[Pp]hotos?|[Ii]mages?|[Pp]icture|[Cc]redit|Getty|[Ff]ile|Pool)\b[^()[\]]*)[)\]]$`,
  ].join('|'),
  'u',
);

/** Longest line read as a publisher statement; longer ones are article sentences. */
const MAX_EVIDENCE_LINE_CHARS = 160;

/** Longest outlet name taken from a statement. */
const MAX_OUTLET_CHARS = 60;

/**
 * Statements that name the publisher: "© 2022 Guardian News & Media Limited", "Copyright
 * 2021 The Associated Press. All rights reserved.", "This article was originally published
 * in The Conversation", "First published on Stuff". The name runs to the end of the
 * statement (a full stop, "All rights reserved", "or its affiliates"), its year before or
 * after it ("© Chiswick Herald 2024") left out.
 */
const PUBLISHER_STATEMENTS: ReadonlyArray<RegExp> = [
  /^(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?<name>[^.|]+?)(?:,?\s+\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:[.,;]|\ball rights reserved\b|\bor its affiliate|$)/iu,
  /\b(?:originally|first)\s+(?:published|appeared|ran)\s+(?:in|on|by)\s+(?<name>[^.,;|]+?)\s*(?:[.,;]|\bon\s+\d|$)/iu,
  /\b(?:republished|reproduced)\s+(?:with permission\s+)?from\s+(?<name>[^.,;|]+?)\s*(?:[.,;]|$)/iu,
];

/** A host name in a title suffix ("| theguardian.com") names the site. */
const SITE_HOST =
  /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|news|co\.uk|org\.uk|com\.au|co\.nz|ca|ie|in|de|fr|it|es|nl|info|tv)$/iu;

/** A time, not a publisher: "originally published in March", "first ran on Monday". */
const NOT_A_NAME =
  /^(?:the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|print|today|yesterday|this|last|an?\b)/iu;

function nameWords(name: string): ReadonlyArray<string> {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((w) => w !== '' && w !== 'the');
}

/**
 * The publisher named by a statement in the text, or null. Only lines short enough to be a
 * statement are read, so that a sentence quoting a copyright row is not taken for one.
 */
export function publisherStatement(paragraphs: ReadonlyArray<string>): string | null {
  for (const paragraph of paragraphs) {
    for (const raw of paragraph.split('\n')) {
      const line = raw.trim();
      if (line.length === 0 || line.length > MAX_EVIDENCE_LINE_CHARS) {
        continue;
      }
      for (const pattern of PUBLISHER_STATEMENTS) {
        const name = pattern.exec(line)?.groups?.name?.trim() ?? '';
        if (
          name.length >= 2 &&
          name.length <= MAX_OUTLET_CHARS &&
          /^\p{Lu}/u.test(name) &&
          !NOT_A_NAME.test(name)
        ) {
          return name;
        }
      }
    }
  }
  return null;
}

/**
 * The outlet, from evidence that names it: a publisher statement in the text, or a title
 * suffix that such a statement confirms ("| The Guardian" with "© Guardian News & Media")
 * or that is a site's host name ("| theguardian.com"). A suffix alone may be a section.
 */
export function outletFromEvidence(
  titleSuffix: string | null,
  paragraphs: ReadonlyArray<string>,
): string | null {
  const statement = publisherStatement(paragraphs);
  if (titleSuffix !== null) {
    if (SITE_HOST.test(titleSuffix)) {
      return titleSuffix;
    }
    const stated = new Set(nameWords(statement ?? ''));
    const suffix = nameWords(titleSuffix);
    if (suffix.length > 0 && suffix.every((w) => stated.has(w))) {
      return titleSuffix;
    }
  }
  return statement;
}

/**
 * Reads metadata from the paragraphs of an article (boilerplate flags given so that icon
 * junk is not taken for a title).
 */
export function extractMetadata(
  paragraphs: ReadonlyArray<string>,
  isBoilerplate: ReadonlyArray<boolean>,
): TextMetadata {
  // isBoilerplate should be false for a duplicated headline: it is still the title.
  let date: string | null = null;
  const leading = LEADING_DATE.exec(paragraphs[0] ?? '');
  if (leading) {
    date = parseDate(leading[1] ?? '');
  }
  if (date === null) {
    const lines = paragraphs.slice(0, 6).flatMap((p) => p.split('\n'));
    for (const text of lines) {
      const line = DATELINE.exec(text.trim());
      // A date line in its other forms ("Updated 3:45 PM EST, Fri November 19, 2021",
      // "Mon 11 Mar 2024 15.30 GMT") holds the date among its labels.
      const found = line ? parseDate(line[1] ?? '') : isDateLine(text) ? parseDate(text) : null;
      if (found !== null) {
        date = found;
        break;
      }
    }
  }
  // The headline is the first content line, unless that line is an image's label in
  // lower case ("kyle rittenhouse verdict defense") or a photo caption ending in its credit
  // ("… Monday, March 24, 2025. (REUTERS)"): then the next one.
  // A scraper's date stamp before the headline is not part of it.
  const lines = paragraphs
    .filter((_, i) => !isBoilerplate[i])
    .slice(0, 2)
    .flatMap((p) => p.split('\n'))
    .map((line) => withoutStamp(line).trim())
    .filter((line) => line !== '');
  const first = NOT_A_HEADLINE.test(lines[0] ?? '') ? lines[1] : lines[0];
  const firstLine = first ?? '';
  // A title and its site ("Headline | The Guardian"); most lines have no bar to look for,
  // and the site's name follows the last bar (only white space before it and 60 characters).
  const bar = firstLine.lastIndexOf('|');
  const piped =
    bar !== -1 && firstLine.slice(bar + 1).trimStart().length <= 60
      ? /^(.{8,}?)\s+[|]\s+([^|]{2,60})$/u.exec(firstLine)
      : null;
  if (piped) {
    const outlet = outletFromEvidence((piped[2] ?? '').trim(), paragraphs);
    return { title: (piped[1] ?? '').trim(), outlet, date };
  }
  // A sentence is no title (asked first: the first line may be the whole article). A
  // headline may end in "!" or "?" ("What happens next?") when text follows it.
  const followed = lines.length > (first === lines[0] ? 1 : 2);
  const sentence = followed ? /[.…]["'”’)]*$/u : /[.!?…]["'”’)]*$/u;
  const title =
    first !== undefined && !sentence.test(firstLine) && isTitleLength(firstLine) ? firstLine : null;
  return { title, outlet: outletFromEvidence(null, paragraphs), date };
}

/** Whether a line has words, {@link MAX_TITLE_WORDS} at most (counted no further). */
function isTitleLength(line: string): boolean {
  const word = /\S+/gu;
  let words = 0;
  while (word.exec(line) !== null) {
    if (++words > MAX_TITLE_WORDS) {
      return false;
    }
  }
  return words > 0;
}

/** The file name without folders and extension, the title of last resort. */
export function titleFromFileName(file: string): string {
  const base = file.split(/[\\/]/u).pop() ?? file;
  return base.replace(/\.[A-Za-z0-9]{1,5}$/u, '') || base;
}
