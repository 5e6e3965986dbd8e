/**
 * Boilerplate detection: navigation, share prompts, icon junk, list numerals, date and time
 * lines, bylines and credit lines, the furniture between paragraphs (subheadings, lead-ins
 * such as "Ferguson said:"), a site's name above the headline and readers' comments.
 * Boilerplate is marked, never deleted: the UI shows it dimmed and the alignment skips it.
 * Conservative by design: a real sentence is never marked.
 */
import type { BoilerplateReason } from '../model';
import { contentTerms } from '../text/tokenize';
import { isWhiteSpace } from '../text/white-space';

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
  'updated',
  'published',
  'posted',
  'connect with us',
  'follow us',
  'listen',
  'print',
  'email',
  'close',
  'watch',
  'video',
  'photos',
  'gallery',
  'more stories',
  'latest news',
  'top stories',
  'trending',
  'in this article',
  'you may also like',
  'loading',
  'loading...',
  'loading…',
  'next article',
  'previous article',
  'trending now',
  'don’t miss',
  "don't miss",
  'leave a reply',
  'leave a comment',
]);

const SHARE =
  /^(?:share(?: this(?: article| story| page)?)?(?: on (?:facebook|twitter|x|whatsapp|linkedin|email))?|click to share.*|share via .*|email this (?:article|story)|copy link|tweet this|print this (?:article|page))$/iu;
const LIST_NUMBER = /^\(?\d{1,3}[.)]?$/u;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?';
const ZONE = '(?:gmt|bst|utc|[ecmp][sd]?t|cet|cest|ist|kst|jst|aest)';
// A time ends where its digits do: "12:34:56" is one time, never "12:34" and more, so that
// a line of digits and colons cannot be read in many ways (which took seconds).
const TIME = `\\d{1,2}(?:[:.]\\d{2}){1,2}(?![:.]?\\d)(?:\\s*[ap]\\.?m\\.?)?(?:\\s*${ZONE})?`;
const DATE = [
  '\\d{4}-\\d{1,2}-\\d{1,2}(?:[ t]\\d{1,2}:\\d{2}(?::\\d{2})?)?',
  '\\d{1,2}/\\d{1,2}/\\d{2,4}',
  `\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}`,
  `${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}`,
].join('|');
// A date and/or time line in any order and case, with an optional label, weekday and
// separators: "UPDATED 10:26 AM PT – Friday, November 19, 2021", "Mon 4 Apr 2022 | Updated".
const DATE_PIECE = `(?:${DATE}|${TIME}|${WEEKDAY}|${ZONE}|date|published|updated|posted|last updated|last modified|first published|modified|on|at)`;
// Between the pieces: white space and punctuation, a slash included ("Posted: Nov 19, 2021 /
// 02:51 PM CST").
const DATE_GLUE = '[\\s,:|/•·–—-]*';
const DATE_LINE = new RegExp(
  `^(?:${DATE_PIECE}${DATE_GLUE})*(?:${DATE}|${TIME})(?:${DATE_GLUE}${DATE_PIECE})*${DATE_GLUE}$`,
  'iu',
);
/**
 * A page's relative time or reading time, with or without its label: "Published 3 hours
 * ago", "Updated: an hour ago", "5 min read", "4-minute listen".
 */
