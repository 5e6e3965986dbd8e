/**
 * The desktop's document logic as pure functions (the Electron binary cannot run in the
 * tests): the title bar, the recent list, which paths the renderer may write to, the
 * prompt about unsaved work and what follows each answer, and reading the recovery file.
 */
import type { DocumentState, RecentEntry, UnsavedChoice } from '../shared/ipc';
import { PROJECT_FILE_EXTENSION } from '../shared/project/types';

/** The window's title: "• Bridge vote.news-compare.json – News Compare" with unsaved work. */
export function windowTitle(state: DocumentState): string {
  return `${state.dirty ? '• ' : ''}${state.name ?? 'Untitled'} – News Compare`;
}

/** What identifies a recent entry: the project's path, or the set of article files. */
export function recentKey(entry: RecentEntry): string {
  return 'project' in entry ? `project\n${entry.project}` : `files\n${entry.files.join('\n')}`;
}

/** The recent list with `entry` first (an older entry for the same files dropped). */
export function withRecent(
  list: ReadonlyArray<RecentEntry>,
  entry: RecentEntry,
  max: number,
): RecentEntry[] {
  const key = recentKey(entry);
  return [entry, ...list.filter((e) => recentKey(e) !== key)].slice(0, max);
}

/** Where a project is saved: the path picked, with the project extension when it has none. */
export function projectSavePath(picked: string): string {
  return /\.json$/iu.test(picked) ? picked : `${picked}${PROJECT_FILE_EXTENSION}`;
}

/** Whether a path named on the command line is a project file (opened as one). */
export function isProjectPath(path: string): boolean {
  return /\.json$/iu.test(path);
}

/** The buttons of the prompt about unsaved work, and the answer each one gives. */
export const UNSAVED_BUTTONS: ReadonlyArray<{
  readonly label: string;
  readonly choice: UnsavedChoice;
}> = [
  { label: 'Save', choice: 'save' },
  { label: "Don't Save", choice: 'discard' },
  { label: 'Cancel', choice: 'cancel' },
];

/** The answer of the prompt's button `index` (closing the prompt cancels). */
export function unsavedChoice(index: number): UnsavedChoice {
  return UNSAVED_BUTTONS[index]?.choice ?? 'cancel';
}

/** The prompt's words. */
export function unsavedMessage(name: string): {
  readonly message: string;
  readonly detail: string;
} {
  return {
    message: `Save the changes to ${name}?`,
    detail:
      'Your corrections, notes and codes that are not saved are lost if you do not save them.',
  };
}

/**
 * Closing the window, as a small state machine: `dirty` (from the renderer), and whether a
 * save asked by the prompt is under way (`closeAfterSave`) or the user chose to close anyway
 * (`closing`).
 */
export interface CloseState {
  readonly dirty: boolean;
  readonly closeAfterSave: boolean;
  readonly closing: boolean;
}

/** At start: nothing unsaved. */
export const INITIAL_CLOSE_STATE: CloseState = {
  dirty: false,
  closeAfterSave: false,
  closing: false,
};

/** What a close request does: close now, or hold the window and ask. */
export function onCloseRequest(state: CloseState): 'close' | 'ask' {
  return state.closing || !state.dirty ? 'close' : 'ask';
}

/**
 * What follows the user's answer: `save` (the renderer is asked to save; the window closes
 * once the save is done), `close` (closes, the unsaved work and its recovery file dropped),
 * or `stay`.
 */
export function afterChoice(
  state: CloseState,
  choice: UnsavedChoice,
): { readonly state: CloseState; readonly action: 'save' | 'close' | 'stay' } {
  switch (choice) {
    case 'save':
      return { state: { ...state, closeAfterSave: true }, action: 'save' };
    case 'discard':
      return { state: { ...state, closing: true }, action: 'close' };
    case 'cancel':
      return { state: { ...state, closeAfterSave: false }, action: 'stay' };
  }
}

/** What follows a save (or a save dialog cancelled): close when the prompt asked for it. */
export function afterSave(
  state: CloseState,
  saved: boolean,
): { readonly state: CloseState; readonly action: 'close' | 'stay' } {
  if (!state.closeAfterSave) {
    return { state, action: 'stay' };
  }
  return saved
    ? { state: { ...state, closeAfterSave: false, closing: true }, action: 'close' }
    : { state: { ...state, closeAfterSave: false }, action: 'stay' };
}

/** The project path a recovered session belongs to (the renderer may save there again). */
export function recoveredDocumentPath(text: string): string | null {
  try {
    const value = JSON.parse(text) as { document?: { path?: unknown } | null } | null;
    const path = value?.document?.path;
    return typeof path === 'string' && path.length > 0 && path.length < 4096 && !path.includes('\0')
      ? path
      : null;
  } catch {
    return null;
  }
}

/** Recent entries read back from the user-data folder, the malformed ones dropped. */
export function parseRecentList(
  json: string,
  valid: (entry: unknown) => boolean,
  max: number,
): RecentEntry[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value)
      ? value.filter((e): e is RecentEntry => valid(e)).slice(0, max)
      : [];
  } catch {
    return [];
  }
}
