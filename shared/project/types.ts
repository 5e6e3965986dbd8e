/**
 * A researcher's project: one self-contained document that reopens a comparison exactly,
 * on any machine, without the source files.
 *
 * It holds each article's paragraphs as loaded (boilerplate marks included, so the
 * alignment is reproduced exactly) and its details (what was detected, and what the user
 * set over it), the base, the wording options, the articles the user included despite an
 * off-topic flag, the user's corrections of the alignment, notes, the codebook and the
 * codes applied, and the lexicon in use. `docs/project-format.md` documents the file;
 * `docs/project-schema.json` is its JSON Schema.
 *
 * Everything is plain, immutable data. Edits (`edits.ts`, `alignment-edits.ts`) return a
 * new project, so an undo stack is a list of projects.
 */
import type {
  BoilerplateReason,
  DiffOptions,
  ManualAlignment,
  MetaSource,
  Paragraph,
} from '../model';

/** The value of a project file's `format` field. */
export const PROJECT_FORMAT = 'news-compare-project';

/**
 * The newest project format version this code reads and writes. A file with a higher
 * version is refused (it may hold what this version would silently drop); older versions
 * are upgraded on reading. A file is written as the oldest version that holds all of it
 * (see `fileVersion` in `serialize.ts`): version 2 added `hidden`, version 3 `shown`.
 */
export const PROJECT_VERSION = 3;

/** Suggested file name ending for project files (plain JSON, so any editor opens them). */
export const PROJECT_FILE_EXTENSION = '.news-compare.json';

/** Limits that keep a damaged or hostile file from exhausting memory or time. */
export const PROJECT_LIMITS = {
  /** The whole file, in characters (UTF-16 code units): far above any real story. */
  fileChars: 64 * 1024 * 1024,
  /** Articles in one project (a comparison of more is unreadable anyway). */
  articles: 100,
  /** Paragraphs of one article. */
  paragraphs: 20_000,
  /** All paragraph text of one article: the loader refuses files over 5 MiB. */
  articleChars: 5 * 1024 * 1024,
  /** A one-line field: file name, title, outlet, date, URL, story, code name. */
  lineChars: 4096,
  /** A note, or a code's description. */
  noteChars: 100_000,
  /** Notes, codes applied, and codebook entries. */
  notes: 100_000,
  codings: 100_000,
  codes: 1000,
  /** Manual links and unlinks, each. */
  pairs: 500_000,
  /** Paragraphs named by one anchor. */
  anchorParagraphs: 20_000,
} as const;

/** Every boilerplate reason, for validation (checked against the model's union below). */
export const BOILERPLATE_REASONS = [
  'icon-junk',
  'navigation',
  'list-number',
  'date-line',
  'share-prompt',
  'social-embed',
  'byline',
  'duplicate-heading',
  'subheading',
  'lead-in',
  'masthead',
  'comment',
] as const satisfies ReadonlyArray<BoilerplateReason>;

/** Where a detected title may come from: anywhere but the user (whose title is in `user`). */
export type DetectedSource = Exclude<MetaSource, 'user'>;

/** Every source of a detected title, for validation (checked against the model's union below). */
export const META_SOURCES = [
  'text',
  'html',
  'file-name',
  'manifest',
] as const satisfies ReadonlyArray<DetectedSource>;

// Fails to compile when the model gains a reason or source these lists (and the schema) lack.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
const _allReasons: Missing<BoilerplateReason, (typeof BOILERPLATE_REASONS)[number]> = true;
const _allSources: Missing<DetectedSource, (typeof META_SOURCES)[number]> = true;

/** A paragraph of one article, by indices. */
export interface ParagraphRef {
  /** Index of the article in the project. */
  readonly article: number;
  /** Index of the paragraph in that article. */
  readonly paragraph: number;
}

/** What the loader found in the article itself (the default for each detail). */
export interface DetectedDetails {
  /** Headline (the file name when the text carries none). */
  readonly title: string;
  /** Where the title came from. */
  readonly titleSource: DetectedSource;
  /** Outlet named by the text or page, or null. */
  readonly outlet: string | null;
  /** Publication date as found (ISO `YYYY-MM-DD` when it could be read), or null. */
  readonly date: string | null;
  /** The article's address when the page gives it, or null. */
  readonly url: string | null;
}

/**
 * What the user set over the detected details. A field left out is not set (the detected
 * value applies); `null` for outlet, date or URL means the user says there is none.
 */
export interface UserDetails {
  /** The user's title (one line, not empty). */
  readonly title?: string;
  /** The user's outlet name (one line, not empty), or null for "no outlet". */
  readonly outlet?: string | null;
  /** The user's date as `YYYY-MM-DD`, or null for "no date". */
  readonly date?: string | null;
  /** The user's `http(s)` address, or null for "no address". */
  readonly url?: string | null;
}

/** The details a user can set. */
export type DetailField = keyof UserDetails;

/** Every field of {@link UserDetails}, in file order. */
export const DETAIL_FIELDS: ReadonlyArray<DetailField> = ['title', 'outlet', 'date', 'url'];

