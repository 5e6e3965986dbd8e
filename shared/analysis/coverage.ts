/** Coverage: which outlet carries which fact (row), what each alone reports and what it leaves out. */
import { articleIndex, rowIndex, type Comparison } from '../model';
import type { Coverage } from './types';

/**
 * Every content row of the story (not boilerplate, not only an off-topic article's) by
 * outlet; per outlet, the rows only it carries and, when three or more outlets are on topic,
 * the rows all the others carry but it omits. An article about another story or event
 * carries none of the story's facts alone: what only it says is not the story's.
 */
export function coverage(comparison: Comparison): Coverage {
  const offTopic = new Set<number>(comparison.offTopic);
  const rows = comparison.rows.flatMap((row, r) =>
    row.kind === 'boilerplate' || row.cells.every((c, k) => c.length === 0 || offTopic.has(k))
      ? []
      : [rowIndex(r)],
  );
  const n = comparison.articles.length;
  const carried = rows.map((r) =>
    Array.from({ length: n }, (_, k) => (comparison.rows[r]?.cells[k]?.length ?? 0) > 0),
  );
  const onTopic = Array.from({ length: n }, (_, k) => articleIndex(k)).filter(
    (k) => !offTopic.has(k),
  );
  const byArticle = Array.from({ length: n }, (_, index) => articleIndex(index)).map((k) => ({
    article: k,
    offTopic: offTopic.has(k),
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
