/**
 * The user's commands as data, declared once: the renderer's toolbar and key handling, the
 * native menu (built in the main process) and the help text all read this registry, so a
 * command cannot have a label in one place, a key in another and no handler in a third.
 *
 * Keys are handled in the renderer only (web mode has no native menu); the menu shows them
 * without registering them, so no key runs a command twice.
 */

/** Every command id; also the type of the menu-to-renderer channel. */
export const COMMAND_IDS = [
  'open-articles',
  'open-folder',
  'add-sample',
  'open-project',
  'save-project',
  'save-project-as',
  'export-report',
  'export-codes',
  'undo',
  'redo',
  'move-paragraph',
  'split-paragraph',
  'link-paragraph',
  'join-rows',
  'clear-corrections',
  'annotate',
  'cancel-pick',
  'previous-difference',
  'next-difference',
  'toggle-inline',
  'presentation',
  'toggle-blind',
  'toggle-library',
  'toggle-theme',
  'presentation-previous',
  'presentation-next',
  'presentation-first',
  'presentation-last',
  'presentation-close',
  'presentation-blank',
] as const;

/** A command id. */
export type CommandId = (typeof COMMAND_IDS)[number];

/** What decides whether a command can run now. */
export type EnabledWhen =
  /** Always. */
  | 'always'
  /** A comparison is on screen. */
  | 'comparison'
  /** The comparison has at least one difference. */
  | 'differences'
  /** There is an edit to undo. */
  | 'undo'
  /** There is an edit undone to redo. */
  | 'redo'
  /** A paragraph of the comparison is selected. */
  | 'paragraph'
  /** A cell of the comparison (a paragraph or an empty cell) is selected. */
  | 'cell'
  /** A correction waits for its target to be picked. */
  | 'picking';

/** The state a toggle command shows as checked (a pressed button, a ticked menu item). */
export type CheckedBy = 'inline' | 'dark' | 'blind' | 'library';

/** What commands look at to decide whether they are enabled or checked. */
export interface CommandState {
  /** A comparison is on screen. */
  readonly hasComparison: boolean;
  /** Number of differences of the comparison on screen. */
  readonly differenceCount: number;
  /** The inline layout is on. */
  readonly inline: boolean;
  /** The dark theme is on. */
  readonly dark: boolean;
  /** Outlets are hidden (Outlet A, B…). */
  readonly blind: boolean;
  /** The library panel is shown. */
  readonly library: boolean;
  /** There is an edit to undo, and one to redo. */
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** A paragraph of the comparison is selected. */
  readonly paragraph: boolean;
  /** A cell of the comparison is selected. */
  readonly cell: boolean;
  /** A correction waits for its target. */
  readonly picking: boolean;
}

/** The state before anything is loaded. */
export const INITIAL_COMMAND_STATE: CommandState = {
  hasComparison: false,
  differenceCount: 0,
  inline: false,
  dark: false,
  blind: false,
  library: true,
  canUndo: false,
  canRedo: false,
  paragraph: false,
  cell: false,
  picking: false,
};

/**
 * A key that runs a command. `key` is `KeyboardEvent.key` ("n", "F7", "PageDown", " " for
 * Space); letters are matched in either case, modifiers exactly.
 */
export interface KeyBinding {
  /** The key. */
  readonly key: string;
  /** Ctrl (Cmd on macOS) held. */
  readonly mod?: boolean;
  /** Shift held. */
  readonly shift?: boolean;
  /** Left to a text field that has the focus (Ctrl+Z undoes typing there). */
  readonly notWhileTyping?: boolean;
}

/** Where a command's keys work: the main window, or the presentation that covers it. */
export type CommandScope = 'main' | 'presentation';

/** Where a command sits in the native menu. */
export interface MenuPlace {
  /** The top-level menu. */
  readonly menu: 'file' | 'edit' | 'view';
  /** Items of different groups are separated by a line. */
  readonly group: number;
}

