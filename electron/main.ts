/**
 * Electron main process: one window, the menu, dialogs and file IO. No comparison logic:
 * the renderer runs the shared engine in a Web Worker.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  screen,
  type IpcMainInvokeEvent,
  type MenuItemConstructorOptions,
} from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  IPC_CHANNELS,
  MAX_PROJECT_CHARS,
  MAX_RECENT,
  validateIpcArgs,
  type DocumentState,
  type IpcChannel,
  type IpcEvents,
  type IpcInvoke,
  type OpenedProject,
  type RecentEntry,
  type SampleStory,
  type UnsavedChoice,
} from '../shared/ipc';
import type { ManifestEntry } from '../shared/load/manifest';
import {
  helpText,
  INITIAL_COMMAND_STATE,
  isCommandId,
  type CommandState,
} from '../shared/commands';
import { listArticleFiles } from '../node/read-articles';
import { readTextFile } from '../node/read-text';
import {
  afterChoice,
  afterSave,
  INITIAL_CLOSE_STATE,
  isProjectPath,
  onCloseRequest,
  parseRecentList,
  projectSavePath,
  recoveredDocumentPath,
  UNSAVED_BUTTONS,
  unsavedChoice,
  unsavedMessage,
  windowTitle,
  withRecent,
  type CloseState,
} from './document';
import { readFilesForRenderer } from './files';
import { buildMenuTemplate, type MenuItemSpec } from './menu';
import { readRecovery, writeFileAtomic, writeRecovery } from './recovery';
import { DEFAULT_BOUNDS, fitToDisplays, parseWindowState } from './window-state';

const root = join(__dirname, '..', '..');
const rendererIndex = join(root, 'dist', 'renderer', 'index.html');
const seedDir = app.isPackaged ? join(process.resourcesPath, 'seeds') : join(root, 'seeds');
const statePath = (): string => join(app.getPath('userData'), 'window-state.json');
const recentPath = (): string => join(app.getPath('userData'), 'recent.json');
let recent: RecentEntry[] = [];
let commandState: CommandState = INITIAL_COMMAND_STATE;
let window: BrowserWindow | null = null;
/** The open document's name and whether it has unsaved work (from the renderer). */
let documentState: DocumentState = { name: null, dirty: false };
/** Closing the window with unsaved work: see `document.ts`. */
let closeState: CloseState = INITIAL_CLOSE_STATE;
/**
 * Project files the user picked in a dialog, opened, or saved: the only paths the renderer
 * may ask to write a project to without a dialog.
 */
const projectPaths = new Set<string>();
/** The user-data folder, where the recovery file is kept. */
const userData = (): string => app.getPath('userData');

/** Sends a typed message to the renderer (the menu's commands are registry ids). */
function send<K extends keyof IpcEvents>(channel: K, payload: IpcEvents[K]): void {
  window?.webContents.send(channel, payload);
}

const FILE_FILTERS = [
  { name: 'Articles', extensions: ['txt', 'text', 'md', 'html', 'htm', 'xhtml'] },
];
const PROJECT_FILTERS = [{ name: 'News Compare project', extensions: ['json'] }];

/** Reads a project file for the renderer, which checks it; the path may then be saved to. */
async function readProjectForRenderer(path: string): Promise<OpenedProject> {
  const read = await readTextFile(path, MAX_PROJECT_CHARS * 3, 'project');
  if (!read.ok) {
    return { ok: false, file: path, message: read.message };
  }
  projectPaths.add(path);
  return { ok: true, file: path, name: basename(path), text: read.text };
}

/** Asks what to do with unsaved work (Save, Don't Save, Cancel). */
async function askUnsaved(name: string): Promise<UnsavedChoice> {
  if (!window) {
    return 'cancel';
  }
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    buttons: UNSAVED_BUTTONS.map((b) => b.label),
    defaultId: 0,
    cancelId: UNSAVED_BUTTONS.findIndex((b) => b.choice === 'cancel'),
    ...unsavedMessage(name),
  });
  return unsavedChoice(response);
}

/** Closes the window for good: the unsaved work was saved or dropped, so is its recovery file. */
async function closeForGood(): Promise<void> {
  await writeRecovery(userData(), null).catch(() => undefined);
  window?.close();
}

