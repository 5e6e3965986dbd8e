/**
 * The application state in one place: a pure reducer over a discriminated union of actions,
 * and selectors deriving what the panels show (the comparison request, the project, the
 * status line). The command state is put together in App.tsx, from this state and what only
 * the view knows (the differences of the outlets shown, the selection). Effects (workers,
 * dialogs, the DOM) live in hooks and only dispatch.
 */
import type { Analysis } from '../../shared/analysis/analyze';
import type { LexiconFileResult, UserLexicon } from '../../shared/analysis/lexicon-file';
import type { LoadError, LoadWarning } from '../../shared/load/load-article';
import {
  DEFAULT_DIFF_OPTIONS,
  rowIndex,
  type ParaIndex,
  type RowIndex,
  type Article,
  type CompareOptions,
  type Comparison,
  type DiffOptions,
} from '../../shared/model';
import { articleName, quotedWords } from '../../shared/view-model/article-name';
import { rowNumber } from '../../shared/view-model/display';
import type { ViewModel } from '../../shared/view-model/view-model';
import { parseLexiconFile } from '../../shared/analysis/lexicon-file';
import {
  projectArticles,
  projectCompareOptions,
  type Project,
  type ProjectLexicon,
} from '../../shared/project';
import type { AnalysisAnswer, CompareAnswer } from '../jobs';
import { libraryItem, sameArticle, type LibraryItem } from '../library';
import type { DocumentRef, Session } from '../session';
import {
  EMPTY_WORKBENCH,
  fromProject,
  shownArticle,
  withoutItem,
  workAbout,
  workAside,
  workbenchProject,
  type Workbench,
  type WorkAside,
} from '../workbench';
import { offTopicReason } from '../../shared/view-model/off-topic';
import { slideOf } from '../comparison-layout';
import { stepDifference } from '../navigation';

/** The two colour schemes. */
export type Theme = 'light' | 'dark';

/** The side panel's tabs. */
export type Panel = 'differences' | 'analysis' | 'notes';

/** Display switches of the options panel. */
export type ViewSwitch = 'collapse' | 'blind' | 'markLoaded';

/** Everything the app shows, in one value. */
export interface AppState {
  /** The library, in the order articles were added. */
  readonly items: ReadonlyArray<LibraryItem>;
  /**
   * What went wrong with the files opened (not loaded, or loaded with a warning), one file
   * at most once, until dismissed.
   */
  readonly errors: ReadonlyArray<LoadError | LoadWarning>;
  /** Ids of the ticked articles. */
  readonly selected: ReadonlyArray<string>;
  /**
   * Articles left out of the comparison as probably another story (id → the reason): the
   * engine flagged them; they stay out until the user includes them.
   */
  readonly leftOut: Readonly<Record<string, string>>;
  /** Articles the user included although flagged. */
  readonly included: ReadonlyArray<string>;
  /** Every article flagged as another story, left out or included (id → the reason). */
  readonly flagged: Readonly<Record<string, string>>;
  /** Columns the reader showed (true) or hid (false), by library id; others fit the width. */
  readonly columns: Readonly<Record<string, boolean>>;
  /**
   * The columns the reader unticked, by library id: left out of an exported report, where
   * columns hidden only because the window is narrow are not.
   */
  readonly readerHid: ReadonlyArray<string>;
  /**
   * The columns the reader ticked, by library id: shown whatever the window's width, where
   * the others not hidden are as many as fit (kept in a project, as those unticked are).
   */
  readonly readerShowed: ReadonlyArray<string>;
  /** The article the user chose as base, or null (the first ticked). */
  readonly baseId: string | null;
  /** The library search. */
  readonly query: string;
  /** How wording is compared. */
  readonly options: DiffOptions;
  /** Next library id. */
  readonly nextId: number;
  /** The last comparison that succeeded. */
  readonly comparison: Comparison | null;
  /** Its view model (built in the worker). */
  readonly model: ViewModel | null;
  /** Library ids of its articles, in its order. */
  readonly comparedIds: ReadonlyArray<string>;
  /** Key of the last request answered (see {@link selectRequest}), or null. */
  readonly comparedKey: string | null;
  /** Why the last request failed, or null. */
  readonly compareError: string | null;
  /** A message for the status line (e.g. where a report was saved), or null. */
  readonly notice: Notice | null;
  /** Side by side, or one outlet under the other. */
  readonly layout: 'side' | 'inline';
  /** Index of the current difference, or -1. */
  readonly current: number;
  /** The presentation covers the window. */
  readonly presenting: boolean;
  /** Display switches. */
  readonly collapse: boolean;
  readonly blind: boolean;
  readonly markLoaded: boolean;
  /** The colour scheme. */
  readonly theme: Theme;
  /** The side panel's tab. */
  readonly panel: Panel;
  /** The library panel is shown (hidden, the comparison takes its width). */
  readonly libraryShown: boolean;
  /** The user's lexicon on top of the built-in ones, or null. */
  readonly lexicon: UserLexicon | null;
  /** Why the last lexicon file was refused, or null. */
  readonly lexiconError: string | null;
  /** The last analyses, with the comparison they belong to. */
  readonly analyzed: {
    readonly comparison: Comparison;
    /** The user's lexicon the analyses used (null: the built-in ones only). */
    readonly lexicon: UserLexicon | null;
    readonly answer: AnalysisAnswer;
  } | null;
  /** The lexicon file in use as read (a project keeps its text), or null. */
  readonly lexiconSource: ProjectLexicon | null;
  /** The researcher's work: details, corrections, notes, codebook, codes. */
  readonly workbench: Workbench;
  /** The steps before the last edits (undo), the last one most recent. */
  readonly past: ReadonlyArray<UndoStep>;
  /** The steps undone (redo), the last one undone most recently. */
  readonly future: ReadonlyArray<UndoStep>;
  /**
   * What was last saved or opened: the workbench, and the comparison's settings (articles,
   * base, options) as a key, or null for work not saved yet (settings alone are no work).
   */
  readonly saved: { readonly workbench: Workbench; readonly settings: string | null };
  /** The project file the work belongs to, or null before the first save. */
  readonly document: DocumentRef | null;
  /** The paragraph (or empty cell) the user selected in the comparison, or null. */
  readonly focus: CellFocus | null;
  /** A correction waiting for the user to pick its target, or null. */
  readonly pick: PendingPick | null;
  /** The notes and codes dialog, open on a row (index in the comparison), or null. */
  readonly annotating: { readonly row: RowIndex } | null;
  /** A problem the user must see (a project refused), until dismissed; or null. */
  readonly problem: string | null;
}

