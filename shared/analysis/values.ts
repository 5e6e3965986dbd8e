/**
 * Reading the values of a text that outlets may give differently for the same fact: dates
 * (weekdays, days of months, years), figures (by value and by what they count) and names of
 * people and places (titles and acronyms dropped). Deciding which values conflict is
 * `discrepancies.ts`.
 */
import { foldTypography } from '../text/normalize';
import { stem, STOPWORDS } from '../text/tokenize';
import { overlapsAny, type Span } from '../util/spans';

/** What kind of value differs. */
export type DiscrepancyKind = 'number' | 'date' | 'name';

/** A value read from a text. */
export interface FoundValue {
  readonly kind: DiscrepancyKind;
  /** Values compare only within a dimension: a unit, a date part, a name. */
  readonly dimension: string;
  /** Comparison key: equal keys are the same value however written. */
  readonly key: string;
  /** The words as they stand in the text. */
  readonly text: string;
  /** Content words right after a figure ("officers"), to tell which figures are about the same thing. */
  readonly context: ReadonlyArray<string>;
}

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

const DATE_PATTERN = new RegExp(
  [
    String.raw`\b(?<iy>${YEAR})-(?<im>0[1-9]|1[0-2])-(?<id>0[1-9]|[12]\d|3[01])\b`,
    String.raw`\b(?<d1>${DAY})\s+(?:of\s+)?(?<m1>${MONTH})(?:,?\s+(?<y1>${YEAR}))?\b`,
    String.raw`\b(?<m2>${MONTH})\s+(?<d2>${DAY})(?!\d)(?:,?\s+(?<y2>${YEAR}))?\b`,
    String.raw`\b(?<m3>${MONTH})\s+(?<y3>${YEAR})\b`,
    String.raw`\b(?<w>${WEEKDAY})\b`,
    String.raw`(?<![\d,.])(?<y4>${YEAR})(?![\d,.]\d)`,
  ].join('|'),
  'gu',
);

const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    dozen: 12,
    hundred: 100,
  }),
);
const SCALES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    hundred: 100,
    thousand: 1e3,
    k: 1e3,
    million: 1e6,
    m: 1e6,
    mn: 1e6,
    billion: 1e9,
    bn: 1e9,
    trillion: 1e12,
  }),
);
const NUMBER_WORD = [...SMALL_NUMBERS.keys()].join('|');
const SCALE = String.raw`(?:\s?(?:k|m|mn|bn)\b|\s+(?:hundred|thousand|million|billion|trillion)\b)`;
const UNIT = String.raw`(?:\s?%|\s+(?:per\s?cent|percent)\b)`;
// "one" alone is nearly always a pronoun ("one of the officers"), so it only counts with a scale.
// The lookahead first (a digit or the first letter of a number word) spares the lookbehind at
// every other place of the text: the engine can skip those by their first character.
const NUMBER_FIRST = [...new Set([...SMALL_NUMBERS.keys(), 'one'].map((w) => w[0]))].join('');
const NUMBER_PATTERN = new RegExp(
  String.raw`(?=[\d${NUMBER_FIRST}])(?<![\p{L}\d.,:]|\p{L}-)(?:(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?<word>(?:${NUMBER_WORD})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one(?=${SCALE})))(?<scale>${SCALE})?(?<unit>${UNIT})?(?![\p{L}\d]|[.,:]\d)`,
  'giu',
);