/** A command. */
export interface CommandSpec {
  /** Stable id, sent from the menu to the renderer and used as `data-command`. */
  readonly id: CommandId;
  /** Label of buttons and menu items. */
  readonly label: string;
  /** A shorter toolbar label, where the toolbar's context says the rest ("Next"). */
  readonly short?: string;
  /** What it does, for the help text and tooltips (lower case, no full stop). */
  readonly description: string;
  /** Keys that run it; the first is the one menus show. */
  readonly keys: ReadonlyArray<KeyBinding>;
  /** When it can run. */
  readonly enabled: EnabledWhen;
  /** The state it toggles, shown as checked; null for plain actions. */
  readonly checked: CheckedBy | null;
  /** Where its keys work. */
  readonly keysIn: ReadonlyArray<CommandScope>;
  /** The bar that shows it as a button: the toolbar, the presentation's, or none. */
  readonly bar: 'toolbar' | 'presentation' | null;
  /** Its place in the native menu, or null. */
  readonly menu: MenuPlace | null;
}

/** The registry, in toolbar and menu order. */
export const COMMANDS: ReadonlyArray<CommandSpec> = [
  {
    id: 'open-articles',
    label: 'Open Articles…',
    description: 'open article files',
    keys: [{ key: 'o', mod: true }],
    enabled: 'always',
    checked: null,
    keysIn: ['main'],
    bar: 'toolbar',
    menu: { menu: 'file', group: 0 },
  },
  {
    id: 'open-folder',
    label: 'Open Folder…',
    short: 'Folder…',
    description: 'open every article in a folder',
    keys: [{ key: 'o', mod: true, shift: true }],
    enabled: 'always',
    checked: null,
    keysIn: ['main'],
    bar: 'toolbar',
    menu: { menu: 'file', group: 0 },
  },
  {
    id: 'add-sample',
    label: 'Add Sample Story',
    short: 'Sample Story',
    description: 'add the built-in sample story to the library',
    keys: [],
    enabled: 'always',
    checked: null,
    keysIn: ['main'],
    bar: 'toolbar',
    menu: { menu: 'file', group: 0 },
  },
  {
    id: 'open-project',
    label: 'Open Project…',
    short: 'Project…',
    description: 'open a saved project: its articles, corrections, notes and codes',
    keys: [],
    enabled: 'always',
    checked: null,
    keysIn: ['main'],
    bar: 'toolbar',
    menu: { menu: 'file', group: 1 },
  },
  {
    id: 'save-project',
    label: 'Save Project',
    short: 'Save',
    description: 'save the comparison with your corrections, notes and codes as a project file',
    keys: [{ key: 's', mod: true }],
    enabled: 'comparison',
    checked: null,
    keysIn: ['main'],
    bar: 'toolbar',
    menu: { menu: 'file', group: 1 },
  },
  {
    id: 'save-project-as',
    label: 'Save Project As…',
    description: 'save the project under another name',
    keys: [{ key: 's', mod: true, shift: true }],
    enabled: 'comparison',
    checked: null,
    keysIn: ['main'],
    bar: null,
    menu: { menu: 'file', group: 1 },
  },
  {
    id: 'export-report',
    label: 'Export Report…',
    short: 'Export…',
    description: 'save the comparison as an HTML report',
    keys: [{ key: 'e', mod: true }],
    enabled: 'comparison',
    checked: null,
    keysIn: ['main'],
    bar: 'toolbar',
    menu: { menu: 'file', group: 2 },
  },
  {
    id: 'export-codes',
    label: 'Export Codes (CSV)…',
    description: 'save the notes and codes as CSV, one line per code applied',
    keys: [],
    enabled: 'comparison',
    checked: null,
    keysIn: ['main'],
    bar: null,
    menu: { menu: 'file', group: 2 },
  },
  {
    id: 'undo',
    label: 'Undo',
    short: '↶',
    description: 'undo the last change of details, corrections, notes or codes',
    keys: [{ key: 'z', mod: true, notWhileTyping: true }],
    enabled: 'undo',
    checked: null,
    keysIn: ['main'],
    bar: 'toolbar',
    menu: { menu: 'edit', group: 0 },
  },
  {
    id: 'redo',
    label: 'Redo',
    short: '↷',
    description: 'redo the change last undone',
    keys: [
      { key: 'z', mod: true, shift: true, notWhileTyping: true },
      { key: 'y', mod: true, notWhileTyping: true },
    ],
    enabled: 'redo',
    checked: null,
    keysIn: ['main'],
    bar: 'toolbar',
    menu: { menu: 'edit', group: 0 },
  },
  {
    id: 'move-paragraph',
    label: 'Move Paragraph to Another Row…',
    description: 'move the selected paragraph to a row you pick next',
    keys: [{ key: 'm' }],
    enabled: 'paragraph',
    checked: null,
    keysIn: ['main'],
    bar: null,
    menu: { menu: 'edit', group: 1 },
  },
  {
    id: 'split-paragraph',
    label: 'Split Paragraph Out of Its Row',
    description: 'put the selected paragraph in a row of its own',
    keys: [{ key: 's' }],
    enabled: 'paragraph',
    checked: null,
    keysIn: ['main'],
    bar: null,
    menu: { menu: 'edit', group: 1 },
  },
  {
    id: 'link-paragraph',
    label: 'Link Paragraph with Another…',
    description: 'keep the selected paragraph in one row with a paragraph you pick next',
    keys: [{ key: 'k' }],
    enabled: 'paragraph',
    checked: null,
    keysIn: ['main'],
    bar: null,
    menu: { menu: 'edit', group: 1 },
  },
  {
    id: 'join-rows',
    label: 'Join Row with Another…',
    description: 'join the selected row with a row you pick next',
    keys: [{ key: 'j' }],
    enabled: 'cell',
    checked: null,
    keysIn: ['main'],
    bar: null,
    menu: { menu: 'edit', group: 1 },
  },
  {
    id: 'clear-corrections',
    label: 'Let the Engine Place This Paragraph',
    description: 'drop your corrections of the selected paragraph',
    keys: [],
    enabled: 'paragraph',
    checked: null,
    keysIn: ['main'],
    bar: null,
    menu: { menu: 'edit', group: 1 },
  },
  {
    id: 'annotate',
    label: 'Notes and Codes…',
    description: 'write a note or apply codes to the selected row or one of its differences',
    keys: [{ key: 'a' }],
    enabled: 'cell',
    checked: null,
    keysIn: ['main'],
    bar: null,
    menu: { menu: 'edit', group: 2 },
  },
  {
    id: 'cancel-pick',
    label: 'Cancel',
    description: 'cancel the correction waiting for its target',
    keys: [{ key: 'Escape' }],
    enabled: 'picking',
    checked: null,
    keysIn: ['main'],
    bar: null,
    menu: null,
  },
  {
    id: 'previous-difference',
    label: 'Previous Difference',
    short: 'Previous',
    description: 'go to the previous difference',
    keys: [{ key: 'F7', shift: true }, { key: 'p' }],
    enabled: 'differences',
    checked: null,
    keysIn: ['main'],
    bar: 'toolbar',
    menu: { menu: 'view', group: 1 },
  },
  {
    id: 'next-difference',
    label: 'Next Difference',
    short: 'Next',
    description: 'go to the next difference',
    keys: [{ key: 'F7' }, { key: 'n' }],
    enabled: 'differences',
    checked: null,
    keysIn: ['main'],
    bar: 'toolbar',
    menu: { menu: 'view', group: 1 },
  },
  {
    id: 'toggle-inline',
    label: 'Inline View',
    description: 'show the outlets one under the other instead of side by side',
    keys: [{ key: 'i' }],
    enabled: 'comparison',
    checked: 'inline',
    keysIn: ['main'],
    bar: 'toolbar',
    menu: { menu: 'view', group: 0 },
  },
  {
    id: 'presentation',
    label: 'Presentation',
    description: 'present the differences full screen, one row at a time',
    keys: [{ key: 'F5' }],
    enabled: 'differences',
    checked: null,
    keysIn: ['main'],
    bar: 'toolbar',
    menu: { menu: 'view', group: 2 },
  },
  {
    id: 'toggle-library',
    label: 'Library',
    description: 'show or hide the library, giving the comparison its width',
    keys: [{ key: 'l' }],
    enabled: 'always',
    checked: 'library',
    keysIn: ['main'],
    bar: 'toolbar',
    menu: { menu: 'view', group: 0 },
  },
  {
    id: 'toggle-theme',
    label: 'Dark Theme',
    description: 'switch between the light and the dark theme',
    keys: [],
    enabled: 'always',
    checked: 'dark',
    keysIn: ['main'],
    bar: 'toolbar',
    menu: { menu: 'view', group: 3 },
  },
  {
    id: 'presentation-previous',
    label: '← Previous',
    description: 'previous slide',
    keys: [{ key: 'ArrowLeft' }, { key: 'ArrowUp' }, { key: 'PageUp' }],
    enabled: 'always',
    checked: null,
    keysIn: ['presentation'],
    bar: 'presentation',
    menu: null,
  },
  {
    id: 'presentation-next',
    label: 'Next →',
    description: 'next slide',
    keys: [{ key: 'ArrowRight' }, { key: 'ArrowDown' }, { key: 'PageDown' }, { key: ' ' }],
    enabled: 'always',
    checked: null,
    keysIn: ['presentation'],
    bar: 'presentation',
    menu: null,
  },
  {
    id: 'toggle-blind',
    label: 'Hide Outlets',
    description: 'show outlets as Outlet A, B… until revealed',
    keys: [{ key: 'b' }],
    enabled: 'always',
    checked: 'blind',
    // Not a key in the presentation: a clicker's "blank screen" button sends B (or the full
    // stop), which there blanks the screen; revealing the outlets to a class takes the button.
    keysIn: ['main'],
    bar: 'presentation',
    menu: { menu: 'view', group: 2 },
  },
  {
    id: 'presentation-first',
    label: 'First slide',
    description: 'first slide',
    keys: [{ key: 'Home' }],
    enabled: 'always',
    checked: null,
    keysIn: ['presentation'],
    bar: null,
    menu: null,
  },
  {
    id: 'presentation-last',
    label: 'Last slide',
    description: 'last slide',
    keys: [{ key: 'End' }],
    enabled: 'always',
    checked: null,
    keysIn: ['presentation'],
    bar: null,
    menu: null,
  },
  {
    id: 'presentation-close',
    label: 'Close (Esc)',
    description: 'leave the presentation',
    keys: [{ key: 'Escape' }],
    enabled: 'always',
    checked: null,
    keysIn: ['presentation'],
    bar: 'presentation',
    menu: null,
  },
  {
    id: 'presentation-blank',
    label: 'Blank Screen',
    description:
      'black out the screen (a clicker’s blank-screen button) until the next key or a click, which does nothing else',
    keys: [{ key: 'b' }, { key: '.' }],
    enabled: 'always',
    checked: null,
    keysIn: ['presentation'],
    bar: null,
    menu: null,
  },
];

