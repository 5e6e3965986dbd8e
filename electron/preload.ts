/**
 * Preload: exposes the narrow typed API to the renderer through contextBridge. One function
 * per channel; no ipcRenderer passes through.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { isCommandId } from '../shared/commands';
import {
  unreadableDropped,
  type Api,
  type DroppedBlob,
  type IpcChannel,
  type IpcEvents,
  type IpcInvoke,
  type OpenedFiles,
} from '../shared/ipc';

function invoke<K extends IpcChannel>(channel: K): IpcInvoke[K] {
  return ((...args: unknown[]) => ipcRenderer.invoke(channel, ...args)) as IpcInvoke[K];
}

const api: Api = {
  platform: 'desktop',
  openArticles: invoke('app:open-articles'),
  openFolder: invoke('app:open-folder'),
  readSampleStory: invoke('app:read-sample-story'),
  saveReport: invoke('app:save-report'),
  addRecent: invoke('app:add-recent'),
  openDropped: async (dropped: ReadonlyArray<DroppedBlob>): Promise<OpenedFiles> => {
    const read = await Promise.all(
      dropped.map(async (blob) => {
        // Chromium knows where a dropped file lies; a File made by the page lies nowhere ('').
        const path = webUtils.getPathForFile(blob as File);
        try {
          return { path, name: blob.name, bytes: new Uint8Array(await blob.arrayBuffer()) };
        } catch {
          // A folder, or a file moved since: said, and the others are read all the same.
          return unreadableDropped(path || blob.name);
        }
      }),
    );
    const files = read.filter((f) => 'bytes' in f);
    const ids = await invoke('app:register-dropped')(
      files.map(({ path, bytes }) => ({ path, bytes })),
    );
    return {
      files: files.map((f, i) => ({
        file: f.path || f.name,
        bytes: f.bytes,
        id: ids[i] ?? undefined,
      })),
      unreadable: read.filter((f) => 'message' in f),
    };
  },
  setCommandState: invoke('app:set-command-state'),
  openProject: invoke('app:open-project'),
  saveProject: invoke('app:save-project'),
  saveCodes: invoke('app:save-codes'),
  askUnsaved: invoke('app:ask-unsaved'),
  autosave: invoke('app:autosave'),
  readRecovery: invoke('app:read-recovery'),
  setDocument: invoke('app:set-document'),
  onCommand: (listener) => {
    const handler = (_event: unknown, command: unknown): void => {
      if (isCommandId(command)) {
        listener(command);
      }
    };
    ipcRenderer.on('app:command', handler);
    return () => void ipcRenderer.removeListener('app:command', handler);
  },
  onProjectOpened: (listener) => {
    const handler = (_event: unknown, project: IpcEvents['app:project-opened']): void =>
      listener(project);
    ipcRenderer.on('app:project-opened', handler);
    return () => void ipcRenderer.removeListener('app:project-opened', handler);
  },
  onFilesOpened: (listener) => {
    const handler = (_event: unknown, files: IpcEvents['app:files-opened']): void =>
      listener(files);
    ipcRenderer.on('app:files-opened', handler);
    return () => void ipcRenderer.removeListener('app:files-opened', handler);
  },
};

contextBridge.exposeInMainWorld('api', api);
