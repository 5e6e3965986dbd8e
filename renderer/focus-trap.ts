/**
 * The keyboard focus in modal surfaces (the notes dialog, the presentation): Tab and
 * Shift+Tab cycle among the surface's own controls, and the focus goes back where it was
 * when the surface closes. The arithmetic is pure ({@link wrapTarget}); the rest reads the
 * page.
 */

/**
 * What Tab may stop at: controls and elements given a place in the Tab order. Those
 * disabled, or taken out of it (`tabindex="-1"`), are not.
 */
const TAB_STOPS = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]',
]
  .map((s) => `${s}:not([tabindex="-1"])`)
  .join(', ');

/**
 * Where Tab or Shift+Tab wraps to (pure): the index among `count` stops of the one to focus
 * when the key would leave them (forward from the last, back from the first, or from none
 * of them, e.g. the dialog itself), else null (the browser moves within them). Null when
 * there are none.
 *
 * For example, of 4 stops: forward from 3 wraps to 0, back from 0 to 3; from -1 forward
 * goes to 0, back to 3; forward from 1 is the browser's (null).
 */
export function wrapTarget(current: number, count: number, backwards: boolean): number | null {
  if (count === 0) {
    return null;
  }
  const first = 0;
  const last = count - 1;
  if (current < 0 || current >= count) {
    return backwards ? last : first;
  }
  if (backwards) {
    return current === first ? last : null;
  }
  return current === last ? first : null;
}

/** The stops Tab reaches in a container, in document order: those shown. */
export function tabStops(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(TAB_STOPS)].filter(
    (element) => element.getClientRects().length > 0,
  );
}

/** What {@link trapTab} reads of a key press (a DOM or a React keyboard event). */
export type TabKeyEvent = Pick<
  KeyboardEvent,
  'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey' | 'preventDefault'
>;

/**
 * Keeps Tab and Shift+Tab within `container` (call it from its keydown handler): at either
 * end they wrap around; with nothing to stop at, the focus stays where it is.
 */
export function trapTab(event: TabKeyEvent, container: HTMLElement | null): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey || !container) {
    return;
  }
  const stops = tabStops(container);
  const active = document.activeElement;
  const current = stops.findIndex((s) => s === active);
  // Within the container but on no stop (an element out of the Tab order): the browser
  // knows the next one; from the container itself, the first or the last is next.
  if (current < 0 && active !== container && container.contains(active)) {
    return;
  }
  const to = wrapTarget(current, stops.length, event.shiftKey);
  if (to !== null) {
    event.preventDefault();
    stops[to]?.focus();
  } else if (stops.length === 0) {
    event.preventDefault();
  }
}

/**
 * Gives the focus back to what had it before a surface opened, or, when that is gone (no
 * longer in the page, or unable to take the focus), to `fallback`'s choice (the comparison).
 */
export function focusBack(before: Element | null, fallback: () => void): void {
  if (before instanceof HTMLElement && before !== document.body && before.isConnected) {
    before.focus();
    if (document.activeElement === before) {
      return;
    }
  }
  fallback();
}
