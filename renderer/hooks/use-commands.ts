/**
 * Commands in the renderer: one `run` for buttons, keys and the native menu, from the
 * shared registry and the runners table.
 */
import { useCallback, useEffect, useEffectEvent } from 'react';
import { commandForKey, isEnabled, type CommandId, type CommandState } from '../../shared/commands';
import type { Api } from '../../shared/ipc';
import { runCommand, type CommandContext, type CommandEffects } from '../state/command-runners';
import type { AppAction } from '../state/app-state';

/** Whether a key press lands in a field that takes text. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(target.type)) ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** Whether a key press lands in an open modal dialog. */
function inDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog[open]') !== null;
}

/** Buttons take Space and Enter themselves; only keys with other meanings pass through. */
function isButton(target: EventTarget | null): boolean {
  return target instanceof HTMLButtonElement;
}

/**
 * Wires the registry: returns `run`, listens for keys (in the presentation's scope while it
 * is shown) and for menu commands, and tells the native menu what is enabled and checked.
 */
export function useCommands(
  api: Api,
  state: CommandState,
  slides: ReadonlyArray<number>,
  presenting: boolean,
  dispatch: (action: AppAction) => void,
  effects: CommandEffects,
): (id: CommandId) => void {
  const run = useCallback(
    (id: CommandId) => {
      const context: CommandContext = { state, slides, dispatch, effects };
      runCommand(id, context);
    },
    [state, slides, dispatch, effects],
  );

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    // F5 is the presentation's key, and presenter clickers send it (and Shift+F5) on their
    // own: where it runs no command (in a presentation, a dialog), a browser would reload.
    const keepF5 = (): void => {
      if (event.key === 'F5') {
        event.preventDefault();
      }
    };
    // A dialog over the main view (notes and codes) keeps its keys: Esc closes it, letters
    // do not step rows. The presentation, a dialog too, has its own scope of keys.
    if (event.defaultPrevented || (!presenting && inDialog(event.target))) {
      keepF5();
      return;
    }
    const spec = commandForKey(event, presenting ? 'presentation' : 'main', isTyping(event.target));
    // A disabled command leaves the key alone (Esc still closes what else it closes).
    if (!spec || !isEnabled(spec, state) || (event.key === ' ' && isButton(event.target))) {
      keepF5();
      return;
    }
    event.preventDefault();
    run(spec.id);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent): void => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const onMenu = useEffectEvent((id: CommandId) => run(id));
  useEffect(() => api.onCommand?.((id) => onMenu(id)), [api]);

  useEffect(() => {
    void api.setCommandState(state);
  }, [api, state]);

  return run;
}