/** One article of a project: its text as loaded and its details. */
export interface ProjectArticle {
  /** The path or name the user gave for the file (shown in reports and errors). */
  readonly file: string;
  /** The paragraphs as loaded, boilerplate marked: the alignment is computed from these. */
  readonly paragraphs: ReadonlyArray<Paragraph>;
  /** What the loader found. */
  readonly detected: DetectedDetails;
  /** What the user set over it. */
  readonly user: UserDetails;
}

/**
 * A stable reference to a row or to one difference, which survives recomputed rows (rows
 * have no identity: a base change reorders them, a correction reshapes them).
 *
 * A row is named by the paragraphs it held when the note or code was made (`paragraphs`,
 * ascending by article, then paragraph). It resolves to the row that holds most of them
 * (ties: the fewest other paragraphs, then the row of the earliest listed one). Every
 * paragraph is in exactly one row, so an anchor always resolves.
 *
 * A difference adds its two sides: each article's wording and where it starts in that
 * article (paragraph and character offset). Sides are named by article, not as base and
 * other, so a difference is found again when the base (and so the diff's pivot) changes.
 * An empty side is an insertion point (the text one outlet lacks).
 */
export type Anchor =
  | { readonly kind: 'row'; readonly paragraphs: ReadonlyArray<ParagraphRef> }
  | {
      readonly kind: 'difference';
      readonly paragraphs: ReadonlyArray<ParagraphRef>;
      readonly sides: readonly [DifferenceSide, DifferenceSide];
    };

/** One article's side of a difference. */
export interface DifferenceSide {
  /** The article. */
  readonly article: number;
  /** The paragraph where the side starts. */
  readonly paragraph: number;
  /** Character offset (UTF-16 code units) in that paragraph's text, 0..length. */
  readonly offset: number;
  /** The side's exact text (empty for the side that lacks it). */
  readonly text: string;
}

/** A note on a row or on one difference. */
export interface Note {
  /** Unique among the project's notes. */
  readonly id: string;
  /** What it is about. */
  readonly target: Anchor;
  /** The note (not blank). */
  readonly text: string;
  /** When it was written and last changed: ISO 8601 UTC (`2025-01-31T09:30:00.000Z`). */
  readonly created: string;
  readonly updated: string;
}

/** One code of the user's codebook. */
export interface Code {
  /** Unique among the codebook's codes; what applications refer to. */
  readonly id: string;
  /** Shown name (one line, unique in the codebook regardless of case). */
  readonly name: string;
  /** Colour as `#rrggbb`. */
  readonly colour: string;
  /** What the code means, for the codebook's readers. */
  readonly description?: string;
}

/** A code applied to a row or a difference. */
export interface Coding {
  /** Unique among the project's codings. */
  readonly id: string;
  /** The code's id. */
  readonly code: string;
  /** What it is applied to. */
  readonly target: Anchor;
  /** When it was applied (ISO 8601 UTC). */
  readonly created: string;
}

/** The user's lexicon file, kept whole so the analyses are reproduced exactly. */
export interface ProjectLexicon {
  /** The file's name as shown to the user. */
  readonly name: string;
  /** The file's text (a valid lexicon file, see `shared/analysis/lexicon-file.ts`). */
  readonly content: string;
}

/** A whole project. */
export interface Project {
  /** Always {@link PROJECT_FORMAT}. */
  readonly format: typeof PROJECT_FORMAT;
  /**
   * Always {@link PROJECT_VERSION} in memory (older files are upgraded on reading; a file is
   * written as the oldest version that holds it, see `fileVersion`).
   */
  readonly version: typeof PROJECT_VERSION;
  /** The user's name for the story; empty when unnamed (the base article's title stands in). */
  readonly story: string;
  /** Two or more articles, in comparison order (indices everywhere refer to this order). */
  readonly articles: ReadonlyArray<ProjectArticle>;
  /** Index of the base article. */
  readonly base: number;
  /** How wording is compared. */
  readonly diff: DiffOptions;
  /** Articles the user included although they were flagged as another story or event. */
  readonly include: ReadonlyArray<number>;
  /**
   * Articles the reader hid in the column chooser (ascending), left out of an exported report
   * (the base is shown all the same); absent (as in a version 1 file) when none.
   */
  readonly hidden?: ReadonlyArray<number>;
  /**
   * Articles the reader showed by hand in the column chooser (ascending, none of them
   * hidden): columns whatever the window's width, where the others not hidden are as many
   * as fit. Absent (as in a version 1 or 2 file) when none.
   */
  readonly shown?: ReadonlyArray<number>;
  /** The user's corrections of the alignment. */
  readonly manual: ManualAlignment;
  /** Notes, in the order written. */
  readonly notes: ReadonlyArray<Note>;
  /** The user's codes, in the order they are shown. */
  readonly codebook: ReadonlyArray<Code>;
  /** Codes applied, in the order applied. */
  readonly codings: ReadonlyArray<Coding>;
  /** The user's lexicon in use, or null for the built-in one. */
  readonly lexicon: ProjectLexicon | null;
}

/** The outcome of reading a project, or of an edit: the new project or why not. */
export type ProjectResult =
  | { readonly ok: true; readonly project: Project }
  | { readonly ok: false; readonly message: string };
