import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuItemSpec } from '../../electron/menu';
import {
  COMMANDS,
  INITIAL_COMMAND_STATE,
  isCommandId,
  type CommandState,
} from '../../shared/commands';
import type { AppAction } from './app-state';
import { COMMAND_RUNNERS, runCommand, type CommandContext } from './command-runners';

const flat = (items: ReadonlyArray<MenuItemSpec>): MenuItemSpec[] =>
  items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);

const READY: CommandState = {
  ...INITIAL_COMMAND_STATE,
  hasComparison: true,
  differenceCount: 4,
  inline: false,
  dark: false,
  blind: false,
  library: true,
  canUndo: true,
  canRedo: true,
  paragraph: true,
  cell: true,
  picking: true,
};

/** A context that records what a runner did. */
function recording(state: CommandState): { context: CommandContext; done: string[] } {
  const done: string[] = [];
  const effect = (name: string) => () => void done.push(name);
  return {
    done,
    context: {
      state,
      slides: [0, 2, 3],
      dispatch: (action: AppAction) => void done.push(action.type),
      effects: {
        openArticles: effect('openArticles'),
        openFolder: effect('openFolder'),
        addSample: effect('addSample'),
        exportReport: effect('exportReport'),
        enterFullscreen: effect('enterFullscreen'),
        exitFullscreen: effect('exitFullscreen'),
        openProject: effect('openProject'),
        saveProject: (as) => void done.push(as ? 'saveProjectAs' : 'saveProject'),
        exportCodes: effect('exportCodes'),
        startPick: (kind) => void done.push(`pick:${kind}`),
        splitParagraph: effect('splitParagraph'),
        clearCorrections: effect('clearCorrections'),
        annotate: effect('annotate'),
        keepFocusOutOfLibrary: effect('keepFocusOutOfLibrary'),
        scrollSlide: () => false,
        scrollSlideToTop: effect('scrollSlideToTop'),
        blankSlide: effect('blankSlide'),
      },
    },
  };
}

describe('COMMAND_RUNNERS', () => {
  it('should handle every command the native menu sends, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      const sent = flat(buildMenuTemplate(platform, ['a (2 articles)'], READY))
        .map((i): string => i.command ?? '')
        .filter((c) => c !== '' && !c.startsWith('main:') && !c.startsWith('open-recent:'));
      expect(sent.length).toBeGreaterThan(5);
      for (const command of sent) {
        expect(isCommandId(command), command).toBe(true);
        const { context, done } = recording(READY);
        expect(isCommandId(command) && runCommand(command, context), command).toBe(true);
        expect(done.length, command).toBeGreaterThan(0);
      }
    }
  });

  it('should run every registry command to some effect', () => {
    for (const spec of COMMANDS) {
      const { context, done } = recording(READY);
      COMMAND_RUNNERS[spec.id](context);
      expect(done.length, spec.id).toBeGreaterThan(0);
    }
  });

  it('should not run a disabled command', () => {
    const { context, done } = recording({ ...READY, hasComparison: false, differenceCount: 0 });
    expect(runCommand('export-report', context)).toBe(false);
    expect(runCommand('next-difference', context)).toBe(false);
    expect(done).toEqual([]);
  });

  it('should run the workbench commands only when there is something to act on', () => {
    const idle = recording({
      ...READY,
      canUndo: false,
      canRedo: false,
      paragraph: false,
      cell: false,
      picking: false,
    });
    for (const id of [
      'undo',
      'redo',
      'move-paragraph',
      'split-paragraph',
      'link-paragraph',
      'join-rows',
      'annotate',
      'cancel-pick',
    ] as const) {
      expect(runCommand(id, idle.context), id).toBe(false);
    }
    expect(idle.done).toEqual([]);
    const busy = recording(READY);
    runCommand('move-paragraph', busy.context);
    runCommand('join-rows', busy.context);
    runCommand('save-project-as', busy.context);
    runCommand('undo', busy.context);
    expect(busy.done).toEqual(['pick:move', 'pick:join', 'saveProjectAs', 'undo']);
  });

  it('should switch the theme from the one shown (the menu command was once dropped)', () => {
    const light = recording(READY);
    const actions: AppAction[] = [];
    runCommand('toggle-theme', { ...light.context, dispatch: (a) => void actions.push(a) });
    runCommand('toggle-theme', {
      ...light.context,
      state: { ...READY, dark: true },
      dispatch: (a) => void actions.push(a),
    });
    expect(actions).toEqual([
      { type: 'theme-set', theme: 'dark' },
      { type: 'theme-set', theme: 'light' },
    ]);
  });

  it('should show the rest of a slide too long for the screen before stepping (a clicker only steps)', () => {
    const { context, done } = recording(READY);
    const scrolled: number[] = [];
    let rest = 1;
    const effects = {
      ...context.effects,
      scrollSlide: (direction: 1 | -1) => {
        if (rest === 0) {
          return false;
        }
        rest -= 1;
        scrolled.push(direction);
        return true;
      },
    };
    runCommand('presentation-next', { ...context, effects });
    runCommand('presentation-next', { ...context, effects });
    runCommand('presentation-previous', { ...context, effects });
    expect(scrolled).toEqual([1]);
    expect(done).toEqual(['slide-moved', 'slide-moved']);
  });

  it('should show the first and the last slide from their top, also the one already shown', () => {
    const { context, done } = recording(READY);
    runCommand('presentation-first', context);
    runCommand('presentation-last', context);
    expect(done).toEqual(['slide-moved', 'scrollSlideToTop', 'slide-moved', 'scrollSlideToTop']);
  });

  it('should blank the slide and nothing else', () => {
    const { context, done } = recording(READY);
    runCommand('presentation-blank', context);
    expect(done).toEqual(['blankSlide']);
  });
});