const TIME_AGO =
  /^(?:(?:published|updated|posted|last updated|modified)\s*:?\s*)?(?:about |over |less than )?(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\s+ago\.?$/iu;
const READING_TIME = /^\d{1,3}[ -]?min(?:ute)?s?\.? (?:read|listen)$/iu;
/** Whether a line is only a date and time, with its labels ("Updated 3:45 PM EST, Fri November 19, 2021"). */
export function isDateLine(line: string): boolean {
  const s = line.trim();
  return s.length <= MAX_DATE_LINE_CHARS && DATE_LINE.test(s);
}

/**
 * Date lines are this long at most ("Published: Monday, 11 March 2024, 6:10pm | Last
 * updated: Tuesday, 12 March 2024, 9:00am" is 88). Only lines this short are tried: the
 * pattern's pieces overlap, and on a long line of dates and times it could take seconds.
 */
const MAX_DATE_LINE_CHARS = 100;
const READ_MORE =
  /^(?:read more|read also|read|see also|more|related|in other news|also read|watch|listen|(?:read )?more from [^:]{1,40}|recommended|trending|most read)\s*:/iu;
// "Photo: AFP", "Image credit: Jane Doe", "Video / Staff", "Photo by Jane Doe/Getty Images".
const IMAGE_CREDIT =
  /^\(?(?:photo|photograph|image|picture|video|illustration|file photo|graphic)s?(?:(?:\s+credit)?\s*[:/]\s*.{0,80}|\s+by\s+[^.!?]{1,80})$/iu;
/**
 * A keyword phrase as a line starts with it: in running text, as a sentence or a title
 * starts ("by", "By", "With files from", "With Files From") and in capitals ("BY"). The
 * patterns below spell these out instead of taking the `i` flag, because their name words
 * must be capitalised (`\p{Lu}`): with `i`, "By then it was over." would pass for a byline.
 */
function caseForms(phrase: string): string {
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const forms = new Set([
    phrase,
    capital(phrase),
    phrase.split(' ').map(capital).join(' '),
    phrase.toUpperCase(),
  ]);
  return `(?:${[...forms].join('|')})`;
}
// "By John Smith", "BY JOHN SMITH", "By Staff", "By Jane Doe and John Roe, Reuters".
const NAME_WORD = "[\\p{Lu}][\\p{L}'’.-]*";
const NAMES = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`;
const BYLINE = new RegExp(
  `^${caseForms('by')}\\s+${NAMES}(?:\\s*(?:,|${caseForms('and')}|&|\\|)\\s*${NAMES})*$`,
  'u',
);
// Wire and agency credits: "From the Associated Press", "With files from Reuters".
const CREDIT_KEYWORD = [
  ...['files', 'reporting', 'additional reporting', 'writing', 'editing'].flatMap((what) =>
    ['from', 'by'].flatMap((by) => [`with ${what} ${by}`, `${what} ${by}`]),
  ),
  'from',
  'via',
  'source',
]
  .map(caseForms)
  .join('|');
const CREDIT_NAME_WORD = "\\p{Lu}[\\p{L}'’.&-]*";
const CREDIT_LINE = new RegExp(
  `^(?:${CREDIT_KEYWORD})\\s*:?\\s+(?:${caseForms('the')}\\s+)?${CREDIT_NAME_WORD}(?:\\s+(?:${caseForms('and')}\\s+|&\\s+)?${CREDIT_NAME_WORD}){0,5}\\.?$`,
  'u',
);
// A credit known by its form, never by the agency's name: a short capitalised name alone in
// brackets ("(REUTERS)", "(AP)", "(Getty Images)", "(AP/Jane Doe)"), or a name before
// "Photo", "Images" or "Pictures" ("AP Photo/Evan Vucci", "Getty Images", "EPA Images").
const CREDIT_NAME = `${CREDIT_NAME_WORD}(?:[\\s/]+${CREDIT_NAME_WORD}){0,3}`;
const BRACKETED_CREDIT = new RegExp(`^\\(\\s*${CREDIT_NAME}\\s*\\)$`, 'u');
const PICTURE_CREDIT = new RegExp(
  `^${CREDIT_NAME_WORD}(?:\\s+${CREDIT_NAME_WORD}){0,2}\\s+(?:${['photo', 'photos', 'images', 'pictures'].map(caseForms).join('|')})(?:\\s*[/|]\\s*.{1,60})?$`,
  'u',
);
// A line of separators only ("|", "•", "—").
const SEPARATOR = /^[\s|•·–—_*=~-]+$/u;
/**
 * What a page asks of its reader, never what an article reports: a cookie notice ("We use
 * cookies to improve your experience"), a paywall's or an app's prompt ("Subscribe to
 * unlock this article", "Already a subscriber? Log in", "Click here to get the app"), a
 * newsletter's ("Sign up for our newsletter", "Sign up to First Edition, our free daily
 * newsletter – every weekday morning at 7am") and a picture's label ("Image source, PA
 * Media", "Image caption,").
 */
const PAGE_PROMPTS = [
  /^(?:we|this (?:site|website|page)|our (?:site|website)s?) uses? cookies\b.{0,200}\b(?:your (?:experience|browsing|visit|preferences|consent)|our (?:site|website|services)|personali[sz]e|best experience|analy[sz]e (?:our|site) traffic)\b.{0,200}$/iu,
  /^(?:accept|reject|allow|manage|customi[sz]e) (?:all |my )?cookies$/iu,
  /^cookie (?:settings|preferences|policy|consent)$/iu,
  /^subscribe (?:now )?to (?:unlock|continue reading|read (?:this|the full)|keep reading)\b.{0,80}$/iu,
  /^already (?:a subscriber|have an account)\??\s*(?:log|sign) ?in\.?$/iu,
  /^(?:try|get|start) (?:unlimited|full|digital|premium) access\b.{0,100}$/iu,
  /^click here to\b.{0,80}$/iu,
  /^(?:sign up|subscribe|register)\b.{0,80}\bnewsletters?\b.{0,80}$/iu,
  /^(?:image|photo|picture|video) (?:source|caption|credit)s?\s*[,:].{0,80}$/iu,
  /^ad feedback$/iu,
  /^listen to (?:this |the )?(?:article|story)\b.{0,40}$/iu,
  /^(?:sign up|subscribe|register|log in|sign in)(?: (?:here|now|today|for free))?[.!]?$/iu,
  /^follow (?:us|@?[\p{L}\p{N}_.-]{1,30}(?: [\p{L}\p{N}_.-]{1,30}){0,3}) on (?:twitter|x|facebook|instagram|linkedin|threads|tiktok|youtube|bluesky|whatsapp|telegram|google news)(?: (?:and|or|,) .{0,60})?(?:\s*:\s*@[\p{L}\p{N}_.]{1,30})?\.?$/iu,
  // "Story continues below advertisement", "Continue reading the main story".
  /^(?:(?:the )?(?:story|article|text) continues|continue reading)\b.{0,40}$/iu,
  // A comment form: "Leave a Reply", "12 Comments", "Your email address will not be published".
  /^(?:\d{1,5} comments?|comments? \(\d{1,5}\)|your email address will not be published\b.{0,100})$/iu,
  // "Filed under: Politics", "Tags: Kenosha, trial".
  /^(?:filed under|posted in|tags?|topics?|categories|category)\s*:\s*.{1,200}$/iu,
  // A video or audio promo: "WATCH | Crowds gather outside court".
  /^(?:watch|video|listen|live)\s*\|.{1,120}$/iu,
  // "Media caption, Watch: the verdict is read" (a player's label).
  /^media caption\s*,.{0,120}$/iu,
  // "Our Standards: …" (a wire service's footer).
  /^our standards\s*:.{0,80}$/iu,
  // Asking for tips or feedback: "Have a news tip? Email us at …", "Send us your feedback".
  /^(?:have|got) a (?:news )?tip\b.{0,120}$/iu,
  /^send us your (?:feedback|tips?|stor(?:y|ies)|news)\b.{0,80}$/iu,
  /^.{0,80}\b(?:email|contact|write to|reach) us at \S+@\S+?\.?$/iu,
  // "Get the latest news delivered to your inbox", "Subscribe to our YouTube channel".
  /^get (?:the latest|our|breaking)\b.{0,80}\b(?:inbox|newsletters?)\b.{0,40}$/iu,
  /^(?:subscribe to|download) (?:our|the) (?:[\p{L}-]+ ){0,3}(?:channel|app|podcast|newsletter)\b.{0,60}$/iu,
];
/**
 * A photo's caption: a sentence with the picture's credit in brackets at its end ("… is read.
 * (Sean Krajacic/The Kenosha News via AP, Pool)", "(AP Photo/Evan Vucci)", "(Photo by Jane
 * Doe/Agency)"). The credit must name a Photo, Images or a Pool, capitalised as credits
 * write them: an agency alone in brackets ends many a paragraph of the text ("…, the ministry
 * said. (AFP)"), and so may words about pictures ("… shared online (see photo)").
 */
const CAPTION_CREDIT =
  /\(\s*[^()]{0,80}\b(?:Photo|Photos|Photograph|Images|Pool|PHOTO|PHOTOS|IMAGES|POOL)\b[^()]{0,80}\)\s*$/u;
/** Captions are this long at most. */
const MAX_CAPTION_CHARS = 400;
// "Copyright 2024 The Associated Press. All rights reserved. This material may not be…".
const COPYRIGHT =
  /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\b.{0,200}?)?(?:all rights reserved|may not be (?:published|reproduced|redistributed))\b.{0,200}$/iu;
// A copyright line alone: "© 2022 Example News Ltd", "© Chiswick Herald 2024", "Copyright ©
// 2024 Reach plc" (a sign or a year after "Copyright": "Copyright law…" is a sentence; a
// year after "(c)": "(c) Councils must report…" is the third point of a list).
const SHORT_COPYRIGHT = /^(?:©|\(c\)\s*\d{4}\b|copyright\s*(?:©|\d{4}\b))[^!?]{0,80}$/iu;
/**
 * A line that credits those who contributed, after any number of words naming them (one
 * sentence): "Associated Press writer Jane Doe in Madison contributed to this report.",
 * "CNN's Lauren Kent contributed reporting from London."
 */
const CONTRIBUTED_AFTER_NAMES =
  /^[^!?]{3,200}?\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))(?:\s+from\s+[^.!?]{1,60})?\.?$/iu;
// "Posted by Jane Doe on November 19, 2021", "Posted on 19 Nov 2021 by Jane Doe".
const POSTED_BY = /^posted (?:by|on)\s+[^.!?]{1,100}$/iu;
/** Where one sentence ends and another starts (a credit line is one sentence). */
const NEXT_SENTENCE = /[.!?]["”’)]*\s+["“]?\p{Lu}/u;
// "Reporting by Kate Holton; Editing by Alison Williams" (a wire story's closing credits).
const WIRE_CREDITS =
  /^(?:additional reporting|reporting|writing|editing|compiled) by [^;.]{2,80}(?:;\s*(?:and )?(?:additional reporting|reporting|writing|editing) by [^;.]{2,80})+\.?$/iu;
// "CNN’s Lauren Kent contributed reporting.", "Jane Doe contributed to this report."
const CONTRIBUTED = new RegExp(
  `^${NAME_WORD}(?:\\s+(?:${NAME_WORD}|and|&))*,?\\s+contributed(?: to)?(?: this)? (?:reporting|report|story|article)\\.?$`,
  'u',
);

/**
 * Share of a line's tokens that contain "icon" above which the line is icon-font junk
 * ("icon bookmark-bicon bookmarkicon cameraicon …"); real text never comes close.
 */
export const ICON_TOKEN_SHARE = 0.4;

/** Why a single line is boilerplate, or null. */
const ICON = /icon/iu;

/** A text without its trailing colons and white space (`/[:\s]+$/u` removed, by hand). */
function trimColonsAndSpace(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 0x3a && !isWhiteSpace(c)) {
      break;
    }
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** Whether a line is a copyright notice or credits the reporting (wire credits, contributors). */
function isCreditLine(s: string): boolean {
  return (
    COPYRIGHT.test(s) ||
    SHORT_COPYRIGHT.test(s) ||
    CONTRIBUTED.test(s) ||
    WIRE_CREDITS.test(s) ||
    POSTED_BY.test(s) ||
    (CONTRIBUTED_AFTER_NAMES.test(s) && !NEXT_SENTENCE.test(s))
  );
}

function boilerplateLine(line: string): BoilerplateReason | null {
  const s = line.trim();
  if (s === '') {
    return 'navigation';
  }
  const low = trimColonsAndSpace(s.toLowerCase());
  if (NAVIGATION.has(low)) {
    return 'navigation';
  }
  if (SHARE.test(s)) {
    return 'share-prompt';
  }
  if (LIST_NUMBER.test(s)) {
    return 'list-number';
  }
  if (isDateLine(s) || TIME_AGO.test(s) || READING_TIME.test(s)) {
    return 'date-line';
  }
  if (READ_MORE.test(s)) {
    return 'navigation';
  }
  if (
    IMAGE_CREDIT.test(s) ||
    BRACKETED_CREDIT.test(s) ||
    PICTURE_CREDIT.test(s) ||
    (s.length <= MAX_CAPTION_CHARS && CAPTION_CREDIT.test(s))
  ) {
    return 'navigation';
  }
  if (BYLINE.test(s)) {
    return 'byline';
  }
  if (CREDIT_LINE.test(s)) {
    return 'byline';
  }
  if (SEPARATOR.test(s)) {
    return 'navigation';
  }
  if (PAGE_PROMPTS.some((prompt) => prompt.test(s))) {
    return 'navigation';
  }
  if (isCreditLine(s)) {
    return 'byline';
  }
  // A credit in brackets: "(Reporting by Jane Doe; Editing by John Smith)".
  const bracketed = /^[([]\s*(.+?)\s*[)\]]$/su.exec(s)?.[1];
  if (
    bracketed !== undefined &&
    (isCreditLine(bracketed) || BYLINE.test(bracketed) || CREDIT_LINE.test(bracketed))
  ) {
    return 'byline';
  }
  // A line without "icon" anywhere has no token with it (most lines: the split is spared).
  if (!ICON.test(s)) {
    return null;
  }
  const tokens = s.split(/\s+/u);
  if (
    tokens.length >= 5 &&
    tokens.filter((t) => ICON.test(t)).length / tokens.length >= ICON_TOKEN_SHARE
  ) {
    return 'icon-junk';
  }
  return null;
}

/** A short line that names something rather than says something: few words, no sentence ending. */
function isLabelLine(line: string, maxWords: number): boolean {
  const s = line.trim();
  return s !== '' && s.split(/\s+/u).length <= maxWords && !/[.!?…:;,"“”'’)]$/u.test(s);
}

/** Headlines listed under "Read more:" are this long at most. */
const MAX_LINKED_HEADLINE_WORDS = 14;

/** Subheadings and lead-ins are this short at most. */
export const MAX_FURNITURE_WORDS = 8;

/**
 * Paragraphs this close to the top may be the headline or a standfirst, never furniture
 * between paragraphs.
 */
export const FURNITURE_MIN_INDEX = 3;

/**
 * Why a paragraph is boilerplate, or null. A paragraph is boilerplate when every one of
 * its lines is, or when a byline or date line comes with short label lines ("OAN
 * Newsroom", "Google Oneindia News"); a short paragraph whose whole text is repeated inside
 * the next one (a headline printed twice) is a duplicate heading. Between paragraphs
 * (`index` at least {@link FURNITURE_MIN_INDEX}): a short line without a sentence ending
 * before a longer paragraph is a subheading, and a short line ending in a colon ("Ferguson
 * said:") a lead-in to the next paragraph; a page's list item (`kind`) is neither. A
 * "Read more:" line over the headlines it links to is navigation. A single word alone is
 * never an article's content.
 */
export function detectBoilerplate(
  paragraph: string,
  next: string | undefined,
  index = 0,
  /** A list item of a page (`<li>`) is a fact of a list, never a subheading or a lead-in. */
  kind: 'block' | 'list-item' = 'block',
): BoilerplateReason | null {
  const lines = paragraph.split('\n').filter((l) => l.trim() !== '');
  const reasons = lines.map(boilerplateLine);
  if (reasons.every((r) => r !== null)) {
    return reasons.find((r) => r !== 'navigation') ?? 'navigation';
  }
  const anchor = reasons.find((r) => r === 'byline' || r === 'date-line');
  if (anchor && lines.every((l, i) => reasons[i] !== null || isLabelLine(l, 5))) {
    return anchor;
  }
  // "Read more from Sky News:" over the headlines it links to.
  if (
    lines.length > 1 &&
    READ_MORE.test((lines[0] as string).trim()) &&
    lines.every((l, i) => reasons[i] !== null || isLabelLine(l, MAX_LINKED_HEADLINE_WORDS))
  ) {
    return 'navigation';
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
  if (/^[\p{L}\p{M}'’-]+$/u.test(text)) {
    return 'navigation';
  }
  if (
    kind === 'block' &&
    index >= FURNITURE_MIN_INDEX &&
    lines.length === 1 &&
    next !== undefined
  ) {
    const words = text.split(/\s+/u).length;
    const nextWords = next.trim().split(/\s+/u).length;
    if (words <= MAX_FURNITURE_WORDS && /:$/u.test(text)) {
      return 'lead-in';
    }
    if (
      words <= MAX_FURNITURE_WORDS &&
      nextWords > words &&
      (isLabelLine(text, MAX_FURNITURE_WORDS) || /\?$/u.test(text))
    ) {
      return 'subheading';
    }
  }
  return null;
}

/** A site's name above the headline is this short at most, in words. */
export const MAX_MASTHEAD_WORDS = 6;

/**
 * A title is short: longer first paragraphs are the article's lead, not its headline (also
 * the longest headline under a site's name).
 */
export const MAX_TITLE_WORDS = 25;

/** Small words a name in capitals may hold in lower case ("Gazette of the Valley"). */
const NAME_JOINERS = new Set(['a', 'an', 'and', 'at', 'de', 'for', 'in', 'of', 'on', 'the', '&']);

/**
 * The index of an article's masthead (the site's name printed above the headline, "The
 * Lakeside Courier"), or -1. It is the first content paragraph, within the first three,
 * when it is a short name in capitals on one line, a one-line headline follows it (not a
 * sentence ending in a full stop), then more text, and none of its words comes back
 * anywhere in the article: a headline, however short, shares its words with the story it
 * heads ("Thomson buys Reuters"). `reasons` are the paragraphs' own marks.
 */
export function mastheadIndex(
  texts: ReadonlyArray<string>,
  reasons: ReadonlyArray<BoilerplateReason | null>,
): number {
  const content: number[] = [];
  reasons.forEach((r, i) => {
    if (r === null) {
      content.push(i);
    }
  });
  const [first, headline, body] = content;
  if (first === undefined || headline === undefined || body === undefined) {
    return -1;
  }
  const text = (texts[first] ?? '').trim();
  const next = (texts[headline] ?? '').trim();
  const nameWords = text.split(/\s+/u);
  if (
    first >= FURNITURE_MIN_INDEX ||
    text.includes('\n') ||
    next.includes('\n') ||
    nameWords.length < 2 ||
    !isLabelLine(text, MAX_MASTHEAD_WORDS) ||
    !nameWords.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_JOINERS.has(w)) ||
    next.split(/\s+/u).length > MAX_TITLE_WORDS ||
    /[.…]["'”’)]*$/u.test(next)
  ) {
    return -1;
  }
  const own = new Set(contentTerms(text));
  if (own.size === 0) {
    return -1;
  }
  for (const i of content) {
    if (i !== first && contentTerms(texts[i] ?? '').some((term) => own.has(term))) {
      return -1;
    }
  }
  return first;
}

/**
 * A reader comment's header in a blog's comment section: its number and the commenter's
 * name, then "says:" ("3. bridgefan says:", "Jane Doe wrote:").
 */
const COMMENT_HEADER =
  /^(?:(\d{1,4})[.)]\s+)?(\S.{0,60}?)\s+(?:says|said|wrote|writes|commented)\s*:$/iu;

/** A commenter's name is this many words at most ("Yakov Smirnoff", "Mr. F"). */
const MAX_COMMENTER_WORDS = 4;

/**
 * Where the readers' comments under an article begin (the paragraph of the first comment's
 * header), or -1. A comment section is two comment headers or more, each numbered or
 * followed by its date ("May 15, 2007 at 3:45 pm"); a quote's lead-in ("Ferguson said:")
 * is neither. Everything from the first header on is comments: they come last on a page.
 */
export function commentSectionStart(texts: ReadonlyArray<string>): number {
  const headers: number[] = [];
  texts.forEach((text, i) => {
    const [line, after] = text.trim().split('\n');
    const header = COMMENT_HEADER.exec((line ?? '').trim());
    if (header === null || (header[2] ?? '').split(/\s+/u).length > MAX_COMMENTER_WORDS) {
      return;
    }
    const dated = isDateLine(after ?? texts[i + 1]?.trim().split('\n')[0] ?? '');
    if (header[1] !== undefined || dated) {
      headers.push(i);
    }
  });
  return headers.length >= 2 ? (headers[0] as number) : -1;
}
