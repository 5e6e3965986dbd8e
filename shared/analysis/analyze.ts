/**
 * Media-literacy analyses of a comparison: quotations and who they are attributed to,
 * attribution verbs, loaded and hedging language, coverage (what each outlet alone
 * reports or leaves out), and figures or names that differ for the same fact.
 *
 * Pure: a comparison (and optional lexicon additions) in, plain data out.
 */
import {
  findQuotes,
  hasInnerChange,
  MAX_POSTINGS,
  SAME_QUOTE_OVERLAP,
  type Quote,
} from '../diff/quotes';
import { wordDiff } from '../diff/word-diff';
import { cellText } from '../compare';
import type { CellDiff, Comparison, DiffPart } from '../model';
import { sentences, sentenceSpans, words, type SentenceSpan } from '../text/tokenize';
import { firstEndingAfter, firstStartingAt, overlapsAny } from '../util/spans';
import {
  ATTRIBUTION_VERBS,
  LOADED_TERMS,
  mergeLexicon,
  type LexiconEntry,
  type LoadedCategory,
  type VerbCategory,
} from './lexicon';
import {
  findValues,
  mayHoldValue,
  rowDiscrepancies,
  type Discrepancy,
  type FoundValue,
} from './discrepancies';
import { findTerms, memoWordKey, type TermHit } from './terms';

export { DISCREPANCY_LABELS, type Discrepancy, type DiscrepancyKind } from './discrepancies';

/** One outlet's wording of a quoted statement. */
export interface QuoteInstance {
  readonly article: number;
  readonly paragraph: number;
  /** The quoted words (one sentence of a quotation). */
  readonly text: string;
  /** Who the outlet attributes it to, as the text names them, or null. */
  readonly speaker: string | null;
  /**
   * Whether the speaker was inferred rather than named with the quotation: a pronoun ("he
   * said") or a paragraph of quotation only, taken to be the last person the article named.
   */
  readonly inferred: boolean;
  /** The attribution verb used ("said", "insisted"), or null. */
  readonly verb: string | null;
}

/** How one outlet carries a quoted statement, against the group's reference wording. */
export type QuoteStatus =
  | { readonly article: number; readonly status: 'identical' }
  | {
      readonly article: number;
      readonly status: 'altered';
      readonly parts: ReadonlyArray<DiffPart>;
    }
  | { readonly article: number; readonly status: 'missing' };

/** A quoted statement matched across outlets. */
export interface QuoteGroup {
  /** The reference wording: the first outlet's (in article order) that carries it. */
  readonly reference: QuoteInstance;
  /** Every outlet's wording. */
  readonly instances: ReadonlyArray<QuoteInstance>;
  /** Per article (on-topic ones), identical / altered (with the word diff) / missing. */
  readonly statuses: ReadonlyArray<QuoteStatus>;
}

/** Attribution verbs and loaded terms of one outlet. */
export interface OutletLanguage {
  readonly article: number;
  /** Attribution verbs by category. */
  readonly verbs: Readonly<Record<VerbCategory, number>>;
  /** Each verb term with its count. */
  readonly verbTerms: Readonly<Record<string, number>>;
  /** Loaded terms by category. */
  readonly loaded: Readonly<Record<LoadedCategory, number>>;
  /** Each loaded term with its count. */
  readonly loadedTerms: Readonly<Record<string, number>>;
  /** Every loaded term found, for highlighting: paragraph and offsets. */
  readonly loadedHits: ReadonlyArray<TermHit<LoadedCategory> & { readonly paragraph: number }>;
}

/** A shared row whose outlets introduce the statement with verbs of different categories. */
export interface VerbContrast {
  readonly row: number;
  readonly verbs: ReadonlyArray<{
    readonly article: number;
    readonly terms: ReadonlyArray<TermHit<VerbCategory>>;
  }>;
}