const BY_ID = new Map(COMMANDS.map((c) => [c.id, c]));

/** The command with this id. */
export function commandSpec(id: CommandId): CommandSpec {
  const spec = BY_ID.get(id);
  if (!spec) {
    throw new Error(`No command ${id}`);
  }
  return spec;
}

/** Whether an untrusted value (a menu message) names a command. */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && BY_ID.has(value as CommandId);
}

/** Whether a command can run in this state. */
export function isEnabled(spec: CommandSpec, state: CommandState): boolean {
  switch (spec.enabled) {
    case 'always':
      return true;
    case 'comparison':
      return state.hasComparison;
    case 'differences':
      return state.differenceCount > 0;
    case 'undo':
      return state.canUndo;
    case 'redo':
      return state.canRedo;
    case 'paragraph':
      return state.paragraph;
    case 'cell':
      return state.cell;
    case 'picking':
      return state.picking;
  }
}

/** Whether a toggle command is on (null for plain actions). */
export function isChecked(spec: CommandSpec, state: CommandState): boolean | null {
  return spec.checked === null ? null : state[spec.checked];
}

/** A key press, as much of a KeyboardEvent as matching needs. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * Single printable keys (letters, Space) type text in a text field rather than run commands;
 * editing keys (Ctrl+Z) edit it.
 */
