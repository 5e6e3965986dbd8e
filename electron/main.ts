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
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  IPC_CHANNELS,
  MAX_RECENT,
  validateIpcArgs,
  type IpcChannel,
  type IpcEvents,
  type IpcInvoke,
  type RecentComparison,
  type SampleStory,
} from '../shared/ipc';
import type { ManifestEntry } from '../shared/load/manifest';
import {
  helpText,
  INITIAL_COMMAND_STATE,
  isCommandId,
  type CommandState,
} from '../shared/commands';
import { listArticleFiles } from '../node/read-articles';
import { readFilesForRenderer } from './files';
import { buildMenuTemplate, type MenuItemSpec } from './menu';
import { DEFAULT_BOUNDS, fitToDisplays, parseWindowState } from './window-state';

const root = join(__dirname, '..', '..');
const rendererIndex = join(root, 'dist', 'renderer', 'index.html');
const seedDir = app.isPackaged ? join(process.resourcesPath, 'seeds') : join(root, 'seeds');
const statePath = (): string => join(app.getPath('userData'), 'window-state.json');
const recentPath = (): string => join(app.getPath('userData'), 'recent.json');
let recent: RecentComparison[] = [];
let commandState: CommandState = INITIAL_COMMAND_STATE;
let window: BrowserWindow | null = null;

/** Sends a typed message to the renderer (the menu's commands are registry ids). */
function send<K extends keyof IpcEvents>(channel: K, payload: IpcEvents[K]): void {
  window?.webContents.send(channel, payload);
}

const FILE_FILTERS = [
  { name: 'Articles', extensions: ['txt', 'text', 'md', 'html', 'htm', 'xhtml'] },
];

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
    const key = entry.files.join('\n');
    recent = [entry, ...recent.filter((r) => r.files.join('\n') !== key)].slice(0, MAX_RECENT);
    await writeFile(recentPath(), JSON.stringify(recent));
    setMenu();
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
    if (entry) {
      void readFilesForRenderer(entry.files).then((opened) =>
        window?.webContents.send('app:files-opened', opened),
      );
    }
  } else if (isCommandId(command)) {
    send('app:command', command);
  }
}

function setMenu(): void {
  const names = recent.map((r) => r.name);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      toElectronMenu(buildMenuTemplate(process.platform, names, commandState)),
    ),
  );
}

/** Reads the stored recent list, dropping malformed entries. */
function parseRecent(json: string): RecentComparison[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value)
      ? value
          .filter((e): e is RecentComparison => validateIpcArgs('app:add-recent', [e]) === null)
          .slice(0, MAX_RECENT)
      : [];
  } catch {
    return [];
  }
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
  window.on('close', () => {
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
        void readFilesForRenderer(files).then((opened) =>
          window?.webContents.send('app:files-opened', opened),
        );
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
      window?.webContents.send('app:files-opened', await readFilesForRenderer(files));
    }
  });
  app.on('window-all-closed', () => app.quit());
}