/** Opens files named on the command line or to a second instance: projects and articles. */
async function openPaths(paths: ReadonlyArray<string>): Promise<void> {
  const projects = paths.filter(isProjectPath);
  const articles = paths.filter((p) => !isProjectPath(p));
  if (articles.length > 0) {
    send('app:files-opened', await readFilesForRenderer(articles));
  }
  // One project at a time: the first named.
  const first = projects[0];
  if (first !== undefined) {
    send('app:project-opened', await readProjectForRenderer(first));
  }
}

/** Only our own page may call the API. */
function trustedSender(event: IpcMainInvokeEvent): boolean {
  return event.senderFrame?.url === pathToFileURL(rendererIndex).href;
}

const handlers: {
  [K in IpcChannel]: (...args: Parameters<IpcInvoke[K]>) => ReturnType<IpcInvoke[K]>;
} = {
  'app:open-articles': async () => {
    const result = await dialog.showOpenDialog(window!, {
      properties: ['openFile', 'multiSelections'],
      filters: FILE_FILTERS,
    });
    return result.canceled ? null : readFilesForRenderer(result.filePaths);
  },
  'app:open-folder': async () => {
    const result = await dialog.showOpenDialog(window!, { properties: ['openDirectory'] });
    const dir = result.filePaths[0];
    return result.canceled || !dir ? null : readFilesForRenderer(await listArticleFiles(dir));
  },
  'app:read-sample-story': async (): Promise<SampleStory> => {
    const manifest = JSON.parse(await readFile(join(seedDir, 'manifest.json'), 'utf8')) as {
      story: string;
      articles: ReadonlyArray<ManifestEntry>;
    };
    const files = await Promise.all(
      manifest.articles.map(async (a) => ({
        ...a,
        file: join(seedDir, a.file),
        bytes: new Uint8Array(await readFile(join(seedDir, a.file))),
      })),
    );
    return { story: manifest.story, files };
  },
  'app:add-recent': async (entry) => {
    recent = withRecent(recent, entry, MAX_RECENT);
    await writeFile(recentPath(), JSON.stringify(recent));
    setMenu();
  },
  'app:open-project': async () => {
    const result = await dialog.showOpenDialog(window!, {
      properties: ['openFile'],
      filters: PROJECT_FILTERS,
    });
    const path = result.filePaths[0];
    return result.canceled || !path ? null : readProjectForRenderer(path);
  },
  'app:save-project': async (text, path, suggestedName) => {
    let target = path !== null && projectPaths.has(path) ? path : null;
    if (target === null) {
      const result = await dialog.showSaveDialog(window!, {
        defaultPath: path ?? suggestedName,
        filters: PROJECT_FILTERS,
      });
      if (result.canceled || !result.filePath) {
        closeState = afterSave(closeState, false).state;
        return null;
      }
      target = projectSavePath(result.filePath);
    }
    try {
      await writeFileAtomic(target, text);
    } catch (error) {
      closeState = afterSave(closeState, false).state;
      throw new Error(
        `${target}: cannot write the project (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        { cause: error },
      );
    }
    projectPaths.add(target);
    const next = afterSave(closeState, true);
    closeState = next.state;
    if (next.action === 'close') {
      setImmediate(() => void closeForGood());
    }
    return target;
  },
  'app:save-codes': async (csv, suggestedName) => {
    const result = await dialog.showSaveDialog(window!, {
      defaultPath: suggestedName,
      filters: [{ name: 'CSV (R, SPSS, spreadsheets)', extensions: ['csv'] }],
    });
    if (result.canceled || !result.filePath) {
      return null;
    }
    await writeFile(result.filePath, csv, 'utf8');
    return result.filePath;
  },
  'app:ask-unsaved': async (name) => askUnsaved(name),
  'app:autosave': async (text) => {
    try {
      await writeRecovery(userData(), text);
      return null;
    } catch (error) {
      return `Your unsaved work could not be kept for recovery (${(error as NodeJS.ErrnoException).code ?? 'error'}): save the project to keep it.`;
    }
  },
  'app:read-recovery': async () => {
    const text = await readRecovery(userData());
    const path = text === null ? null : recoveredDocumentPath(text);
    if (path !== null) {
      projectPaths.add(path);
    }
    return text;
  },
  'app:set-document': async (state) => {
    documentState = state;
    closeState = { ...closeState, dirty: state.dirty };
    window?.setTitle(windowTitle(state));
    if (process.platform === 'darwin') {
      window?.setDocumentEdited(state.dirty);
    }
  },
  'app:set-command-state': async (state) => {
    commandState = state;
    setMenu();
  },
  'app:save-report': async (html, suggestedName) => {
    const result = await dialog.showSaveDialog(window!, {
      defaultPath: suggestedName,
      filters: [{ name: 'HTML report', extensions: ['html'] }],
    });
    if (result.canceled || !result.filePath) {
      return null;
    }
    await writeFile(result.filePath, html, 'utf8');
    return result.filePath;
  },
};

function registerHandlers(): void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!trustedSender(event)) {
        throw new Error(`${channel}: refused, the caller is not the app's page`);
      }
      const problem = validateIpcArgs(channel, args);
      if (problem) {
        throw new Error(problem);
      }
      return (handlers[channel] as (...a: unknown[]) => unknown)(...args);
    });
  }
}

