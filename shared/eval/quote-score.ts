/**
 * Scoring quotations against a hand-made reference, as described in
 * `eval/QUOTES-GUIDELINES.md`: which quoted spans an article has, who the article says
 * spoke them, and the attribution verb. The reference names each quotation by its exact
 * text; here it is located in an article's paragraphs, predicted quotations are paired with
 * reference ones by span overlap (one to one), and detection precision / recall, speaker
 * accuracy and verb accuracy are computed over the pairs.
 *
 * Pure: reference, paragraphs and predictions in, plain data out.
 */
import { splitParagraphs } from '../load/segment';
import { verbForms as conjugate } from '../analysis/inflect';

/** "full": a complete sentence or utterance; "partial": a fragment fitted into the writer's sentence. */
export type QuoteKind = 'full' | 'partial';

/** One quotation of the reference. */
export interface ReferenceQuote {
  /** The text between the marks, exactly as in the file. */
  readonly quote: string;
  /** A snippet of the quotation's paragraph, when the same words are quoted in several. */
  readonly at?: string;
  /** Which of the remaining occurrences (0-based, reading order) when `at` is not enough. */
  readonly nth?: number;
  /** A key of the article's `speakers`, or "unclear". */
  readonly speaker: string;
  /** The attribution verb's lemma, several acceptable lemmas, or null when there is none. */
  readonly verb: string | ReadonlyArray<string> | null;
  readonly kind: QuoteKind;
  /** A paragraph of quotation whose speaker is carried over from before (no attribution). */
  readonly continues?: boolean;
  readonly note?: string;
}

/** Marked words that are deliberately not quotations (names, terms, scare quotes). */
export interface NotQuote {
  readonly text: string;
  readonly why: string;
  readonly at?: string;
}

/** A boilerplate paragraph (named by a snippet) whose marks are not annotated. */
export interface SkippedParagraph {
  readonly at: string;
  readonly why: string;
}

/** The reference for one article. */
export interface ArticleQuoteReference {
  /** Speaker → the other names the article uses for the same source. */
  readonly speakers: Readonly<Record<string, ReadonlyArray<string>>>;
  readonly quotes: ReadonlyArray<ReferenceQuote>;
  readonly notQuotes?: ReadonlyArray<NotQuote>;
  readonly skip?: ReadonlyArray<SkippedParagraph>;
}

/** A quotation reference file (`eval/quotes/<story>.json`). */
export interface QuoteReferenceFile {
  readonly story: string;
  /** Folder of the article files, from the project's root. */
  readonly dir: string;
  /** File name → its reference, in the order the story is compared. */
  readonly articles: Readonly<Record<string, ArticleQuoteReference>>;
}

/** Speaker value for words the article gives no source for. */
export const UNCLEAR = 'unclear';

