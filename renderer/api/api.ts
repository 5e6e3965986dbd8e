/** The one place the renderer gets its API: the desktop preload's, or the web one. */
import type { Api } from '../../shared/ipc';
import { webApi } from './web-api';

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge. */
    readonly api?: Api;
  }
}

/** The API of the platform the renderer runs on. */
export function getApi(): Api {
  return window.api ?? webApi;
}
