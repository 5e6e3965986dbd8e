/**
 * The `--json` output of `npm run compare`: a comparison, its view model's numbered
 * differences and its analyses as one plain JSON document (all computed once by the caller,
 * never here).
 *
 * The shape is a public contract for scripts, so it is built field by field here rather
 * than by serialising the model, which may grow. Key order follows the documented shape:
 * `articles`, `rows`, `similarity`, `offTopic`, `offTopicReasons`, `links`, then the extras.
 */
import type { Analysis } from '../shared/analysis/analyze';
import type { UserLexicon } from '../shared/analysis/lexicon-file';
import type {
  AlteredQuote,
  BoilerplateReason,
  CellDiff,
  Comparison,
  DiffOptions,
  DiffPart,
  MetaSource,
  OffTopicArticle,
  ParagraphLink,
  RowKind,
} from '../shared/model';
import { assertNever } from '../shared/util/assert';
import { differenceNumbering, wordingNumber } from '../shared/view-model/display';
import type {
  Difference,
  NumberedDifferences,
  RowDifferences,
  ViewModel,
} from '../shared/view-model/view-model';
import type { JsonCode, JsonCoding, JsonNote, JsonProjectPart } from './project';
import { escapeJsonForTerminal } from './terminal';

/** One paragraph in the JSON document. */
export interface JsonParagraph {
  /** The paragraph's text as in the file (line endings normalised to LF). */
  readonly text: string;
  /** Whether the paragraph is boilerplate (always a boolean). */
  readonly boilerplate: boolean;
  /** Why it is boilerplate, or null. */
  readonly boilerplateReason: BoilerplateReason | null;
}

/** One article in the JSON document. */
export interface JsonArticle {
  /** The path as the user gave it. */
  readonly file: string;
  /** Headline (the file name when the text carries none). */
  readonly title: string;
  /** Where the title came from. */
  readonly titleSource: MetaSource;
  /** Outlet name, or null when the text does not say. */
  readonly outlet: string | null;
  /** Publication date (ISO when parsed), or null. */
  readonly date: string | null;
  /** The article's address, when a project gives it; else null. */
  readonly url: string | null;
  /** Paragraphs in reading order, boilerplate included. */
  readonly paragraphs: ReadonlyArray<JsonParagraph>;
}

/** A cell's word diff against its row's pivot in the JSON document. */
export interface JsonDiff extends CellDiff {
  /**
   * The number of the difference these words make ("difference 14", as the app, its
   * differences list and the HTML report number it), or null when the cell's words are the
   * pivot's.
   */
  readonly difference: number | null;
}

/** One numbered difference of a row: its number, what it is, and the article it is about. */
export interface JsonDifference {
  /** Its number, 1.., as the app and the HTML report show it ("difference 14"). */
  readonly number: number;
  /**
   * `wording` (the article's words differ from the pivot's: its entry in `diffs`), `unique`
   * (the row is the article's alone) or `moved` (its paragraphs stand out of the base's order).
   */
  readonly kind: Difference['kind'];
  /** The article. */
  readonly article: number;
}

/** One aligned row in the JSON document. */
export interface JsonRow {
  /** `shared`, `unique` or `boilerplate`. */
  readonly kind: RowKind;
  /** Per article, the indices of its paragraphs in this row. */
  readonly cells: ReadonlyArray<ReadonlyArray<number>>;
  /** Articles whose paragraphs here stand out of the base's reading order. */
  readonly moved: ReadonlyArray<number>;
  /** Mean confidence of the row's paragraph links, 0..1 (0 for a row of one article). */
  readonly similarity: number;
  /**
   * How sure the alignment is of the row, 0..1: the mean link confidence over every two
   * paragraphs of different articles in it (an unlinked pair counts 0); 1 for a row of one
   * article. Below 0.5, look twice.
   */
  readonly confidence: number;
  /** True when the row holds a link the user made (a corrected alignment). */
  readonly manual: boolean;
  /** The article the diffs compare against. */
  readonly pivot: number;
  /** Word diffs of every other non-empty cell against the pivot's cell. */
  readonly diffs: ReadonlyArray<JsonDiff>;
  /** The row's numbered differences, in the order of the list of every difference. */
  readonly differences: ReadonlyArray<JsonDifference>;
}

