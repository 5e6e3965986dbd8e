/**
 * Filling the library: the sample story at start and on demand, files from the open
 * dialogs, drops, and (desktop) files named on the command line or reopened from the menu.
 */
import { useCallback, useEffect, useRef, type Dispatch } from 'react';
import type { Api, OpenedFiles } from '../../shared/ipc';
import { loadArticle, type LoadError } from '../../shared/load/load-article';
import { applyManifestEntry } from '../../shared/load/manifest';
import type { Article } from '../../shared/model';
import { readFileList } from '../api/web-api';
import { parseHtmlInBrowser } from '../html-parser';
import { loadOpenedFiles } from '../load';
import type { AppAction } from '../state/app-state';

/** The library's loading actions. */
export interface LibraryLoader {
  readonly addSample: () => Promise<void>;
  readonly openArticles: () => Promise<void>;
  readonly openFolder: () => Promise<void>;
  /** Files dropped on the window. */
  readonly dropFiles: (files: FileList) => Promise<void>;
}

/** Loads articles into the library through `dispatch`. */
export function useLibrary(api: Api, dispatch: Dispatch<AppAction>): LibraryLoader {
  const addOpened = useCallback(
    (opened: OpenedFiles) => {
      const { articles, errors } = loadOpenedFiles(opened);
      dispatch({ type: 'articles-added', articles, errors, source: 'user' });
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

  const dropFiles = useCallback(
    async (files: FileList) => addOpened(await readFileList(files)),
    [addOpened],
  );

  // Once per app: React's strict mode runs effects twice in development.
  const started = useRef(false);
  useEffect(() => {
    if (!started.current) {
      started.current = true;
      void addSample();
    }
  }, [addSample]);

  useEffect(() => api.onFilesOpened?.(addOpened), [api, addOpened]);

  return { addSample, openArticles, openFolder, dropFiles };
}
