/**
 * Preload: exposes the narrow typed API to the renderer through contextBridge. One function
 * per channel; no ipcRenderer passes through.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Api, IpcChannel, IpcInvoke, OpenedFiles } from '../shared/ipc';

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
  onCommand: (listener: (command: string) => void) => {
    ipcRenderer.on('app:command', (_event, command: unknown) => {
      if (typeof command === 'string') {
        listener(command);
      }
    });
  },
  onFilesOpened: (listener: (files: OpenedFiles) => void) => {
    ipcRenderer.on('app:files-opened', (_event, files: OpenedFiles) => listener(files));
  },
};

contextBridge.exposeInMainWorld('api', api);
