import { useRef, useState, type KeyboardEvent } from 'react';
import {
  COMMANDS,
  ariaKeyShortcuts,
  isChecked,
  isEnabled,
  keysLabel,
  type CommandId,
  type CommandState,
} from '../../shared/commands';
import { rovingIndex } from '../roving';

const TOOLBAR_COMMANDS = COMMANDS.filter((c) => c.bar === 'toolbar');

/** Props of {@link Toolbar}. */
export interface ToolbarProps {
  /** What decides which buttons are enabled and pressed. */
  readonly state: CommandState;
  /** Runs a command. */
  readonly onRun: (id: CommandId) => void;
  /** The status line. */
  readonly status: string;
  /** Work under way (shows a progress bar). */
  readonly busy: boolean;
  /** Names Cmd rather than Ctrl in key hints. */
  readonly mac: boolean;
}

/** The app's title, the registry's toolbar commands and the status line. */
export function Toolbar({ state, onRun, status, busy, mac }: ToolbarProps) {
  // The toolbar pattern: one Tab stop; the arrow keys, Home and End move between buttons.
  const enabled = TOOLBAR_COMMANDS.filter((c) => isEnabled(c, state));
  const [focusId, setFocusId] = useState<CommandId | null>(null);
  const tabStop = enabled.some((c) => c.id === focusId) ? focusId : (enabled[0]?.id ?? null);
  const buttons = useRef(new Map<CommandId, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const to = rovingIndex(
      event.key,
      enabled.findIndex((c) => c.id === tabStop),
      enabled.length,
    );
    const target = to === null ? undefined : enabled[to];
    if (target) {
      event.preventDefault();
      setFocusId(target.id);
      buttons.current.get(target.id)?.focus();
    }
  };
  return (
    <header className="topbar">
      <h1>News Compare</h1>
      <div className="toolbar" role="toolbar" aria-label="Commands" onKeyDown={onKeyDown}>
        {TOOLBAR_COMMANDS.map((c) => {
          const checked = isChecked(c, state);
          const keys = keysLabel(c, mac);
          return (
            <button
              key={c.id}
              ref={(node) => {
                if (node) {
                  buttons.current.set(c.id, node);
                } else {
                  buttons.current.delete(c.id);
                }
              }}
              type="button"
              data-command={c.id}
              disabled={!isEnabled(c, state)}
              tabIndex={c.id === tabStop ? 0 : -1}
              title={keys ? `${c.description} (${keys})` : c.description}
              aria-keyshortcuts={keys ? ariaKeyShortcuts(c, mac) : undefined}
              aria-pressed={checked ?? undefined}
              aria-label={c.short ? c.label : undefined}
              onFocus={() => setFocusId(c.id)}
              onClick={() => onRun(c.id)}
            >
              {c.short ?? c.label}
            </button>
          );
        })}
      </div>
      {/* The status line: placed at the window's foot (a status bar), so messages never
          push the toolbar onto a second line. */}
      <span className="status" role="status" title={status}>
        {busy && <progress aria-label="Comparing" />}
        {status}
      </span>
    </header>
  );
}
