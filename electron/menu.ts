/**
 * The native application menu as data, built by a pure function so it can be tested
 * without Electron. Items either send a command id to the renderer or use an Electron role.
 */

/** A menu item description (a subset of Electron's MenuItemConstructorOptions). */
export interface MenuItemSpec {
  readonly label?: string;
  readonly role?: string;
  readonly accelerator?: string;
  /** Command sent to the renderer, or handled by main (`main:` prefix). */
  readonly command?: string;
  readonly type?: 'separator';
  readonly submenu?: ReadonlyArray<MenuItemSpec>;
}

/** Builds the menu template; `recent` lists recent comparisons' names. */
export function buildMenuTemplate(
  platform: string,
  recent: ReadonlyArray<string>,
): ReadonlyArray<MenuItemSpec> {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open Articles…', accelerator: 'CmdOrCtrl+O', command: 'open-articles' },
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+Shift+O', command: 'open-folder' },
        { label: 'Add Sample Story', command: 'add-sample' },
        { type: 'separator' },
        { label: 'Export Report…', accelerator: 'CmdOrCtrl+E', command: 'export-report' },
        {
          label: 'Recent Comparisons',
          submenu: recent.length
            ? recent.map((name, i) => ({ label: name, command: `open-recent:${i}` }))
            : [{ label: 'None yet' }],
        },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Side by Side / Inline', accelerator: 'CmdOrCtrl+I', command: 'toggle-inline' },
        { label: 'Next Difference', accelerator: 'F7', command: 'next-difference' },
        { label: 'Previous Difference', accelerator: 'Shift+F7', command: 'previous-difference' },
        { label: 'Presentation Mode', accelerator: 'F5', command: 'presentation' },
        { label: 'Toggle Dark Theme', command: 'toggle-theme' },
        { type: 'separator' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [
        { label: 'Keyboard Shortcuts', command: 'main:shortcuts' },
        { label: 'About News Compare', command: 'main:about' },
      ],
    },
  ];
}