/**
 * A selected cell: a paragraph of a library article (its row follows it when the rows are
 * recomputed), or an article's empty cell in a row.
 */
export interface CellFocus {
  /** The library id of the cell's article. */
  readonly item: string;
  /** The paragraph, or null for an empty cell. */
  readonly paragraph: ParaIndex | null;
  /** For an empty cell, its row; null for a paragraph. */
  readonly row: RowIndex | null;
}

/**
 * A message for the status line: words, or words that end with the row a paragraph stands
 * in. A correction cannot know that row when it is made: the engine aligns every article
 * again (those not shown too), which may shift every later row. Its number is read from the
 * comparison on screen when the message is shown (see {@link selectStatus}).
 */
export type Notice = string | RowNotice | SaveNotice;

/** A message naming the row a paragraph stands in: "Moved paragraph 8 of #3 to row 21.". */
export interface RowNotice {
  /** The words before the row's number ("Moved paragraph 8 of #3 to row"). */
  readonly before: string;
  /**
   * The words after the row's number, before the full stop (", beside its paragraph 12
   * already there"); none when absent.
   */
  readonly after?: string;
  /** The paragraph, by library article. */
  readonly item: string;
  readonly paragraph: ParaIndex;
  /** The message when no row on screen holds the paragraph ("Moved paragraph 8 of #3."). */
  readonly otherwise: string;
}

/**
 * What a save says ("Saved story.news-compare.json, without 2 notes on rows of articles not
 * ticked now…"): it holds of the work as saved, and goes once the work or the settings
 * change (see {@link selectNotice}).
 */
export interface SaveNotice {
  readonly saved: string;
}

/** A correction that needs a second pick: the target row or paragraph. */
export interface PendingPick {
  /** `move` a paragraph to a row, `link` it to a paragraph, `join` its row with a row. */
  readonly kind: 'move' | 'link' | 'join';
  /** What it starts from. */
  readonly from: CellFocus;
}

/**
 * A step of undo or redo: the workbench to go back to, after an edit of the work or the
 * removal of an article from the library (which takes the work about it along, and which
 * undo reverses with the article).
 */
export type UndoStep =
  | { readonly kind: 'edit'; readonly workbench: Workbench }
  | { readonly kind: 'removal'; readonly workbench: Workbench; readonly removed: RemovedArticle };

/** An article removed from the library, with what undo needs to put it back as it was. */
export interface RemovedArticle {
  readonly item: LibraryItem;
  /** Its place in the library. */
  readonly position: number;
  /** What the library called it, for the status line. */
  readonly name: string;
  readonly ticked: boolean;
  /** It was the base the user chose. */
  readonly base: boolean;
  /** It was included although flagged as another story. */
  readonly included: boolean;
  /** Why it was flagged as another story, or null. */
  readonly flagged: string | null;
  /** Why it was left out as another story, or null. */
  readonly leftOut: string | null;
}

/** Most edits kept for undo. */
export const MAX_UNDO = 200;

/** Something that happened. */
export type AppAction =
  | {
      readonly type: 'articles-added';
      readonly articles: ReadonlyArray<Article>;
      /** Per article, the main process's id of its file (desktop), if any. */
      readonly fileIds?: ReadonlyArray<string | undefined>;
      readonly errors: ReadonlyArray<LoadError | LoadWarning>;
      readonly source: LibraryItem['source'];
    }
  | { readonly type: 'errors-dismissed' }
  | {
      readonly type: 'article-removed';
      readonly id: string;
      /** What the library calls it (in blind mode, its blind name). */
      readonly name: string;
    }
  | { readonly type: 'article-included'; readonly id: string }
  | { readonly type: 'article-left-out'; readonly id: string }
  | {
      /** The reader chose the columns: every compared article, shown or not. */
      readonly type: 'columns-chosen';
      readonly shown: Readonly<Record<string, boolean>>;
      /** The column the reader ticked or unticked. */
      readonly clicked: { readonly id: string; readonly show: boolean };
    }
  | { readonly type: 'article-ticked'; readonly id: string; readonly ticked: boolean }
  | { readonly type: 'base-chosen'; readonly id: string }
  | { readonly type: 'query-changed'; readonly query: string }
  | { readonly type: 'option-changed'; readonly key: keyof DiffOptions; readonly value: boolean }
  | { readonly type: 'view-switched'; readonly key: ViewSwitch; readonly value: boolean }
  | {
      readonly type: 'compared';
      /** The request answered. */
      readonly request: CompareRequest;
      readonly answer: CompareAnswer;
    }
  | {
      readonly type: 'analyzed';
      readonly comparison: Comparison;
      readonly lexicon: UserLexicon | null;
      readonly answer: AnalysisAnswer;
    }
  | {
      readonly type: 'lexicon-read';
      readonly result: LexiconFileResult;
      /** The file as read, kept for projects. */
      readonly source?: ProjectLexicon;
    }
  | {
      /** The user edited the workbench (details, corrections, notes, codes): undoable. */
      readonly type: 'workbench-edited';
      readonly workbench: Workbench;
      /** What the status line says, or null. */
      readonly notice?: Notice;
    }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | {
      /** A project file was read: it replaces the library and the work. */
      readonly type: 'project-opened';
      readonly project: Project;
      readonly document: DocumentRef;
    }
  | {
      /** The work kept from the last session (unsaved, or in web mode saved) came back. */
      readonly type: 'session-restored';
      readonly session: Session;
      /** The main process's id of the session's project file (desktop), or null. */
      readonly documentId: string | null;
    }
  | {
      readonly type: 'project-saved';
      readonly document: DocumentRef;
      /** The workbench and settings written (edits made while saving stay unsaved). */
      readonly workbench: Workbench;
      readonly settings: string;
      /** The notes and codes the file leaves out (see {@link selectWorkLeftOfSave}). */
      readonly leftOut: { readonly notes: number; readonly codes: number };
    }
  | { readonly type: 'focus-set'; readonly focus: CellFocus | null }
  | { readonly type: 'pick-started'; readonly pick: PendingPick }
  | { readonly type: 'pick-ended' }
  | { readonly type: 'annotate-opened'; readonly row: RowIndex }
  | { readonly type: 'annotate-closed' }
  | { readonly type: 'problem'; readonly text: string }
  | { readonly type: 'problem-dismissed' }
  | { readonly type: 'lexicon-cleared' }
  | { readonly type: 'notice'; readonly text: string }
  | { readonly type: 'stepped'; readonly direction: 1 | -1; readonly count: number }
  | { readonly type: 'difference-picked'; readonly index: number }
  | {
      readonly type: 'slide-moved';
      readonly to: 'next' | 'previous' | 'first' | 'last';
      /** Index of the first difference of each slide. */
      readonly starts: ReadonlyArray<number>;
    }
  | { readonly type: 'layout-toggled' }
  | { readonly type: 'theme-set'; readonly theme: Theme }
  | { readonly type: 'blind-toggled' }
  | { readonly type: 'library-toggled' }
  | { readonly type: 'presentation-opened' }
  | { readonly type: 'presentation-closed' }
  | { readonly type: 'panel-chosen'; readonly panel: Panel };

