import { useEffect, useRef, type KeyboardEvent } from 'react';
import {
  commandForKey,
  commandSpec,
  isEnabled,
  keysLabel,
  type CommandId,
  type CommandState,
} from '../../shared/commands';
import { rovingIndex } from '../roving';

/** The commands a cell's menu offers, in groups (from the registry, as the Edit menu). */
export const CELL_MENU: ReadonlyArray<ReadonlyArray<CommandId>> = [
  ['move-paragraph', 'split-paragraph', 'link-paragraph', 'join-rows', 'clear-corrections'],
  ['annotate'],
];

/** Props of {@link CellMenu}. */
export interface CellMenuProps {
  /** Where it opens (viewport coordinates). */
  readonly at: { readonly x: number; readonly y: number };
  /** What decides which items are enabled. */
  readonly state: CommandState;
  readonly onRun: (id: CommandId) => void;
  /** Closes it (the selection gets the focus back). */
  readonly onClose: () => void;
  readonly mac: boolean;
}

/**
 * The actions of the selected paragraph or row, as a menu (the menu pattern: arrow keys
 * move, Enter runs, Esc or Tab closes). Opened by a right-click, the menu key, Shift+F10,
 * Enter or the ⋯ button of the selected cell.
 */
export function CellMenu({ at, state, onRun, onClose, mac }: CellMenuProps) {
  const items = CELL_MENU.flat().map(commandSpec);
  const enabled = items.filter((c) => isEnabled(c, state));
  const buttons = useRef(new Map<CommandId, HTMLButtonElement>());
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    buttons.current.get(enabled[0]?.id ?? 'annotate')?.focus();
    // A click elsewhere closes it.
    const away = (event: MouseEvent): void => {
      if (!menu.current?.contains(event.target as Node)) {
        onClose();
      }
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
    // Focus once, when it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
      return;
    }
    // An item's own key runs it (the app's key handling does) and closes the menu.
    const keyed = commandForKey(event, 'main', false);
    if (keyed && CELL_MENU.flat().includes(keyed.id)) {
      onClose();
      return;
    }
    const current = enabled.findIndex((c) => buttons.current.get(c.id) === document.activeElement);
    const to = rovingIndex(event.key, current, enabled.length, 'vertical');
    const target = to === null ? undefined : enabled[to];
    if (target) {
      event.preventDefault();
      buttons.current.get(target.id)?.focus();
    }
  };
  // Kept inside the window.
  const left = Math.max(8, Math.min(at.x, window.innerWidth - 340));
  const top = Math.max(8, Math.min(at.y, window.innerHeight - 300));
  return (
    <div
      ref={menu}
      className="cell-menu"
      role="menu"
      aria-label="Correct the alignment, notes and codes"
      style={{ left, top }}
      onKeyDown={onKeyDown}
    >
      {CELL_MENU.map((group, g) => (
        <div key={g} role="group">
          {g > 0 && <div role="separator" className="separator" />}
          {group.map((id) => {
            const spec = commandSpec(id);
            const keys = keysLabel(spec, mac);
            return (
              <button
                key={id}
                ref={(node) => {
                  if (node) {
                    buttons.current.set(id, node);
                  } else {
                    buttons.current.delete(id);
                  }
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                disabled={!isEnabled(spec, state)}
                onClick={() => {
                  onClose();
                  onRun(id);
                }}
              >
                <span>{spec.label}</span>
                {keys && <kbd>{keys}</kbd>}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
