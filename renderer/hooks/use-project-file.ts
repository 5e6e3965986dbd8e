/**
 * Project files in the app: open (asking first about unsaved work), save and save as, the
 * codes export, the session kept while there is unsaved work (web: local storage, saved
 * work too; desktop: a recovery file) and brought back at start, and the window's document
 * state.
 *
 * A file is read whole and checked before anything changes: a refused file (damaged, of a
 * newer version) is a message, and the open workbench stays as it was.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { Api, OpenedProject, SavedProject } from '../../shared/ipc';
import type { Comparison } from '../../shared/model';
import {
  annotatedItems,
  baseName,
  codingsCsv,
  parseProject,
  serializeProject,
  storyName,
  validateProject,
  type Project,
} from '../../shared/project';
import { codesFileName, projectFileName } from '../report-file';
import { parseSession, serializeSession } from '../session';
import {
  selectDirty,
  selectSavedProject,
  selectWorkLeftOfSave,
  settingsKey,
  type AppAction,
  type AppState,
} from '../state/app-state';

/** What the app can do with project files. */
export interface ProjectFiles {
  /** Open Project…: asks about unsaved work, lets the user pick a file, opens it. */
  readonly openProject: () => Promise<void>;
  /**
   * Opens a project file already read (a drop, the desktop's recent list or command line),
   * asking first about unsaved work.
   */
  readonly openRead: (opened: OpenedProject) => Promise<void>;
  /** Save (to its file) or Save As (`as`); resolves to whether it was saved. */
  readonly saveProject: (as: boolean) => Promise<boolean>;
  /** Export Codes (CSV)…. */
  readonly exportCodes: () => Promise<void>;
}

/** How long the session waits after the last change before it is kept (ms). */
const AUTOSAVE_DELAY_MS = 600;

/**
 * Wires project files. `project` is the project of the comparison asked for, `comparison`
 * the comparison on screen when it is of that project (else null: still computing).
 */
