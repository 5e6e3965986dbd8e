/**
 * The typed contract between the renderer and the Electron main process, declared once.
 *
 * Channels are prefixed `app:`. The preload exposes one function per channel (the
 * {@link Api}); the main process registers one handler per channel and re-validates every
 * argument with the validators below, since the renderer is untrusted.
 */
import { INITIAL_COMMAND_STATE, type CommandId, type CommandState } from './commands';
import type { ManifestEntry } from './load/manifest';
import { PROJECT_FILE_EXTENSION, PROJECT_FORMAT, PROJECT_LIMITS } from './project/types';

/** A file the user opened, as bytes plus the name to show. */
export interface OpenedFile {
  /** Path (desktop) or file name (web) as shown to the user. */
  readonly file: string;
  /** The file's bytes (the shared loader decodes them). */
  readonly bytes: Uint8Array;
  /**
   * Desktop: the main process's handle on a file the user opened (dialog, drop, command
   * line, recent list), by which the renderer names it back (Recent Comparisons). The
   * renderer never gives the main process a path to read.
   */
  readonly id?: FileId;
}

/** A main-process handle on a file the user opened ("f12"). */
export type FileId = string;

/** A file dropped on the window: its path as Chromium knows it, and the bytes the page read. */
export interface DroppedFile {
  /** Path from `webUtils.getPathForFile` ('' for a file not on disk). */
  readonly path: string;
  /** The bytes the page read from the dropped file. */
  readonly bytes: Uint8Array;
}

