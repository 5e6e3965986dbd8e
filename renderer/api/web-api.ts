/**
 * The browser implementation of the typed API ("web mode"): a file input instead of the
 * native open dialog, a download instead of the save dialog, the sample story fetched from
 * the server that serves the app.
 */
import {
  hasProjectExtension,
  MAX_PROJECT_BYTES,
  noArticleInFolder,
  PROJECT_EXTENSION,
  unreadableDropped,
  type Api,
  type DocumentState,
  type OpenedFile,
  type OpenedFiles,
  type OpenedProject,
  type RecoveredSession,
  type SampleStory,
  type UnreadableFile,
  type UnsavedChoice,
} from '../../shared/ipc';
import {
  ARTICLE_EXTENSIONS,
  articleSizeProblem,
  isArticleFileName,
  webArchiveError,
  WEB_ARCHIVE_HEAD_BYTES,
} from '../../shared/load/load-article';
import { parseManifest } from '../../shared/load/manifest';
import { openedProject } from '../load';

/** Lets the user pick files with a hidden file input; null when cancelled. */
function pickFiles(directory: boolean): Promise<OpenedFiles | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = directory
      ? ''
      : [...ARTICLE_EXTENSIONS.map((e) => `.${e}`), 'text/plain', 'text/html'].join(',');
    if (directory) {
      input.setAttribute('webkitdirectory', '');
    }
    input.style.display = 'none';
    input.addEventListener('change', () => {
      void (directory ? readFolder(input.files) : readFileList(input.files)).then(resolve);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/**
 * Reads a chosen folder as the desktop does: the articles directly in it, by their names
 * (`isArticleFileName`), in name order; its subfolders, hidden files and other files (a
 * picture, notes, ".DS_Store") are not read. A folder without one says so.
 */
export async function readFolder(
  list: FileList | ReadonlyArray<File> | null,
): Promise<OpenedFiles> {
  const all = Array.from(list ?? []);
  // The browser gives every file under the folder, each with its path from the folder's name.
  const articles = all
    .filter((f) => f.webkitRelativePath.split('/').length <= 2 && isArticleFileName(f.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const folder = all[0]?.webkitRelativePath.split('/')[0];
  return articles.length === 0 && folder
    ? { files: [], unreadable: [noArticleInFolder(folder)] }
    : readFileList(articles);
}

/**
 * Reads browser File objects as bytes. One that cannot be read (a folder dropped on the
 * window, a file moved or changed since it was chosen) is listed as unreadable, and the
 * others are read all the same.
 */
export async function readFileList(
  list: FileList | ReadonlyArray<File> | null,
): Promise<OpenedFiles> {
  const files: OpenedFile[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const file of Array.from(list ?? [])) {
    try {
      // An article over the size limit is refused by its size, as the desktop does, without
      // reading it whole (a video chosen by mistake took a minute and all its size in memory).
      const tooLarge = hasProjectExtension(file.name)
        ? null
        : articleSizeProblem(file.name, file.size);
      if (tooLarge !== null) {
        const head = new Uint8Array(await file.slice(0, WEB_ARCHIVE_HEAD_BYTES).arrayBuffer());
        const error = webArchiveError(file.name, head) ?? tooLarge;
        unreadable.push({ file: file.name, message: error.message });
        continue;
      }
      files.push({ file: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      unreadable.push(unreadableDropped(file.name));
    }
  }
  return { files, unreadable };
}

/** The sample story from the server: its manifest checked (it comes over the network). */
async function readSampleStory(): Promise<SampleStory> {
  const response = await fetch('seeds/manifest.json');
  const parsed = parseManifest(await response.text(), 'seeds/manifest.json');
  if (!parsed.ok) {
    throw new Error(parsed.message);
  }
  const manifest = parsed.manifest;
  const files = await Promise.all(
    manifest.articles.map(async (entry) => {
      const bytes = new Uint8Array(await (await fetch(`seeds/${entry.file}`)).arrayBuffer());
      return { ...entry, file: `seeds/${entry.file}`, bytes };
    }),
  );
  return { story: manifest.story, files };
}

/** Offers a string as a file download. */
function download(
  html: string,
  suggestedName: string,
  type = 'text/html;charset=utf-8',
): Promise<string | null> {
  const url = URL.createObjectURL(new Blob([html], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = suggestedName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return Promise.resolve(suggestedName);
}

/** Lets the user pick a project file and reads it as UTF-8; null when cancelled. */
function openProject(): Promise<OpenedProject | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `${PROJECT_EXTENSION},application/json`;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) {
        resolve(null);
        return;
      }
      void readProjectFile(file).then(resolve);
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/** Reads a browser File as a project's text, or says why it cannot be read. */
export async function readProjectFile(file: File): Promise<OpenedProject> {
  // One byte over the limit is enough to refuse a file: a larger one is not read whole.
  const bytes = await file.slice(0, MAX_PROJECT_BYTES + 1).arrayBuffer();
  return openedProject(file.name, new Uint8Array(bytes));
}

/** Where web mode keeps the unsaved session. */
export const SESSION_STORAGE_KEY = 'news-compare.session';

/**
 * Keeps the unsaved session in local storage (null: forgets it). Browsers keep about 5 MB
 * per site; a session over that is refused, and the message says so.
 */
function autosave(text: string | null): Promise<string | null> {
  try {
    if (text === null) {
      localStorage.removeItem(SESSION_STORAGE_KEY);
    } else {
      localStorage.setItem(SESSION_STORAGE_KEY, text);
    }
    return Promise.resolve(null);
  } catch {
    try {
      // What was kept before is older than the work on screen: it must not come back.
      localStorage.removeItem(SESSION_STORAGE_KEY);
    } catch {
      // Storage disabled: nothing was kept either.
    }
    const mb = ((text?.length ?? 0) * 2) / (1024 * 1024);
    return Promise.resolve(
      `This browser cannot keep your unsaved work (${mb.toFixed(1)} MB; browsers keep about 5 MB per site): save the project to keep it.`,
    );
  }
}

function readRecovery(): Promise<RecoveredSession | null> {
  try {
    const text = localStorage.getItem(SESSION_STORAGE_KEY);
    return Promise.resolve(text === null ? null : { text, documentId: null });
  } catch {
    return Promise.resolve(null);
  }
}

/** Web mode cannot offer to save first: the browser asks to discard or keep. */
function askUnsaved(name: string): Promise<UnsavedChoice> {
  return Promise.resolve(
    window.confirm(`${name} has changes that are not saved. Discard them?`) ? 'discard' : 'cancel',
  );
}

function setDocument(state: DocumentState): Promise<void> {
  document.title = `${state.dirty ? '• ' : ''}${state.name ?? 'News Compare'}${state.name ? ' – News Compare' : ''}`;
  return Promise.resolve();
}

/** The web API. */
export const webApi: Api = {
  platform: 'web',
  openArticles: () => pickFiles(false),
  openFolder: () => pickFiles(true),
  readSampleStory,
  saveReport: download,
  // Browsers give pages no file paths, so there is nothing to reopen later.
  addRecent: () => Promise.resolve(),
  // No native menu to keep in step.
  setCommandState: () => Promise.resolve(),
  openProject,
  // A download: the browser chooses where; a "path" means nothing here.
  saveProject: async (text, _id, suggestedName) => {
    const name = await download(text, suggestedName, 'application/json;charset=utf-8');
    // No id: a download cannot be written to again (each save is a new download).
    return name === null ? null : { id: null, file: name, name };
  },
  saveCodes: (csv, suggestedName) => download(csv, suggestedName, 'text/csv;charset=utf-8'),
  askUnsaved,
  autosave,
  readRecovery,
  setDocument,
};
