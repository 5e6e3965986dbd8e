/**
 * What each command of the shared registry does in the renderer: a state change
 * (dispatched) or an effect (a dialog, a download, full screen). The table is typed over
 * every command id, so a command without a runner does not compile.
 */
import { commandSpec, isEnabled, type CommandId, type CommandState } from '../../shared/commands';
import type { AppAction } from './app-state';

/** The effects commands may start. */
export interface CommandEffects {
  readonly openArticles: () => void;
  readonly openFolder: () => void;
  readonly addSample: () => void;
  readonly exportReport: () => void;
  readonly enterFullscreen: () => void;
  readonly exitFullscreen: () => void;
  readonly openProject: () => void;
  /** Saves the project (`as`: where the user picks, even when it has a file). */
  readonly saveProject: (as: boolean) => void;
  readonly exportCodes: () => void;
  /** Starts a correction that needs a target, from the selected cell. */
  readonly startPick: (kind: 'move' | 'link' | 'join') => void;
  /** Corrections of the selected paragraph that need no target. */
  readonly splitParagraph: () => void;
  readonly clearCorrections: () => void;
  /** Opens the notes and codes of the selected cell's row. */
  readonly annotate: () => void;
  /**
   * Where the keyboard's focus goes when the library is hidden while it had it: the
   * Library button, not the page's start.
   */
  readonly keepFocusOutOfLibrary: () => void;
  /**
   * Scrolls the presentation's slide a screen on (1) or back (-1) when its text goes on
   * that way (a slide too long for the screen even in the smallest type); says whether it
   * did. A presenter's clicker can only step, so stepping shows the rest of a slide first.
   */
  readonly scrollSlide: (direction: 1 | -1) => boolean;
  /** Scrolls the presentation's slide back to its top (Home and End on the slide shown). */
  readonly scrollSlideToTop: () => void;
  /** Blacks out the presentation until the next key or click. */
  readonly blankSlide: () => void;
}

/** What a runner gets. */
export interface CommandContext {
  /** The state commands look at. */
  readonly state: CommandState;
  /** Index of the first difference of each presentation slide (one per row). */
  readonly slides: ReadonlyArray<number>;
  /** Changes the app state. */
  readonly dispatch: (action: AppAction) => void;
  /** Starts effects. */
  readonly effects: CommandEffects;
}

/** Every command's runner. */
export const COMMAND_RUNNERS: { readonly [K in CommandId]: (context: CommandContext) => void } = {
  'open-articles': ({ effects }) => effects.openArticles(),
  'open-folder': ({ effects }) => effects.openFolder(),
  'add-sample': ({ effects }) => effects.addSample(),
  'open-project': ({ effects }) => effects.openProject(),
  'save-project': ({ effects }) => effects.saveProject(false),
  'save-project-as': ({ effects }) => effects.saveProject(true),
  'export-report': ({ effects }) => effects.exportReport(),
  'export-codes': ({ effects }) => effects.exportCodes(),
  undo: ({ dispatch }) => dispatch({ type: 'undo' }),
  redo: ({ dispatch }) => dispatch({ type: 'redo' }),
  'move-paragraph': ({ effects }) => effects.startPick('move'),
  'split-paragraph': ({ effects }) => effects.splitParagraph(),
  'link-paragraph': ({ effects }) => effects.startPick('link'),
  'join-rows': ({ effects }) => effects.startPick('join'),
  'clear-corrections': ({ effects }) => effects.clearCorrections(),
  annotate: ({ effects }) => effects.annotate(),
  'cancel-pick': ({ dispatch }) => dispatch({ type: 'pick-ended' }),
  'previous-difference': ({ state, dispatch }) =>
    dispatch({ type: 'stepped', direction: -1, count: state.differenceCount }),
  'next-difference': ({ state, dispatch }) =>
    dispatch({ type: 'stepped', direction: 1, count: state.differenceCount }),
  'toggle-inline': ({ dispatch }) => dispatch({ type: 'layout-toggled' }),
  presentation: ({ dispatch, effects }) => {
    dispatch({ type: 'presentation-opened' });
    // Full screen where the platform allows it (a user gesture started this).
    effects.enterFullscreen();
  },
  'toggle-blind': ({ dispatch }) => dispatch({ type: 'blind-toggled' }),
  'toggle-library': ({ dispatch, effects }) => {
    effects.keepFocusOutOfLibrary();
    dispatch({ type: 'library-toggled' });
  },
  'toggle-theme': ({ state, dispatch }) =>
    dispatch({ type: 'theme-set', theme: state.dark ? 'light' : 'dark' }),
  'presentation-previous': ({ slides, dispatch, effects }) => {
    if (!effects.scrollSlide(-1)) {
      dispatch({ type: 'slide-moved', to: 'previous', starts: slides });
    }
  },
  'presentation-next': ({ slides, dispatch, effects }) => {
    if (!effects.scrollSlide(1)) {
      dispatch({ type: 'slide-moved', to: 'next', starts: slides });
    }
  },
  // A slide starts at its top, also the one shown when it is already the first or the last.
  'presentation-first': ({ slides, dispatch, effects }) => {
    dispatch({ type: 'slide-moved', to: 'first', starts: slides });
    effects.scrollSlideToTop();
  },
  'presentation-last': ({ slides, dispatch, effects }) => {
    dispatch({ type: 'slide-moved', to: 'last', starts: slides });
    effects.scrollSlideToTop();
  },
  'presentation-blank': ({ effects }) => effects.blankSlide(),
  'presentation-close': ({ dispatch, effects }) => {
    dispatch({ type: 'presentation-closed' });
    effects.exitFullscreen();
  },
};

/** Runs a command if it is enabled; says whether it ran. */
export function runCommand(id: CommandId, context: CommandContext): boolean {
  if (!isEnabled(commandSpec(id), context.state)) {
    return false;
  }
  COMMAND_RUNNERS[id](context);
  return true;
}
