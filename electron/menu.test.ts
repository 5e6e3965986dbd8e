import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuItemSpec } from './menu';

const flat = (items: ReadonlyArray<MenuItemSpec>): MenuItemSpec[] =>
  items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);

describe('buildMenuTemplate', () => {
  it('should offer the file, view and help commands with the usual accelerators', () => {
    const items = flat(buildMenuTemplate('linux', []));
    const byCommand = (c: string) => items.find((i) => i.command === c);
    expect(byCommand('open-articles')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byCommand('export-report')?.accelerator).toBe('CmdOrCtrl+E');
    expect(byCommand('next-difference')?.accelerator).toBe('F7');
    expect(byCommand('previous-difference')?.accelerator).toBe('Shift+F7');
    expect(items.some((i) => i.role === 'zoomIn')).toBe(true);
    expect(items.some((i) => i.role === 'appMenu')).toBe(false);
  });

  it('should list recent comparisons and add the app menu on macOS', () => {
    const items = flat(buildMenuTemplate('darwin', ['Khan tweet (5 articles)']));
    expect(items.find((i) => i.command === 'open-recent:0')?.label).toBe('Khan tweet (5 articles)');
    expect(items[0]?.role).toBe('appMenu');
  });
});
