/** Loads the seeds named by a gold file as articles, for evaluation scripts and tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../shared/model';
import type { GoldFile } from '../shared/eval/gold-score';
import { splitParagraphs } from '../shared/load/segment';

const LOOKS_BOILERPLATE =
  /^(?:\d{1,3}[.)]?|reactions|recommended for you|(?:date\s*)?\d{4}-\d\d-\d\d|\d{1,2} \w{3},? \d{4} \d\d:\d\d)$/i;

/** Reads the gold's articles from `seeds/`. */
export function loadSeedArticlesForEval(gold: GoldFile, seedDir = 'seeds') {
  const ids = Object.keys(gold.articles).sort();
  const paragraphs: Record<string, ReadonlyArray<string>> = {};
  const articles: Article[] = ids.map((id) => {
    const file = join(seedDir, gold.articles[id]!);
    const paras = splitParagraphs(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    paragraphs[id] = paras;
    return {
      file,
      title: id,
      titleSource: 'file-name',
      outlet: null,
      date: null,
      paragraphs: paras.map((text, i) => ({
        text,
        boilerplate:
          (paras[i + 1] ?? '').includes(text.trim()) ||
          LOOKS_BOILERPLATE.test(text.trim()) ||
          text.split(/\s+/).filter((t) => t.includes('icon')).length > 5
            ? 'navigation'
            : null,
      })),
    };
  });
  return { ids, articles, paragraphs };
}
