/**
 * Title, outlet and date from an article's own text. Nothing is invented: what the text
 * does not show is null (the title then falls back to the file name).
 */
import type { MetaSource } from '../model';

/** Metadata found in a text. */
export interface TextMetadata {
  /** Headline, or null when the text has no recognisable one. */
  readonly title: string | null;
  /** Outlet named in the text ("Headline | Outlet"), or null. */
  readonly outlet: string | null;
  /** ISO date (YYYY-MM-DD) when the text carries one, or null. */
  readonly date: string | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A title is short: longer first paragraphs are the article's lead, not its headline. */
export const MAX_TITLE_WORDS = 25;

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

const LEADING_DATE = /^\s*(?:date|published|updated)\s*:?\s*(\d{4}-\d{1,2}-\d{1,2})\b/iu;
const DATELINE =
  /^\s*(?:(?:published|updated|posted)\s*:?\s*)?(\d{1,2} [A-Za-z]{3,9},? \d{4}(?:,? \d{1,2}:\d{2})?|[A-Za-z]{3,9} \d{1,2},? \d{4}(?:,? \d{1,2}:\d{2})?|\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2})?)\s*(?:gmt|bst|utc)?\s*$/iu;

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
      if (line) {
        date = parseDate(line[1] ?? '');
        break;
      }
    }
  }
  const first = paragraphs.find((_, i) => !isBoilerplate[i]);
  const firstLine = first?.split('\n')[0]?.trim() ?? '';
  const piped = /^(.{8,}?)\s+[|]\s+([^|]{2,60})$/u.exec(firstLine);
  if (piped) {
    return { title: (piped[1] ?? '').trim(), outlet: (piped[2] ?? '').trim(), date };
  }
  const words = firstLine.split(/\s+/u).filter(Boolean).length;
  const title =
    first !== undefined &&
    words > 0 &&
    words <= MAX_TITLE_WORDS &&
    !/[.!?…]["'”’)]*$/u.test(firstLine) &&
    !LEADING_DATE.test(firstLine)
      ? firstLine
      : null;
  return { title, outlet: null, date };
}

/** The file name without folders and extension, the title of last resort. */
export function titleFromFileName(file: string): string {
  const base = file.split(/[\\/]/u).pop() ?? file;
  return base.replace(/\.[A-Za-z0-9]{1,5}$/u, '') || base;
}

/** Where a title came from. */
export function titleSource(found: string | null): MetaSource {
  return found === null ? 'file-name' : 'text';
}