/**
 * A session without a document yet: no history, nothing saved, nothing selected, picked or
 * being annotated (at start, and when a project is opened).
 */
const NO_DOCUMENT = {
  past: [],
  future: [],
  saved: { workbench: EMPTY_WORKBENCH, settings: null },
  document: null,
  focus: null,
  pick: null,
  annotating: null,
  problem: null,
} as const satisfies Partial<AppState>;

/** The state at start. */
export function initialState(theme: Theme, lexicon: UserLexicon | null): AppState {
  return {
    items: [],
    errors: [],
    selected: [],
    leftOut: {},
    included: [],
    flagged: {},
    columns: {},
    readerHid: [],
    readerShowed: [],
    baseId: null,
    query: '',
    options: DEFAULT_DIFF_OPTIONS,
    nextId: 0,
    comparison: null,
    model: null,
    comparedIds: [],
    comparedKey: null,
    compareError: null,
    notice: null,
    layout: 'side',
    current: -1,
    presenting: false,
    collapse: false,
    blind: false,
    markLoaded: true,
    theme,
    panel: 'differences',
    libraryShown: true,
    lexicon,
    lexiconError: null,
    analyzed: null,
    lexiconSource: null,
    workbench: EMPTY_WORKBENCH,
    ...NO_DOCUMENT,
  };
}

/**
 * The selection after the user opened articles: what was just opened is ticked, so that
 * something visible happens. Two or more opened replace the selection (the user means to
 * compare them); one is added to it.
 */
function tickOpened(
  old: ReadonlyArray<string>,
  opened: ReadonlyArray<string>,
): ReadonlyArray<string> {
  if (opened.length === 0) {
    return old;
  }
  return opened.length >= 2 ? opened : [...old.filter((id) => !opened.includes(id)), ...opened];
}

/** Drops an id from a record. */
function without(
  record: Readonly<Record<string, string>>,
  id: string,
): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== id));
}

/**
 * No article left out as another story, to be judged afresh: whether an article is the odd
 * one depends on what it is compared with and on the base (ticked one by one beside two
 * articles of another story, each article of a story would otherwise be left out in turn,
 * and stay out). The articles the user included stay included, with their flags.
 */
function judgedAfresh(state: AppState): Pick<AppState, 'leftOut' | 'flagged'> {
  return {
    leftOut: {},
    flagged: Object.fromEntries(
      Object.entries(state.flagged).filter(([id]) => state.included.includes(id)),
    ),
  };
}

/** The state with another set of ticked articles (see {@link judgedAfresh}). */
function withSelection(state: AppState, selected: ReadonlyArray<string>): AppState {
  const same =
    selected.length === state.selected.length &&
    selected.every((id, k) => state.selected[k] === id);
  return same ? state : { ...state, ...judgedAfresh(state), selected };
}

/**
 * An article in a message: by the name its column would have (see `articleName`; a title in
 * quotes), or not by name when blind.
 */
function articleWords(state: AppState, id: string): string {
  const item = state.items.find((i) => i.id === id);
  if (state.blind || item === undefined) {
    return 'the article';
  }
  const article = shownArticle(item, state.workbench.details);
  const name = articleName(article);
  return article.outlet || quotedWords(name).quoted ? name : `“${name}”`;
}

/**
 * What the reader does that makes the status line's last message old news: a message about
 * an earlier step ("Removed “X” from the library; Undo brings it back.", "Moved paragraph 5
 * of #3 to row 8.") would read as being about this one. The step's own message, if it has
 * one, replaces it; otherwise the line is left empty. The engine's answers and the reader's
 * looking about (search, focus, the view) leave it as it is, as does a save's message,
 * which says how the work stands until it changes.
 */
const STEPS_THAT_AGE_THE_STATUS: ReadonlySet<AppAction['type']> = new Set<AppAction['type']>([
  'article-ticked',
  'base-chosen',
  'option-changed',
  'columns-chosen',
  'article-included',
  'article-left-out',
  'workbench-edited',
]);

/** The reducer. */
export function appReducer(state: AppState, action: AppAction): AppState {
  const next = reduceApp(state, action);
  // A save's message holds while the work is as saved (see selectNotice): it is not aged.
  const ages =
    state.notice !== null && !(typeof state.notice === 'object' && 'saved' in state.notice);
  return ages &&
    next !== state &&
    next.notice === state.notice &&
    STEPS_THAT_AGE_THE_STATUS.has(action.type)
    ? { ...next, notice: null }
    : next;
}

