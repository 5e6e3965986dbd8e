/** Why an article was left out as another story, in words a reader can check (pure). */

import { anotherEventWhy, type OffTopicArticle } from '../model';

const percent = (v: number): string => `${Math.round(v * 100)}%`;

/** How the reason for leaving out another event begins (its badge reads it back). */
const ANOTHER_EVENT = 'probably another event';

/**
 * The reason shown for leaving article `k` out (`flag`: the engine's, absent for another
 * story). Another story: how much it has in common with the others at best, against how
 * much the others have in common with each other. Another event: the days its opening
 * names against the others' (its words it shares with them: the numbers would not tell).
 * The articles `offTopic` (the others flagged) are not among the others.
 */
export function offTopicReason(
  similarity: ReadonlyArray<ReadonlyArray<number>>,
  k: number,
  flag?: Pick<OffTopicArticle, 'reason' | 'days'>,
  offTopic: ReadonlyArray<number> = [],
): string {
  if (flag?.reason === 'another-event') {
    return `${ANOTHER_EVENT}: ${anotherEventWhy(flag.days)}`;
  }
  // The others are the story's articles: not those off topic too.
  const others = similarity.map((_, j) => j).filter((j) => j !== k && !offTopic.includes(j));
  const best = Math.max(0, ...others.map((j) => similarity[k]?.[j] ?? 0));
  const between = others.flatMap((a, i) => others.slice(i + 1).map((b) => similarity[a]?.[b] ?? 0));
  const range =
    between.length > 0
      ? `; they share ${percent(Math.min(...between))}–${percent(Math.max(...between))} with each other`
      : '';
  return `probably another story (at most ${percent(best)} in common with the others${range})`;
}

/**
 * The badge of an article flagged as off topic: "another event?" when that is the reason
 * (the engine's, or the one given when it was left out), else "another story?".
 */
export function offTopicBadge(
  reason: 'another-story' | 'another-event' | null | undefined,
  leftOutBecause: string | undefined,
): string {
  return reason === 'another-event' || leftOutBecause?.startsWith(ANOTHER_EVENT)
    ? 'another event?'
    : 'another story?';
}
