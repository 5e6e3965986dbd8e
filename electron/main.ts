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
  protocol,
  screen,
  session,
  type IpcMainInvokeEvent,
  type MenuItemConstructorOptions,
} from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import {
  IPC_CHANNELS,
  MAX_PROJECT_BYTES,
  noArticleInFolder,
  PROJECT_EXTENSION,
  PROJECT_HEAD_BYTES,
  validateIpcArgs,
  type DocumentState,
  type DroppedFile,
  type FileId,
  type IpcChannel,
  type IpcEvents,
  type IpcInvoke,
  type OpenedFile,
  type OpenedFiles,
  type OpenedProject,
  type RecentEntry,
  type SampleStory,
  type UnreadableFile,
  type UnsavedChoice,
} from '../shared/ipc';
import { ARTICLE_EXTENSIONS, MAX_ARTICLE_BYTES } from '../shared/load/load-article';
import {
  helpText,
  INITIAL_COMMAND_STATE,
  isCommandId,
  type CommandState,
} from '../shared/commands';
import {
  listArticleFiles,
  readArticleBytes,
  readFileHead,
  readManifest,
} from '../node/read-articles';
import { readTextFile } from '../node/read-text';
import {
  afterChoice,
  afterSave,
  INITIAL_CLOSE_STATE,
  keepsRecovery,
  onCloseRequest,
  projectSavePath,
  readRecoveryText,
  recoveryText,
  splitPaths,
  UNSAVED_BUTTONS,
  unsavedChoice,
  unsavedMessage,
  windowTitle,
  type CloseState,
} from './document';
import { APP_INDEX_URL, APP_SCHEME, appFileFor, contentType, cspHeader } from './app-protocol';
import { guardContents, permissionAllowed } from './guards';
import { buildMenuTemplate, type MenuItemSpec } from './menu';
import { createFileRegistry, menuLabel, parseRecent, rememberRecent } from './recent';
import { readRecovery, writeFileAtomic, writeRecovery } from './recovery';
import { DEFAULT_BOUNDS, fitToDisplays, parseWindowState } from './window-state';

const root = join(__dirname, '..', '..');
const rendererDir = join(root, 'dist', 'renderer');
const seedDir = app.isPackaged ? join(process.resourcesPath, 'seeds') : join(root, 'seeds');
const statePath = (): string => join(app.getPath('userData'), 'window-state.json');
const recentPath = (): string => join(app.getPath('userData'), 'recent.json');
let recent: RecentEntry[] = [];
let commandState: CommandState = INITIAL_COMMAND_STATE;
let window: BrowserWindow | null = null;
/**
 * The files the user opened (articles) or opened and saved (projects); the renderer names
 * them by these ids, never by path: it can only save a project to a file the user chose.
 */
const openedFiles = createFileRegistry();
/** The open document's name and whether it has unsaved work (from the renderer). */
let documentState: DocumentState = { name: null, dirty: false };
/** Closing the window with unsaved work: see `document.ts`. */
let closeState: CloseState = INITIAL_CLOSE_STATE;
/** The user-data folder, where the recovery file is kept. */
const userData = (): string => app.getPath('userData');

/**
 * Reads files the user chose (as the CLI does, with its messages) and gives each an id the
 * renderer can name it by; the renderer loads the bytes.
 */
async function openFiles(paths: ReadonlyArray<string>): Promise<OpenedFiles> {
  const files: OpenedFile[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const path of paths) {
    const read = await readArticleBytes(path);
    if (read.ok) {
      files.push({ file: path, bytes: read.bytes, id: openedFiles.register(path) });
    } else {
      unreadable.push({ file: path, message: read.error.message });
    }
  }
  return { files, unreadable };
}

/**
 * The id of a dropped file, when the file at its path holds the bytes the page read from
 * the drop: the page can only name a file the user gave it, and the main process never
 * sends it bytes it did not already have.
 */
async function registerDropped(file: DroppedFile): Promise<FileId | null> {
  if (!isAbsolute(file.path)) {
    return null;
  }
  try {
    const info = await stat(file.path);
    if (!info.isFile() || info.size !== file.bytes.length || info.size > MAX_ARTICLE_BYTES) {
      return null;
    }
    const bytes = await readFile(file.path);
    return bytes.equals(file.bytes) ? openedFiles.register(file.path) : null;
  } catch {
    return null;
  }
}

