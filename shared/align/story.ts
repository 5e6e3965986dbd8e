/**
 * The story check: how much two articles have in common, and which article is probably
 * about another story altogether.
 */
import { dot, tfidfVector, type ParagraphFeatures } from './features';
import type { PairLink } from './match-pairs';

/**
 * Below this document similarity two articles are taken to report different stories. On
 * reports of one story the similarity is typically 0.3–0.7; articles that share only a
 * person or an institution ("Sadiq Khan", "police") score under 0.15.
 */
export const OFF_TOPIC_SIMILARITY = 0.18;

/**
 * Document similarity, 0..1: the mean of the whole-text tf-idf cosine and the share of
 * paragraphs that found a counterpart. The cosine says "same vocabulary"; the coverage
 * says "same facts", which is what a story check is about.
 */
export function documentSimilarity(
  a: ReadonlyArray<ParagraphFeatures>,
  b: ReadonlyArray<ParagraphFeatures>,
  idf: (term: string) => number,
  links: ReadonlyArray<PairLink>,
): number {
  const cosine = dot(documentVector(a, idf), documentVector(b, idf));
  const coveredA = new Set(links.map((l) => l.x)).size;
  const coveredB = new Set(links.map((l) => l.y)).size;
  const coverage = a.length && b.length ? (coveredA / a.length + coveredB / b.length) / 2 : 0;
  return Math.round(((cosine + coverage) / 2) * 1000) / 1000;
}

function documentVector(
  paragraphs: ReadonlyArray<ParagraphFeatures>,
  idf: (term: string) => number,
) {
  const counts = new Map<string, number>();
  for (const p of paragraphs) {
    for (const [term, count] of p.termCounts) {
      counts.set(term, (counts.get(term) ?? 0) + count);
    }
  }
  return tfidfVector(counts, idf);
}

/**
 * Articles probably about another story: those whose similarity to every other article is
 * below {@link OFF_TOPIC_SIMILARITY}. With two articles only, the non-base one is flagged
 * when the pair is below it (one of them must be the odd one, and the base is the user's
 * reference).
 */
export function offTopicArticles(
  similarity: ReadonlyArray<ReadonlyArray<number>>,
  base: number,
  threshold = OFF_TOPIC_SIMILARITY,
): ReadonlyArray<number> {
  const n = similarity.length;
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const others = (similarity[k] ?? []).filter((_, j) => j !== k);
    const best = Math.max(...others);
    if (best < threshold && (n > 2 || k !== base)) {
      out.push(k);
    }
  }
  // If every article is off-topic relative to all others, the base is the reference.
  return out.length === n ? out.filter((k) => k !== base) : out;
}
