import type { CommandId, CommandState } from './commands';
import type { ManifestEntry } from './load/manifest';
/**
 * The typed contract between the renderer and the Electron main process, declared once.
 *
 * Channels are prefixed `app:`. The preload exposes one function per channel (the
 * {@link Api}); the main process registers one handler per channel and re-validates every
 * argument with the validators below, since the renderer is untrusted.
 */

/** A file the user opened, as bytes plus the name to show. */
export interface OpenedFile {
  /** Path (desktop) or file name (web) as shown to the user. */
  readonly file: string;
  /** The file's bytes (the shared loader decodes them). */
  readonly bytes: Uint8Array;
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
  'app:add-recent': (entry: RecentComparison) => Promise<void>;
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

/** A comparison remembered in File > Recent Comparisons (desktop). */
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
  readonly [K in IpcChannel as ApiName<K>]: IpcInvoke[K];
} & {
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
  'app:set-command-state',
];

/** Largest report the main process accepts for saving: 64 MiB. */
export const MAX_REPORT_CHARS = 64 * 1024 * 1024;

/** Most files one recent comparison may list. */
export const MAX_RECENT_FILES = 200;

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
      const [entry] = args as [Partial<RecentComparison> | undefined];
      const ok =
        args.length === 1 &&
        typeof entry?.name === 'string' &&
        entry.name.length > 0 &&
        entry.name.length <= 300 &&
        Array.isArray(entry.files) &&
        entry.files.length >= 2 &&
        entry.files.length <= MAX_RECENT_FILES &&
        entry.files.every(
          (f) => typeof f === 'string' && f.length > 0 && f.length < 4096 && !f.includes('\0'),
        );
      return ok ? null : `${channel} takes a name and two or more file paths`;
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