/** Coverage of the story's facts (rows) by outlet. */
export interface Coverage {
  /** Rows that carry content (shared and unique, not boilerplate). */
  readonly rows: ReadonlyArray<number>;
  /** `carried[i][k]`: does article k carry fact row `rows[i]`. */
  readonly carried: ReadonlyArray<ReadonlyArray<boolean>>;
  /** Per article: rows only it carries, and rows all other on-topic outlets carry but it omits. */
  readonly byArticle: ReadonlyArray<{
    readonly article: number;
    readonly alone: ReadonlyArray<number>;
    readonly omits: ReadonlyArray<number>;
  }>;
}

/** All analyses. */
export interface Analysis {
  readonly quotes: ReadonlyArray<QuoteGroup>;
  readonly language: ReadonlyArray<OutletLanguage>;
  readonly verbContrasts: ReadonlyArray<VerbContrast>;
  readonly coverage: Coverage;
  readonly discrepancies: ReadonlyArray<Discrepancy>;
}

/** User additions to the lexicons. */
export interface LexiconAdditions {
  readonly verbs?: ReadonlyArray<LexiconEntry<VerbCategory>>;
  readonly loaded?: ReadonlyArray<LexiconEntry<LoadedCategory>>;
}

/** Runs every analysis. */
export function analyzeComparison(
  comparison: Comparison,
  additions: LexiconAdditions = {},
): Analysis {
  const verbs = mergeLexicon(ATTRIBUTION_VERBS, additions.verbs ?? []);
  const loaded = mergeLexicon(LOADED_TERMS, additions.loaded ?? []);
  const keyOf = memoWordKey();
  const findVerbs = memoFinder(verbs, keyOf);
  const findLoaded = memoFinder(loaded, keyOf);
  return {
    quotes: quoteGroups(comparison, findVerbs),
    language: comparison.articles.map((_, k) =>
      outletLanguage(comparison, k, findVerbs, findLoaded),
    ),
    verbContrasts: verbContrasts(comparison, findVerbs),
    coverage: coverage(comparison),
    discrepancies: discrepancies(comparison),
  };
}

// ---------------------------------------------------------------- quotations

// Capitalised words that start sentences rather than name people.
const NOT_A_NAME = String.raw`(?!(?:The|This|That|It|But|However|When|If|A|An|In|On|At|Speaking|Asked|He|She|They|We|I)\b)`;
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+)?${NOT_A_NAME}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}`;
// Words that follow a speaker without being part of their name ("The Times had reported").
const NOT_IN_SPEAKER = String.raw`(?!(?:had|has|have|was|were|is|are|also|later|then|again|once|first|previously|earlier|repeatedly|reportedly|would|will|who|which|that)\b)`;
const SPEAKER_WORD = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|${NAME}|[Tt]he(?:\s+${NOT_IN_SPEAKER}\p{L}+){1,3})`;

// Speakers named by their role are people too ("the mayor told…", "she said").
const PERSON_ROLE =
  /\b(?:mayor|minister|secretary|spokesperson|spokesman|spokeswoman|commissioner|leader|chief|president|chair|chairman|chairwoman|judge|officer|member|journalist|mp|senator|governor|director|author|lawyer|professor|doctor|witness|victim|mother|father|wife|husband|son|daughter|man|woman)$/iu;

/** Whether a speaker is a person (a name, or a role such as "the mayor"), not a body. */
function isPerson(speaker: string): boolean {
  return !/^the\s/iu.test(speaker) || PERSON_ROLE.test(speaker);
}

/** Finds who a paragraph attributes a quotation to, and the verb, outside the quoted text. */
export function attribution(
  paragraph: string,
  verbs: ReadonlyArray<LexiconEntry<VerbCategory>>,
): { readonly speaker: string | null; readonly verb: string | null } {
  const find = (text: string) => findTerms(text, verbs);
  return paragraphAttribution(readAttributions(paragraph, findQuotes(paragraph), find));
}

/** Finds lexicon terms in a text (memoised per analysis run: texts repeat across passes). */
type Finder<C extends string> = (text: string) => ReadonlyArray<TermHit<C>>;

