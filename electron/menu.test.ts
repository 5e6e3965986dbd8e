import { describe, expect, it } from 'vitest';
import { COMMANDS, INITIAL_COMMAND_STATE, isCommandId } from '../shared/commands';
import { buildMenuTemplate, type MenuItemSpec } from './menu';

const flat = (items: ReadonlyArray<MenuItemSpec>): MenuItemSpec[] =>
  items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);

describe('buildMenuTemplate', () => {
  it('should offer the file and view commands with the registry keys, shown but left to the renderer', () => {
    const items = flat(buildMenuTemplate('linux', [], INITIAL_COMMAND_STATE));
    const byCommand = (c: string) => items.find((i) => i.command === c);
    expect(byCommand('open-articles')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byCommand('open-folder')?.accelerator).toBe('CmdOrCtrl+Shift+O');
    expect(byCommand('export-report')?.accelerator).toBe('CmdOrCtrl+E');
    expect(byCommand('next-difference')?.accelerator).toBe('F7');
    expect(byCommand('previous-difference')?.accelerator).toBe('Shift+F7');
    // The renderer binds `i` to the inline view: the menu says so (it once said Ctrl+I).
    expect(byCommand('toggle-inline')?.accelerator).toBe('I');
    expect(items.filter((i) => i.accelerator).every((i) => i.registerAccelerator === false)).toBe(
      true,
    );
    expect(items.some((i) => i.role === 'zoomIn')).toBe(true);
    expect(items.some((i) => i.role === 'appMenu')).toBe(false);
  });

  it('should list every registry command that has a menu place, and only those', () => {
    const items = flat(buildMenuTemplate('linux', [], INITIAL_COMMAND_STATE));
    const sent = items.map((i) => i.command).filter(isCommandId);
    expect(sent.sort()).toEqual(
      COMMANDS.filter((c) => c.menu)
        .map((c) => c.id)
        .sort(),
    );
    expect(items.find((i) => i.command === 'toggle-theme')?.label).toBe('Dark Theme');
  });

  it('should enable and tick items from the command state', () => {
    const before = flat(buildMenuTemplate('linux', [], INITIAL_COMMAND_STATE));
    const after = flat(
      buildMenuTemplate('linux', [], {
        ...INITIAL_COMMAND_STATE,
        hasComparison: true,
        differenceCount: 3,
        inline: true,
        dark: true,
        blind: false,
        library: true,
      }),
    );
    const item = (items: MenuItemSpec[], c: string) => items.find((i) => i.command === c);
    expect(item(before, 'export-report')?.enabled).toBe(false);
    expect(item(after, 'export-report')?.enabled).toBe(true);
    expect(item(before, 'next-difference')?.enabled).toBe(false);
    expect(item(after, 'next-difference')?.enabled).toBe(true);
    expect(item(after, 'toggle-theme')).toMatchObject({ type: 'checkbox', checked: true });
    expect(item(after, 'toggle-inline')).toMatchObject({ type: 'checkbox', checked: true });
    expect(item(after, 'toggle-blind')).toMatchObject({ type: 'checkbox', checked: false });
  });

  it('should list recent comparisons and add the app menu on macOS', () => {
    const items = flat(
      buildMenuTemplate('darwin', ['Khan tweet (5 articles)'], INITIAL_COMMAND_STATE),
    );
    expect(items.find((i) => i.command === 'open-recent:0')?.label).toBe('Khan tweet (5 articles)');
    expect(items[0]?.role).toBe('appMenu');
  });
});