/** A file that was skipped because it could not be read. */
export interface JsonSkipped {
  /** The path as given. */
  readonly file: string;
  /** Why it was skipped (a code such as `NOT_FOUND`). */
  readonly code: string;
  /** A message naming the file. */
  readonly message: string;
}

/** The whole JSON document. */
export interface JsonDocument {
  /** The articles compared, in the order given (skipped files left out). */
  readonly articles: ReadonlyArray<JsonArticle>;
  /** Aligned rows in the base's reading order. */
  readonly rows: ReadonlyArray<JsonRow>;
  /** Document similarity matrix, 0..1. */
  readonly similarity: ReadonlyArray<ReadonlyArray<number>>;
  /** Articles probably about another story or event: they share no row. */
  readonly offTopic: ReadonlyArray<number>;
  /**
   * Why each of {@link offTopic} was left out: `another-story` or `another-event`, and for
   * another event the days its opening names against the others' (`days`).
   */
  readonly offTopicReasons: ReadonlyArray<OffTopicArticle>;
  /**
   * The paragraph links the rows were built from: article `a`'s paragraph `paragraphA` is
   * the counterpart of article `b`'s `paragraphB`, with the probability `confidence`
   * (`manual`: the user made it; its confidence is 1).
   */
  readonly links: ReadonlyArray<ParagraphLink>;
  /** Quotations two outlets carry with different words. */
  readonly alteredQuotes: ReadonlyArray<AlteredQuote>;
  /** Index of the base article in {@link articles}. */
  readonly base: number;
  /** The wording options used. */
  readonly diffOptions: DiffOptions;
  /** True when a work limit cut a word diff short. */
  readonly hitLimit: boolean;
  /** Files that could not be read and were left out. */
  readonly skipped: ReadonlyArray<JsonSkipped>;
  /** What the user should know about files that were compared (e.g. invalid UTF-8 bytes). */
  readonly warnings: ReadonlyArray<JsonSkipped>;
  /** Media-literacy analyses: quotes, attribution verbs, loaded language, coverage, figures. */
  readonly analysis: Analysis;
  /** The user's lexicon file the analyses used on top of the built-in lexicons, or null. */
  readonly lexicon: { readonly file: string; readonly terms: number } | null;
  /** The story's name as the user set it in a project, or null. */
  readonly story: string | null;
  /** A project's notes, each with its row (index in `rows`); empty without a project. */
  readonly notes: ReadonlyArray<JsonNote>;
  /** A project's codebook; empty without a project. */
  readonly codebook: ReadonlyArray<JsonCode>;
  /** A project's codes applied, each with its row; empty without a project. */
  readonly codings: ReadonlyArray<JsonCoding>;
}

/** What the JSON document says beside the comparison and its analyses. */
export interface JsonExtras {
  /** Files left out because they could not be read. */
  readonly skipped?: ReadonlyArray<JsonSkipped>;
  /** The user's lexicon the analyses used, if any. */
  readonly lexicon?: UserLexicon;
  /** What the user should know about the files compared (e.g. invalid UTF-8 bytes). */
  readonly warnings?: ReadonlyArray<JsonSkipped>;
  /** What a project adds (notes, codes, the story's name, addresses). */
  readonly project?: JsonProjectPart;
}

/**
 * What the JSON document reads of a comparison's view model: its numbered differences (a
 * view model, or `numberDifferences` when nothing else of it is needed).
 */
export interface JsonView extends Pick<ViewModel, 'differenceNumbers'> {
  readonly differences: NumberedDifferences['differences'];
  readonly rows: ReadonlyArray<Pick<RowDifferences, 'differences' | 'cells'>>;
}