export function useProjectFile(
  api: Api,
  state: AppState,
  project: Project | null,
  comparison: Comparison | null,
  dispatch: Dispatch<AppAction>,
  addSample: () => Promise<void>,
): ProjectFiles {
  // The async flows below read the state as it is when they resume.
  const latest = useRef({ state, project, comparison });
  useEffect(() => {
    latest.current = { state, project, comparison };
  });

  const saveProject = useCallback(
    async (as: boolean): Promise<boolean> => {
      const { state: now } = latest.current;
      const current = selectSavedProject(now);
      if (current === null) {
        dispatch({ type: 'notice', text: 'Tick two or more articles to save a project.' });
        return false;
      }
      const checked = validateProject(current, 'The project');
      if (!checked.ok) {
        dispatch({ type: 'problem', text: `The project cannot be saved: ${checked.message}` });
        return false;
      }
      const name = now.document?.name ?? projectFileName(storyName(current));
      // Saving over the project's file would drop notes and codes the user can still keep
      // (on rows of articles not ticked now): the file is chosen again, as with Save As.
      const { notes, codes, backWithTicks } = selectWorkLeftOfSave(now);
      const id = as || backWithTicks ? null : (now.document?.id ?? null);
      const workbench = now.workbench;
      const settings = settingsKey(now);
      let saved: SavedProject | null;
      try {
        saved = await api.saveProject(serializeProject(current), id, baseName(name));
      } catch (error) {
        dispatch({
          type: 'problem',
          text: `The project was not saved: ${(error as Error).message}`,
        });
        return false;
      }
      if (saved === null) {
        return false;
      }
      const document = { name: saved.name, id: saved.id };
      const leftOut = { notes, codes };
      dispatch({ type: 'project-saved', document, workbench, settings, leftOut });
      if (document.id !== null) {
        void api.addRecent({ title: storyName(current) || document.name, projectId: document.id });
      }
      return true;
    },
    [api, dispatch],
  );

  /** Whether unsaved work may be replaced: saved first, or discarded, as the user says. */
  const mayReplace = useCallback(async (): Promise<boolean> => {
    const { state: now } = latest.current;
    if (!selectDirty(now)) {
      return true;
    }
    const choice = await api.askUnsaved(now.document?.name ?? 'The comparison');
    return choice === 'discard' || (choice === 'save' && (await saveProject(false)));
  }, [api, saveProject]);

  const open = useCallback(
    async (opened: OpenedProject, ask: boolean): Promise<void> => {
      if (!opened.ok) {
        dispatch({ type: 'problem', text: opened.message });
        return;
      }
      const parsed = parseProject(opened.text, opened.name);
      if (!parsed.ok) {
        dispatch({
          type: 'problem',
          text: `${parsed.message} Nothing was changed.`,
        });
        return;
      }
      if (ask && !(await mayReplace())) {
        return;
      }
      dispatch({
        type: 'project-opened',
        project: parsed.project,
        document: { name: opened.name, id: opened.id ?? null },
      });
      if (opened.id !== undefined) {
        void api.addRecent({
          title: storyName(parsed.project) || opened.name,
          projectId: opened.id,
        });
      }
    },
    [api, dispatch, mayReplace],
  );
  const openRead = useCallback((opened: OpenedProject) => open(opened, true), [open]);

  const openProject = useCallback(async (): Promise<void> => {
    // Asked before the file is picked, as a desktop app does; asked again only if the work
    // changed meanwhile.
    if (!(await mayReplace())) {
      return;
    }
    const opened = await api.openProject();
    if (opened !== null) {
      await open(opened, false);
    }
  }, [api, mayReplace, open]);

  const exportCodes = useCallback(async (): Promise<void> => {
    const { project: current, comparison: shown, state: now } = latest.current;
    // The view model is the comparison's: the differences are numbered as on screen.
    if (current === null || shown === null || now.model === null) {
      dispatch({
        type: 'notice',
        text: 'The comparison is still being updated; export the codes when it is shown.',
      });
      return;
    }
    const saved = await api.saveCodes(
      codingsCsv(current, shown, annotatedItems(current, shown, now.model)),
      codesFileName(storyName(current)),
    );
    if (saved !== null) {
      const count = current.codings.length;
      dispatch({
        type: 'notice',
        text: `Codes saved: ${saved} (${count} ${count === 1 ? 'code' : 'codes'} applied, ${current.notes.length} ${current.notes.length === 1 ? 'note' : 'notes'})`,
      });
    }
  }, [api, dispatch]);

  // At start: the unsaved work of the last session, else the sample story. Once per app
  // (React's strict mode runs effects twice in development).
  const started = useRef(false);
  // Until the start is done, the state on screen is not the work yet: keeping it would
  // forget the session about to come back, and a page left at once would lose it.
  const [startDone, setStartDone] = useState(false);
  useEffect(() => {
    if (started.current) {
      return;
    }
    started.current = true;
    void (async () => {
      const kept = await api.readRecovery().catch(() => null);
      if (kept !== null) {
        const session = parseSession(kept.text, 'The unsaved work of the last session');
        if (session.ok) {
          dispatch({
            type: 'session-restored',
            session: session.session,
            documentId: kept.documentId,
          });
          setStartDone(true);
          return;
        }
        dispatch({ type: 'problem', text: `${session.message}; it could not be recovered.` });
      }
      await addSample();
      setStartDone(true);
    })();
  }, [api, dispatch, addSample]);

  // The session, kept a moment after each change while there is unsaved work; forgotten
  // once saved on the desktop, which reopens saved work from its file. Web mode keeps
  // saved work too: the page cannot reopen a download, and a reload must not lose it.
  const dirty = selectDirty(state);
  const { items, selected, baseId, included, flagged, options, lexiconSource, workbench } = state;
  const { readerHid, readerShowed, columns, blind, libraryShown } = state;
  const document = state.document;
  // Web mode keeps the articles opened too (a page cannot reopen the user's files): a
  // reload brings back the library, ticks and columns even before any work.
  const keeps = dirty || api.platform === 'web';
  const kept = useRef<boolean | null>(null);
  // A problem keeping the work is said once, until a keep succeeds again.
  const told = useRef(false);
  useEffect(() => {
    if (!startDone) {
      return;
    }
    if (!keeps) {
      if (kept.current !== false) {
        kept.current = false;
        void api.autosave(null, null);
      }
      return;
    }
    const keep = (): void => {
      const session = serializeSession(
        {
          items,
          selected,
          baseId,
          included,
          options,
          lexicon: lexiconSource,
          workbench,
          flagged,
          readerHid,
          readerShowed,
          columns,
          blind,
          library: libraryShown,
          document,
          saved: !dirty,
        },
        new Date().toISOString(),
      );
      if (!session.ok) {
        return;
      }
      kept.current = true;
      void api.autosave(session.text, document?.id ?? null).then((problem) => {
        if (problem === null) {
          told.current = false;
        } else {
          kept.current = false;
          // Saved work is safe in its file: only a reload will not bring it back.
          if (dirty && !told.current) {
            told.current = true;
            dispatch({ type: 'problem', text: problem });
          }
        }
      });
    };
    // Saved work is kept at once: it changes only when saved, and a reload right after the
    // save must find it (a page that goes does not always run its leaving handler).
    if (!dirty) {
      keep();
      return undefined;
    }
    const timer = setTimeout(keep, AUTOSAVE_DELAY_MS);
    // Leaving the page (a reload) keeps the work at once rather than after the delay.
    const leave = (): void => {
      clearTimeout(timer);
      keep();
    };
    window.addEventListener('pagehide', leave);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', leave);
    };
  }, [
    api,
    dispatch,
    startDone,
    keeps,
    dirty,
    items,
    selected,
    baseId,
    included,
    flagged,
    options,
    lexiconSource,
    workbench,
    readerHid,
    readerShowed,
    columns,
    blind,
    libraryShown,
    document,
  ]);

  // The window's title (and, on the desktop, the prompt before closing).
  const name = document?.name ?? null;
  useEffect(() => {
    void api.setDocument({ name, dirty });
  }, [api, name, dirty]);

  // Project files named on the desktop's command line or reopened from its menu.
  useEffect(() => api.onProjectOpened?.((opened) => void openRead(opened)), [api, openRead]);

  return { openProject, openRead, saveProject, exportCodes };
}
