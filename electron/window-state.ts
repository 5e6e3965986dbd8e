/** Window bounds remembered between runs (pure parts: parsing and fitting to the screen). */

/** A rectangle in screen coordinates. */
export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The remembered state. */
export interface WindowState {
  readonly bounds: Bounds;
  readonly maximized: boolean;
}

/** Size of a first window. */
export const DEFAULT_BOUNDS: Bounds = { x: 80, y: 60, width: 1400, height: 900 };

/** Smallest usable window. */
export const MIN_SIZE = { width: 800, height: 560 };

/** Parses stored JSON; anything malformed gives null (the default is then used). */
export function parseWindowState(json: string): WindowState | null {
  try {
    const value = JSON.parse(json) as Partial<WindowState> & { bounds?: Partial<Bounds> };
    const b = value.bounds;
    const ok =
      b && [b.x, b.y, b.width, b.height].every((n) => typeof n === 'number' && Number.isFinite(n));
    return ok ? { bounds: b as Bounds, maximized: value.maximized === true } : null;
  } catch {
    return null;
  }
}

/**
 * Fits remembered bounds to the displays there are now: a window saved on a monitor that
 * is gone comes back on the primary display instead of off screen.
 */
export function fitToDisplays(bounds: Bounds, displays: ReadonlyArray<Bounds>): Bounds {
  const width = Math.max(MIN_SIZE.width, bounds.width);
  const height = Math.max(MIN_SIZE.height, bounds.height);
  const visible = displays.find(
    (d) =>
      bounds.x < d.x + d.width - 100 &&
      bounds.x + width > d.x + 100 &&
      bounds.y >= d.y - 10 &&
      bounds.y < d.y + d.height - 100,
  );
  if (visible) {
    return {
      x: bounds.x,
      y: bounds.y,
      width: Math.min(width, visible.width),
      height: Math.min(height, visible.height),
    };
  }
  const primary = displays[0] ?? DEFAULT_BOUNDS;
  return {
    x: primary.x + 40,
    y: primary.y + 40,
    width: Math.min(width, primary.width - 80),
    height: Math.min(height, primary.height - 80),
  };
}