function memoFinder<C extends string>(
  lexicon: ReadonlyArray<LexiconEntry<C>>,
  keyOf: (word: string) => string,
): Finder<C> {
  const memo = new Map<string, ReadonlyArray<TermHit<C>>>();
  return (text) => {
    let hits = memo.get(text);
    if (hits === undefined) {
      hits = findTerms(text, lexicon, keyOf);
      memo.set(text, hits);
    }
    return hits;
  };
}

/**
 * A paragraph with its quotations blanked out (offsets kept), so verbs inside them are not
 * read. Built in one pass (quotations are in order): linear in the paragraph's length.
 */
function outsideQuotes(paragraph: string, quotes: ReadonlyArray<Quote>): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    parts.push(paragraph.slice(at, q.start), ' '.repeat(q.endExclusive - q.start));
    at = q.endExclusive;
  }
  parts.push(paragraph.slice(at));
  return parts.join('');
}

const SPEAKER_BEFORE = new RegExp(`(${SPEAKER_WORD})\\s+(?:\\p{L}+\\s+){0,2}$`, 'u');
const SPEAKER_AFTER = new RegExp(`^\\s+(${NAME})`, 'u');

/** The speaker a verb hit names, before it ("Khan said") or after it ("said Sadiq Khan"). */
function speakerOf(outside: string, hit: TermHit<VerbCategory>): string | null {
  const before = SPEAKER_BEFORE.exec(outside.slice(Math.max(0, hit.start - 60), hit.start));
  const after = before
    ? null
    : SPEAKER_AFTER.exec(outside.slice(hit.endExclusive, hit.endExclusive + 60));
  return (before?.[1] ?? after?.[1] ?? null)?.trim() ?? null;
}

/** An attribution verb outside the quotations, with the speaker it names. */
interface AttributionHit {
  readonly hit: TermHit<VerbCategory>;
  readonly speaker: string | null;
}

/** A paragraph's attribution verbs outside its quotations, each with the speaker it names. */
interface Attributions {
  readonly paragraph: string;
  readonly outside: string;
  /** In text order. */
  readonly hits: ReadonlyArray<AttributionHit>;
}

function readAttributions(
  paragraph: string,
  quotes: ReadonlyArray<Quote>,
  find: Finder<VerbCategory>,
): Attributions {
  const outside = quotes.length > 0 ? outsideQuotes(paragraph, quotes) : paragraph;
  // The paragraph's own hits (memoised, shared with the verb tallies), less those quoted.
  const hits = find(paragraph).filter((hit) => !overlapsAny(quotes, hit.start, hit.endExclusive));
  return {
    paragraph,
    outside,
    hits: hits.map((hit) => ({ hit, speaker: speakerOf(outside, hit) })),
  };
}

/**
 * What attributing a paragraph's quotations needs, computed once per paragraph so that a
 * paragraph of thousands of quotations costs no more than its length: the paragraph's own
 * attribution, its people in order, how much narration it has, and for each verb hit the
 * last named speaker (and person) up to it.
 */
interface AttributionIndex {
  readonly paragraphSpeaker: { readonly speaker: string | null; readonly verb: string | null };
  /** People named outside the quotations, in order, with where each name ends. */
  readonly people: ReadonlyArray<{ readonly name: string; readonly endExclusive: number }>;
  /** Words of narration outside the quotations (punctuation aside). */
  readonly narrationWords: number;
  /** The verb hits' spans, in order (for binary search). */
  readonly hitSpans: ReadonlyArray<TermHit<VerbCategory>>;
  /** `lastNamed[i]`: the last named speaker among hits `[0, i)`; `lastPerson[i]` the last person. */
  readonly lastNamed: ReadonlyArray<string | null>;
  readonly lastPerson: ReadonlyArray<string | null>;
}

