/** How the app names the compared articles (pure). */
import { articleIndex } from '../shared/model';
import type { ViewModel } from '../shared/view-model/view-model';
import { articleNumber } from '../shared/view-model/display';
import { blindLabel } from '../shared/view-model/blind';

/**
 * A namer for the articles of a comparison: "Outlet A" in blind mode, otherwise the view
 * model's label ("#2 The Guardian", "#1 “Scotland Yard has been…”": see `article-name.ts`),
 * the one the report uses too.
 */
export function articleNamer(model: ViewModel, blind: boolean): (article: number) => string {
  return (k) =>
    blind ? blindLabel(k) : (model.articles[k]?.label ?? `#${articleNumber(articleIndex(k))}`);
}