/** The reducer's cases (see {@link appReducer}). */
function reduceApp(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'articles-added': {
      // A file already in the library (same name, same text) is not listed again: it
      // counts as opened, and is ticked like the new ones.
      const added: LibraryItem[] = [];
      const opened: string[] = [];
      let fresh = 0;
      for (const [k, article] of action.articles.entries()) {
        const known = [...state.items, ...added].find((i) => sameArticle(i.article, article));
        if (known) {
          opened.push(known.id);
        } else {
          // An article removed earlier takes back its id: undoing its removal then finds it
          // in the library, and does not list it twice.
          const earlier = [...state.past, ...state.future].find(
            (step) => step.kind === 'removal' && sameArticle(step.removed.item.article, article),
          );
          const id =
            earlier?.kind === 'removal' ? earlier.removed.item.id : `a${state.nextId + fresh++}`;
          const item = libraryItem(id, article, action.source, action.fileIds?.[k]);
          added.push(item);
          opened.push(item.id);
        }
      }
      const again = action.articles.length - added.length;
      // A file opened again says what holds now: its new message, or none once it loads.
      const reopened = new Set([
        ...action.articles.map((a) => a.file),
        ...action.errors.map((e) => e.file),
      ]);
      return {
        ...withSelection(state, tickOpened(state.selected, [...new Set(opened)])),
        items: [...state.items, ...added],
        errors: [...state.errors.filter((e) => !reopened.has(e.file)), ...action.errors],
        nextId: state.nextId + fresh,
        notice:
          again > 0
            ? `${again === 1 ? 'One article was' : `${again} articles were`} already in the library.`
            : state.notice,
      };
    }
    case 'article-removed': {
      const removal = removeArticle(state, action.id, action.name);
      if (removal === null) {
        return state;
      }
      const workbench = withoutItem(state.workbench, action.id);
      const work = workbench === state.workbench ? '' : ' with your work on it';
      return {
        ...removal.state,
        workbench,
        past: [
          ...state.past,
          { kind: 'removal' as const, workbench: state.workbench, removed: removal.removed },
        ].slice(-MAX_UNDO),
        future: [],
        notice: `Removed “${action.name}” from the library${work}; Undo brings it back.`,
      };
    }
    case 'columns-chosen': {
      const { id, show } = action.clicked;
      // A ticked column is shown on screen (`columns`), whatever the width. In what a file
      // keeps, ticking a column the reader hid only undoes the hiding: it is not made one
      // shown by hand (`readerShowed`), which a file keeps as version 3, so the project
      // reopened shows it as the width allows, unless it was shown by hand before it was
      // hidden. One shown by hand and hidden stays so, for when it is ticked again (what is
      // kept of it is hidden: see `selectShownByHand`).
      const hid = state.readerHid.includes(id);
      const showed = state.readerShowed.includes(id);
      return {
        ...state,
        columns: { ...state.columns, ...action.shown },
        readerHid: show
          ? state.readerHid.filter((k) => k !== id)
          : hid
            ? state.readerHid
            : [...state.readerHid, id],
        readerShowed: show && !hid && !showed ? [...state.readerShowed, id] : state.readerShowed,
        current: -1,
      };
    }
    case 'article-included':
      return {
        ...state,
        // The base in force stays the base: an article of another event that comes first in
        // the library does not become the one every row follows.
        baseId: selectBaseId(state),
        leftOut: without(state.leftOut, action.id),
        included: [...state.included, action.id],
        selected: state.selected.includes(action.id)
          ? state.selected
          : [...state.selected, action.id],
      };
    case 'article-left-out': {
      if (!state.included.includes(action.id)) {
        return state;
      }
      const reason = state.flagged[action.id];
      const name = articleWords(state, action.id);
      const work = workAbout(state.workbench, action.id);
      const rest = {
        ...state,
        included: state.included.filter((id) => id !== action.id),
        baseId: state.baseId === action.id ? null : state.baseId,
        // The work on it stays in the workbench, out of the comparison until it is back.
        notice:
          work === null
            ? `Left ${name} out of the comparison.`
            : `Left ${name} out of the comparison; ${work} on it are kept for when you include it again.`,
      };
      // Left out again for the reason it was flagged; a project opened from its file names
      // the articles included, not why: the engine judges them afresh and says why.
      return reason === undefined
        ? { ...rest, ...judgedAfresh(rest) }
        : { ...rest, leftOut: { ...state.leftOut, [action.id]: reason } };
    }
    case 'errors-dismissed':
      return { ...state, errors: [] };
    case 'article-ticked':
      return withSelection(
        state,
        action.ticked
          ? [...state.selected.filter((id) => id !== action.id), action.id]
          : state.selected.filter((id) => id !== action.id),
      );
    case 'base-chosen':
      return { ...state, ...judgedAfresh(state), baseId: action.id };
    case 'query-changed':
      return { ...state, query: action.query };
    case 'option-changed':
      return { ...state, options: { ...state.options, [action.key]: action.value } };
    case 'view-switched':
      return { ...state, [action.key]: action.value };
    case 'compared': {
      const { request, answer } = action;
      if (!answer.ok) {
        return { ...state, comparedKey: request.key, compareError: answer.message };
      }
      // Articles flagged as another story leave the comparison (while two or more remain),
      // with the reason; the comparison without them follows.
      const flagged = answer.comparison.offTopic
        .map((k) => ({ k, id: request.ids[k] ?? '' }))
        .filter(({ id }) => id !== '' && !state.included.includes(id));
      if (flagged.length > 0 && request.ids.length - flagged.length >= 2) {
        const leftOut = { ...state.leftOut };
        const told: string[] = [];
        for (const { k, id } of flagged) {
          const flag = answer.comparison.offTopicReasons.find((o) => o.article === k);
          leftOut[id] = offTopicReason(
            answer.comparison.similarity,
            k,
            flag,
            answer.comparison.offTopic,
          );
          // An article on screen until now leaves it with the user's work on it (a link
          // does not keep it in): said, as when the user leaves it out.
          const work = workAbout(state.workbench, id);
          if (work !== null && state.comparedIds.includes(id)) {
            const what = flag?.reason === 'another-event' ? 'another event' : 'another story';
            told.push(
              `Left ${articleWords(state, id)} out of the comparison, probably ${what}; ${work} on it are kept for when you include it again.`,
            );
          }
        }
        return {
          ...state,
          leftOut,
          flagged: { ...state.flagged, ...leftOut },
          notice: told.length > 0 ? told.join(' ') : state.notice,
        };
      }
      return {
        ...state,
        comparison: answer.comparison,
        model: answer.model,
        comparedIds: request.ids,
        comparedKey: request.key,
        compareError: null,
        current: -1,
      };
    }
    case 'analyzed':
      return {
        ...state,
        analyzed: { comparison: action.comparison, lexicon: action.lexicon, answer: action.answer },
      };
    case 'lexicon-read':
      // A bad file leaves the lexicon in use as it was.
      return action.result.ok
        ? {
            ...state,
            lexicon: action.result.lexicon,
            lexiconSource: action.source ?? null,
            lexiconError: null,
          }
        : { ...state, lexiconError: action.result.message };
    case 'lexicon-cleared':
      return { ...state, lexicon: null, lexiconSource: null, lexiconError: null };
    case 'workbench-edited':
      if (action.workbench === state.workbench) {
        return action.notice === undefined ? state : { ...state, notice: action.notice };
      }
      return {
        ...state,
        workbench: action.workbench,
        past: [...state.past, { kind: 'edit' as const, workbench: state.workbench }].slice(
          -MAX_UNDO,
        ),
        future: [],
        notice: action.notice ?? state.notice,
      };
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (previous === undefined) {
        return state;
      }
      const undone = { ...state, past: state.past.slice(0, -1), pick: null };
      if (previous.kind === 'edit') {
        return {
          ...undone,
          workbench: previous.workbench,
          future: [...state.future, { kind: 'edit', workbench: state.workbench }],
          notice: 'Undone.',
        };
      }
      const { removed } = previous;
      return {
        ...restoreArticle(undone, removed),
        workbench: previous.workbench,
        future: [...state.future, { kind: 'removal', workbench: state.workbench, removed }],
        notice: `Undone: “${removed.name}” is back in the library.`,
      };
    }
    case 'redo': {
      const next = state.future[state.future.length - 1];
      if (next === undefined) {
        return state;
      }
      const redone = { ...state, future: state.future.slice(0, -1), pick: null };
      if (next.kind === 'edit') {
        return {
          ...redone,
          workbench: next.workbench,
          past: [...state.past, { kind: 'edit', workbench: state.workbench }],
          notice: 'Redone.',
        };
      }
      const removal = removeArticle(redone, next.removed.item.id, next.removed.name);
      return removal === null
        ? redone
        : {
            ...removal.state,
            workbench: next.workbench,
            past: [
              ...state.past,
              { kind: 'removal', workbench: state.workbench, removed: removal.removed },
            ],
            notice: `Redone: “${next.removed.name}” is removed from the library.`,
          };
    }
    case 'project-opened': {
      const loaded = loadProject(state, action.project, null);
      return {
        ...loaded,
        document: action.document,
        saved: { workbench: loaded.workbench, settings: settingsKey(loaded) },
        notice: `Opened ${action.document.name}.`,
      };
    }
    case 'session-restored': {
      const { session } = action;
      const loaded = loadProject(state, session.project, session);
      const document =
        session.document === null ? null : { name: session.document.name, id: action.documentId };
      if (document === null && session.saved) {
        // The articles opened, with no work yet: back as they were, nothing to say.
        return { ...loaded, document, saved: { workbench: loaded.workbench, settings: null } };
      }
      return document !== null && session.saved
        ? {
            ...loaded,
            document,
            saved: { workbench: loaded.workbench, settings: settingsKey(loaded) },
            notice: `Your work from the last session is back, as saved in ${document.name}.`,
          }
        : {
            ...loaded,
            document,
            // Kept because it was not saved: it stays unsaved until it is.
            saved: { workbench: EMPTY_WORKBENCH, settings: '' },
            notice: 'Your unsaved work from the last session is back.',
          };
    }
    case 'project-saved':
      return {
        ...state,
        document: action.document,
        saved: { workbench: action.workbench, settings: action.settings },
        notice: {
          saved:
            action.leftOut.notes + action.leftOut.codes > 0
              ? `Saved ${action.document.name}, without ${notesAndCodes(action.leftOut.notes, action.leftOut.codes)} on rows of articles not ticked now (the Notes tab keeps them; tick those articles and save to keep them in a project).`
              : `Saved ${action.document.name}.`,
        },
      };
    case 'problem':
      return { ...state, problem: action.text };
    case 'problem-dismissed':
      return { ...state, problem: null };
    case 'focus-set':
      return { ...state, focus: action.focus };
    case 'pick-started':
      return { ...state, pick: action.pick, focus: action.pick.from };
    case 'pick-ended':
      return { ...state, pick: null };
    case 'annotate-opened':
      return { ...state, annotating: { row: action.row }, pick: null };
    case 'annotate-closed':
      return { ...state, annotating: null };
    case 'notice':
      return { ...state, notice: action.text };
    case 'stepped':
      return { ...state, current: stepDifference(action.count, state.current, action.direction) };
    case 'difference-picked':
      return { ...state, current: action.index };
    case 'slide-moved': {
      const { starts } = action;
      const slide = slideOf(starts, state.current);
      const to = {
        next: Math.min(starts.length - 1, slide + 1),
        previous: Math.max(0, slide - 1),
        first: 0,
        last: starts.length - 1,
      }[action.to];
      return { ...state, current: starts[to] ?? state.current };
    }
    case 'layout-toggled':
      return { ...state, layout: state.layout === 'side' ? 'inline' : 'side' };
    case 'theme-set':
      return { ...state, theme: action.theme };
    case 'blind-toggled':
      return { ...state, blind: !state.blind };
    case 'library-toggled':
      return { ...state, libraryShown: !state.libraryShown };
    case 'presentation-opened':
      return { ...state, presenting: true, current: Math.max(0, state.current) };
    case 'presentation-closed':
      return { ...state, presenting: false };
    case 'panel-chosen':
      return { ...state, panel: action.panel };
  }
}

