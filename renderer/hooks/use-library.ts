/**
 * Filling the library: the sample story on demand, files from the open dialogs, drops, and
 * (desktop) files named on the command line or reopened from the menu.
 */
import { useCallback, useEffect, type Dispatch } from 'react';
import type { Api, OpenedFiles, OpenedProject } from '../../shared/ipc';
import { loadArticle, type LoadError } from '../../shared/load/load-article';
import { applyManifestEntry } from '../../shared/load/manifest';
import type { Article } from '../../shared/model';
import { readFileList } from '../api/web-api';
import { parseHtmlInBrowser } from '../html-parser';
import { loadOpenedFiles, splitProjectFiles } from '../load';
import type { AppAction } from '../state/app-state';

/** The library's loading actions. */
export interface LibraryLoader {
  readonly addSample: () => Promise<void>;
  readonly openArticles: () => Promise<void>;
  readonly openFolder: () => Promise<void>;
  /** Files dropped on the window (project files go to `onProject`). */
  readonly dropFiles: (
    files: FileList,
    onProject: (project: OpenedProject) => Promise<void>,
  ) => Promise<void>;
}

/** Loads articles into the library through `dispatch`. */
export function useLibrary(api: Api, dispatch: Dispatch<AppAction>): LibraryLoader {
  const addOpened = useCallback(
    (opened: OpenedFiles) => {
      const { articles, fileIds, errors } = loadOpenedFiles(opened);
      dispatch({ type: 'articles-added', articles, fileIds, errors, source: 'user' });
    },
    [dispatch],
  );

  const addSample = useCallback(async () => {
    const story = await api.readSampleStory();
    const articles: Article[] = [];
    const errors: LoadError[] = [];
    for (const f of story.files) {
      const result = loadArticle(f, { parseHtml: parseHtmlInBrowser });
      if (result.ok) {
        articles.push(applyManifestEntry(result.article, f));
      } else {
        errors.push(result.error);
      }
    }
    dispatch({ type: 'articles-added', articles, errors, source: 'sample' });
  }, [api, dispatch]);

  const openArticles = useCallback(async () => {
    const opened = await api.openArticles();
    if (opened) {
      addOpened(opened);
    }
  }, [api, addOpened]);

  const openFolder = useCallback(async () => {
    const opened = await api.openFolder();
    if (opened) {
      addOpened(opened);
    }
  }, [api, addOpened]);

  // Project files dropped open as projects.
  const dropFiles = useCallback(
    async (files: FileList, onProject: (project: OpenedProject) => Promise<void>) => {
      // The desktop registers drops with the main process (so they can be remembered); web
      // mode reads them itself.
      const read = await (api.openDropped
        ? api.openDropped(Array.from(files))
        : readFileList(files));
      const { projects, articles } = splitProjectFiles(read);
      if (articles.files.length > 0 || articles.unreadable.length > 0) {
        addOpened(articles);
      }
      // One project at a time: the first dropped.
      const first = projects[0];
      if (first) {
        await onProject(first);
      }
    },
    [api, addOpened],
  );

  // The sample story at start is added by the project files' start-up (unless unsaved
  // work of the last session comes back instead).
  useEffect(() => api.onFilesOpened?.(addOpened), [api, addOpened]);

  return { addSample, openArticles, openFolder, dropFiles };
}
