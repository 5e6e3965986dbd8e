/**
 * Shrinks the type of a box until its content fits without scrolling (a slide on a
 * projector must show everything at once), between a largest and a smallest size.
 */
import { useLayoutEffect, type RefObject } from 'react';

/**
 * Fits `ref`'s content by setting its font size (px), from `largest` down to `smallest`.
 * Words are kept whole where a size allows it: the largest size is the largest at which no
 * word is broken across lines ("unacceptab / le" at a size too large for the column), and
 * only when even the smallest size would break one (a long web address) is the largest size
 * that fits with broken words taken. The box's CSS lets words break (`overflow-wrap`,
 * inherited); the hook sets `normal` on it while it measures.
 */
export function useFitText(
  ref: RefObject<HTMLElement | null>,
  largest: number,
  smallest: number,
  deps: ReadonlyArray<unknown>,
): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) {
      return;
    }
    // scrollHeight and clientHeight are whole pixels, and equal when the content fits:
    // content 0.4 px taller than the box reads as fitting and has its last line cut by
    // that much. The children's fractional bottoms are checked against the box's too.
    const fits = (): boolean => {
      if (element.scrollHeight > element.clientHeight) {
        return false;
      }
      const bottom = element.getBoundingClientRect().top + element.clientTop + element.clientHeight;
      return Array.from(element.children).every(
        (child) => child.getBoundingClientRect().bottom <= bottom,
      );
    };
    // With words kept whole (overflow-wrap: normal), a word wider than its column sticks
    // out of its block: a block's content wider than the block.
    const wordsWhole = (): boolean =>
      Array.from(element.querySelectorAll<HTMLElement>('blockquote, p')).every(
        (block) => block.scrollWidth <= block.clientWidth + 1,
      );
    // The largest size (to half a pixel) that passes `test`, or null when the smallest fails.
    const largestPassing = (test: () => boolean): number | null => {
      // Halve the interval between sizes that pass and sizes that fail.
      element.style.fontSize = `${largest}px`;
      if (test()) {
        return largest;
      }
      element.style.fontSize = `${smallest}px`;
      if (!test()) {
        return null;
      }
      let low = smallest;
      let high = largest;
      while (high - low > 0.5) {
        const mid = (low + high) / 2;
        element.style.fontSize = `${mid}px`;
        if (test()) {
          low = mid;
        } else {
          high = mid;
        }
      }
      return low;
    };
    const fit = (): void => {
      element.style.overflowWrap = 'normal';
      const whole = largestPassing(() => fits() && wordsWhole());
      element.style.overflowWrap = '';
      element.style.fontSize = `${whole ?? largestPassing(fits) ?? smallest}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
    // The caller names what the content depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref, largest, smallest, ...deps]);
}
