/**
 * Boilerplate detection: navigation, share prompts, icon junk, list numerals, lone date
 * lines. Boilerplate is marked, never deleted: the UI shows it dimmed and the alignment
 * skips it. Conservative by design: a real sentence is never marked.
 */
import type { BoilerplateReason } from '../model';

/** Words that, alone on a line, are navigation or page furniture. */
const NAVIGATION = new Set([
  'advertisement',
  'advertising',
  'comments',
  'most popular',
  'most read',
  'more on this story',
  'read more',
  'reactions',
  'recommended',
  'recommended for you',
  'related',
  'related articles',
  'related stories',
  'related topics',
  'sign up',
  'subscribe',
  'topics',
  'skip to content',
  'skip to main content',
  'menu',
  'home',
  'search',
  'newsletter',
]);

const SHARE =
  /^(?:share(?: this(?: article| story| page)?)?(?: on (?:facebook|twitter|x|whatsapp|linkedin|email))?|click to share.*|share via .*|email this (?:article|story)|copy link|tweet this|print this (?:article|page))$/iu;
const LIST_NUMBER = /^\(?\d{1,3}[.)]?$/u;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_LINE = new RegExp(
  '^(?:(?:date|published|updated|posted|last updated)\\s*:?\\s*)?(?:' +
    [
      '\\d{4}-\\d{1,2}-\\d{1,2}(?:[ t]\\d{1,2}:\\d{2}(?::\\d{2})?)?',
      '\\d{1,2}/\\d{1,2}/\\d{2,4}(?: \\d{1,2}:\\d{2})?',
      `\\d{1,2} ${MONTH},? \\d{4}(?:,? \\d{1,2}:\\d{2}(?: ?[ap]m)?)?`,
      `${MONTH} \\d{1,2},? \\d{4}(?:,? \\d{1,2}:\\d{2}(?: ?[ap]m)?)?`,
    ].join('|') +
    ')(?:\\s*(?:gmt|bst|utc|et|pt|cet))?$',
  'iu',
);
const READ_MORE = /^(?:read more|read also|see also|more|related)\s*:/iu;
const IMAGE_CREDIT =
  /^(?:photo|photograph|image|picture|video|illustration)(?:\s+credit)?\s*:\s*.{0,80}$/iu;
const BYLINE =
  /^by\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})*$/u;

/**
 * Share of a line's tokens that contain "icon" above which the line is icon-font junk
 * ("icon bookmark-bicon bookmarkicon cameraicon …"); real text never comes close.
 */
export const ICON_TOKEN_SHARE = 0.4;

/** Why a single line is boilerplate, or null. */
export function boilerplateLine(line: string): BoilerplateReason | null {
  const s = line.trim();
  if (s === '') {
    return 'navigation';
  }
  const low = s.toLowerCase().replace(/[:\s]+$/u, '');
  if (NAVIGATION.has(low)) {
    return 'navigation';
  }
  if (SHARE.test(s)) {
    return 'share-prompt';
  }
  if (LIST_NUMBER.test(s)) {
    return 'list-number';
  }
  if (DATE_LINE.test(s)) {
    return 'date-line';
  }
  if (READ_MORE.test(s)) {
    return 'navigation';
  }
  if (IMAGE_CREDIT.test(s)) {
    return 'navigation';
  }
  if (BYLINE.test(s)) {
    return 'byline';
  }
  const tokens = s.split(/\s+/u);
  if (
    tokens.length >= 5 &&
    tokens.filter((t) => /icon/iu.test(t)).length / tokens.length >= ICON_TOKEN_SHARE
  ) {
    return 'icon-junk';
  }
  return null;
}

/**
 * Why a paragraph is boilerplate, or null. A paragraph is boilerplate when every one of
 * its lines is; a short paragraph whose whole text is repeated inside the next one (a
 * headline printed twice) is a duplicate heading.
 */
export function detectBoilerplate(
  paragraph: string,
  next: string | undefined,
): BoilerplateReason | null {
  const reasons = paragraph.split('\n').map(boilerplateLine);
  if (reasons.every((r) => r !== null)) {
    return reasons.find((r) => r !== 'navigation') ?? 'navigation';
  }
  const text = paragraph.trim();
  if (
    next !== undefined &&
    text.length > 0 &&
    !text.includes('\n') &&
    next.includes(text) &&
    next.trim() !== text
  ) {
    return 'duplicate-heading';
  }
  return null;
}