/** A dropped file as the page sees it (a DOM `File`, typed structurally: shared/ has no DOM). */
export interface DroppedBlob {
  /** The file's name. */
  readonly name: string;
  /** Its bytes. */
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A file that could not even be read (missing, a folder, too large). */
export interface UnreadableFile {
  /** The path. */
  readonly file: string;
  /** One sentence naming the file. */
  readonly message: string;
}

/**
 * A file the page was given but could not read: a folder dropped on the window (the
 * browser hands it over as a file of no bytes that cannot be read), or a file moved,
 * deleted or changed since it was chosen.
 */
export function unreadableDropped(file: string): UnreadableFile {
  return {
    file,
    message: `${file}: the file cannot be read: it is a folder (open it with Open Folder…), or it was moved or changed since it was chosen.`,
  };
}

/** A folder opened that holds no article (see `isArticleFileName`). */
export function noArticleInFolder(folder: string): UnreadableFile {
  return {
    file: folder,
    message: `${folder}: the folder holds no article (a .txt or .html file, for instance) directly in it.`,
  };
}

/** Files picked in a dialog, or passed on the command line. */
export interface OpenedFiles {
  /** Files read. */
  readonly files: ReadonlyArray<OpenedFile>;
  /** Files that could not be read. */
  readonly unreadable: ReadonlyArray<UnreadableFile>;
}

/** The sample story, with its manifest metadata. */
export interface SampleStory {
  /** The story's name. */
  readonly story: string;
  /** The seed files. */
  readonly files: ReadonlyArray<OpenedFile & ManifestEntry>;
}

/** A project file read for the renderer (which parses it), or why it could not be read. */
export type OpenedProject =
  | {
      readonly ok: true;
      /** The path (desktop) or file name (web). */
      readonly file: string;
      /** The file's name, as shown to the user. */
      readonly name: string;
      /** The file's text (UTF-8 decoded). */
      readonly text: string;
      /** Desktop: the main process's handle on the file, to save to it again. */
      readonly id?: FileId;
    }
  | { readonly ok: false; readonly file: string; readonly message: string };

/**
 * The extension every project file has, ".json": the suggested
 * {@link PROJECT_FILE_EXTENSION}'s last part, as a user may save "bridge.json".
 */
export const PROJECT_EXTENSION = PROJECT_FILE_EXTENSION.slice(
  PROJECT_FILE_EXTENSION.lastIndexOf('.'),
);

/** Whether a file name or path ends with {@link PROJECT_EXTENSION} (in any case). */
export function hasProjectExtension(name: string): boolean {
  return name.toLowerCase().endsWith(PROJECT_EXTENSION);
}

/** How many of a project file's first bytes name its format (its first key). */
export const PROJECT_HEAD_BYTES = 200;

/**
 * Whether a file is a project file (opened as one), not an article or another JSON file
 * such as a lexicon: a name with {@link PROJECT_EXTENSION}, and the format's name in its
 * first {@link PROJECT_HEAD_BYTES} bytes (`bytes`: the file's, or at least those).
 */
export function isProjectFile(name: string, bytes: Uint8Array): boolean {
  if (!hasProjectExtension(name)) {
    return false;
  }
  // The format's name is ASCII: each byte as one character finds it, whatever the rest is.
  const head = String.fromCharCode(...bytes.subarray(0, PROJECT_HEAD_BYTES));
  return head.includes(JSON.stringify(PROJECT_FORMAT));
}

/** What the user chose about unsaved work. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** What the window shows of the open document (desktop: title bar, close prompt). */
export interface DocumentState {
  /** The project's name, or null before it is saved. */
  readonly name: string | null;
  /** There is work not saved. */
  readonly dirty: boolean;
}

/** Invoke channels: name → function type. */
export interface IpcInvoke {
  'app:open-articles': () => Promise<OpenedFiles | null>;
  'app:open-folder': () => Promise<OpenedFiles | null>;
  'app:read-sample-story': () => Promise<SampleStory>;
  'app:save-report': (html: string, suggestedName: string) => Promise<string | null>;
  'app:add-recent': (entry: RecentRequest) => Promise<void>;
  /**
   * Registers dropped files: each gets an id when the file at its path holds the bytes the
   * page read from it (so the page can only name files the user gave it), else null.
   */
  'app:register-dropped': (
    files: ReadonlyArray<DroppedFile>,
  ) => Promise<ReadonlyArray<FileId | null>>;
  /** What the menu shows as enabled and checked (desktop). */
  'app:set-command-state': (state: CommandState) => Promise<void>;
  /** Lets the user pick a project file and reads it; null when cancelled. */
  'app:open-project': () => Promise<OpenedProject | null>;
  /**
   * Writes a project's text: to the project file `id` names (one the user opened or saved
   * before), or where the user picks (`id` null: Save As). Resolves to the file written, or
   * null when cancelled.
   */
  'app:save-project': (
    text: string,
    id: FileId | null,
    suggestedName: string,
  ) => Promise<SavedProject | null>;
  /** Saves the codings CSV where the user picks; null when cancelled. */
  'app:save-codes': (csv: string, suggestedName: string) => Promise<string | null>;
  /** Asks what to do with unsaved work before it would be replaced (`name`: the project). */
  'app:ask-unsaved': (name: string) => Promise<UnsavedChoice>;
  /**
   * Keeps the unsaved session (null: there is none), with the project file it belongs to
   * (`id`, or null); resolves to a problem, or null.
   */
  'app:autosave': (text: string | null, id: FileId | null) => Promise<string | null>;
  /** The session kept when the app last stopped with unsaved work, or null. */
  'app:read-recovery': () => Promise<RecoveredSession | null>;
  /** The open document's name and whether it has unsaved work. */
  'app:set-document': (state: DocumentState) => Promise<void>;
}

/** Messages from the main process to the renderer: channel → payload. */
export interface IpcEvents {
  /** A menu item was chosen: the registry command it runs. */
  'app:command': CommandId;
  /** Files passed on the command line, to a second instance, or reopened from the menu. */
  'app:files-opened': OpenedFiles;
  /** A project file passed on the command line or reopened from the menu. */
  'app:project-opened': OpenedProject;
}

/**
 * What the renderer asks to remember: a title and the files, by their main-process ids; or
 * a project file by its id.
 */
export type RecentRequest =
  | {
      /** The base article's title (the main process shortens it for the menu). */
      readonly title: string;
      /** The files compared, as ids the main process gave them. */
      readonly fileIds: ReadonlyArray<FileId>;
    }
  | {
      /** The project's name. */
      readonly title: string;
      /** The project file, as the id the main process gave it. */
      readonly projectId: FileId;
    };

/** A project file written: the id to save to it again, and its path and name to show. */
export interface SavedProject {
  /** Null when the file cannot be written to again (web mode: each save is a download). */
  readonly id: FileId | null;
  readonly file: string;
  readonly name: string;
}

/** The unsaved session read back, and the project file it belongs to (by a new id). */
export interface RecoveredSession {
  readonly text: string;
  readonly documentId: FileId | null;
}

/** A comparison remembered in File > Recent Comparisons (desktop; stored by the main process). */
export interface RecentComparison {
  /** What the menu shows, e.g. "Met police admit tweet… (3 articles)". */
  readonly name: string;
  /** The files compared (paths). */
  readonly files: ReadonlyArray<string>;
}

/** A project remembered in File > Recent (desktop; stored by the main process). */
export interface RecentProject {
  /** What the menu shows: the project's name. */
  readonly name: string;
  /** The project file's path. */
  readonly project: string;
}

/** An entry of File > Recent: a set of article files, or a project file. */
export type RecentEntry = RecentComparison | RecentProject;

/** Most entries File > Recent remembers (comparisons and projects together). */
export const MAX_RECENT = 10;

/** A channel name. */
export type IpcChannel = keyof IpcInvoke;

/** The API the renderer sees (window.api on the desktop, a browser implementation on the web). */
export type Api = {
  readonly [K in Exclude<IpcChannel, 'app:register-dropped'> as ApiName<K>]: IpcInvoke[K];
} & {
  /**
   * Files dropped on the window, read, and registered with the main process where they are
   * files on disk (desktop only; web mode reads drops itself).
   */
  readonly openDropped?: (files: ReadonlyArray<DroppedBlob>) => Promise<OpenedFiles>;
  /** Which implementation this is. */
  readonly platform: 'desktop' | 'web';
  /** Menu commands from the main process (desktop only); returns the unsubscribe. */
  readonly onCommand?: (listener: (command: IpcEvents['app:command']) => void) => () => void;
  /** Files passed on the command line or to a second instance (desktop only); returns the unsubscribe. */
  readonly onFilesOpened?: (listener: (files: IpcEvents['app:files-opened']) => void) => () => void;
  /** Project files passed on the command line or reopened (desktop only); returns the unsubscribe. */
  readonly onProjectOpened?: (
    listener: (project: IpcEvents['app:project-opened']) => void,
  ) => () => void;
};

type ApiName<K extends string> = K extends `app:${infer Rest}` ? CamelCase<Rest> : never;
type CamelCase<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<CamelCase<T>>}`
  : S;

/** Every channel, for registering handlers and building the preload. */
export const IPC_CHANNELS: ReadonlyArray<IpcChannel> = [
  'app:open-articles',
  'app:open-folder',
  'app:read-sample-story',
  'app:save-report',
  'app:add-recent',
  'app:register-dropped',
  'app:set-command-state',
  'app:open-project',
  'app:save-project',
  'app:save-codes',
  'app:ask-unsaved',
  'app:autosave',
  'app:read-recovery',
  'app:set-document',
];

/** Largest project text the main process accepts for saving (the project format's limit). */
export const MAX_PROJECT_CHARS = PROJECT_LIMITS.fileChars;

/**
 * Largest project file read (desktop and web), and recovery file: the format's limit in
 * characters at up to three UTF-8 bytes each.
 */
export const MAX_PROJECT_BYTES = MAX_PROJECT_CHARS * 3;

/** A plain file name to suggest in a save dialog. */
function isFileName(value: unknown): value is string {
  return typeof value === 'string' && /^[^/\\\0]{1,200}$/u.test(value);
}

/** Largest report the main process accepts for saving: 64 MiB. */
export const MAX_REPORT_CHARS = 64 * 1024 * 1024;

/** Most files one recent comparison may list. */
export const MAX_RECENT_FILES = 200;

/** Longest title the renderer may send for a recent comparison (it is shortened for the menu). */
export const MAX_RECENT_TITLE_CHARS = 100_000;

/** Most files one drop may register. */
export const MAX_DROPPED_FILES = 1000;

/** Whether a value is a file id as the main process makes them ("f12"). */
function isFileId(value: unknown): value is FileId {
  return typeof value === 'string' && /^f[0-9]{1,12}$/u.test(value);
}

/**
 * Whether a value is a command state: each key of {@link INITIAL_COMMAND_STATE} with a value
 * of the same type (a count: a whole number, not negative).
 */
function isCommandState(value: unknown): value is CommandState {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const state = value as Record<string, unknown>;
  return Object.entries(INITIAL_COMMAND_STATE).every(([key, initial]) => {
    const given = state[key];
    return typeof initial === 'number'
      ? Number.isSafeInteger(given) && (given as number) >= 0
      : typeof given === typeof initial;
  });
}

/** Validates untrusted arguments per channel; returns an error message or null. */
export function validateIpcArgs(channel: IpcChannel, args: ReadonlyArray<unknown>): string | null {
  switch (channel) {
    case 'app:open-articles':
    case 'app:open-folder':
    case 'app:read-sample-story':
    case 'app:open-project':
    case 'app:read-recovery':
      return args.length === 0 ? null : `${channel} takes no arguments`;
    case 'app:save-project': {
      const [text, id, name] = args;
      if (args.length !== 3 || typeof text !== 'string' || !(id === null || isFileId(id))) {
        return `${channel} takes the project text, a file id or null, and a file name`;
      }
      if (text.length > MAX_PROJECT_CHARS) {
        return `${channel}: the project is too large`;
      }
      return isFileName(name) ? null : `${channel}: the suggested name must be a plain file name`;
    }
    case 'app:save-codes': {
      const [csv, name] = args;
      if (args.length !== 2 || typeof csv !== 'string' || csv.length > MAX_REPORT_CHARS) {
        return `${channel} takes the CSV text and a file name`;
      }
      return isFileName(name) ? null : `${channel}: the suggested name must be a plain file name`;
    }
    case 'app:ask-unsaved': {
      const [name] = args;
      return args.length === 1 && typeof name === 'string' && name.length <= 300
        ? null
        : `${channel} takes the project's name`;
    }
    case 'app:autosave': {
      const [text, id] = args;
      return args.length === 2 &&
        (text === null || (typeof text === 'string' && text.length <= MAX_PROJECT_CHARS)) &&
        (id === null || isFileId(id))
        ? null
        : `${channel} takes the session text or null, and a file id or null`;
    }
    case 'app:set-document': {
      const [state] = args as [Record<string, unknown> | undefined];
      return args.length === 1 &&
        typeof state === 'object' &&
        state !== null &&
        (state.name === null || (typeof state.name === 'string' && state.name.length <= 300)) &&
        typeof state.dirty === 'boolean'
        ? null
        : `${channel} takes the document's name and whether it is saved`;
    }
    case 'app:set-command-state': {
      const [state] = args;
      return args.length === 1 && isCommandState(state)
        ? null
        : `${channel} takes the command state`;
    }
    case 'app:add-recent': {
      const [entry] = args as [
        Partial<Record<'title' | 'fileIds' | 'projectId', unknown>> | undefined,
      ];
      const ids = entry?.fileIds;
      if (
        args.length === 1 &&
        typeof entry?.title === 'string' &&
        entry.title.length <= MAX_RECENT_TITLE_CHARS &&
        ids === undefined &&
        isFileId(entry.projectId)
      ) {
        return null;
      }
      const ok =
        args.length === 1 &&
        typeof entry?.title === 'string' &&
        entry.title.length <= MAX_RECENT_TITLE_CHARS &&
        Array.isArray(ids) &&
        ids.length >= 2 &&
        ids.length <= MAX_RECENT_FILES &&
        ids.every(isFileId);
      return ok
        ? null
        : `${channel} takes a title and the ids of two or more opened files, or of a project`;
    }
    case 'app:register-dropped': {
      const [files] = args;
      const ok =
        args.length === 1 &&
        Array.isArray(files) &&
        files.length <= MAX_DROPPED_FILES &&
        files.every((f: Partial<Record<keyof DroppedFile, unknown>> | null) => {
          const path = f?.path;
          return (
            typeof path === 'string' &&
            path.length < 4096 &&
            !path.includes('\0') &&
            f?.bytes instanceof Uint8Array
          );
        });
      return ok ? null : `${channel} takes a list of dropped files (path and bytes)`;
    }
    case 'app:save-report': {
      const [html, name] = args;
      if (args.length !== 2 || typeof html !== 'string' || typeof name !== 'string') {
        return `${channel} takes the report text and a file name`;
      }
      if (html.length > MAX_REPORT_CHARS) {
        return `${channel}: the report is too large`;
      }
      return isFileName(name) ? null : `${channel}: the suggested name must be a plain file name`;
    }
  }
}
