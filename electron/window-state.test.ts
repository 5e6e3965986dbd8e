import { describe, expect, it } from 'vitest';
import { fitToDisplays, parseWindowState } from './window-state';

describe('parseWindowState', () => {
  it('should read valid state and refuse malformed state', () => {
    expect(
      parseWindowState('{"bounds":{"x":1,"y":2,"width":900,"height":700},"maximized":true}'),
    ).toEqual({
      bounds: { x: 1, y: 2, width: 900, height: 700 },
      maximized: true,
    });
    expect(parseWindowState('{"bounds":{"x":"a"}}')).toBeNull();
    expect(parseWindowState('not json')).toBeNull();
  });
});

describe('fitToDisplays', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1080 };
  it('should keep bounds that are on a display', () => {
    expect(fitToDisplays({ x: 100, y: 100, width: 1200, height: 800 }, [screen])).toEqual({
      x: 100,
      y: 100,
      width: 1200,
      height: 800,
    });
  });

  it('should bring back a window saved on a display that is gone', () => {
    expect(fitToDisplays({ x: 3000, y: 100, width: 1200, height: 800 }, [screen])).toEqual({
      x: 40,
      y: 40,
      width: 1200,
      height: 800,
    });
  });
});
