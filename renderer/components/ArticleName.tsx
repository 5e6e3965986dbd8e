import { labelParts } from '../../shared/view-model/article-name';

/**
 * An article's name in running text ("#2 The Guardian", "#1 “Scotland Yard has been…”",
 * "Outlet A"): its words, which come from the article, isolated from the app's words around
 * them, the number and the quotation marks outside the isolate (see `labelParts`).
 */
export function ArticleName({ label }: { readonly label: string }) {
  const { number, words, quoted } = labelParts(label);
  return quoted ? (
    <>
      {number}“<bdi>{words}</bdi>”
    </>
  ) : (
    <>
      {number}
      <bdi>{words}</bdi>
    </>
  );
}