function typesText(binding: KeyBinding): boolean {
  return (!binding.mod && binding.key.length === 1) || binding.notWhileTyping === true;
}

/** Whether a key press is this binding. */
function matchesKey(binding: KeyBinding, press: KeyPress): boolean {
  const mod = press.ctrlKey || press.metaKey;
  const key =
    binding.key.length === 1
      ? press.key.toLowerCase() === binding.key.toLowerCase()
      : press.key === binding.key;
  return (
    key &&
    mod === Boolean(binding.mod) &&
    press.shiftKey === Boolean(binding.shift) &&
    !press.altKey
  );
}

/**
 * The command a key press runs in a scope, if any. While the user types in a text field,
 * single printable keys are left to the field.
 */
export function commandForKey(
  press: KeyPress,
  scope: CommandScope,
  typing: boolean,
): CommandSpec | null {
  for (const spec of COMMANDS) {
    if (!spec.keysIn.includes(scope)) {
      continue;
    }
    if (spec.keys.some((b) => matchesKey(b, press) && !(typing && typesText(b)))) {
      return spec;
    }
  }
  return null;
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ' ': 'Space',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  Escape: 'Esc',
};

/** A binding as people read it: "Ctrl+Shift+O", "F7", "N", "Space" ("Cmd" on macOS). */
export function keyLabel(binding: KeyBinding, mac = false): string {
  const key =
    KEY_NAMES[binding.key] ?? (binding.key.length === 1 ? binding.key.toUpperCase() : binding.key);
  return [binding.mod ? (mac ? 'Cmd' : 'Ctrl') : null, binding.shift ? 'Shift' : null, key]
    .filter(Boolean)
    .join('+');
}

