/** Loads the seeds named by a gold file as articles, for evaluation scripts and tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../shared/model';
import type { GoldFile } from '../shared/eval/gold-score';
import { loadArticle } from '../shared/load/load-article';

/** Reads the gold's articles from `seeds/` through the real loader. */
export function loadSeedArticlesForEval(gold: GoldFile, seedDir = 'seeds') {
  const ids = Object.keys(gold.articles).sort();
  const paragraphs: Record<string, ReadonlyArray<string>> = {};
  const articles: Article[] = ids.map((id) => {
    const file = join(seedDir, gold.articles[id] ?? '');
    const result = loadArticle({ file, bytes: new Uint8Array(readFileSync(file)) });
    if (!result.ok) {
      throw new Error(result.error.message);
    }
    paragraphs[id] = result.article.paragraphs.map((p) => p.text);
    return result.article;
  });
  return { ids, articles, paragraphs };
}
