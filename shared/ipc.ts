/**
 * The typed contract between the renderer and the Electron main process, declared once.
 *
 * Channels are prefixed `app:`. The preload exposes one function per channel (the
 * {@link Api}); the main process registers one handler per channel and re-validates every
 * argument with the validators below, since the renderer is untrusted.
 */
import type { CommandId, CommandState } from './commands';
import type { ManifestEntry } from './load/manifest';

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
}

/** Messages from the main process to the renderer: channel → payload. */
export interface IpcEvents {
  /** A menu item was chosen: the registry command it runs. */
  'app:command': CommandId;
  /** Files passed on the command line, to a second instance, or reopened from the menu. */
  'app:files-opened': OpenedFiles;
}

/** What the renderer asks to remember: a title and the files, by their main-process ids. */
export interface RecentRequest {
  /** The base article's title (the main process shortens it for the menu). */
  readonly title: string;
  /** The files compared, as ids the main process gave them. */
  readonly fileIds: ReadonlyArray<FileId>;
}

/** A comparison remembered in File > Recent Comparisons (desktop; stored by the main process). */
export interface RecentComparison {
  /** What the menu shows, e.g. "Met police admit tweet… (3 articles)". */
  readonly name: string;
  /** The files compared (paths). */
  readonly files: ReadonlyArray<string>;
}

/** Most recent comparisons remembered. */
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
];

/** Largest report the main process accepts for saving: 64 MiB. */
export const MAX_REPORT_CHARS = 64 * 1024 * 1024;

/** Most files one recent comparison may list. */
export const MAX_RECENT_FILES = 200;

/** Longest title the renderer may send for a recent comparison (it is shortened for the menu). */
export const MAX_RECENT_TITLE_CHARS = 100_000;

/** Most files one drop may register. */
export const MAX_DROPPED_FILES = 1000;

/** A file id as the main process makes them. */
const FILE_ID = /^f[0-9]{1,12}$/u;

/** Validates untrusted arguments per channel; returns an error message or null. */
export function validateIpcArgs(channel: IpcChannel, args: ReadonlyArray<unknown>): string | null {
  switch (channel) {
    case 'app:open-articles':
    case 'app:open-folder':
    case 'app:read-sample-story':
      return args.length === 0 ? null : `${channel} takes no arguments`;
    case 'app:set-command-state': {
      const [state] = args as [Record<string, unknown> | undefined];
      const ok =
        args.length === 1 &&
        typeof state === 'object' &&
        state !== null &&
        typeof state.hasComparison === 'boolean' &&
        Number.isSafeInteger(state.differenceCount) &&
        (state.differenceCount as number) >= 0 &&
        typeof state.inline === 'boolean' &&
        typeof state.dark === 'boolean' &&
        typeof state.blind === 'boolean' &&
        typeof state.library === 'boolean';
      return ok ? null : `${channel} takes the command state`;
    }
    case 'app:add-recent': {
      const [entry] = args as [Partial<Record<keyof RecentRequest, unknown>> | undefined];
      const ids = entry?.fileIds;
      const ok =
        args.length === 1 &&
        typeof entry?.title === 'string' &&
        entry.title.length <= MAX_RECENT_TITLE_CHARS &&
        Array.isArray(ids) &&
        ids.length >= 2 &&
        ids.length <= MAX_RECENT_FILES &&
        ids.every((id) => typeof id === 'string' && FILE_ID.test(id));
      return ok ? null : `${channel} takes a title and the ids of two or more opened files`;
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
      return /^[^/\\\0]{1,200}$/u.test(name)
        ? null
        : `${channel}: the suggested name must be a plain file name`;
    }
  }
}