/** A span of text inside one paragraph (character offsets, end exclusive). */
export interface QuoteSpan {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** A reference quotation located in an article's paragraphs. */
export interface LocatedQuote extends QuoteSpan {
  readonly reference: ReferenceQuote;
  /** The speaker's names (the key first), or null when the speaker is unclear. */
  readonly names: ReadonlyArray<string> | null;
}

/** A quotation found by the analyses: its span, its speaker and verb as given. */
export interface PredictedQuote extends QuoteSpan {
  readonly speaker: string | null;
  readonly verb: string | null;
}

// ---------------------------------------------------------------- locating

/** Marks that may open a quotation; the same list closes one (« » and „ “ pairs included). */
const MARKS = new Set(['“', '”', '"', '‘', '’', "'", '«', '»', '„', '‹', '›']);

/**
 * Paragraphs as the guidelines define them: blank-line blocks, or lines when there are none
 * (the loader's own split, `shared/load/segment.ts`, a byte-order mark dropped).
 */
export function guidelineParagraphs(text: string): ReadonlyArray<string> {
  return splitParagraphs(text.replace(/^\uFEFF/u, ''));
}

/**
 * The occurrences of `text` between marks: directly after an opening mark (or the
 * paragraph's first non-space character) and directly before a closing mark (or the
 * paragraph's last non-space character), in reading order.
 */
export function markedOccurrences(
  paragraphs: ReadonlyArray<string>,
  text: string,
): ReadonlyArray<QuoteSpan> {
  const out: QuoteSpan[] = [];
  if (text.length === 0) {
    return out;
  }
  paragraphs.forEach((p, paragraph) => {
    const first = p.length - p.trimStart().length;
    const last = p.trimEnd().length;
    for (let at = p.indexOf(text); at >= 0; at = p.indexOf(text, at + 1)) {
      const end = at + text.length;
      const opens = at === first || MARKS.has(p[at - 1] ?? '');
      const closes = end === last || MARKS.has(p[end] ?? '');
      if (opens && closes) {
        out.push({ paragraph, start: at, end });
      }
    }
  });
  return out;
}

/** Finds where a quotation (or a marked non-quotation) stands; a message when it cannot. */
export function locateQuote(
  paragraphs: ReadonlyArray<string>,
  entry: { readonly text: string; readonly at?: string; readonly nth?: number },
): QuoteSpan | string {
  let found = markedOccurrences(paragraphs, entry.text);
  if (found.length === 0) {
    return paragraphs.some((p) => p.includes(entry.text))
      ? `not between quotation marks: ${JSON.stringify(entry.text)}`
      : `not found: ${JSON.stringify(entry.text)}`;
  }
  if (entry.at !== undefined) {
    const at = entry.at;
    const hosts = paragraphs.flatMap((p, i) => (p.includes(at) ? [i] : []));
    if (hosts.length !== 1) {
      return `"at" ${JSON.stringify(at)} is in ${hosts.length} paragraphs (needs exactly one)`;
    }
    found = found.filter((s) => s.paragraph === hosts[0]);
  }
  if (entry.nth !== undefined) {
    const pick = found[entry.nth];
    return pick ?? `"nth" ${entry.nth} but only ${found.length} occurrence(s) of ${JSON.stringify(entry.text)}`;
  }
  if (found.length !== 1) {
    return `${found.length} marked occurrences of ${JSON.stringify(entry.text)} (give "at" or "nth")`;
  }
  return found[0] as QuoteSpan;
}

const KINDS: ReadonlyArray<string> = ['full', 'partial'];

/** Whether a character is a quotation mark here (an apostrophe inside a word is not). */
function isMark(p: string, i: number): boolean {
  const c = p[i] ?? '';
  if (c === '’') {
    return false; // an apostrophe, or a closing mark whose opening ‘ is checked
  }
  if (c === '‘' || c === "'") {
    // The second of two straight apostrophes ('' used as a mark) looks one further back.
    const before = c === "'" && p[i - 1] === "'" ? p[i - 2] : p[i - 1];
    return !/[\p{L}\p{N}]/u.test(before ?? '');
  }
  return MARKS.has(c);
}

/**
 * Checks one article's reference against its paragraphs: shapes, speakers, that every
 * quotation and non-quotation can be located (once), and that every quotation mark of every
 * paragraph not skipped belongs to one of them. Returns the problems found (none: valid).
 */
export function checkArticleReference(
  paragraphs: ReadonlyArray<string>,
  reference: ArticleQuoteReference,
): ReadonlyArray<string> {
  const problems: string[] = [];
  if (typeof reference !== 'object' || reference === null) {
    return ['the entry is not an object'];
  }
  if (typeof reference.speakers !== 'object' || reference.speakers === null) {
    problems.push('"speakers" is missing');
  }
  if (!Array.isArray(reference.quotes)) {
    return [...problems, '"quotes" is not a list'];
  }
  const speakers = reference.speakers ?? {};
  for (const [name, aliases] of Object.entries(speakers)) {
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string' || !a.trim())) {
      problems.push(`speaker ${JSON.stringify(name)}: names must be a list of non-empty strings`);
    }
  }
  const used = new Set<string>();
  const spans: QuoteSpan[] = [];
  const where = new Map<string, string>();
  reference.quotes.forEach((q, n) => {
    const label = `quotes[${n}]`;
    if (typeof q.quote !== 'string' || q.quote.trim() !== q.quote || q.quote === '') {
      problems.push(`${label}: "quote" must be a non-empty string without outer spaces`);
      return;
    }
    if (q.speaker !== UNCLEAR && !Object.hasOwn(speakers, q.speaker)) {
      problems.push(`${label}: speaker ${JSON.stringify(q.speaker)} is not in "speakers"`);
    }
    used.add(q.speaker);
    const verbs = q.verb === null ? [] : typeof q.verb === 'string' ? [q.verb] : q.verb;
    if (
      q.verb === undefined ||
      !Array.isArray(verbs) ||
      verbs.some((v) => typeof v !== 'string' || v !== v.trim().toLowerCase() || v === '') ||
      (Array.isArray(q.verb) && verbs.length < 2)
    ) {
      problems.push(`${label}: "verb" must be a lower-case lemma, a list of two or more, or null`);
    }
    if (q.continues === true && q.verb !== null) {
      problems.push(`${label}: a quotation that "continues" has no verb of its own (null)`);
    }
    if (!KINDS.includes(q.kind)) {
      problems.push(`${label}: "kind" must be "full" or "partial"`);
    }
    const span = locateQuote(paragraphs, { text: q.quote, at: q.at, nth: q.nth });
    if (typeof span === 'string') {
      problems.push(`${label}: ${span}`);
      return;
    }
    const key = `${span.paragraph}:${span.start}`;
    if (where.has(key)) {
      problems.push(`${label}: same place as ${where.get(key)}`);
    }
    where.set(key, label);
    const before = spans[spans.length - 1];
    if (before && (before.paragraph > span.paragraph || (before.paragraph === span.paragraph && before.start > span.start))) {
      problems.push(`${label}: out of reading order`);
    }
    spans.push(span);
  });
  for (const name of Object.keys(speakers)) {
    if (!used.has(name)) {
      problems.push(`speaker ${JSON.stringify(name)} is listed but never used`);
    }
  }
  const covered: QuoteSpan[] = [...spans];
  (reference.notQuotes ?? []).forEach((nq, n) => {
    if (typeof nq.text !== 'string' || typeof nq.why !== 'string' || !nq.why.trim()) {
      problems.push(`notQuotes[${n}]: needs "text" and "why"`);
      return;
    }
    const found = markedOccurrences(paragraphs, nq.text).filter(
      (s) =>
        (nq.at === undefined || (paragraphs[s.paragraph] ?? '').includes(nq.at)) &&
        !spans.some((q) => q.paragraph === s.paragraph && q.start === s.start),
    );
    if (found.length === 0) {
      problems.push(`notQuotes[${n}]: no marked occurrence of ${JSON.stringify(nq.text)}`);
    }
    covered.push(...found);
  });
  const skipped = new Set<number>();
  (reference.skip ?? []).forEach((s, n) => {
    const hosts = paragraphs.flatMap((p, i) => (typeof s.at === 'string' && p.includes(s.at) ? [i] : []));
    if (hosts.length !== 1 || typeof s.why !== 'string') {
      problems.push(`skip[${n}]: "at" must name exactly one paragraph, with a "why"`);
      return;
    }
    skipped.add(hosts[0] as number);
  });
  for (const span of spans) {
    if (skipped.has(span.paragraph)) {
      problems.push(`a quotation stands in skipped paragraph #${span.paragraph}`);
    }
  }
  paragraphs.forEach((p, i) => {
    if (skipped.has(i)) {
      return;
    }
    const mine = covered.filter((s) => s.paragraph === i);
    for (let c = 0; c < p.length; c++) {
      if (!isMark(p, c)) {
        continue;
      }
      const accounted = mine.some(
        (s) =>
          c === s.start - 1 ||
          (c >= s.start && c < s.end) ||
          c === s.end ||
          (c === s.end + 1 && p[c - 1] === "'" && p[c] === "'"),
      );
      if (!accounted) {
        const context = p.slice(Math.max(0, c - 30), c + 30).replace(/\s+/gu, ' ');
        problems.push(`paragraph #${i}: quotation mark not annotated: …${context}…`);
      }
    }
  });
  return problems;
}

