/**
 * The engine's data model: articles as loaded, and the comparison computed from them.
 *
 * Everything here is plain, immutable, JSON-serialisable data so it can cross the IPC
 * boundary, a Web Worker boundary, and be written by the CLI unchanged.
 */
import { wordList } from './util/word-list';

/*
 * Indices are 0-based everywhere in the engine, and typed: a paragraph's, an article's and a
 * row's index are different types, and none is a number shown to readers (only display adds
 * one: "row 3" is `RowIndex` 2). Plain numbers become indices through the functions below,
 * where the engine makes them.
 */

/** Index of a paragraph inside one article's `paragraphs` array. */
export type ParaIndex = number & { readonly __brand: 'ParaIndex' };

/** Index of an article inside a comparison's `articles` array. */
export type ArticleIndex = number & { readonly __brand: 'ArticleIndex' };

/** Index of a row inside a comparison's `rows` array. */
export type RowIndex = number & { readonly __brand: 'RowIndex' };

/** The paragraph index `i` (0-based). */
export const paraIndex = (i: number): ParaIndex => i as ParaIndex;

/** The article index `k` (0-based). */
export const articleIndex = (k: number): ArticleIndex => k as ArticleIndex;

/** The row index `r` (0-based). */
export const rowIndex = (r: number): RowIndex => r as RowIndex;

/** Why a paragraph was marked as boilerplate (shown dimmed, never aligned). */
export type BoilerplateReason =
  | 'icon-junk'
  | 'navigation'
  | 'list-number'
  | 'date-line'
  | 'share-prompt'
  | 'social-embed'
  | 'byline'
  | 'duplicate-heading'
  | 'subheading'
  | 'lead-in'
  | 'masthead'
  | 'comment';

/** One paragraph of an article, with its exact text as it stands in the source. */
export interface Paragraph {
  /** The paragraph's text exactly as in the file (inner line breaks kept). */
  readonly text: string;
  /** Set when the paragraph is navigation/share/icon junk: shown dimmed, not aligned. */
  readonly boilerplate: BoilerplateReason | null;
}

/**
 * Where a piece of metadata came from, so the UI can say how sure it is: the text, the
 * HTML page, the file name, a manifest, or the user (who set it in the library or a
 * project).
 */
export type MetaSource = 'text' | 'html' | 'file-name' | 'manifest' | 'user';

/** An article after loading and cleaning. */
export interface Article {
  /** The path or name the user gave for the file (shown in reports and errors). */
  readonly file: string;
  /** Headline; falls back to the file name when the text carries none. */
  readonly title: string;
  /** Where {@link title} came from. */
  readonly titleSource: MetaSource;
  /** Outlet name when the text or page names it, otherwise null (never invented). */
  readonly outlet: string | null;
  /** Publication date as written in the text (ISO `YYYY-MM-DD` when it could be parsed), or null. */
  readonly date: string | null;
  /** The address a saved page gives for itself (its canonical link), when it gives one. */
  readonly url?: string | null;
  /** The article's paragraphs in reading order, boilerplate included (marked). */
  readonly paragraphs: ReadonlyArray<Paragraph>;
}

/** Options that change how wording is compared (they never change the alignment). */
export interface DiffOptions {
  /** Treat "Met" and "met" as the same word. */
  readonly ignoreCase: boolean;
  /** Ignore punctuation-only differences ("officers," vs "officers"). */
  readonly ignorePunctuation: boolean;
  /** Treat curly and straight quotes (and apostrophes) alike. */
  readonly normalizeQuotes: boolean;
  /** Ignore differences in the amount or kind of whitespace. */
  readonly ignoreWhitespace: boolean;
}

/** Default wording options: quote style and whitespace are ignored, case and punctuation are not. */
export const DEFAULT_DIFF_OPTIONS: DiffOptions = {
  ignoreCase: false,
  ignorePunctuation: false,
  normalizeQuotes: true,
  ignoreWhitespace: true,
};

