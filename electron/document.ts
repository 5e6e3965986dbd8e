/**
 * The desktop's document logic as pure functions (the Electron binary cannot run in the
 * tests): the title bar, project paths, the prompt about unsaved work and what follows
 * each answer, and the recovery file's envelope.
 */
import {
  hasProjectExtension,
  isProjectFile,
  type DocumentState,
  type UnsavedChoice,
} from '../shared/ipc';
import { PROJECT_FILE_EXTENSION } from '../shared/project/types';

/** The window's title: "• Bridge vote.news-compare.json – News Compare" with unsaved work. */
export function windowTitle(state: DocumentState): string {
  return `${state.dirty ? '• ' : ''}${state.name ?? 'Untitled'} – News Compare`;
}

/** Where a project is saved: the path picked, with the project extension when it has none. */
export function projectSavePath(picked: string): string {
  return hasProjectExtension(picked) ? picked : `${picked}${PROJECT_FILE_EXTENSION}`;
}

/**
 * Paths named on the command line, split into project files (opened as projects) and the
 * rest (articles), as a drop splits them: by name and first bytes (`head` reads them, at
 * least `PROJECT_HEAD_BYTES`), so that another JSON file (a lexicon) is no project.
 */
export async function splitPaths(
  paths: ReadonlyArray<string>,
  head: (path: string) => Promise<Uint8Array>,
): Promise<{ readonly projects: string[]; readonly articles: string[] }> {
  const projects: string[] = [];
  const articles: string[] = [];
  for (const path of paths) {
    const project = hasProjectExtension(path) && isProjectFile(path, await head(path));
    (project ? projects : articles).push(path);
  }
  return { projects, articles };
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

/**
 * Whether the renderer's keep of unsaved work is written: not once the window closes for
 * good (after a save or a "Don't Save"), when the page's last keep as it unloads would
 * bring back, at the next start, work the user saved or dropped. Forgetting always is.
 */
export function keepsRecovery(state: CloseState, text: string | null): boolean {
  return text === null || !state.closing;
}

/**
 * The recovery file's text: the renderer's session, with the path of the project file it
 * belongs to as the main process knows it (never a path the renderer wrote), so that after
 * a restart the work can be saved to that file again.
 */
export function recoveryText(session: string, path: string | null): string {
  return JSON.stringify({ format: RECOVERY_FORMAT, path, session });
}

/** The value of a recovery file's `format` field. */
export const RECOVERY_FORMAT = 'news-compare-recovery';

/** A recovery file read back: the session and its project's path; null when it is not one. */
export function readRecoveryText(
  text: string,
): { readonly session: string; readonly path: string | null } | null {
  try {
    const value = JSON.parse(text) as Record<string, unknown> | null;
    if (value?.format !== RECOVERY_FORMAT || typeof value.session !== 'string') {
      return null;
    }
    const path = value.path;
    const ok =
      typeof path === 'string' && path.length > 0 && path.length < 4096 && !path.includes('\0');
    return { session: value.session, path: ok ? path : null };
  } catch {
    return null;
  }
}
