/**
 * The native application menu as data, built by a pure function so it can be tested
 * without Electron. Its commands come from the shared registry (labels, keys, enabled and
 * checked state); items either send a command id to the renderer, are handled by main
 * (`main:` and `open-recent:` commands) or use an Electron role.
 */
import {
  accelerator,
  COMMANDS,
  isChecked,
  isEnabled,
  type CommandId,
  type CommandState,
  type MenuPlace,
} from '../shared/commands';

/** A command main handles itself. */
export type MainCommand = 'main:about' | 'main:shortcuts' | `open-recent:${number}`;

/** A menu item description (a subset of Electron's MenuItemConstructorOptions). */
export interface MenuItemSpec {
  readonly label?: string;
  readonly role?: string;
  /** Shown beside the label; the renderer handles the key itself (see `registerAccelerator`). */
  readonly accelerator?: string;
  /**
   * False: the menu shows the accelerator but does not take the key, which the renderer
   * handles (one place for keys, and single letters still type into text fields).
   */
  readonly registerAccelerator?: boolean;
  /** A registry command sent to the renderer, or a command main handles. */
  readonly command?: CommandId | MainCommand;
  readonly type?: 'separator' | 'checkbox';
  readonly checked?: boolean;
  readonly enabled?: boolean;
  readonly submenu?: ReadonlyArray<MenuItemSpec>;
}

/** The registry's commands of one menu, with lines between their groups. */
function commandItems(menu: MenuPlace['menu'], state: CommandState): MenuItemSpec[] {
  const items: MenuItemSpec[] = [];
  let group: number | null = null;
  const specs = COMMANDS.filter((c) => c.menu?.menu === menu).sort(
    (a, b) => (a.menu?.group ?? 0) - (b.menu?.group ?? 0),
  );
  for (const spec of specs) {
    if (!spec.menu) {
      continue;
    }
    if (group !== null && spec.menu.group !== group) {
      items.push({ type: 'separator' });
    }
    group = spec.menu.group;
    const checked = isChecked(spec, state);
    const key = spec.keys[0];
    items.push({
      label: spec.label,
      command: spec.id,
      enabled: isEnabled(spec, state),
      ...(key ? { accelerator: accelerator(key), registerAccelerator: false } : {}),
      ...(checked === null ? {} : { type: 'checkbox' as const, checked }),
    });
  }
  return items;
}

/** Builds the menu template; `recent` lists recent projects' and comparisons' names. */
export function buildMenuTemplate(
  platform: string,
  recent: ReadonlyArray<string>,
  state: CommandState,
): ReadonlyArray<MenuItemSpec> {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' }] : []),
    {
      label: '&File',
      submenu: [
        ...commandItems('file', state),
        {
          label: 'Recent Projects and Comparisons',
          submenu: recent.length
            ? recent.map((name, i): MenuItemSpec => ({ label: name, command: `open-recent:${i}` }))
            : [{ label: 'None yet', enabled: false }],
        },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Undo and redo are the workbench's (a text field keeps its own Ctrl+Z).
        ...commandItems('edit', state),
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
        ...commandItems('view', state),
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