function indexAttributions(attributions: Attributions): AttributionIndex {
  const { outside, hits } = attributions;
  const lastNamed: Array<string | null> = [null];
  const lastPerson: Array<string | null> = [null];
  for (const n of hits) {
    const named = n.speaker !== null && !PRONOUN.test(n.speaker) ? n.speaker : null;
    lastNamed.push(named ?? lastNamed.at(-1) ?? null);
    lastPerson.push(named !== null && isPerson(named) ? named : (lastPerson.at(-1) ?? null));
  }
  return {
    paragraphSpeaker: paragraphAttribution(attributions),
    hitSpans: hits.map((n) => n.hit),
    people: [...outside.matchAll(PERSON)].map((m) => ({
      name: m[0],
      endExclusive: (m.index ?? 0) + m[0].length,
    })),
    narrationWords: outside
      .replace(/[\s\p{P}]+/gu, ' ')
      .trim()
      .split(' ')
      .filter(Boolean).length,
    lastNamed,
    lastPerson,
  };
}

/** The paragraph's attribution: the first verb with a speaker ("Asked about it, Khan accused…" → Khan). */
function paragraphAttribution(attributions: Attributions): {
  readonly speaker: string | null;
  readonly verb: string | null;
} {
  const first = attributions.hits.find((h) => h.speaker !== null);
  return first
    ? { speaker: first.speaker, verb: first.hit.text }
    : { speaker: null, verb: attributions.hits[0]?.hit.text ?? null };
}

const PRONOUN = /^(?:he|she|they)$/iu;

