/**
 * User commands as data: one registry drives the toolbar buttons, the keyboard shortcuts
 * and (on the desktop) the menu labels.
 */

/** What a command may look at to decide whether it is enabled. */
export interface CommandState {
  /** A comparison is on screen. */
  readonly hasComparison: boolean;
  /** Number of differences. */
  readonly differenceCount: number;
}

/** A command. */
export interface Command {
  /** Stable id, also used for test ids. */
  readonly id: CommandId;
  /** Label shown on buttons and in menus. */
  readonly label: string;
  /** Shortcut shown to the user. */
  readonly shortcut: string | null;
  /** Whether the command can run now. */
  readonly isEnabled: (state: CommandState) => boolean;
}

/** Every command id. */
export type CommandId =
  | 'open-articles'
  | 'open-folder'
  | 'add-sample'
  | 'next-difference'
  | 'previous-difference'
  | 'toggle-inline'
  | 'presentation'
  | 'export-report'
  | 'toggle-theme';

/** The registry. */
export const COMMANDS: ReadonlyArray<Command> = [
  { id: 'open-articles', label: 'Open Articles…', shortcut: 'Ctrl+O', isEnabled: () => true },
  { id: 'open-folder', label: 'Open Folder…', shortcut: 'Ctrl+Shift+O', isEnabled: () => true },
  { id: 'add-sample', label: 'Add Sample Story', shortcut: null, isEnabled: () => true },
  {
    id: 'previous-difference',
    label: 'Previous difference',
    shortcut: 'P / Shift+F7',
    isEnabled: (s) => s.differenceCount > 0,
  },
  {
    id: 'next-difference',
    label: 'Next difference',
    shortcut: 'N / F7',
    isEnabled: (s) => s.differenceCount > 0,
  },
  { id: 'toggle-inline', label: 'Inline view', shortcut: 'I', isEnabled: (s) => s.hasComparison },
  {
    id: 'presentation',
    label: 'Presentation',
    shortcut: 'F5',
    isEnabled: (s) => s.differenceCount > 0,
  },
  {
    id: 'export-report',
    label: 'Export Report…',
    shortcut: 'Ctrl+E',
    isEnabled: (s) => s.hasComparison,
  },
];

/** The command a key press triggers, if any (single keys are ignored while typing). */
export function commandForKey(
  event: { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean },
  typing: boolean,
): CommandId | null {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && event.key.toLowerCase() === 'o') {
    return 'open-articles';
  }
  if (mod && event.key.toLowerCase() === 'e') {
    return 'export-report';
  }
  if (event.key === 'F7') {
    return event.shiftKey ? 'previous-difference' : 'next-difference';
  }
  if (event.key === 'F5') {
    return 'presentation';
  }
  if (typing || mod) {
    return null;
  }
  switch (event.key) {
    case 'n':
      return 'next-difference';
    case 'p':
      return 'previous-difference';
    case 'i':
      return 'toggle-inline';
    default:
      return null;
  }
}