/**
 * The library without one article, and what putting it back takes; null when it is not in
 * the library. The work about it is the caller's.
 */
function removeArticle(
  state: AppState,
  id: string,
  name: string,
): { readonly state: AppState; readonly removed: RemovedArticle } | null {
  const position = state.items.findIndex((i) => i.id === id);
  const item = state.items[position];
  if (item === undefined) {
    return null;
  }
  return {
    state: {
      ...state,
      items: state.items.filter((i) => i.id !== id),
      ...judgedAfresh({
        ...state,
        flagged: without(state.flagged, id),
        included: state.included.filter((i) => i !== id),
      }),
      selected: state.selected.filter((s) => s !== id),
      baseId: state.baseId === id ? null : state.baseId,
      included: state.included.filter((i) => i !== id),
    },
    removed: {
      item,
      position,
      name,
      ticked: state.selected.includes(id),
      base: state.baseId === id,
      included: state.included.includes(id),
      flagged: state.flagged[id] ?? null,
      leftOut: state.leftOut[id] ?? null,
    },
  };
}

/**
 * The library with a removed article back in its place, ticked, base, flagged or included
 * as it was. An article opened again meanwhile took back its id (see 'articles-added'): it
 * is not listed twice.
 */
function restoreArticle(state: AppState, removed: RemovedArticle): AppState {
  const { item } = removed;
  const items = state.items.filter((i) => i.id !== item.id);
  const position = Math.min(removed.position, items.length);
  const back = (list: ReadonlyArray<string>, wanted: boolean): ReadonlyArray<string> =>
    wanted && !list.includes(item.id) ? [...list, item.id] : list;
  const reason = (
    record: Readonly<Record<string, string>>,
    value: string | null,
  ): Readonly<Record<string, string>> =>
    value === null ? record : { ...record, [item.id]: value };
  return {
    ...state,
    items: [...items.slice(0, position), item, ...items.slice(position)],
    selected: back(state.selected, removed.ticked),
    baseId: removed.base ? item.id : state.baseId,
    included: back(state.included, removed.included),
    flagged: reason(state.flagged, removed.flagged),
    leftOut: reason(state.leftOut, removed.leftOut),
  };
}

