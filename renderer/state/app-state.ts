/**
 * The application state in one place: a pure reducer over a discriminated union of actions,
 * and selectors deriving what the panels show (the comparison request, the status line, the
 * command state). Effects (workers, dialogs, the DOM) live in hooks and only dispatch.
 */
import type { Analysis } from '../../shared/analysis/analyze';
import type { LexiconFileResult, UserLexicon } from '../../shared/analysis/lexicon-file';
import type { LoadError, LoadWarning } from '../../shared/load/load-article';
import {
  articleIndex,
  DEFAULT_DIFF_OPTIONS,
  type Article,
  type CompareOptions,
  type Comparison,
  type DiffOptions,
} from '../../shared/model';
import type { ViewModel } from '../../shared/view-model/view-model';
import type { AnalysisAnswer, CompareAnswer } from '../jobs';
import { libraryItem, sameArticle, type LibraryItem } from '../library';
import { offTopicReason } from './off-topic';
import { slideOf } from '../comparison-layout';
import { stepDifference } from '../navigation';

/** The two colour schemes. */
export type Theme = 'light' | 'dark';

/** The side panel's tabs. */
export type Panel = 'differences' | 'analysis';

/** Display switches of the options panel. */
export type ViewSwitch = 'collapse' | 'blind' | 'markLoaded';

/** Everything the app shows, in one value. */
export interface AppState {
  /** The library, in the order articles were added. */
  readonly items: ReadonlyArray<LibraryItem>;
  /** Files that could not be loaded, until dismissed. */
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
  readonly notice: string | null;
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
}

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
  | { readonly type: 'error-dismissed'; readonly index: number }
  | { readonly type: 'article-removed'; readonly id: string }
  | { readonly type: 'article-included'; readonly id: string }
  | {
      /** The reader chose the columns: every compared article, shown or not. */
      readonly type: 'columns-chosen';
      readonly shown: Readonly<Record<string, boolean>>;
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
  | { readonly type: 'lexicon-read'; readonly result: LexiconFileResult }
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

/** The reducer. */
export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'articles-added': {
      // A file already in the library (same name, same text) is not listed again: it
      // counts as opened, and is ticked like the new ones.
      const added: LibraryItem[] = [];
      const opened: string[] = [];
      for (const [k, article] of action.articles.entries()) {
        const known = [...state.items, ...added].find((i) => sameArticle(i.article, article));
        if (known) {
          opened.push(known.id);
        } else {
          const item = libraryItem(
            `a${state.nextId + added.length}`,
            article,
            action.source,
            action.fileIds?.[k],
          );
          added.push(item);
          opened.push(item.id);
        }
      }
      const again = action.articles.length - added.length;
      return {
        ...state,
        items: [...state.items, ...added],
        errors: [...state.errors, ...action.errors],
        selected: tickOpened(state.selected, [...new Set(opened)]),
        nextId: state.nextId + added.length,
        notice:
          again > 0
            ? `${again === 1 ? 'One article was' : `${again} articles were`} already in the library.`
            : state.notice,
      };
    }
    case 'article-removed':
      return {
        ...state,
        items: state.items.filter((i) => i.id !== action.id),
        selected: state.selected.filter((id) => id !== action.id),
        baseId: state.baseId === action.id ? null : state.baseId,
        leftOut: without(state.leftOut, action.id),
        flagged: without(state.flagged, action.id),
        included: state.included.filter((id) => id !== action.id),
      };
    case 'columns-chosen':
      return { ...state, columns: { ...state.columns, ...action.shown }, current: -1 };
    case 'article-included':
      return {
        ...state,
        leftOut: without(state.leftOut, action.id),
        included: [...state.included, action.id],
        selected: state.selected.includes(action.id)
          ? state.selected
          : [...state.selected, action.id],
      };
    case 'error-dismissed':
      return { ...state, errors: state.errors.filter((_, i) => i !== action.index) };
    case 'article-ticked':
      return {
        ...state,
        selected: action.ticked
          ? [...state.selected.filter((id) => id !== action.id), action.id]
          : state.selected.filter((id) => id !== action.id),
      };
    case 'base-chosen':
      return { ...state, baseId: action.id };
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
        for (const { k, id } of flagged) {
          leftOut[id] = offTopicReason(
            answer.comparison.similarity,
            k,
            answer.comparison.offTopicReasons.find((o) => o.article === k)?.reason,
          );
        }
        return { ...state, leftOut, flagged: { ...state.flagged, ...leftOut } };
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
        ? { ...state, lexicon: action.result.lexicon, lexiconError: null }
        : { ...state, lexiconError: action.result.message };
    case 'lexicon-cleared':
      return { ...state, lexicon: null, lexiconError: null };
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

/** Index of the base among the chosen articles (the first when none was chosen). */
export function selectBaseIndex(state: Selection): number {
  return Math.max(
    0,
    selectChosen(state).findIndex((i) => i.id === state.baseId),
  );
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
 * The comparison the state asks for, or null (fewer than two articles ticked). Articles the
 * user included although flagged as another story are aligned all the same.
 */
export function selectRequest(
  state: Selection & Pick<AppState, 'options' | 'included'>,
): CompareRequest | null {
  const chosen = selectChosen(state);
  if (chosen.length < 2) {
    return null;
  }
  const base = articleIndex(selectBaseIndex(state));
  const include = chosen.flatMap((item, k) =>
    state.included.includes(item.id) ? [articleIndex(k)] : [],
  );
  const options: CompareOptions = { base, diff: state.options, include };
  const ids = chosen.map((i) => i.id);
  return {
    key: JSON.stringify([ids, options]),
    ids,
    articles: chosen.map((i) => i.article),
    options,
  };
}

/** The comparison on screen for a request, or null when too few articles are ticked. */
export function selectComparison(
  state: AppState,
  request: CompareRequest | null,
): Comparison | null {
  return request ? state.comparison : null;
}

/** The status line. */
export function selectStatus(state: AppState, request: CompareRequest | null): string {
  if (state.items.length === 0) {
    return 'Loading the sample story…';
  }
  if (!request) {
    return 'Tick two or more articles to compare them.';
  }
  if (request.key !== state.comparedKey) {
    return `Comparing ${request.articles.length} articles…`;
  }
  return state.compareError ?? state.notice ?? '';
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
