/**
 * The story's title, from the articles alone: for the view model, and for the page's file
 * names (which must not load the rest of the view model, and the analysis it runs).
 */
import type { Article } from '../model';

/**
 * The story's title: the base's headline, or, when the base has none (its "title" is its
 * file name, "000_69ff7826295806f7"), the first other article's headline; a file name only
 * when no article has a headline. Articles about another story or event (`offTopic`) come
 * last: their headline is another story's.
 */
export function storyTitle(
  articles: ReadonlyArray<Article>,
  base: number,
  offTopic: ReadonlyArray<number> = [],
): string {
  const first = [base, ...articles.map((_, k) => k).filter((k) => k !== base)];
  const order = [
    ...first.filter((k) => !offTopic.includes(k)),
    ...first.filter((k) => offTopic.includes(k)),
  ].map((k) => articles[k]);
  const titled = order.find((a) => a && a.titleSource !== 'file-name' && a.title.trim() !== '');
  return (titled ?? articles[base])?.title ?? '';
}