/** Every key of a command as people read them: "F7 / N". */
export function keysLabel(spec: CommandSpec, mac = false): string {
  return spec.keys.map((b) => keyLabel(b, mac)).join(' / ');
}

const ARIA_KEYS: Readonly<Record<string, string>> = { ' ': 'Space' };

/** A command's keys as `aria-keyshortcuts` wants them: "Control+Shift+O", "F7 N". */
export function ariaKeyShortcuts(spec: CommandSpec, mac = false): string {
  return spec.keys
    .map((b) =>
      [
        b.mod ? (mac ? 'Meta' : 'Control') : null,
        b.shift ? 'Shift' : null,
        ARIA_KEYS[b.key] ?? (b.key.length === 1 ? b.key.toUpperCase() : b.key),
      ]
        .filter(Boolean)
        .join('+'),
    )
    .join(' ');
}

const ACCELERATOR_KEYS: Readonly<Record<string, string>> = {
  ' ': 'Space',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
};

/** A binding as an Electron accelerator: "CmdOrCtrl+Shift+O", "Shift+F7", "N". */
export function accelerator(binding: KeyBinding): string {
  const key =
    ACCELERATOR_KEYS[binding.key] ??
    (binding.key.length === 1 ? binding.key.toUpperCase() : binding.key);
  return [binding.mod ? 'CmdOrCtrl' : null, binding.shift ? 'Shift' : null, key]
    .filter(Boolean)
    .join('+');
}

/** The commands with keys in `scope`: each one's keys and what it does. */
export function keyEntries(
  scope: CommandScope,
  mac = false,
): ReadonlyArray<readonly [keys: string, description: string]> {
  return COMMANDS.filter((c) => c.keysIn.includes(scope) && c.keys.length > 0).map(
    (c) => [keysLabel(c, mac), c.description] as const,
  );
}

/** The keyboard help: one line per command with keys, the presentation's keys after. */
export function helpText(mac = false): string {
  const lines = (scope: CommandScope): string[] =>
    keyEntries(scope, mac).map(([keys, description]) => `${keys}: ${description}`);
  return [...lines('main'), '', 'In the presentation:', ...lines('presentation')].join('\n');
}
