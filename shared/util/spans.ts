/**
 * Half-open spans `[start, endExclusive)` sorted by start and disjoint (quotations, dates,
 * sentences), searched by binary search: long paragraphs hold thousands of them, and a
 * linear scan per lookup would make the analyses quadratic in the paragraph's length.
 */

/** A half-open span of text offsets. */
export interface Span {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly endExclusive: number;
}

/**
 * Index of the first span that ends after `offset` (`spans.length` if none). For sorted,
 * disjoint spans that is also the first span that contains `offset` or lies after it.
 */
export function firstEndingAfter(spans: ReadonlyArray<Span>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.endExclusive ?? 0) > offset) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

/** Index of the first item whose `start` is at least `offset` (`items.length` if none). */
export function firstStartingAt(
  items: ReadonlyArray<{ readonly start: number }>,
  offset: number,
): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) >= offset) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

/** Whether `[start, endExclusive)` overlaps any of the sorted, disjoint spans. */
export function overlapsAny(
  spans: ReadonlyArray<Span>,
  start: number,
  endExclusive: number,
): boolean {
  const i = firstEndingAfter(spans, start);
  return i < spans.length && (spans[i]?.start ?? Infinity) < endExclusive;
}

/** Whether `[start, endExclusive)` lies inside one of the sorted, disjoint spans. */
export function containedIn(
  spans: ReadonlyArray<Span>,
  start: number,
  endExclusive: number,
): boolean {
  const span = spans[firstEndingAfter(spans, start)];
  return span !== undefined && start >= span.start && endExclusive <= span.endExclusive;
}