/**
 * The app with a project's articles as its library (all ticked; new ids), its base,
 * options, included articles, lexicon and work; no undo history. With a session, its
 * ticks, sample marks and articles flagged as another story too.
 */
function loadProject(state: AppState, project: Project, session: Session | null): AppState {
  const articles = projectArticles({
    ...project,
    articles: project.articles.map((a) => ({ ...a, user: {} })),
  });
  const sample = new Set(session?.sample ?? []);
  const items = articles.map((article, k) =>
    libraryItem(
      `a${state.nextId + k}`,
      article,
      sample.has(k) ? 'sample' : 'user',
      undefined,
      project.articles[k]?.detected.url ?? null,
    ),
  );
  const ids = items.map((i) => i.id);
  const lexicon =
    project.lexicon === null
      ? null
      : parseLexiconFile(project.lexicon.content, project.lexicon.name);
  const workbench = fromProject(project, ids, EMPTY_WORKBENCH);
  const included = project.include.flatMap((k) => (ids[k] ? [ids[k]] : []));
  // The columns the reader hid stay hidden, and those they showed by hand shown; the others
  // fit the width, unless a session knows how the reader left them.
  const byIndex = (list: ReadonlyArray<number> | undefined): string[] =>
    (list ?? []).flatMap((k) => (ids[k] ? [ids[k]] : []));
  const readerHid = byIndex(project.hidden);
  const readerShowed = byIndex(project.shown).filter((id) => !readerHid.includes(id));
  const columns: Record<string, boolean> = Object.fromEntries([
    ...readerHid.map((id) => [id, false] as const),
    ...readerShowed.map((id) => [id, true] as const),
  ]);
  for (const [k, show] of Object.entries(session?.columns ?? {})) {
    const id = ids[Number(k)];
    if (id !== undefined && !readerHid.includes(id)) {
      columns[id] = show;
    }
  }
  const flagged = Object.fromEntries(
    Object.entries(session?.flagged ?? {}).flatMap(([k, reason]) => {
      const id = ids[Number(k)];
      return id === undefined ? [] : [[id, reason]];
    }),
  );
  return {
    ...state,
    items,
    errors: [],
    selected: session ? session.selected.flatMap((k) => (ids[k] ? [ids[k]] : [])) : ids,
    leftOut: Object.fromEntries(Object.entries(flagged).filter(([id]) => !included.includes(id))),
    included,
    flagged,
    columns,
    readerHid,
    readerShowed,
    baseId: ids[project.base] ?? null,
    options: project.diff,
    // A session comes back blind as it was kept; a project opened leaves the mode as it is.
    blind: session ? session.blind : state.blind,
    // So does the library, shown or hidden; a project opened leaves it as it is.
    libraryShown: session ? session.library : state.libraryShown,
    nextId: state.nextId + items.length,
    comparison: null,
    model: null,
    comparedIds: [],
    comparedKey: null,
    compareError: null,
    current: -1,
    lexicon: lexicon?.ok ? lexicon.lexicon : null,
    lexiconSource: lexicon?.ok ? project.lexicon : null,
    lexiconError: null,
    analyzed: null,
    workbench,
    ...NO_DOCUMENT,
  };
}

/**
 * The comparison's settings a project file holds besides the work, as a key: the articles
 * ticked (those left out as another story too, as the file holds them), the base, the
 * options, the articles included and the outlets hidden or shown by hand.
 */