/**
 * Builds the JSON document of a comparison, numbering its differences as `view` (its view
 * model) does, with its analyses (made with `extras.lexicon`).
 */
export function toJsonDocument(
  comparison: Comparison,
  view: JsonView,
  analysis: Analysis,
  { skipped = [], lexicon, warnings = [], project }: JsonExtras = {},
): JsonDocument {
  const number = differenceNumbering(view);
  return {
    articles: comparison.articles.map((article, k) => ({
      file: article.file,
      title: article.title,
      titleSource: article.titleSource,
      outlet: article.outlet,
      date: article.date,
      url: project?.urls[k] ?? article.url ?? null,
      paragraphs: article.paragraphs.map((p) => ({
        text: p.text,
        boilerplate: p.boilerplate !== null,
        boilerplateReason: p.boilerplate,
      })),
    })),
    rows: comparison.rows.map((row, r) => ({
      kind: row.kind,
      cells: row.cells,
      moved: row.moved,
      similarity: row.similarity,
      confidence: row.confidence,
      manual: row.manual,
      pivot: row.pivot,
      diffs: row.diffs.map((d) => ({
        article: d.article,
        sameness: d.sameness,
        parts: d.parts.map(copyPart),
        difference: wordingNumber(view, r, d.article),
      })),
      differences: (view.rows[r]?.differences ?? []).flatMap((id) => {
        const d = view.differences[id - 1];
        return d === undefined ? [] : [{ number: number(id), kind: d.kind, article: d.article }];
      }),
    })),
    similarity: comparison.similarity.map((line) => line.map(roundSimilarity)),
    offTopic: comparison.offTopic,
    offTopicReasons: comparison.offTopicReasons.map((o) => ({
      article: o.article,
      reason: o.reason,
      ...(o.days === undefined
        ? {}
        : { days: { own: [...o.days.own], others: [...o.days.others] } }),
    })),
    links: comparison.links.map((l) => ({
      a: l.a,
      paragraphA: l.paragraphA,
      b: l.b,
      paragraphB: l.paragraphB,
      confidence: l.confidence,
      manual: l.manual,
    })),
    alteredQuotes: comparison.alteredQuotes.map((q) => ({ ...q, parts: q.parts.map(copyPart) })),
    base: comparison.options.base,
    diffOptions: comparison.options.diff,
    hitLimit: comparison.hitLimit,
    skipped: skipped.map((s) => ({ file: s.file, code: s.code, message: s.message })),
    warnings: warnings.map((w) => ({ file: w.file, code: w.code, message: w.message })),
    analysis,
    lexicon: lexicon ? { file: lexicon.name, terms: lexicon.terms } : null,
    story: project?.story ?? null,
    notes: project?.notes ?? [],
    codebook: project?.codebook ?? [],
    codings: project?.codings ?? [],
  };
}

/**
 * The JSON text of {@link toJsonDocument}, indented, without a final newline (the caller
 * writes one apart); the characters a terminal would act on are `\uXXXX` escapes (the same
 * JSON value).
 */
export function renderJson(
  comparison: Comparison,
  view: JsonView,
  analysis: Analysis,
  extras: JsonExtras = {},
): string {
  return escapeJsonForTerminal(
    JSON.stringify(toJsonDocument(comparison, view, analysis, extras), null, 2),
  );
}

/** Copies a diff part with a fixed key order (`kind`, then `base`, then `other`). */
function copyPart(part: DiffPart): DiffPart {
  switch (part.kind) {
    case 'equal':
    case 'replace':
      return { kind: part.kind, base: part.base, other: part.other };
    case 'delete':
      return { kind: part.kind, base: part.base };
    case 'insert':
      return { kind: part.kind, other: part.other };
    default:
      return assertNever(part, 'unknown diff part');
  }
}

/** Similarity to 3 decimals: more digits are noise and make the document hard to read. */
function roundSimilarity(x: number): number {
  return Math.round(x * 1000) / 1000;
}
