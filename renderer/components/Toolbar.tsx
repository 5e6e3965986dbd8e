import {
  COMMANDS,
  isChecked,
  isEnabled,
  keysLabel,
  type CommandId,
  type CommandState,
} from '../../shared/commands';

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
  return (
    <header className="topbar">
      <h1>News Compare</h1>
      <div className="toolbar" role="toolbar" aria-label="Commands">
        {COMMANDS.filter((c) => c.bar === 'toolbar').map((c) => {
          const checked = isChecked(c, state);
          const keys = keysLabel(c, mac);
          return (
            <button
              key={c.id}
              type="button"
              data-command={c.id}
              disabled={!isEnabled(c, state)}
              title={keys ? `${c.description} (${keys})` : c.description}
              aria-keyshortcuts={keys ? keys.replaceAll(' / ', ' ') : undefined}
              aria-pressed={checked ?? undefined}
              onClick={() => onRun(c.id)}
            >
              {c.label}
            </button>
          );
        })}
      </div>
      <span className="status" role="status">
        {busy && <progress aria-label="Comparing" />}
        {status}
      </span>
    </header>
  );
}