/** Options for a whole comparison. */
export interface CompareOptions {
  /** Index of the base article: rows follow its reading order. */
  readonly base: ArticleIndex;
  /** How wording is compared within rows. */
  readonly diff: DiffOptions;
  /** Articles to align even though they look like another story or event (the user's choice). */
  readonly include?: ReadonlyArray<ArticleIndex>;
  /** The user's corrections of the alignment, kept whatever the base or the options. */
  readonly manual?: ManualAlignment;
}

/**
 * Options as a caller gives them: any may be left out (see {@link DEFAULT_DIFF_OPTIONS}; the
 * base defaults to the first article), indices as plain numbers, which `checkCompareInput`
 * checks.
 */
export interface CompareOptionsInput {
  /** The base; none given: the first article not off topic (see `compareArticles`). */
  readonly base?: number;
  readonly diff?: DiffOptions;
  readonly include?: ReadonlyArray<number>;
  readonly manual?: {
    readonly links: ReadonlyArray<ParagraphPairInput>;
    readonly unlinks: ReadonlyArray<ParagraphPairInput>;
  };
}

/** A {@link ParagraphPair} as a caller gives it, indices as plain numbers. */
export interface ParagraphPairInput {
  readonly a: number;
  readonly paragraphA: number;
  readonly b: number;
  readonly paragraphB: number;
}

/** Two paragraphs of different articles, by article and paragraph index. */
export interface ParagraphPair {
  /** First article and its paragraph. */
  readonly a: ArticleIndex;
  readonly paragraphA: ParaIndex;
  /** Second article and its paragraph. */
  readonly b: ArticleIndex;
  readonly paragraphB: ParaIndex;
}

/**
 * The user's corrections: pairs they linked (the engine keeps them and aligns the rest
 * around them) and pairs they separated (the engine never links them, nor puts them in
 * one row).
 */
export interface ManualAlignment {
  readonly links: ReadonlyArray<ParagraphPair>;
  readonly unlinks: ReadonlyArray<ParagraphPair>;
}

/**
 * One piece of a word diff between a base text and another article's text.
 *
 * `equal` parts appear in both; `delete` only in the base; `insert` only in the other;
 * `replace` is a phrase of the base reworded in the other ("forced to admit" →
 * "issued an apology").
 */
export type DiffPart =
  | { readonly kind: 'equal'; readonly base: string; readonly other: string }
  | { readonly kind: 'delete'; readonly base: string }
  | { readonly kind: 'insert'; readonly other: string }
  | { readonly kind: 'replace'; readonly base: string; readonly other: string };

/** The wording diff of one article's cell against the base's cell in the same row. */
export interface CellDiff {
  /** The other article. */
  readonly article: ArticleIndex;
  /** Diff parts; joining the `base` sides gives the base cell text, `other` sides the other's. */
  readonly parts: ReadonlyArray<DiffPart>;
  /** Share of words that are equal, 0..1. */
  readonly sameness: number;
}

/** What a row is, for display and counting. */
export type RowKind =
  /** Paragraphs from two or more articles that report the same content. */
  | 'shared'
  /** A paragraph (or split paragraphs) of one article with no counterpart elsewhere. */
  | 'unique'
  /** Boilerplate of one article, kept so nothing is hidden, never aligned. */
  | 'boilerplate';