/** Reads the dates of a text (weekdays, days of months, months of years, years). */
function dates(text: string, out: FoundValue[], taken: Span[]): void {
  for (const m of text.matchAll(DATE_PATTERN)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    // In text order and disjoint (regex matches), so `taken` stays sorted.
    taken.push({ start, endExclusive: start + m[0].length });
    const month = (name: string | undefined) =>
      String(MONTHS.indexOf(name?.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1);
    const day = (d: string | undefined) => String(parseInt(d ?? '', 10));
    const add = (dimension: string, key: string) =>
      out.push({ kind: 'date', dimension, key, text: m[0], context: [] });
    if (g.iy) {
      add('day', `${parseInt(g.im ?? '', 10)}-${day(g.id)}`);
      add('year', g.iy);
    } else if (g.w) {
      add('weekday', g.w.toLowerCase());
    } else if (g.d1 || g.d2) {
      add('day', `${month(g.m1 ?? g.m2)}-${day(g.d1 ?? g.d2)}`);
      const year = g.y1 ?? g.y2;
      if (year) {
        add('year', year);
      }
    } else if (g.m3) {
      add('month', `${g.y3}-${month(g.m3)}`);
      add('year', g.y3 ?? '');
    } else if (g.y4) {
      add('year', g.y4);
    }
  }
}

/** Reads the figures of a text, outside the spans already read as dates. */
function numbers(text: string, out: FoundValue[], taken: ReadonlyArray<Span>): void {
  for (const m of text.matchAll(NUMBER_PATTERN)) {
    const start = m.index ?? 0;
    if (overlapsAny(taken, start, start + m[0].length)) {
      continue;
    }
    // Times of day ("14:55") and clock-like figures are not facts compared here. (Only the
    // spaces and four characters after the figure are read, not the rest of the paragraph.)
    let after = start + m[0].length;
    while (after < text.length && SPACE.test(text[after] as string)) {
      after++;
    }
    if (CLOCK.test(text.slice(after, after + 4))) {
      continue;
    }
    const g = m.groups ?? {};
    const base = g.digits
      ? parseFloat(g.digits.replace(/,/gu, ''))
      : (g.word ?? '')
          .toLowerCase()
          .split('-')
          .reduce((sum, w) => sum + (SMALL_NUMBERS.get(w) ?? (w === 'one' ? 1 : 0)), 0);
    const scale = SCALES.get((g.scale ?? '').trim().toLowerCase()) ?? 1;
    const unit = g.unit ? '%' : '';
    const value = Math.round(base * scale * 1000) / 1000;
    out.push({
      kind: 'number',
      // A figure between commas after a name is the person's age ("Rittenhouse, 18,
      // killed…"): it is compared with ages, never with what another outlet counts.
      dimension: unit === '' && isAge(text, start, after) ? 'age' : unit,
      key: String(value),
      text: m[0].trim(),
      context: contextAfter(text, start + m[0].length),
    });
  }
}

/** A name and a comma before `start`, and a comma at `after` ("Rittenhouse, 18,"). */
function isAge(text: string, start: number, after: number): boolean {
  return (
    text[after] === ',' &&
    /\p{Lu}[\p{L}'’-]+,\s*$/u.test(text.slice(Math.max(0, start - 40), start))
  );
}

/** Content words that follow a figure, up to six words on and within its sentence. */
function contextAfter(text: string, from: number): ReadonlyArray<string> {
  const rest = text.slice(from, from + 60).split(/[.;:!?]/u)[0] ?? '';
  return (rest.toLowerCase().match(/[\p{L}]+/gu) ?? [])
    .slice(0, 6)
    .filter((w) => !STOPWORDS.has(w) && w.length > 2)
    .map(stem);
}

const TITLE =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Rev|Sgt|Insp|Supt|Cdr|Capt|Gen|Col|Det|Ch|President|Prime|Minister|Mayor|Commissioner|Chancellor|Senator|Governor|Judge|Justice|King|Queen|Prince|Princess|Pope|Officer|Constable|Inspector|Superintendent|Chief|Assembly|Member|Secretary|Home|Foreign|Labour|Tory|Conservative|Democrat|Republican|MP|Cllr)\.?$/u;
const NAME_TOKEN = String.raw`\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*\.?`;
const NAME_PATTERN = new RegExp(String.raw`${NAME_TOKEN}(?:\s+${NAME_TOKEN}){0,4}`, 'gu');
// Capitalised words that open sentences or are not names in news text.
const NOT_NAME_WORDS = new Set(
  (
    'The A An This That These Those It Its He She They We I You His Her Their Our My But And Or So ' +
    'If When While As At In On Of For From To By With After Before Since Until However Meanwhile Yet ' +
    'There Here What Who Why How Where Which Some Many Most All Any No Not One Two Three Also Then ' +
    'Speaking Asked According Last Next Earlier Later Today Yesterday Tomorrow'
  ).split(' '),
);

const SPACE = /\s/u;
const CLOCK = /^(?:am|pm|a\.m\.|p\.m\.)/iu;
const LETTER = /[\p{L}\p{M}'’-]/u;

/**
 * Whether `word` stands in `text` as a whole word (not inside a longer one), where `test`
 * (given the four characters before it) allows.
 */
function hasWord(text: WordIndex, word: string, test?: (before: string) => boolean): boolean {
  for (const at of text.at(word)) {
    if (!test || test(text.text.slice(Math.max(0, at - 4), at))) {
      return true;
    }
  }
  return false;
}

/**
 * Where each whole word of a text stands: a word (a run of letters, marks, apostrophes and
 * hyphens, as {@link LETTER} reads them) and its offsets, indexed once per text. Asking a
 * long paragraph about each of its names by scanning it again made reading names quadratic
 * in its length (a 1 MiB paragraph took seconds); the index makes it linear.
 */
interface WordIndex {
  readonly text: string;
  /** Offsets where `word` stands as a whole word (not inside a longer one), ascending. */
  at(word: string): ReadonlyArray<number>;
}

const RUN_CHARACTER = /[\p{L}\p{M}’]/uy;

/** The length of the character at `at` if it may stand in a word ({@link LETTER}), else 0. */
function runLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x27 || c === 0x2d ? 1 : 0;
  }
  RUN_CHARACTER.lastIndex = at;
  return RUN_CHARACTER.test(text) ? RUN_CHARACTER.lastIndex - at : 0;
}
const WHOLE_RUN = /^[\p{L}\p{M}'’-]+$/u;

function indexWords(text: string): WordIndex {
  let runs: Map<string, number[]> | null = null;
  const scanned = new Map<string, ReadonlyArray<number>>();
  return {
    text,
    at(word) {
      if (word === '') {
        return [];
      }
      if (!WHOLE_RUN.test(word)) {
        // Not a run of letters (a digit, a dot): look for it where it stands, once.
        let found = scanned.get(word);
        if (found === undefined) {
          const list: number[] = [];
          for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (!LETTER.test(text[at - 1] ?? ' ') && !LETTER.test(text[at + word.length] ?? ' ')) {
              list.push(at);
            }
          }
          found = list;
          scanned.set(word, found);
        }
        return found;
      }
      if (runs === null) {
        runs = new Map();
        // The matches of [\p{L}\p{M}'’-]+, read by hand (a long text has a great many).
        let at = 0;
        while (at < text.length) {
          let end = at;
          for (let n = runLength(text, end); n > 0; n = runLength(text, end)) {
            end += n;
          }
          if (end === at) {
            at++;
            continue;
          }
          const word = text.slice(at, end);
          const list = runs.get(word);
          if (list) {
            list.push(at);
          } else {
            runs.set(word, [at]);
          }
          at = end;
        }
      }
      return runs.get(word) ?? [];
    },
  };
}