/** Sends a typed message to the renderer (the menu's commands are registry ids). */
function send<K extends keyof IpcEvents>(channel: K, payload: IpcEvents[K]): void {
  window?.webContents.send(channel, payload);
}

const FILE_FILTERS = [{ name: 'Articles', extensions: [...ARTICLE_EXTENSIONS] }];
const PROJECT_FILTERS = [
  { name: 'News Compare project', extensions: [PROJECT_EXTENSION.slice(1)] },
];

/** A file's first bytes, where a project file names its format (none when it cannot be read). */
function readHead(path: string): Promise<Uint8Array> {
  return readFileHead(path, PROJECT_HEAD_BYTES);
}

/** Reads a project file for the renderer, which checks it; it gets an id to be saved to. */
async function readProjectForRenderer(path: string): Promise<OpenedProject> {
  const read = await readTextFile(path, MAX_PROJECT_BYTES, 'project');
  if (!read.ok) {
    return { ok: false, file: path, message: read.message };
  }
  return {
    ok: true,
    file: path,
    name: basename(path),
    text: read.text,
    id: openedFiles.register(path),
  };
}

/**
 * Lets the user pick where to save a text (a report, the codes) and writes it whole (a
 * crash mid-way never leaves a cut file); resolves to the path, or null when cancelled.
 */
async function saveTextAs(
  text: string,
  suggestedName: string,
  filter: { readonly name: string; readonly extensions: string[] },
): Promise<string | null> {
  const result = await dialog.showSaveDialog(window!, {
    defaultPath: suggestedName,
    filters: [filter],
  });
  if (result.canceled || !result.filePath) {
    return null;
  }
  await writeFileAtomic(result.filePath, text);
  return result.filePath;
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
  const { projects, articles } = await splitPaths(paths, readHead);
  if (articles.length > 0) {
    send('app:files-opened', await openFiles(articles));
  }
  // One project at a time: the first named (the renderer asks about unsaved work first).
  const first = projects[0];
  if (first !== undefined) {
    send('app:project-opened', await readProjectForRenderer(first));
  }
}

/** Only our own page may call the API. */
function trustedSender(event: IpcMainInvokeEvent): boolean {
  return event.senderFrame?.url === APP_INDEX_URL;
}

/**
 * Serves the renderer build on the app's scheme: GET only, nothing outside dist/renderer,
 * with the page's Content-Security-Policy (and no framing) as a header.
 */
function registerAppProtocol(): void {
  let csp: Promise<string> | null = null;
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFileFor(request.url, rendererDir);
    if (request.method !== 'GET' || file === null) {
      return new Response('not found', { status: 404 });
    }
    try {
      csp ??= readFile(join(rendererDir, 'index.html'), 'utf8').then(cspHeader);
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        headers: {
          'content-type': contentType(file),
          'content-security-policy': await csp,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}

/**
 * The app needs no browser permission but full screen (presentation mode) for its own
 * page: everything else (camera, notifications, clipboard reads…) is refused.
 */
function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) => {
    callback(permissionAllowed(permission, contents.getURL()));
  });
  session.defaultSession.setPermissionCheckHandler((contents, permission) =>
    permissionAllowed(permission, contents?.getURL()),
  );
}

