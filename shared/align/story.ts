/**
 * The story check: how much two articles have in common, and which article is probably
 * about another story altogether.
 */
import {
  sortedIds,
  sublinear,
  tfidfCosine,
  type ParagraphFeatures,
  type SparseVector,
} from './features';
import { articleIndex, type OffTopicArticle } from '../model';
import type { ScoredPair } from './match-pairs';

/**
 * Below this document similarity two articles are taken to report different stories. On
 * reports of one story the similarity is typically 0.3–0.7; articles that share only a
 * person or an institution ("Sadiq Khan", "police") score under 0.15.
 */
export const OFF_TOPIC_SIMILARITY = 0.18;

/** An article as the story check reads it: its whole text's term counts and its size. */
export interface ArticleDocument {
  /** Term counts of all its content paragraphs (ids ascending). */
  readonly terms: SparseVector;
  /** The sublinear term frequencies of {@link terms} (`sublinear`), computed once. */
  readonly tf: SparseVector;
  /** Number of content paragraphs. */
  readonly paragraphs: number;
}

/** An article's document, from its content paragraphs. */
export function articleDocument(paragraphs: ReadonlyArray<ParagraphFeatures>): ArticleDocument {
  const terms = documentTerms(paragraphs);
  return { terms, tf: sublinear(terms), paragraphs: paragraphs.length };
}

/** An article's whole text as term counts (ids ascending): built once per article. */
export function documentTerms(paragraphs: ReadonlyArray<ParagraphFeatures>): SparseVector {
  const counts = new Map<number, number>();
  for (const p of paragraphs) {
    p.terms.ids.forEach((id, i) => {
      counts.set(id, (counts.get(id) ?? 0) + (p.counts[i] as number));
    });
  }
  const ids = sortedIds(counts);
  const weights = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    weights[i] = counts.get(ids[i] as number) as number;
  }
  return { ids, weights };
}

/**
 * Document similarity, 0..1: the mean of the whole-text tf-idf cosine (under the article
 * pair's idf) and the share of paragraphs that found a counterpart. The cosine says "same
 * vocabulary"; the coverage says "same facts", which is what a story check is about.
 */
export function documentSimilarity(
  a: ArticleDocument,
  b: ArticleDocument,
  idf: (id: number) => number,
  links: ReadonlyArray<ScoredPair>,
): number {
  const cosine = tfidfCosine(a.tf, b.tf, idf);
  const coveredA = new Set(links.map((l) => l.x)).size;
  const coveredB = new Set(links.map((l) => l.y)).size;
  const coverage =
    a.paragraphs && b.paragraphs ? (coveredA / a.paragraphs + coveredB / b.paragraphs) / 2 : 0;
  return similarityOf(cosine, coverage);
}

/** The document similarity of a whole-text cosine and a coverage (both 0..1), to 3 decimals. */
export function similarityOf(cosine: number, coverage: number): number {
  return Math.round(((cosine + Math.min(1, coverage)) / 2) * 1000) / 1000;
}

/**
 * Articles probably about another story or event.
 *
 * - Another story: an article whose similarity to every other article is below
 *   `threshold`.
 * - Another event: an article whose lead names another day than the leads of most articles
 *   that name one (`sameDay[k][j]`: true when both leads name a day in common, false when
 *   they name different days, null when either names none).
 *
 * With two articles only, only the non-base one can be flagged (one of them must be the odd one, and
 * the base is the user's reference); the base is never flagged when that would leave fewer
 * than two articles, and an even split of days goes against the side that differs from the base.
 */
export function offTopicArticles(
  similarity: ReadonlyArray<ReadonlyArray<number>>,
  sameDay: ReadonlyArray<ReadonlyArray<boolean | null>>,
  base: number,
  threshold = OFF_TOPIC_SIMILARITY,
): ReadonlyArray<OffTopicArticle> {
  const n = similarity.length;
  const out: OffTopicArticle[] = [];
  // Articles of another story altogether first: they have no say in which day the story's
  // event fell on (a base of another story must not make a report of the story look odd).
  const anotherStory = new Set<number>();
  for (let k = 0; k < n; k++) {
    const others = (similarity[k] ?? []).filter((_, j) => j !== k);
    if (!(n === 2 && k === base) && Math.max(...others) < threshold) {
      anotherStory.add(k);
      out.push({ article: articleIndex(k), reason: 'another-story' });
    }
  }
  for (let k = 0; k < n; k++) {
    if ((n === 2 && k === base) || anotherStory.has(k)) {
      continue;
    }
    let agree = 0;
    let conflict = 0;
    (sameDay[k] ?? []).forEach((same, j) => {
      if (j !== k && same !== null && !anotherStory.has(j)) {
        if (same) {
          agree++;
        } else {
          conflict++;
        }
      }
    });
    // The article's own side counts itself: in a 4-1 split only the one is odd.
    const own = agree + 1;
    const againstBase = sameDay[k]?.[base] === false && !anotherStory.has(base);
    if (conflict > own || (conflict === own && againstBase)) {
      out.push({ article: articleIndex(k), reason: 'another-event' });
    }
  }
  out.sort((a, b) => a.article - b.article);
  // The base is the user's reference: it stays whenever leaving it out would leave too few.
  return out.length >= n - 1 ? out.filter((o) => o.article !== base) : out;
}
