/** The shapes of the analyses' results (see `analyze.ts`). */
import type { ArticleIndex, DiffPart, ParaIndex, RowIndex } from '../model';
import type { DiscrepancyKind } from './values';
import type { LexiconEntry, LoadedCategory, VerbCategory } from './lexicon';
import type { TermHit } from './terms';

/** Whether a quotation is a whole sentence or utterance, or a fragment fitted into the writer's sentence. */
export type QuotationKind = 'full' | 'partial';

/**
 * One quotation of one article: the words between a pair of marks that the article gives
 * as someone's words (names, terms and scare quotes left out), with who says them.
 */
export interface Quotation {
  /** Stable within one analysis: `article.paragraph.start`. */
  readonly id: string;
  readonly article: ArticleIndex;
  readonly paragraph: ParaIndex;
  /** Offsets of the quoted words in the paragraph's text (the marks excluded). */
  readonly start: number;
  readonly endExclusive: number;
  readonly text: string;
  readonly kind: QuotationKind;
  /**
   * Who the article says spoke the words, as it names them (the fullest name it gives a
   * person), or null when the text does not say or the analysis cannot tell ("speaker
   * unclear").
   */
  readonly speaker: string | null;
  /**
   * Whether the speaker was inferred rather than named with the quotation: a pronoun ("he
   * said"), a role ("the prime minister"), or a paragraph of quotation going on from the
   * one before.
   */
  readonly inferred: boolean;
  /** The attribution verb as written ("has been forced to admit" → "forced to admit"), or null. */
  readonly verb: string | null;
  /** The verb's lemma ("said" → "say"), or null. */
  readonly verbLemma: string | null;
}

/** One outlet's wording of a quoted statement: one sentence of a quotation. */
export interface QuoteInstance {
  readonly article: ArticleIndex;
  readonly paragraph: ParaIndex;
  /** The {@link Quotation.id} of the quotation the sentence belongs to. */
  readonly quotation: string;
  /** Offsets of the sentence in the paragraph's text. */
  readonly start: number;
  readonly endExclusive: number;
  /** The quoted words (one sentence of a quotation). */
  readonly text: string;
  /** Who the outlet attributes it to, as the text names them, or null (unclear). */
  readonly speaker: string | null;
  /** See {@link Quotation.inferred}. */
  readonly inferred: boolean;
  /** The attribution verb used ("said", "insisted"), or null. */
  readonly verb: string | null;
  /** Its lemma ("say", "insist"), or null. */
  readonly verbLemma: string | null;
}

/**
 * How one outlet carries a quoted statement, against the group's reference wording: the
 * same words, other words inside the quotation ("altered", with the word diff), or not at
 * all. The same words may stand with more of the sentence between the marks (`extent`
 * "longer": words the reference gives as narration or leaves out) or less ("shorter").
 */
export type QuoteStatus =
  | {
      readonly article: ArticleIndex;
      readonly status: 'identical';
      readonly extent?: 'longer' | 'shorter';
      /** The word diff, when the extent differs. */
      readonly parts?: ReadonlyArray<DiffPart>;
    }
  | {
      readonly article: ArticleIndex;
      readonly status: 'altered';
      readonly parts: ReadonlyArray<DiffPart>;
    }
  | { readonly article: ArticleIndex; readonly status: 'missing' };

/** One row's conflicting values of one kind (see `discrepancies.ts`). */
export interface Discrepancy {
  readonly row: RowIndex;
  readonly kind: DiscrepancyKind;
  /**
   * Per article with text in the row: the values (as the outlet writes them) that conflict
   * with another outlet's; empty for an outlet that agrees with everyone.
   */
  readonly values: ReadonlyArray<{
    readonly article: ArticleIndex;
    readonly values: ReadonlyArray<string>;
  }>;
}

/** How each kind of discrepancy is named to readers. */
export const DISCREPANCY_LABELS: Readonly<Record<DiscrepancyKind, string>> = {
  number: 'figures',
  date: 'dates',
  name: 'names',
};

