/**
 * Checks of single values, shared by the file reader and the edits, so an edit can never
 * make a project that would not open again. Each returns what is wrong, or null.
 */
import { PROJECT_LIMITS } from './types';

/** Control characters (C0, DEL, C1) and line or paragraph separators: never in one-line text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

/** Ids: short, ASCII, safe anywhere (file, CSS class, URL fragment). */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/u;

/** An ISO 8601 UTC timestamp as `Date.prototype.toISOString` writes it (milliseconds optional). */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?Z$/u;

/** A calendar date's shape, `YYYY-MM-DD` (whether the day exists: {@link dateProblem}). */
export const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** `#rrggbb`. */
const COLOUR = /^#[0-9a-fA-F]{6}$/u;

/** An absolute http(s) address with a host; no spaces (the report links it). */
const URL_PATTERN = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/iu;

/** A one-line text the user typed: not blank, no control characters, not too long. */
export function lineProblem(value: string, max: number = PROJECT_LIMITS.lineChars): string | null {
  if (value.trim() === '') {
    return 'is empty';
  }
  if (value.length > max) {
    return `is over ${max} characters`;
  }
  if (CONTROL.test(value)) {
    return 'holds a line break or control character';
  }
  return null;
}

/** A longer text the user typed (a note, a description): not blank, not too long. */
export function textProblem(value: string, max: number = PROJECT_LIMITS.noteChars): string | null {
  if (value.trim() === '') {
    return 'is empty';
  }
  if (value.length > max) {
    return `is over ${max} characters`;
  }
  return null;
}

/** An id of a note, code or coding. */
export function idProblem(value: string): string | null {
  return ID.test(value)
    ? null
    : 'is not an id (1 to 64 letters, digits, "_", "-" or ".", starting with a letter or digit)';
}

/** A colour as `#rrggbb`. */
export function colourProblem(value: string): string | null {
  return COLOUR.test(value) ? null : 'is not a colour written as #rrggbb';
}

/** A user's date: `YYYY-MM-DD`, a real calendar day. */
export function dateProblem(value: string): string | null {
  const m = DATE.exec(value);
  return m !== null && isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]))
    ? null
    : 'is not a date written as YYYY-MM-DD';
}

/** An address: http or https, with a host, without spaces or control characters. */
export function urlProblem(value: string): string | null {
  if (value.length > PROJECT_LIMITS.lineChars) {
    return `is over ${PROJECT_LIMITS.lineChars} characters`;
  }
  return URL_PATTERN.test(value) && !CONTROL.test(value)
    ? null
    : 'is not an http:// or https:// address';
}

/** A time as ISO 8601 UTC, e.g. `2025-01-31T09:30:00.000Z`. */
export function timestampProblem(value: string): string | null {
  const m = TIMESTAMP.exec(value);
  const ok =
    m !== null &&
    isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3])) &&
    Number(m[4]) < 24 &&
    Number(m[5]) < 60 &&
    Number(m[6]) < 60;
  return ok ? null : 'is not a UTC time written as YYYY-MM-DDTHH:MM:SS.sssZ';
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}
