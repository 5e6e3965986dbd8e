/**
 * Media-literacy analyses of a comparison: quotations and who they are attributed to,
 * attribution verbs, loaded and hedging language, coverage (what each outlet alone
 * reports or leaves out), and figures or names that differ for the same fact. Each
 * analysis has its module; this one runs them once over a comparison.
 *
 * Pure: a comparison (and optional lexicon additions) in, plain data out.
 */
import { articleIndex, type Comparison } from '../model';
import { memoByText } from '../util/memo';
import { coverage } from './coverage';
import { comparisonDiscrepancies } from './discrepancies';
import { outletLanguage, verbContrasts } from './language';
import {
  ATTRIBUTION_VERBS,
  LOADED_TERMS,
  mergeLexicon,
  QUOTATION_VERBS,
  type LexiconEntry,
  type VerbCategory,
} from './lexicon';
import { articleQuotations, paragraphReader } from './quotations';
import { quoteGroups } from './quote-groups';
import { findTerms, wordTokens } from './terms';
import { DEFAULT_TUNING, type Analysis, type AnalysisTuning, type LexiconAdditions } from './types';

export { MIN_STATEMENT_WORDS } from './quote-groups';
export { DEFAULT_TUNING, DISCREPANCY_LABELS, describeSpeaker, describeStatus } from './types';
export type { DiscrepancyKind } from './values';
export type {
  Analysis,
  AnalysisTuning,
  Coverage,
  Discrepancy,
  LexiconAdditions,
  OutletLanguage,
  ParagraphHit,
  Quotation,
  QuotationKind,
  QuoteGroup,
  QuoteInstance,
  QuoteStatus,
  VerbContrast,
} from './types';

type VerbLexicon = ReadonlyArray<LexiconEntry<VerbCategory>>;

// Per attribution lexicon (the built-in one, unless the user adds verbs), its quotation
// verbs: the same array every run, so that `findTerms` compiles it once (it keeps the
// lexicons it compiled by array), not once per comparison (a batch compares thousands).
const quotationVerbsOf = new WeakMap<VerbLexicon, typeof QUOTATION_VERBS>();

/** The quotation verbs but those the attribution lexicon holds. */
function quotationVerbsBeside(verbs: VerbLexicon): typeof QUOTATION_VERBS {
  let list = quotationVerbsOf.get(verbs);
  if (list === undefined) {
    // A verb the user lists is an attribution verb everywhere, not only before quotations.
    const userVerbs = new Set(verbs.map((v) => v.term));
    list = QUOTATION_VERBS.filter((v) => !userVerbs.has(v.term));
    quotationVerbsOf.set(verbs, list);
  }
  return list;
}

/** Runs every analysis. */
export function analyzeComparison(
  comparison: Comparison,
  additions: LexiconAdditions = {},
  tuning: Partial<AnalysisTuning> = {},
): Analysis {
  const tuned = { ...DEFAULT_TUNING, ...tuning };
  const verbs = mergeLexicon(ATTRIBUTION_VERBS, additions.verbs ?? []);
  const loaded = mergeLexicon(LOADED_TERMS, additions.loaded ?? []);
  const quotationVerbs = quotationVerbsBeside(verbs);
  // Each text read once per run: wire copy repeats paragraphs. Its words are read once for
  // both lexicons and the quotations (which read them outside the quotations).
  const tokensOf = memoByText(wordTokens);
  const findVerbs = memoByText((text) => findTerms(text, verbs, tokensOf(text)));
  const findLoaded = memoByText((text) => findTerms(text, loaded, tokensOf(text)));
  const reader = paragraphReader(verbs, quotationVerbs, tuned, tokensOf);
  const perArticle = comparison.articles.map((article, k) =>
    articleQuotations(article, articleIndex(k), verbs, quotationVerbs, tuned, reader),
  );
  const quotations = perArticle.flatMap((a) => a.quotations);
  const language = comparison.articles.map((_, k) =>
    outletLanguage(
      comparison,
      articleIndex(k),
      findVerbs,
      findLoaded,
      perArticle[k]?.quotationVerbHits,
      perArticle[k]?.quotations,
    ),
  );
  return {
    quotes: quoteGroups(comparison, quotations),
    quotations,
    language,
    verbContrasts: verbContrasts(comparison, language),
    coverage: coverage(comparison),
    discrepancies: comparisonDiscrepancies(comparison),
  };
}