/** One aligned row: per article, the paragraphs that correspond. */
export interface Row {
  /** What kind of row this is. */
  readonly kind: RowKind;
  /** `cells[k]` = indices of article k's paragraphs in this row (ascending), possibly empty. */
  readonly cells: ReadonlyArray<ReadonlyArray<ParaIndex>>;
  /** Articles whose paragraphs in this row stand out of the base's reading order. */
  readonly moved: ReadonlyArray<ArticleIndex>;
  /** Mean confidence of the paragraph links inside this row, 0..1 (0 for single-article rows). */
  readonly similarity: number;
  /**
   * How sure the alignment is of this row, 0..1: the mean link confidence over every two
   * paragraphs of different articles the row puts side by side (a pair without a link
   * counts 0); 1 for a row of one article. Below 0.5 a reader should look twice.
   */
  readonly confidence: number;
  /** True when the row holds a link the user made. */
  readonly manual: boolean;
  /**
   * The article whose text the word diffs compare against: the base when it has
   * paragraphs in this row, otherwise the first article that does.
   */
  readonly pivot: ArticleIndex;
  /** Wording diffs of every other non-empty cell against the pivot's cell. */
  readonly diffs: ReadonlyArray<CellDiff>;
}

/** A quotation that two outlets carry with different words. */
export interface AlteredQuote {
  /** Row where both quotations stand. */
  readonly row: RowIndex;
  /** The pivot article and its wording. */
  readonly article: ArticleIndex;
  readonly text: string;
  /** The other article and its wording. */
  readonly otherArticle: ArticleIndex;
  readonly otherText: string;
  /** Word diff of the two quotations. */
  readonly parts: ReadonlyArray<DiffPart>;
}

/** The days an article's opening names, against those the others' openings name. */
export interface EventDays {
  /** The days it names ("Monday"), in the week's order. */
  readonly own: ReadonlyArray<string>;
  /** The days most named by the articles it differs from, in the week's order. */
  readonly others: ReadonlyArray<string>;
}

/**
 * Why an article is taken for another event, in words a reader can check (the app, the
 * report and the command line say it alike): "it names the same people and places, but its
 * opening tells of Monday, where the others tell of Friday".
 */
export function anotherEventWhy(days?: EventDays): string {
  return days !== undefined && days.own.length > 0 && days.others.length > 0
    ? `it names the same people and places, but its opening tells of ${wordList(days.own)}, where the others tell of ${wordList(days.others)}`
    : 'it names the same people and places, but its opening tells of another day than the others';
}

/** Why an article is left out of the rows. */
export interface OffTopicArticle {
  /** The article. */
  readonly article: ArticleIndex;
  /**
   * `another-story`: it shares little with any other article; `another-event`: it shares
   * people and places, but its lead places its event on another day than most.
   */
  readonly reason: 'another-story' | 'another-event';
  /** For another event: the days its opening names, and those of the others. */
  readonly days?: EventDays;
}

/** A link between a paragraph of one article and its counterpart in another. */
export interface ParagraphLink extends ParagraphPair {
  /** Probability that the two paragraphs are counterparts, 0..1 (1 for a manual link). */
  readonly confidence: number;
  /** True when the user made the link. */
  readonly manual: boolean;
}

/** The result of comparing two or more articles. */
export interface Comparison {
  /** The articles compared, in the order given. */
  readonly articles: ReadonlyArray<Article>;
  /** The options used. */
  readonly options: CompareOptions;
  /**
   * Aligned rows in the base's reading order, the rows of the articles off topic last; every
   * paragraph of every article is in exactly one row.
   */
  readonly rows: ReadonlyArray<Row>;
  /** Document similarity, symmetric, 1 on the diagonal, 0..1. */
  readonly similarity: ReadonlyArray<ReadonlyArray<number>>;
  /** Articles that are probably about another story or event; they share no row (unless included). */
  readonly offTopic: ReadonlyArray<ArticleIndex>;
  /** Why each of {@link offTopic} was left out. */
  readonly offTopicReasons: ReadonlyArray<OffTopicArticle>;
  /** The paragraph links between articles that the rows were built from, with their confidence. */
  readonly links: ReadonlyArray<ParagraphLink>;
  /** Quotations carried by two outlets with different words. */
  readonly alteredQuotes: ReadonlyArray<AlteredQuote>;
  /** True when a work limit was hit somewhere (e.g. a word diff was cut short). */
  readonly hitLimit: boolean;
}