const handlers: {
  [K in IpcChannel]: (...args: Parameters<IpcInvoke[K]>) => ReturnType<IpcInvoke[K]>;
} = {
  'app:open-articles': async () => {
    const result = await dialog.showOpenDialog(window!, {
      properties: ['openFile', 'multiSelections'],
      filters: FILE_FILTERS,
    });
    return result.canceled ? null : openFiles(result.filePaths);
  },
  'app:open-folder': async () => {
    const result = await dialog.showOpenDialog(window!, { properties: ['openDirectory'] });
    const dir = result.filePaths[0];
    if (result.canceled || !dir) {
      return null;
    }
    const paths = await listArticleFiles(dir);
    return paths.length > 0
      ? openFiles(paths)
      : { files: [], unreadable: [noArticleInFolder(dir)] };
  },
  'app:read-sample-story': async (): Promise<SampleStory> => {
    const manifest = await readManifest(seedDir);
    const files = await Promise.all(
      manifest.articles.map(async (a) => ({
        ...a,
        file: join(seedDir, a.file),
        bytes: new Uint8Array(await readFile(join(seedDir, a.file))),
      })),
    );
    return { story: manifest.story, files };
  },
  'app:add-recent': async (request) => {
    const list = rememberRecent(recent, openedFiles, request);
    if (list === null) {
      throw new Error('app:add-recent: refused, a file id the app did not give out');
    }
    recent = list;
    await writeFile(recentPath(), JSON.stringify(recent));
    setMenu();
  },
  'app:register-dropped': (files) => Promise.all(files.map(registerDropped)),
  'app:set-command-state': async (state) => {
    commandState = state;
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
  'app:save-project': async (text, id, suggestedName) => {
    let target = id === null ? null : (openedFiles.resolve([id])?.[0] ?? null);
    if (target === null) {
      const result = await dialog.showSaveDialog(window!, {
        defaultPath: suggestedName,
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
    const next = afterSave(closeState, true);
    closeState = next.state;
    if (next.action === 'close') {
      setImmediate(() => void closeForGood());
    }
    return { id: openedFiles.register(target), file: target, name: basename(target) };
  },
  'app:save-codes': (csv, suggestedName) =>
    saveTextAs(csv, suggestedName, { name: 'CSV (R, SPSS, spreadsheets)', extensions: ['csv'] }),
  'app:ask-unsaved': async (name) => askUnsaved(name),
  'app:autosave': async (text, id) => {
    // Closing after a save or a "Don't Save": the page's last keep (as it unloads) must not
    // bring back the work the user saved or dropped.
    if (!keepsRecovery(closeState, text)) {
      return null;
    }
    try {
      const path = id === null ? null : (openedFiles.resolve([id])?.[0] ?? null);
      await writeRecovery(userData(), text === null ? null : recoveryText(text, path));
      return null;
    } catch (error) {
      return `Your unsaved work could not be kept for recovery (${(error as NodeJS.ErrnoException).code ?? 'error'}): save the project to keep it.`;
    }
  },
  'app:read-recovery': async () => {
    const text = await readRecovery(userData());
    const kept = text === null ? null : readRecoveryText(text);
    return kept === null
      ? null
      : {
          text: kept.session,
          documentId: kept.path === null ? null : openedFiles.register(kept.path),
        };
  },
  'app:set-document': async (state) => {
    documentState = state;
    closeState = { ...closeState, dirty: state.dirty };
    window?.setTitle(windowTitle(state));
    if (process.platform === 'darwin') {
      window?.setDocumentEdited(state.dirty);
    }
  },
  'app:save-report': (html, suggestedName) =>
    saveTextAs(html, suggestedName, { name: 'HTML report', extensions: ['html'] }),
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
      void openFiles(entry.files).then((opened) => send('app:files-opened', opened));
    }
  } else if (isCommandId(command)) {
    send('app:command', command);
  }
}

function setMenu(): void {
  const names = recent.map((r) => menuLabel(r.name));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      toElectronMenu(buildMenuTemplate(process.platform, names, commandState)),
    ),
  );
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
  await window.loadURL(APP_INDEX_URL);
}

/** Files named on the command line (the first argument is the app itself). */
function filesFromArgv(argv: ReadonlyArray<string>): string[] {
  return argv.slice(app.isPackaged ? 1 : 2).filter((a) => !a.startsWith('-'));
}

// Before the app is ready: the renderer's scheme behaves like https (secure, with origins),
// so its module scripts and workers load.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
  },
]);

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
  // No page, frame or redirect may take the app anywhere, and no window may open.
  app.on('web-contents-created', (_event, contents) => {
    guardContents(contents);
  });
  void app.whenReady().then(async () => {
    denyPermissions();
    registerAppProtocol();
    registerHandlers();
    await createWindow();
    const files = filesFromArgv(process.argv);
    if (files.length) {
      await openPaths(files);
    }
  });
  app.on('window-all-closed', () => app.quit());
}