/** Whether the text capitalises a word inside a sentence (after a word or a comma). */
function capitalisedInside(text: WordIndex, word: string): boolean {
  return hasWord(text, word, (before) => /[\p{L},]\s+$/u.test(before));
}

// What comes before a word that opens a sentence.
const SENTENCE_OPENING = /(?:[.!?:;]["”’)]?\s+|["“‘(—–]\s*|^\s*)$/u;

/** Reads the names of people and places (capitalised word runs, titles dropped). */
function names(text: string, out: FoundValue[], taken: ReadonlyArray<Span>): void {
  const index = indexWords(text);
  // Per word: its answer is the same for every name that holds it.
  const capitalised = new Map<string, boolean>();
  const capitalisedOnce = (word: string): boolean => {
    let answer = capitalised.get(word);
    if (answer === undefined) {
      answer = capitalisedInside(index, word);
      capitalised.set(word, answer);
    }
    return answer;
  };
  // Per run of capitalised words: its name words and key are the same wherever it stands
  // (a long text names the same people again and again).
  const runs = new Map<string, NameRun | null>();
  const nameRun = (run: string): NameRun | null => {
    let known = runs.get(run);
    if (known === undefined) {
      known = readNameRun(index, run);
      runs.set(run, known);
    }
    return known;
  };
  for (const m of text.matchAll(NAME_PATTERN)) {
    const start = m.index ?? 0;
    if (overlapsAny(taken, start, start + m[0].length)) {
      continue;
    }
    const run = nameRun(m[0]);
    if (run === null) {
      continue;
    }
    // One capitalised word opening a sentence ("Officers at…", "More than…") is only a name
    // when the text also capitalises it elsewhere.
    if (
      run.single !== null &&
      (start === 0 || SENTENCE_OPENING.test(text.slice(Math.max(0, start - 8), start))) &&
      !capitalisedOnce(run.single)
    ) {
      continue;
    }
    out.push({ kind: 'name', dimension: 'name', key: run.key, text: run.text, context: [] });
  }
}

/** What a run of capitalised words names, wherever it stands in its text. */
interface NameRun {
  readonly key: string;
  readonly text: string;
  /** Its one name word, if it has only one. */
  readonly single: string | null;
}

/** The name words of a run of capitalised words in a text, or null if it has none. */
function readNameRun(index: WordIndex, run: string): NameRun | null {
  const all = run.split(/\s+/u).map((t) => t.replace(/\.$/u, ''));
  // A title ends what comes before it: "Police Commissioner Cressida Dick" is Cressida Dick.
  const lastTitle = all.reduce((last, t, i) => (TITLE.test(t) ? i : last), -1);
  const tokens = (
    lastTitle >= 0 && lastTitle < all.length - 1 ? all.slice(lastTitle + 1) : all
  ).filter(
    // A capitalised word the text also writes in lower case ("Police" and "police") is a
    // common word at the start of a sentence or in a title, not part of a name.
    (t) => !NOT_NAME_WORDS.has(t) && !TITLE.test(t) && !hasWord(index, t.toLowerCase()),
  );
  // Words in capitals are acronyms (IOPC, BBC), too short to tell a misspelling from
  // another body; a name is compared on its other words.
  const named = tokens.filter((t) => !/^[\p{Lu}\d]+$/u.test(t));
  if (named.length === 0) {
    return null;
  }
  return {
    key: named.map(foldName).join(' '),
    text: named.join(' '),
    single: named.length === 1 ? (named[0] as string) : null,
  };
}

function foldName(token: string): string {
  return foldTypography(token)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/'s$/u, '')
    .toLowerCase();
}

const CAPITAL_OR_DIGIT = /[\p{Lu}\d]/u;
const NUMBER_WORD_ANYWHERE = new RegExp(String.raw`\b(?:${NUMBER_WORD}|one)\b`, 'iu');

/**
 * Whether a changed stretch of a word diff may hold a date, figure or name: a capital, a
 * digit or a number word. When no change in a row does, its outlets give the same values
 * and the row needs no reading.
 */
export function mayHoldValue(text: string): boolean {
  return CAPITAL_OR_DIGIT.test(text) || NUMBER_WORD_ANYWHERE.test(text);
}

/** Every date, figure and name of a text. */
export function findValues(text: string): ReadonlyArray<FoundValue> {
  const out: FoundValue[] = [];
  const taken: Span[] = [];
  dates(text, out, taken);
  numbers(text, out, taken);
  names(text, out, taken);
  return out;
}