export function settingsKey(
  state: Pick<
    AppState,
    | 'items'
    | 'selected'
    | 'baseId'
    | 'leftOut'
    | 'options'
    | 'included'
    | 'readerHid'
    | 'readerShowed'
  >,
): string {
  const ticked = selectTicked(state).map((i) => i.id);
  const base = selectBaseId(state);
  return JSON.stringify([
    ticked,
    base,
    state.options,
    state.included,
    selectHidden(state),
    selectShownByHand(state),
  ]);
}

/** The ticked articles, those left out as another story too, in library order. */
function selectTicked(state: Selection): ReadonlyArray<LibraryItem> {
  return state.items.filter((i) => state.selected.includes(i.id));
}

/**
 * The compared articles the reader hid in the column chooser, by library id in library
 * order (never the base, which is always shown): what a project keeps of the columns.
 */
export function selectHidden(
  state: Selection & Pick<AppState, 'readerHid'>,
): ReadonlyArray<string> {
  const chosen = selectChosen(state);
  const base = selectBaseId(state);
  return chosen.filter((i) => i.id !== base && state.readerHid.includes(i.id)).map((i) => i.id);
}

/**
 * The compared articles the reader showed by hand in the column chooser (not hidden since),
 * by library id in library order, the base aside: what a project keeps of the columns, with
 * those hidden.
 */
export function selectShownByHand(
  state: Selection & Pick<AppState, 'readerHid' | 'readerShowed'>,
): ReadonlyArray<string> {
  const base = selectBaseId(state);
  return selectChosen(state)
    .filter(
      (i) => i.id !== base && state.readerShowed.includes(i.id) && !state.readerHid.includes(i.id),
    )
    .map((i) => i.id);
}

/**
 * Whether there is work that is not saved: the workbench changed since the last save or
 * open, or (for a project saved or opened) the articles, base or options did.
 */
export function selectDirty(state: AppState): boolean {
  return (
    state.workbench !== state.saved.workbench ||
    (state.saved.settings !== null && settingsKey(state) !== state.saved.settings)
  );
}

/** What the library's selection depends on. */
export type Selection = Pick<AppState, 'items' | 'selected' | 'baseId' | 'leftOut'>;

/** The ticked articles that are compared (not left out), in library order. */
export function selectChosen(state: Selection): ReadonlyArray<LibraryItem> {
  return state.items.filter((i) => state.selected.includes(i.id) && !(i.id in state.leftOut));
}

/** The ticked articles left out as another story, with the reason. */
export function selectLeftOut(
  state: Selection,
): ReadonlyArray<{ readonly item: LibraryItem; readonly reason: string }> {
  return state.items.flatMap((item) => {
    const reason = state.leftOut[item.id];
    return reason !== undefined && state.selected.includes(item.id) ? [{ item, reason }] : [];
  });
}

/**
 * The comparison's name in the desktop's recent list: its base's title as the reader sees
 * it (their details over the detected ones).
 */
export function selectComparisonTitle(state: Selection & Pick<AppState, 'workbench'>): string {
  const id = selectBaseId(state);
  const base = state.items.find((i) => i.id === id);
  return base ? shownArticle(base, state.workbench.details).title : 'Comparison';
}

/** Index of the base among the chosen articles (the first when none was chosen). */
export function selectBaseIndex(state: Selection): number {
  return Math.max(
    0,
    selectChosen(state).findIndex((i) => i.id === state.baseId),
  );
}

/**
 * The library id of the base in force (the one chosen, else the first compared), or null:
 * `baseId` may name an article no longer compared.
 */
export function selectBaseId(state: Selection): string | null {
  return selectChosen(state)[selectBaseIndex(state)]?.id ?? null;
}

/** A comparison to run: the articles, the options, and a key naming exactly this request. */
export interface CompareRequest {
  readonly key: string;
  /** Library ids of the articles, in comparison order. */
  readonly ids: ReadonlyArray<string>;
  readonly articles: ReadonlyArray<Article>;
  readonly options: CompareOptions;
}

/**
 * The comparison the state asks for, or null (fewer than two articles ticked): the project
 * of the chosen articles as the engine takes it (details and corrections applied). Articles
 * the user included although flagged as another story are aligned all the same. Notes and
 * codes do not change it.
 */
export function selectRequest(
  state: Selection &
    Pick<AppState, 'options' | 'included'> & {
      readonly workbench?: Pick<Workbench, 'details' | 'manual'>;
    },
): CompareRequest | null {
  const project = selectProject({
    ...state,
    workbench: { ...EMPTY_WORKBENCH, ...state.workbench },
    lexiconSource: null,
  });
  if (project === null) {
    return null;
  }
  const options = projectCompareOptions(project);
  const ids = selectChosen(state).map((i) => i.id);
  return {
    key: JSON.stringify([ids, options, project.articles.map((a) => a.user)]),
    ids,
    articles: projectArticles(project),
    options,
  };
}

/**
 * The project of the comparison the state asks for (the chosen articles, their details,
 * the settings and the work about them), or null with fewer than two articles. Not
 * checked: edits check what they make, and a save checks the whole.
 */
export function selectProject(
  state: Selection & Pick<AppState, 'options' | 'included' | 'workbench' | 'lexiconSource'>,
): Project | null {
  const chosen = selectChosen(state);
  if (chosen.length < 2) {
    return null;
  }
  const include = chosen.flatMap((item, k) => (state.included.includes(item.id) ? [k] : []));
  return workbenchProject(
    chosen,
    { base: selectBaseIndex(state), diff: state.options, include, lexicon: state.lexiconSource },
    state.workbench,
  );
}

/**
 * The project a save writes, so that the project reopened shows and exports what was saved:
 * the articles ticked, those the comparison left out as another story too (not in
 * `include`: reopened, the comparison leaves them out again, with the same reason), the
 * settings, the outlets the reader hid or showed by hand, and the work about them. Null
 * with fewer than two
 * articles compared.
 */
