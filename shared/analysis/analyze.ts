/**
 * Media-literacy analyses of a comparison: quotations and who they are attributed to,
 * attribution verbs, loaded and hedging language, coverage (what each outlet alone
 * reports or leaves out), and figures or names that differ for the same fact.
 *
 * Pure: a comparison (and optional lexicon additions) in, plain data out.
 */
import { findQuotes, hasInnerChange, SAME_QUOTE_OVERLAP } from '../diff/quotes';
import { wordDiff } from '../diff/word-diff';
import { cellText } from '../compare';
import type { Comparison, DiffPart } from '../model';
import { sentences, words } from '../text/tokenize';
import {
  ATTRIBUTION_VERBS,
  LOADED_TERMS,
  mergeLexicon,
  type LexiconEntry,
  type LoadedCategory,
  type VerbCategory,
} from './lexicon';
import { rowDiscrepancies, type Discrepancy } from './discrepancies';
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
const SPEAKER_WORD = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|${NAME}|[Tt]he\s+\p{L}+(?:\s+\p{L}+){0,2})`;

/** Finds who a paragraph attributes a quotation to, and the verb, outside the quoted text. */
export function attribution(
  paragraph: string,
  verbs: ReadonlyArray<LexiconEntry<VerbCategory>>,
): { readonly speaker: string | null; readonly verb: string | null } {
  return attributionWith(paragraph, (text) => findTerms(text, verbs));
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

function attributionWith(
  paragraph: string,
  find: Finder<VerbCategory>,
): { readonly speaker: string | null; readonly verb: string | null } {
  const outside = findQuotes(paragraph).reduce(
    (text, q) => text.slice(0, q.start) + ' '.repeat(q.text.length) + text.slice(q.endExclusive),
    paragraph,
  );
  const hits = find(outside);
  for (const hit of hits) {
    const before = new RegExp(`(${SPEAKER_WORD})\\s+(?:\\p{L}+\\s+){0,2}$`, 'u').exec(
      outside.slice(Math.max(0, hit.start - 60), hit.start),
    );
    const after = new RegExp(`^\\s+(${NAME})`, 'u').exec(
      outside.slice(hit.endExclusive, hit.endExclusive + 60),
    );
    const speaker = before?.[1] ?? after?.[1] ?? null;
    // The first verb with a speaker wins ("Asked about it, Khan accused…" → Khan).
    if (speaker) {
      return { speaker: speaker.trim(), verb: hit.text };
    }
  }
  return { speaker: null, verb: hits[0]?.text ?? null };
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

/** Quoted statements shorter than this many words are scare quotes, not statements. */
export const MIN_STATEMENT_WORDS = 5;

function quoteGroups(
  comparison: Comparison,
  findVerbs: Finder<VerbCategory>,
): ReadonlyArray<QuoteGroup> {
  const groups: QuoteInstance[][] = [];
  const bags = new Map<QuoteInstance, ReadonlyMap<string, number>>();
  const lastSpeaker = new Map<number, string>();
  comparison.articles.forEach((article, k) => {
    article.paragraphs.forEach((p, i) => {
      if (p.boilerplate !== null) {
        return;
      }
      // Every paragraph updates who spoke last, so that "he said" resolves to them.
      const attributed = attributionWith(p.text, findVerbs);
      const named =
        attributed.speaker && !/^(?:he|she|they)$/iu.test(attributed.speaker)
          ? attributed.speaker
          : null;
      const speaker = named ?? lastSpeaker.get(k) ?? attributed.speaker;
      if (named) {
        lastSpeaker.set(k, named);
      }
      const found = findQuotes(p.text);
      for (const quote of found) {
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
            verb: attributed.verb,
          };
          const bag = wordBag(text);
          const group = groups.find(
            (g) =>
              !g.some((q) => q.article === k) &&
              g.some((q) => bagOverlap(bags.get(q) ?? new Map(), bag) >= SAME_QUOTE_OVERLAP),
          );
          bags.set(instance, bag);
          if (group) {
            group.push(instance);
          } else {
            groups.push([instance]);
          }
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
  const byTerm: Record<string, number> = {};
  for (const h of hits) {
    byCategory[h.category] += 1;
    byTerm[h.term] = (byTerm[h.term] ?? 0) + 1;
  }
  return { byCategory, byTerm };
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

function discrepancies(comparison: Comparison): ReadonlyArray<Discrepancy> {
  return comparison.rows.flatMap((row, r) =>
    row.kind === 'shared'
      ? rowDiscrepancies(
          r,
          row.cells.flatMap((cell, k) =>
            cell.length > 0 && comparison.articles[k]
              ? [{ article: k, text: cellText(comparison.articles[k], cell) }]
              : [],
          ),
        )
      : [],
  );
}
