/**
 * Shrinks the type of a box until its content fits without scrolling (a slide on a
 * projector must show everything at once), between a largest and a smallest size.
 */
import { useLayoutEffect, type RefObject } from 'react';

/** Fits `ref`'s content by setting its font size (px), from `largest` down to `smallest`. */
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
    const fit = (): void => {
      // Halve the interval between sizes that fit and sizes that overflow.
      let low = smallest;
      let high = largest;
      element.style.fontSize = `${high}px`;
      if (fits()) {
        return;
      }
      while (high - low > 0.5) {
        const mid = (low + high) / 2;
        element.style.fontSize = `${mid}px`;
        if (fits()) {
          low = mid;
        } else {
          high = mid;
        }
      }
      element.style.fontSize = `${low}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
    // The caller names what the content depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref, largest, smallest, ...deps]);
}
