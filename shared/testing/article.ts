/** Hand-made articles for tests: one paragraph per text, titled after the file. */
import type { Article } from '../model';

/** Options of {@link testArticle}. */
export interface TestArticleOptions {
  /** The outlet (default: none known). */
  readonly outlet?: string | null;
  /** Indices of paragraphs marked as navigation boilerplate. */
  readonly boilerplate?: ReadonlyArray<number>;
}

/** An article as the loader would give it for a plain-text file with these paragraphs. */
export function testArticle(
  file: string,
  paragraphs: ReadonlyArray<string>,
  { outlet = null, boilerplate = [] }: TestArticleOptions = {},
): Article {
  return {
    file,
    title: file,
    titleSource: 'file-name',
    outlet,
    date: null,
    paragraphs: paragraphs.map((text, i) => ({
      text,
      boilerplate: boilerplate.includes(i) ? 'navigation' : null,
    })),
  };
}
