/** Coverage: which outlet carries which fact (row), what each alone reports and what it leaves out. */
import type { Comparison } from '../model';
import type { Coverage } from './types';

/**
 * Every content row (not boilerplate) by outlet; per outlet, the rows only it carries and,
 * when three or more outlets are on topic, the rows all the others carry but it omits.
 */
export function coverage(comparison: Comparison): Coverage {
  const rows = comparison.rows.flatMap((row, r) => (row.kind === 'boilerplate' ? [] : [r]));
  const n = comparison.articles.length;
  const carried = rows.map((r) =>
    Array.from({ length: n }, (_, k) => (comparison.rows[r]?.cells[k]?.length ?? 0) > 0),
  );
  const onTopic = Array.from({ length: n }, (_, k) => k).filter(
    (k) => !comparison.offTopic.includes(k),
  );
  const byArticle = Array.from({ length: n }, (_, k) => ({
    article: k,
    alone: rows.filter((_, i) => carried[i]?.[k] && carried[i]?.filter(Boolean).length === 1),
    omits:
      onTopic.length > 2 && onTopic.includes(k)
        ? rows.filter(
            (_, i) => !carried[i]?.[k] && onTopic.every((j) => j === k || carried[i]?.[j]),
          )
        : [],
  }));
  return { rows, carried, byArticle };
}