/** Locates every reference quotation of an article; throws on a reference that does not fit. */
export function locateReference(
  paragraphs: ReadonlyArray<string>,
  reference: ArticleQuoteReference,
): ReadonlyArray<LocatedQuote> {
  return reference.quotes.map((q) => {
    const span = locateQuote(paragraphs, { text: q.quote, at: q.at, nth: q.nth });
    if (typeof span === 'string') {
      throw new Error(`quotation reference: ${span}`);
    }
    const names =
      q.speaker === UNCLEAR ? null : [q.speaker, ...(reference.speakers[q.speaker] ?? [])];
    return { ...span, reference: q, names };
  });
}

// ---------------------------------------------------------------- matching

/** Share of the shorter span two spans must share to be the same quotation. */
export const MIN_SPAN_OVERLAP = 0.5;

function overlap(a: QuoteSpan, b: QuoteSpan): number {
  return a.paragraph === b.paragraph
    ? Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
    : 0;
}

/**
 * Pairs reference and predicted spans one to one: two spans may pair when they share at
 * least {@link MIN_SPAN_OVERLAP} of the shorter one's characters; the closest fits
 * (shared characters over the longer span) pair first. Returns [reference, predicted] index pairs.
 */
export function matchSpans(
  reference: ReadonlyArray<QuoteSpan>,
  predicted: ReadonlyArray<QuoteSpan>,
): ReadonlyArray<readonly [number, number]> {
  const candidates: { r: number; p: number; fit: number }[] = [];
  reference.forEach((a, r) => {
    predicted.forEach((b, p) => {
      const shared = overlap(a, b);
      const shorter = Math.min(a.end - a.start, b.end - b.start);
      if (shorter > 0 && shared >= MIN_SPAN_OVERLAP * shorter) {
        candidates.push({ r, p, fit: shared / Math.max(a.end - a.start, b.end - b.start) });
      }
    });
  });
  candidates.sort((x, y) => y.fit - x.fit || x.r - y.r || x.p - y.p);
  const usedR = new Set<number>();
  const usedP = new Set<number>();
  const out: (readonly [number, number])[] = [];
  for (const c of candidates) {
    if (!usedR.has(c.r) && !usedP.has(c.p)) {
      usedR.add(c.r);
      usedP.add(c.p);
      out.push([c.r, c.p]);
    }
  }
  return out.sort((x, y) => x[0] - y[0]);
}

