/** How the app names the compared articles (pure). */
import { articleIndex, type Article } from '../shared/model';
import type { ViewModel } from '../shared/view-model/view-model';
import { articleNumber } from '../shared/view-model/display';
import { leadExcerpt } from './library';
import { blindLabel } from '../shared/view-model/blind';

/** Words of a title kept in a short name. */
const SHORT_TITLE_WORDS = 4;

/** The first words of a title: "Sadiq Khan denies giving…". */
function shortTitle(title: string): string {
  const words = title.trim().split(/\s+/u);
  return words.length > SHORT_TITLE_WORDS
    ? `${words.slice(0, SHORT_TITLE_WORDS).join(' ')}…`
    : words.join(' ');
}

/**
 * A namer for the articles of a comparison: "Outlet A" in blind mode, the outlet where the
 * article names it ("#2 The Guardian"), else its number and the start of its title, so
 * that five articles of unknown outlets are not five times "unknown outlet"; an article
 * titled only by its file name is named by the first words of its text, in quotes.
 */
export function articleNamer(
  model: ViewModel,
  articles: ReadonlyArray<Article>,
  blind: boolean,
): (article: number) => string {
  return (k) => {
    if (blind) {
      return blindLabel(k);
    }
    const a = model.articles[k];
    if (!a) {
      return `#${articleNumber(articleIndex(k))}`;
    }
    if (a.outlet) {
      return a.label;
    }
    const article = articles[k];
    const lead = article ? leadExcerpt(article) : null;
    return lead
      ? `#${articleNumber(a.index)} “${shortTitle(lead.replace(/…$/u, ''))}”`
      : `#${articleNumber(a.index)} ${shortTitle(a.title)}`;
  };
}