export function selectSavedProject(
  state: Selection &
    Pick<
      AppState,
      'options' | 'included' | 'workbench' | 'lexiconSource' | 'readerHid' | 'readerShowed'
    >,
): Project | null {
  const chosen = selectChosen(state);
  if (chosen.length < 2) {
    return null;
  }
  const ticked = selectTicked(state);
  const at = (id: string | null): number => ticked.findIndex((i) => i.id === id);
  return workbenchProject(
    ticked,
    {
      base: at(selectBaseId(state)),
      diff: state.options,
      include: ticked.flatMap((item, k) => (state.included.includes(item.id) ? [k] : [])),
      lexicon: state.lexiconSource,
      hidden: selectHidden(state).map(at),
      shown: selectShownByHand(state).map(at),
    },
    state.workbench,
  );
}

/** The comparison on screen for a request, or null when too few articles are ticked. */
export function selectComparison(
  state: AppState,
  request: CompareRequest | null,
): Comparison | null {
  return request ? state.comparison : null;
}

/**
 * The status line: while the comparison asked for is computed, that it is; then the last
 * message, a row it names read from that comparison (see {@link Notice}).
 */
export function selectStatus(state: AppState, request: CompareRequest | null): string {
  if (state.items.length === 0) {
    return 'Loading the sample story…';
  }
  if (!request) {
    if (state.selected.length < 2) {
      return 'Tick two or more articles to compare them.';
    }
    return selectChosen(state).length === 1
      ? 'Only one article is left to compare: include the one left out, or tick another.'
      : 'Every ticked article is left out as another story: include one, or tick others.';
  }
  if (request.key !== state.comparedKey) {
    return `Comparing ${request.articles.length} articles…`;
  }
  return state.compareError ?? selectNotice(state) ?? '';
}

/**
 * The status line's message, or null: a {@link RowNotice} names the row of the comparison
 * on screen that holds its paragraph, as the row is numbered there; a {@link SaveNotice}
 * stands while the work is as saved (ticking the articles whose notes a save left out, say,
 * makes its "without …" untrue).
 */
export function selectNotice(state: AppState): string | null {
  const { notice } = state;
  if (notice === null || typeof notice === 'string') {
    return notice;
  }
  if ('saved' in notice) {
    return selectDirty(state) ? null : notice.saved;
  }
  const article = state.comparedIds.indexOf(notice.item);
  const row =
    article < 0 || state.comparison === null
      ? -1
      : state.comparison.rows.findIndex((r) => r.cells[article]?.includes(notice.paragraph));
  return row < 0
    ? notice.otherwise
    : `${notice.before} ${rowNumber(rowIndex(row))}${notice.after ?? ''}.`;
}

/** The analyses of the comparison on screen: done, failed, or still running. */
export function selectAnalysis(
  state: AppState,
  comparison: Comparison | null,
): AnalysisAnswer | null {
  return state.analyzed && state.analyzed.comparison === comparison ? state.analyzed.answer : null;
}

/**
 * The analyses of the comparison on screen with the lexicon in use, when they are done: what
 * an export can use as it is (the panel keeps showing the last ones while new ones run).
 */
export function selectCurrentAnalysis(
  state: AppState,
  comparison: Comparison | null,
): Analysis | null {
  const answer = selectAnalysis(state, comparison);
  return answer?.ok && state.analyzed?.lexicon === state.lexicon ? answer.analysis : null;
}

/**
 * The notes and codes a project saved now would leave out: those on rows with an article
 * not ticked now (see {@link workAside}; {@link selectSavedProject} writes the ticked
 * ones). `backWithTicks`: some of them would come back by ticking articles still in the
 * library, so saving over the project's file would drop work the user can still keep.
 */
export function selectWorkLeftOfSave(state: AppState): {
  readonly notes: number;
  readonly codes: number;
  readonly backWithTicks: boolean;
} {
  const aside = workAside(
    state.workbench,
    selectTicked(state).map((i) => i.id),
  );
  const inLibrary = new Set(state.items.map((i) => i.id));
  return {
    notes: aside.reduce((n, a) => n + a.notes.length, 0),
    codes: aside.reduce((n, a) => n + a.codes.length, 0),
    backWithTicks: aside.some((a) => a.missing.every((id) => inLibrary.has(id))),
  };
}

/** "2 notes and 1 code" (none: ''). */
function notesAndCodes(notes: number, codes: number): string {
  const count = (n: number, one: string) => (n === 0 ? [] : [`${n} ${one}${n === 1 ? '' : 's'}`]);
  return [...count(notes, 'note'), ...count(codes, 'code')].join(' and ');
}

/** Notes and codes the comparison on screen leaves out, with why in words. */
export interface AsideItem extends WorkAside {
  /** "On a row with “London mayor accuses…” (not ticked now)". */
  readonly reason: string;
}

/** Longest article name in an {@link AsideItem}'s reason, in characters. */
const ASIDE_NAME_CHARS = 48;

/**
 * The notes and codes on rows that the comparison of `ids` does not show, each saying which
 * article is missing and why (not ticked, left out as another story, or ticked with too few
 * others to compare it with), so that the Notes tab
 * never hides the user's work. In blind mode the articles are not named.
 */
export function selectAside(
  state: Selection & Pick<AppState, 'workbench' | 'blind'>,
  ids: ReadonlyArray<string>,
): ReadonlyArray<AsideItem> {
  const why = (id: string): string => {
    const item = state.items.find((i) => i.id === id);
    if (item === undefined) {
      return 'an article no longer in the library';
    }
    const reason = !state.selected.includes(id)
      ? 'not ticked now'
      : id in state.leftOut
        ? 'left out as another story'
        : 'ticked, with too few others to compare';
    if (state.blind) {
      return `an article ${reason}`;
    }
    const article = shownArticle(item, state.workbench.details);
    const name = article.outlet ?? article.title;
    const short = name.length > ASIDE_NAME_CHARS ? `${name.slice(0, ASIDE_NAME_CHARS - 1)}…` : name;
    return `“${short}” (${reason})`;
  };
  return workAside(state.workbench, ids).map((item) => ({
    ...item,
    reason: `On a row with ${item.missing.map(why).join(' and ')}`,
  }));
}