/** How a quotation's speaker reads to users: "Khan", "Khan (inferred)" or "speaker unclear". */
export function describeSpeaker(instance: Pick<QuoteInstance, 'speaker' | 'inferred'>): string {
  if (instance.speaker === null) {
    return 'speaker unclear';
  }
  return instance.inferred ? `${instance.speaker} (inferred)` : instance.speaker;
}

/** How a status reads to users. */
export function describeStatus(status: QuoteStatus): string {
  switch (status.status) {
    case 'identical':
      return status.extent === 'longer'
        ? 'same words, more quoted'
        : status.extent === 'shorter'
          ? 'same words, less quoted'
          : 'same words';
    case 'altered':
      return 'altered';
    default:
      return 'not quoted';
  }
}

/** A quoted statement matched across outlets. */
export interface QuoteGroup {
  /** The reference wording: the first outlet's (in article order) that carries it. */
  readonly reference: QuoteInstance;
  /** Every outlet's wording. */
  readonly instances: ReadonlyArray<QuoteInstance>;
  /** Per article (on-topic ones), identical / altered (with the word diff) / missing. */
  readonly statuses: ReadonlyArray<QuoteStatus>;
}

/** A lexicon term found in a paragraph. */
export type ParagraphHit<C extends string> = TermHit<C> & { readonly paragraph: ParaIndex };

/** Attribution verbs and loaded terms of one outlet. */
export interface OutletLanguage {
  readonly article: ArticleIndex;
  /** Attribution verbs by category. */
  readonly verbs: Readonly<Record<VerbCategory, number>>;
  /** Each verb (lemma) with its count. */
  readonly verbTerms: Readonly<Record<string, number>>;
  /** Every attribution verb found: paragraph and offsets, for "where it occurs". */
  readonly verbHits: ReadonlyArray<ParagraphHit<VerbCategory>>;
  /** Loaded terms by category. */
  readonly loaded: Readonly<Record<LoadedCategory, number>>;
  /** Each loaded term with its count. */
  readonly loadedTerms: Readonly<Record<string, number>>;
  /** Every loaded term found, for highlighting: paragraph and offsets. */
  readonly loadedHits: ReadonlyArray<ParagraphHit<LoadedCategory>>;
}

/** A shared row whose outlets introduce the statement with verbs of different categories. */
export interface VerbContrast {
  readonly row: RowIndex;
  readonly verbs: ReadonlyArray<{
    readonly article: ArticleIndex;
    readonly terms: ReadonlyArray<TermHit<VerbCategory>>;
  }>;
}

/** Coverage of the story's facts (rows) by outlet. */
export interface Coverage {
  /** Rows that carry content (shared and unique, not boilerplate). */
  readonly rows: ReadonlyArray<RowIndex>;
  /** `carried[i][k]`: does article k carry fact row `rows[i]`. */
  readonly carried: ReadonlyArray<ReadonlyArray<boolean>>;
  /**
   * Per article: rows only it carries, and rows all other on-topic outlets carry but it
   * omits; both empty for an article flagged as another story or event (`offTopic`).
   */
  readonly byArticle: ReadonlyArray<{
    readonly article: ArticleIndex;
    readonly offTopic: boolean;
    readonly alone: ReadonlyArray<RowIndex>;
    readonly omits: ReadonlyArray<RowIndex>;
  }>;
}

/** All analyses. */
export interface Analysis {
  readonly quotes: ReadonlyArray<QuoteGroup>;
  /** Every quotation of every article, in reading order (article, paragraph, offset). */
  readonly quotations: ReadonlyArray<Quotation>;
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

/**
 * The analyses' tunable thresholds. The defaults were chosen leave-one-story-out on the
 * reference quotations (`npm run eval:quotes -- --loso`); callers leave them alone.
 */
export interface AnalysisTuning {
  /** Marked fragments shorter than this are quotations only when someone is said to say them. */
  readonly minUnattributedWords: number;
  /** How many sentences back "they" looks for a second candidate before it counts as clear. */
  readonly theyReach: number;
}

export const DEFAULT_TUNING: AnalysisTuning = { minUnattributedWords: 4, theyReach: 4 };
