import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL } from './app-protocol';
import { guardContents, permissionAllowed } from './guards';

/** A stand-in for WebContents that records listeners and the window-open handler. */
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
  let openHandler: (() => { action: string }) | null = null;
  return {
    on(event: string, listener: (event: { preventDefault(): void }) => void) {
      listeners.set(event, listener);
    },
    setWindowOpenHandler(handler: () => { action: string }) {
      openHandler = handler;
    },
    /** Whether the listener for `event` prevented it. */
    prevents(event: string): boolean {
      let prevented = false;
      listeners.get(event)?.({ preventDefault: () => (prevented = true) });
      return prevented;
    },
    opens: () => openHandler?.().action,
  };
}

describe('guardContents', () => {
  it('should stop navigation of the page and of frames, redirects, webviews and new windows', () => {
    const contents = fakeContents();
    guardContents(contents);
    for (const event of [
      'will-navigate',
      'will-frame-navigate',
      'will-redirect',
      'will-attach-webview',
    ]) {
      expect(contents.prevents(event), event).toBe(true);
    }
    expect(contents.opens()).toBe('deny');
  });
});

describe('permissionAllowed', () => {
  it('should refuse every permission but full screen for the app’s own page', () => {
    for (const permission of [
      'media',
      'notifications',
      'clipboard-read',
      'geolocation',
      'openExternal',
      'unknown',
    ]) {
      expect(permissionAllowed(permission, APP_INDEX_URL), permission).toBe(false);
    }
    expect(permissionAllowed('fullscreen', APP_INDEX_URL)).toBe(true);
    expect(permissionAllowed('fullscreen', 'https://example.com/')).toBe(false);
    expect(permissionAllowed('fullscreen', undefined)).toBe(false);
  });
});