// A person's name: a title and a name, or two to four capitalised words.
const PERSON = new RegExp(
  String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+\p{Lu}[\p{L}'’-]+|${NOT_A_NAME}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?![\p{L}'’-])`,
  'gu',
);

/** The last person named before an offset ("Dana Wells chaired… She said"). */
function lastPersonBefore(index: AttributionIndex, at: number): string | null {
  // People in order: the last whose name ends by `at` (binary search).
  let lo = 0;
  let hi = index.people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.people[mid]?.endExclusive ?? 0) <= at) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return index.people[lo - 1]?.name ?? null;
}

/** Who spoke last in an article so far: anyone, and the last person. */
interface LastSpeakers {
  readonly any?: string;
  readonly person?: string;
}

function withSpeaker(last: LastSpeakers, speaker: string): LastSpeakers {
  return { any: speaker, person: isPerson(speaker) ? speaker : last.person };
}

/**
 * Who one quotation is attributed to: the attribution verb nearest to it within its own
 * sentences ("…,” said Khan. “…” → Khan for the first quotation only). A quotation whose
 * sentences have no attribution takes the paragraph's, when the paragraph is all quotation
 * (a quote going on from the paragraph before), the last person named; otherwise none: a
 * quoted tweet or sign has no speaker the text names.
 */
function quoteAttribution(
  attributions: Attributions,
  index: AttributionIndex,
  spans: ReadonlyArray<SentenceSpan>,
  quote: Quote,
  last: LastSpeakers,
): { readonly speaker: string | null; readonly verb: string | null; readonly inferred: boolean } {
  const { paragraph, hits: all } = attributions;
  const { paragraphSpeaker } = index;
  const from = spans[firstEndingAfter(spans, quote.start)]?.start ?? 0;
  const to =
    spans[firstEndingAfter(spans, quote.endExclusive - 1)]?.endExclusive ?? paragraph.length;
  const distance = (h: TermHit<VerbCategory>) =>
    h.endExclusive <= quote.start ? quote.start - h.endExclusive : h.start - quote.endExclusive;
  // The hits within the quotation's sentences: a slice of the hits (in text order).
  const hitStarts = index.hitSpans;
  const near: AttributionHit[] = [];
  for (let i = firstStartingAt(hitStarts, from); i < all.length; i++) {
    const n = all[i] as AttributionHit;
    if (n.hit.start >= to) {
      break;
    }
    if (n.hit.endExclusive <= to) {
      near.push(n);
    }
  }
  near.sort((a, b) => distance(a.hit) - distance(b.hit));
  const named = near.find((n) => n.speaker !== null);
  // A pronoun is the last person named before it: earlier in this paragraph, or before it.
  const resolve = (speaker: string | null, verb: string | null, at: number) => {
    if (!speaker || !PRONOUN.test(speaker)) {
      return { speaker, verb, inferred: false };
    }
    const person = /^(?:he|she)$/iu.test(speaker);
    const before = firstStartingAt(hitStarts, at);
    const antecedent =
      (person ? lastPersonBefore(index, at) : null) ??
      (person ? index.lastPerson[before] : index.lastNamed[before]) ??
      (person ? last.person : last.any);
    return antecedent
      ? { speaker: antecedent, verb, inferred: true }
      : { speaker, verb, inferred: false };
  };
  if (named) {
    return resolve(named.speaker, named.hit.text, named.hit.start);
  }
  if (near.length > 0 && paragraphSpeaker.speaker) {
    return resolve(paragraphSpeaker.speaker, near[0]?.hit.text ?? null, quote.start);
  }
  if (index.narrationWords <= 2 && last.any) {
    return { speaker: last.any, verb: null, inferred: true };
  }
  return { speaker: null, verb: near[0]?.hit.text ?? null, inferred: false };
}

/** How a quotation's speaker reads to users: "Khan", "Khan (inferred)" or "unattributed". */
export function describeSpeaker(instance: QuoteInstance): string {
  if (instance.speaker === null) {
    return 'unattributed';
  }
  return instance.inferred ? `${instance.speaker} (inferred)` : instance.speaker;
}

/** A statement's words with their counts (computed once per quotation). */
function wordBag(text: string): ReadonlyMap<string, number> {
  const bag = new Map<string, number>();
  for (const w of words(text)) {
    bag.set(w, (bag.get(w) ?? 0) + 1);
  }
  return bag;
}

/** Same measure as `quoteOverlap`: shared words over the shorter statement's words. */
function bagOverlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const [w, n] of a) {
    sizeA += n;
    shared += Math.min(n, b.get(w) ?? 0);
  }
  for (const n of b.values()) {
    sizeB += n;
  }
  const smaller = Math.min(sizeA, sizeB);
  return smaller === 0 ? 0 : shared / smaller;
}

/**
 * Statements of a comparison by their words, to find the group a new statement joins
 * without comparing it with every statement so far: that comparison is quadratic in the
 * number of statements, which a long article of quotations makes large (thousands).
 *
 * Candidates are the statements that share a word with the new one, through the word's
 * list of statements; a word on more than {@link MAX_POSTINGS} statements ("the", "said")
 * is too common to narrow anything and is not followed. Two statements that share only such
 * words are not found the same (in news articles no word is quoted that often; only
 * pathological inputs have such words).
 */
class QuoteIndex {
  private readonly bags: Array<{
    readonly bag: ReadonlyMap<string, number>;
    readonly group: number;
  }> = [];
  private readonly postings = new Map<string, number[]>();

  /** Adds a statement's words, in `group`. */
  add(bag: ReadonlyMap<string, number>, group: number): void {
    const id = this.bags.length;
    this.bags.push({ bag, group });
    for (const word of bag.keys()) {
      const list = this.postings.get(word);
      if (list === undefined) {
        this.postings.set(word, [id]);
      } else if (list.length <= MAX_POSTINGS) {
        list.push(id);
      }
    }
  }

  /**
   * The lowest-numbered group that `allowed` lets in and that holds a statement sharing at
   * least {@link SAME_QUOTE_OVERLAP} of the shorter one's words with `bag`, or null.
   */
  firstGroup(bag: ReadonlyMap<string, number>, allowed: (group: number) => boolean): number | null {
    let best: number | null = null;
    const compared = new Set<number>();
    for (const word of bag.keys()) {
      const list = this.postings.get(word);
      if (list === undefined || list.length > MAX_POSTINGS) {
        continue;
      }
      for (const id of list) {
        const entry = this.bags[id];
        if (
          entry === undefined ||
          (best !== null && entry.group >= best) ||
          !allowed(entry.group) ||
          compared.has(id)
        ) {
          continue;
        }
        compared.add(id);
        if (bagOverlap(entry.bag, bag) >= SAME_QUOTE_OVERLAP) {
          best = entry.group;
        }
      }
    }
    return best;
  }
}

/** Quoted statements shorter than this many words are scare quotes, not statements. */
export const MIN_STATEMENT_WORDS = 5;

function quoteGroups(
  comparison: Comparison,
  findVerbs: Finder<VerbCategory>,
): ReadonlyArray<QuoteGroup> {
  const groups: QuoteInstance[][] = [];
  const groupArticles: Set<number>[] = [];
  const statements = new QuoteIndex();
  const lastSpeakers = new Map<number, LastSpeakers>();
  comparison.articles.forEach((article, k) => {
    article.paragraphs.forEach((p, i) => {
      if (p.boilerplate !== null) {
        return;
      }
      const found = findQuotes(p.text);
      const attributions = readAttributions(p.text, found, findVerbs);
      const spans = found.length > 0 ? sentenceSpans(p.text) : [];
      const index = found.length > 0 ? indexAttributions(attributions) : null;
      const before = lastSpeakers.get(k) ?? {};
      // Every paragraph updates who spoke last, so that "he said" resolves to them.
      for (const { speaker: named } of attributions.hits) {
        if (named && !PRONOUN.test(named)) {
          lastSpeakers.set(k, withSpeaker(lastSpeakers.get(k) ?? {}, named));
        }
      }
      for (const quote of found) {
        const { speaker, verb, inferred } = quoteAttribution(
          attributions,
          index as AttributionIndex,
          spans,
          quote,
          before,
        );
        for (const sentence of sentences(quote.text)) {
          const text = sentence.trim();
          if (text.split(/\s+/u).length < MIN_STATEMENT_WORDS) {
            continue;
          }
          const instance: QuoteInstance = {
            article: k,
            paragraph: i,
            text,
            speaker,
            inferred,
            verb,
          };
          const bag = wordBag(text);
          // The first group (in order of creation) without this article that holds a
          // statement sharing most words with this one.
          const g = statements.firstGroup(bag, (group) => !groupArticles[group]?.has(k));
          const group = g ?? groups.length;
          if (g === null) {
            groups.push([]);
            groupArticles.push(new Set());
          }
          groups[group]?.push(instance);
          groupArticles[group]?.add(k);
          statements.add(bag, group);
        }
        // The speaker of a paragraph's last quotation speaks on in the next one.
        if (speaker && !PRONOUN.test(speaker)) {
          lastSpeakers.set(k, withSpeaker(lastSpeakers.get(k) ?? {}, speaker));
        }
      }
    });
  });
  const onTopic = comparison.articles
    .map((_, k) => k)
    .filter((k) => !comparison.offTopic.includes(k));
  return groups.map((instances) => {
    const reference = instances[0] as QuoteInstance;
    const statuses = onTopic.map((k): QuoteStatus => {
      const instance = instances.find((q) => q.article === k);
      if (!instance) {
        return { article: k, status: 'missing' };
      }
      if (instance === reference) {
        return { article: k, status: 'identical' };
      }
      const { parts } = wordDiff(reference.text, instance.text, {
        ...comparison.options.diff,
        ignorePunctuation: true,
        ignoreWhitespace: true,
        normalizeQuotes: true,
      });
      return hasInnerChange(parts)
        ? { article: k, status: 'altered', parts }
        : { article: k, status: 'identical' };
    });
    return { reference, instances, statuses };
  });
}

// ---------------------------------------------------------------- language

function tally<C extends string>(hits: ReadonlyArray<TermHit<C>>, categories: ReadonlyArray<C>) {
  const byCategory = Object.fromEntries(categories.map((c) => [c, 0])) as Record<C, number>;
  // Counted in a Map: terms come from the text and from user lexicons, and a plain object
  // already "has" constructor, toString or __proto__.
  const counts = new Map<string, number>();
  for (const h of hits) {
    byCategory[h.category] += 1;
    counts.set(h.term, (counts.get(h.term) ?? 0) + 1);
  }
  return { byCategory, byTerm: Object.fromEntries(counts) as Record<string, number> };
}

function outletLanguage(
  comparison: Comparison,
  k: number,
  findVerbs: Finder<VerbCategory>,
  findLoaded: Finder<LoadedCategory>,
): OutletLanguage {
  const verbHits: TermHit<VerbCategory>[] = [];
  const loadedHits: (TermHit<LoadedCategory> & { paragraph: number })[] = [];
  (comparison.articles[k]?.paragraphs ?? []).forEach((p, i) => {
    if (p.boilerplate === null) {
      verbHits.push(...findVerbs(p.text));
      loadedHits.push(...findLoaded(p.text).map((h) => ({ ...h, paragraph: i })));
    }
  });
  const v = tally(verbHits, ['neutral', 'asserting', 'conceding', 'adversarial'] as const);
  const l = tally(loadedHits, ['evaluative', 'intensifying', 'hedging'] as const);
  return {
    article: k,
    verbs: v.byCategory,
    verbTerms: v.byTerm,
    loaded: l.byCategory,
    loadedTerms: l.byTerm,
    loadedHits,
  };
}

function verbContrasts(
  comparison: Comparison,
  findVerbs: Finder<VerbCategory>,
): ReadonlyArray<VerbContrast> {
  const out: VerbContrast[] = [];
  comparison.rows.forEach((row, r) => {
    if (row.kind !== 'shared') {
      return;
    }
    const byArticle = row.cells.flatMap((cell, k) => {
      if (cell.length === 0) {
        return [];
      }
      const terms = cell.flatMap((i) =>
        findVerbs(comparison.articles[k]?.paragraphs[i]?.text ?? ''),
      );
      return [{ article: k, terms }];
    });
    const withVerbs = byArticle.filter((a) => a.terms.length > 0);
    const categories = new Set(
      withVerbs.map((a) => [...new Set(a.terms.map((t) => t.category))].sort().join('+')),
    );
    if (withVerbs.length >= 2 && categories.size > 1) {
      out.push({ row: r, verbs: byArticle });
    }
  });
  return out;
}

// ---------------------------------------------------------------- coverage

function coverage(comparison: Comparison): Coverage {
  const rows = comparison.rows.flatMap((row, r) => (row.kind === 'boilerplate' ? [] : [r]));
  const n = comparison.articles.length;
  const carried = rows.map((r) =>
    Array.from({ length: n }, (_, k) => (comparison.rows[r]?.cells[k]?.length ?? 0) > 0),
  );
  const onTopic = Array.from({ length: n }, (_, k) => k).filter(
    (k) => !comparison.offTopic.includes(k),
  );
  const byArticle = Array.from({ length: n }, (_, k) => ({
    article: k,
    alone: rows.filter((_, i) => carried[i]?.[k] && carried[i]?.filter(Boolean).length === 1),
    omits:
      onTopic.length > 2 && onTopic.includes(k)
        ? rows.filter(
            (_, i) => !carried[i]?.[k] && onTopic.every((j) => j === k || carried[i]?.[j]),
          )
        : [],
  }));
  return { rows, carried, byArticle };
}

// ---------------------------------------------------------------- discrepancies

/** Whether a cell's diff against the pivot changes words that may be a date, figure or name. */
function changesValue(diff: CellDiff): boolean {
  return diff.parts.some(
    (p) =>
      ((p.kind === 'delete' || p.kind === 'replace') && mayHoldValue(p.base)) ||
      ((p.kind === 'insert' || p.kind === 'replace') && mayHoldValue(p.other)),
  );
}

function discrepancies(comparison: Comparison): ReadonlyArray<Discrepancy> {
  // Wire copy repeats paragraphs word for word across outlets: read each text once.
  const memo = new Map<string, ReadonlyArray<FoundValue>>();
  const find = (text: string) => {
    let values = memo.get(text);
    if (values === undefined) {
      values = findValues(text);
      memo.set(text, values);
    }
    return values;
  };
  return comparison.rows.flatMap((row, r) =>
    row.kind === 'shared' && row.diffs.some(changesValue)
      ? rowDiscrepancies(
          r,
          row.cells.flatMap((cell, k) =>
            cell.length > 0 && comparison.articles[k]
              ? [{ article: k, text: cellText(comparison.articles[k], cell) }]
              : [],
          ),
          find,
        )
      : [],
  );
}