// ---------------------------------------------------------------- speakers

const DETERMINERS = new Set(['the', 'a', 'an']);
// Titles and offices written before a name ("Mr Khan", "Chief Justice Moon").
const TITLES = new Set(
  (
    'mr mrs ms miss mx dr sir dame lord lady prof professor rev president ex-president former ' +
    'judge justice chief acting prime minister commissioner gov governor sen senator rep mayor'
  ).split(' '),
);

/** A name's words for comparison: lower case, quotes folded, leading articles and titles dropped. */
function speakerWords(name: string): ReadonlyArray<string> {
  const all = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(inferred\)/gu, ' ')
    .replace(/[‘’`´]/gu, "'")
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .split(' ')
    .filter((w) => w && w !== "'" && w !== '-');
  let from = 0;
  while (from < all.length - 1 && DETERMINERS.has(all[from] as string)) {
    from++;
  }
  while (from < all.length - 1 && TITLES.has(all[from] as string)) {
    from++;
  }
  return all.slice(from);
}

const NO_SPEAKER = new Set(['', UNCLEAR, 'unattributed', 'unknown', 'none']);

function sameWords(a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/**
 * Whether a predicted speaker matches the reference's: `names` are the speaker's names (null:
 * unclear). A name matches itself (case, articles and titles aside), its last word when it
 * has two or more (the surname), and a longer description ending with it.
 */
export function speakerMatches(
  predicted: string | null,
  names: ReadonlyArray<string> | null,
): boolean {
  const words = predicted === null ? [] : speakerWords(predicted);
  const none = words.length === 0 || NO_SPEAKER.has(words.join(' '));
  if (names === null) {
    return none;
  }
  if (none) {
    return false;
  }
  return names.some((name) => {
    const ref = speakerWords(name);
    if (ref.length === 0) {
      return false;
    }
    if (sameWords(words, ref)) {
      return true;
    }
    if (ref.length < 2) {
      return false;
    }
    return (
      (words.length === 1 && words[0] === ref[ref.length - 1]) ||
      (words.length > ref.length && sameWords(words.slice(words.length - ref.length), ref))
    );
  });
}

// ---------------------------------------------------------------- verbs

// Words before the reporting verb that are not part of its lemma.
const AUXILIARY = new Set(
  'has have had having was were is are be been being will would shall should can could may might must also later then did does do'.split(
    ' ',
  ),
);

function verbWordsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/gu, "'")
    .split(/[^\p{L}'-]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/iz(e|es|ed|ing)$/u, 'is$1'));
}

/**
 * A verb's forms (the analyses' conjugation tables, `shared/analysis/inflect.ts`), with
 * -ize spelled -ise as the predicted words are.
 */
export function verbForms(lemma: string): ReadonlySet<string> {
  return new Set(conjugate(lemma.replace(/iz(e|es|ed|ing)$/u, 'is$1')));
}

/** A predicted verb's words without auxiliaries and framing ("was forced to", "quoted as"). */
function reportingWords(text: string): string[] {
  const ws = verbWordsOf(text);
  let from = 0;
  for (;;) {
    if (from < ws.length - 1 && AUXILIARY.has(ws[from] as string)) {
      from++;
    } else if (
      from < ws.length - 2 &&
      /^(?:forc(?:e|ed|es|ing)|quot(?:e|ed|es|ing))$/u.test(ws[from] as string) &&
      (ws[from + 1] === 'to' || ws[from + 1] === 'as')
    ) {
      from += 2;
    } else {
      return ws.slice(from);
    }
  }
}

/** Whether a predicted verb (as found in the text) matches the reference lemma(s); null only null. */
export function verbMatches(
  predicted: string | null,
  reference: string | ReadonlyArray<string> | null,
): boolean {
  const words = predicted === null ? [] : reportingWords(predicted);
  if (reference === null) {
    return words.length === 0;
  }
  const lemmas = typeof reference === 'string' ? [reference] : reference;
  return lemmas.some((lemma) => {
    const [head, ...rest] = verbWordsOf(lemma);
    return (
      head !== undefined &&
      words.length === rest.length + 1 &&
      verbForms(head).has(words[0] as string) &&
      rest.every((w, i) => words[i + 1] === w)
    );
  });
}

// ---------------------------------------------------------------- scoring

/** Counts behind the scores; add them up across articles and stories. */
export interface QuoteCounts {
  readonly reference: number;
  readonly predicted: number;
  readonly matched: number;
  readonly speakerRight: number;
  readonly verbRight: number;
  /** Reference quotations and matched ones, by kind. */
  readonly full: { readonly reference: number; readonly matched: number };
  readonly partial: { readonly reference: number; readonly matched: number };
}

export const NO_COUNTS: QuoteCounts = {
  reference: 0,
  predicted: 0,
  matched: 0,
  speakerRight: 0,
  verbRight: 0,
  full: { reference: 0, matched: 0 },
  partial: { reference: 0, matched: 0 },
};

/** One matched pair, for the details of a run. */
export interface QuotePair {
  readonly reference: LocatedQuote;
  readonly predicted: PredictedQuote;
  readonly speakerRight: boolean;
  readonly verbRight: boolean;
}

/** An article's result: counts, pairs, and what was missed or wrongly found. */
export interface ArticleQuoteResult {
  readonly counts: QuoteCounts;
  readonly pairs: ReadonlyArray<QuotePair>;
  readonly missed: ReadonlyArray<LocatedQuote>;
  readonly spurious: ReadonlyArray<PredictedQuote>;
}

/** Scores one article's predicted quotations against its located reference. */
export function scoreArticleQuotes(
  reference: ReadonlyArray<LocatedQuote>,
  predicted: ReadonlyArray<PredictedQuote>,
): ArticleQuoteResult {
  const matches = matchSpans(reference, predicted);
  const pairs: QuotePair[] = matches.map(([r, p]) => {
    const ref = reference[r] as LocatedQuote;
    const pred = predicted[p] as PredictedQuote;
    return {
      reference: ref,
      predicted: pred,
      speakerRight: speakerMatches(pred.speaker, ref.names),
      verbRight: verbMatches(pred.verb, ref.reference.verb),
    };
  });
  const matchedR = new Set(matches.map(([r]) => r));
  const matchedP = new Set(matches.map(([, p]) => p));
  const byKind = (kind: QuoteKind) => ({
    reference: reference.filter((q) => q.reference.kind === kind).length,
    matched: pairs.filter((q) => q.reference.reference.kind === kind).length,
  });
  return {
    counts: {
      reference: reference.length,
      predicted: predicted.length,
      matched: pairs.length,
      speakerRight: pairs.filter((q) => q.speakerRight).length,
      verbRight: pairs.filter((q) => q.verbRight).length,
      full: byKind('full'),
      partial: byKind('partial'),
    },
    pairs,
    missed: reference.filter((_, r) => !matchedR.has(r)),
    spurious: predicted.filter((_, p) => !matchedP.has(p)),
  };
}

/** Sums counts (micro-averaging). */
export function addCounts(a: QuoteCounts, b: QuoteCounts): QuoteCounts {
  return {
    reference: a.reference + b.reference,
    predicted: a.predicted + b.predicted,
    matched: a.matched + b.matched,
    speakerRight: a.speakerRight + b.speakerRight,
    verbRight: a.verbRight + b.verbRight,
    full: {
      reference: a.full.reference + b.full.reference,
      matched: a.full.matched + b.full.matched,
    },
    partial: {
      reference: a.partial.reference + b.partial.reference,
      matched: a.partial.matched + b.partial.matched,
    },
  };
}

/** The figures a run reports. */
export interface QuoteScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Over matched quotations. */
  readonly speakerAccuracy: number;
  readonly verbAccuracy: number;
  readonly recallFull: number;
  readonly recallPartial: number;
}

/** Scores from counts (a ratio with nothing to count is 1: nothing to find, nothing wrong). */
export function quoteScore(c: QuoteCounts): QuoteScore {
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  const precision = ratio(c.matched, c.predicted);
  const recall = ratio(c.matched, c.reference);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    speakerAccuracy: ratio(c.speakerRight, c.matched),
    verbAccuracy: ratio(c.verbRight, c.matched),
    recallFull: ratio(c.full.matched, c.full.reference),
    recallPartial: ratio(c.partial.matched, c.partial.reference),
  };
}