function toElectronMenu(items: ReadonlyArray<MenuItemSpec>): MenuItemConstructorOptions[] {
  return items.map((item) => ({
    label: item.label,
    role: item.role as MenuItemConstructorOptions['role'],
    accelerator: item.accelerator,
    registerAccelerator: item.registerAccelerator,
    type: item.type,
    checked: item.checked,
    enabled: item.enabled,
    submenu: item.submenu ? toElectronMenu(item.submenu) : undefined,
    click: item.command ? () => runMenuCommand(item.command as string) : undefined,
  }));
}

function runMenuCommand(command: string): void {
  if (command === 'main:about') {
    void dialog.showMessageBox(window!, {
      message: `News Compare ${app.getVersion()}`,
      detail: 'Compare how outlets report the same story.',
    });
  } else if (command === 'main:shortcuts') {
    void dialog.showMessageBox(window!, {
      message: 'Keyboard shortcuts',
      detail: helpText(process.platform === 'darwin'),
    });
  } else if (command.startsWith('open-recent:')) {
    const entry = recent[Number(command.slice('open-recent:'.length))];
    if (entry && 'project' in entry) {
      // The renderer asks about unsaved work before it opens it.
      void readProjectForRenderer(entry.project).then((opened) =>
        send('app:project-opened', opened),
      );
    } else if (entry) {
      void readFilesForRenderer(entry.files).then((opened) => send('app:files-opened', opened));
    }
  } else if (isCommandId(command)) {
    send('app:command', command);
  }
}

function setMenu(): void {
  const names = recent.map((r) => ({ name: r.name, project: 'project' in r }));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      toElectronMenu(buildMenuTemplate(process.platform, names, commandState)),
    ),
  );
}

/** Reads the stored recent list, dropping malformed entries. */
function parseRecent(json: string): RecentEntry[] {
  return parseRecentList(json, (e) => validateIpcArgs('app:add-recent', [e]) === null, MAX_RECENT);
}

async function createWindow(): Promise<void> {
  const saved = parseWindowState(await readFile(statePath(), 'utf8').catch(() => ''));
  const bounds = fitToDisplays(
    saved?.bounds ?? DEFAULT_BOUNDS,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  window = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'News Compare',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (saved?.maximized) {
    window.maximize();
  }
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.once('ready-to-show', () => window?.show());
  window.on('close', (event) => {
    // Unsaved work: Save, Don't Save or Cancel first (see document.ts).
    if (onCloseRequest(closeState) === 'ask') {
      event.preventDefault();
      void askUnsaved(documentState.name ?? 'The comparison').then((choice) => {
        // Without a comparison there is no project to save: the window stays.
        const next = afterChoice(
          closeState,
          choice === 'save' && !commandState.hasComparison ? 'cancel' : choice,
        );
        closeState = next.state;
        if (next.action === 'save') {
          send('app:command', 'save-project');
        } else if (next.action === 'close') {
          void closeForGood();
        }
      });
      return;
    }
    if (window) {
      void writeFile(
        statePath(),
        JSON.stringify({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }),
      );
    }
  });
  recent = parseRecent(await readFile(recentPath(), 'utf8').catch(() => '[]'));
  setMenu();
  await window.loadFile(rendererIndex);
}

/** Files named on the command line (the first argument is the app itself). */
function filesFromArgv(argv: ReadonlyArray<string>): string[] {
  return argv.slice(app.isPackaged ? 1 : 2).filter((a) => !a.startsWith('-'));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (window) {
      if (window.isMinimized()) {
        window.restore();
      }
      window.focus();
      const files = filesFromArgv(argv);
      if (files.length) {
        void openPaths(files);
      }
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(async () => {
    registerHandlers();
    await createWindow();
    const files = filesFromArgv(process.argv);
    if (files.length) {
      await openPaths(files);
    }
  });
  app.on('window-all-closed', () => app.quit());
}
