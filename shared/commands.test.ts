import { describe, expect, it } from 'vitest';
import {
  accelerator,
  COMMAND_IDS,
  COMMANDS,
  commandForKey,
  helpText,
  isCommandId,
  keyLabel,
  type KeyPress,
} from './commands';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('COMMANDS', () => {
  it('should declare every command id exactly once', () => {
    expect(COMMANDS.map((c) => c.id).sort()).toEqual([...COMMAND_IDS].sort());
  });

  it('should give no key to two commands of the same scope', () => {
    for (const scope of ['main', 'presentation'] as const) {
      const keys = COMMANDS.filter((c) => c.keysIn.includes(scope)).flatMap((c) =>
        c.keys.map((k) => accelerator(k)),
      );
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('commandForKey', () => {
  it('should find each binding of each command back from a key press', () => {
    for (const spec of COMMANDS) {
      for (const b of spec.keys) {
        const scope = spec.keysIn[0] ?? 'main';
        const key = b.shift && b.key.length === 1 ? b.key.toUpperCase() : b.key;
        expect(
          commandForKey(press(key, { ctrlKey: !!b.mod, shiftKey: !!b.shift }), scope, false)?.id,
        ).toBe(spec.id);
      }
    }
  });

  it('should map n, p, F7 and Shift+F7 like Meld, and Cmd like Ctrl', () => {
    expect(commandForKey(press('n'), 'main', false)?.id).toBe('next-difference');
    expect(commandForKey(press('p'), 'main', false)?.id).toBe('previous-difference');
    expect(commandForKey(press('F7'), 'main', false)?.id).toBe('next-difference');
    expect(commandForKey(press('F7', { shiftKey: true }), 'main', false)?.id).toBe(
      'previous-difference',
    );
    expect(commandForKey(press('o', { metaKey: true }), 'main', false)?.id).toBe('open-articles');
    expect(commandForKey(press('O', { ctrlKey: true, shiftKey: true }), 'main', false)?.id).toBe(
      'open-folder',
    );
  });

  it('should leave single keys to a text field, but not Ctrl keys or F keys', () => {
    expect(commandForKey(press('n'), 'main', true)).toBeNull();
    expect(commandForKey(press('i'), 'main', true)).toBeNull();
    expect(commandForKey(press('e', { ctrlKey: true }), 'main', true)?.id).toBe('export-report');
    expect(commandForKey(press('F7'), 'main', true)?.id).toBe('next-difference');
  });

  it('should not take keys with other modifiers', () => {
    expect(commandForKey(press('n', { ctrlKey: true }), 'main', false)).toBeNull();
    expect(commandForKey(press('n', { altKey: true }), 'main', false)).toBeNull();
    expect(commandForKey(press('F7', { ctrlKey: true }), 'main', false)).toBeNull();
  });

  it('should take the keys presenter clickers send in the presentation only', () => {
    expect(
      ['PageDown', ' ', 'ArrowRight'].map(
        (k) => commandForKey(press(k), 'presentation', false)?.id,
      ),
    ).toEqual(['presentation-next', 'presentation-next', 'presentation-next']);
    expect(commandForKey(press('PageUp'), 'presentation', false)?.id).toBe('presentation-previous');
    expect(commandForKey(press('Home'), 'presentation', false)?.id).toBe('presentation-first');
    expect(commandForKey(press('End'), 'presentation', false)?.id).toBe('presentation-last');
    expect(commandForKey(press('Escape'), 'presentation', false)?.id).toBe('presentation-close');
    expect(commandForKey(press('PageDown'), 'main', false)).toBeNull();
    expect(commandForKey(press('n'), 'presentation', false)).toBeNull();
  });

  it('should blank the screen on a clicker’s blank-screen keys in the presentation, never reveal the outlets', () => {
    expect(['b', '.'].map((k) => commandForKey(press(k), 'presentation', false)?.id)).toEqual([
      'presentation-blank',
      'presentation-blank',
    ]);
    expect(commandForKey(press('b'), 'main', false)?.id).toBe('toggle-blind');
    expect(commandForKey(press('.'), 'main', false)).toBeNull();
  });
});

describe('keyLabel and accelerator', () => {
  it('should name keys for people and for Electron', () => {
    expect(keyLabel({ key: 'o', mod: true, shift: true })).toBe('Ctrl+Shift+O');
    expect(keyLabel({ key: 'o', mod: true }, true)).toBe('Cmd+O');
    expect(keyLabel({ key: ' ' })).toBe('Space');
    expect(accelerator({ key: 'o', mod: true, shift: true })).toBe('CmdOrCtrl+Shift+O');
    expect(accelerator({ key: 'F7', shift: true })).toBe('Shift+F7');
    expect(accelerator({ key: 'i' })).toBe('I');
  });
});

describe('helpText', () => {
  it('should list the keys of the registry, the presentation keys after', () => {
    const text = helpText();
    expect(text).toContain('F7 / N: go to the next difference');
    expect(text).toContain('I: show the outlets one under the other');
    expect(text).toContain('Ctrl+E: save the comparison as an HTML report');
    expect(text.indexOf('In the presentation:')).toBeLessThan(text.indexOf('PageDown'));
  });
});

describe('isCommandId', () => {
  it('should accept registry ids only', () => {
    expect(isCommandId('toggle-theme')).toBe(true);
    expect(isCommandId('main:about')).toBe(false);
    expect(isCommandId(42)).toBe(false);
  });
});
