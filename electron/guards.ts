/**
 * What the app's web contents may do, as functions testable without Electron: navigate
 * nowhere, open no window, attach no webview, and hold no browser permission except full
 * screen for the app's own page (presentation mode).
 */
import { APP_INDEX_URL } from './app-protocol';

/** Events by which a page, a frame or a redirect would take the app elsewhere. */
export const BLOCKED_EVENTS = [
  'will-navigate',
  'will-frame-navigate',
  'will-redirect',
  'will-attach-webview',
] as const;

/** The part of Electron's WebContents the guard uses. */
export interface GuardedContents {
  on(
    event: (typeof BLOCKED_EVENTS)[number],
    listener: (event: { preventDefault(): void }) => void,
  ): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/** Stops every navigation, redirect, webview and new window of these web contents. */
export function guardContents(contents: GuardedContents): void {
  for (const name of BLOCKED_EVENTS) {
    contents.on(name, (event) => event.preventDefault());
  }
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Whether a permission is granted: only full screen, only to the app's own page. */
export function permissionAllowed(permission: string, pageUrl: string | undefined): boolean {
  return permission === 'fullscreen' && pageUrl === APP_INDEX_URL;
}
