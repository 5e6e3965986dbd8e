/**
 * N-way paragraph alignment: the recipe.
 *
 * features → candidate pairs (inverted index) → scores → per-article-pair matching →
 * document similarity and story check → rows in the base's reading order → moved marks.
 */
import type { Article, Paragraph } from '../model';
import { paragraphFeatures, type FeatureInput, type ParagraphFeatures } from './features';
import {
  DEFAULT_MATCH_THRESHOLDS,
  matchPair,
  type MatchThresholds,
  type PairCandidate,
  type SplitGain,
} from './match-pairs';
import { buildRows, type Link, type RowSkeleton } from './rows';
import { scorePairs } from './similarity';
import { documentSimilarity, offTopicArticles, OFF_TOPIC_SIMILARITY } from './story';
import { movedArticles } from './moves';
import { addTransitiveEvidence } from './transitive';

/** A row with its moved marks. */
export interface AlignedRow extends RowSkeleton {
  /** Articles whose paragraphs in this row are out of the base's reading order. */
  readonly moved: ReadonlyArray<number>;
}

/** The alignment of a set of articles. */
export interface Alignment {
  /** Rows in the base's reading order. */
  readonly rows: ReadonlyArray<AlignedRow>;
  /** Document similarity matrix. */
  readonly similarity: ReadonlyArray<ReadonlyArray<number>>;
  /** Articles probably about another story. */
  readonly offTopic: ReadonlyArray<number>;
  /** The pairwise links the rows were built from. */
  readonly links: ReadonlyArray<Link>;
}

/**
 * Thresholds between two articles that are probably about different stories: only a
 * near-verbatim shared passage links them (a wire copy or a repeated quote), never a
 * topical resemblance.
 */
export const OFF_TOPIC_THRESHOLDS: MatchThresholds = {
  anchor: 0.6,
  context: 0.6,
  split: 0.6,
  mutual: 0.6,
  margin: 1,
};

/** Tuning knobs of the alignment (defaults are the documented constants). */
export interface AlignTuning {
  /** Matcher thresholds between articles of the same story. */
  readonly thresholds: MatchThresholds;
  /** Document similarity below which two articles are taken to report different stories. */
  readonly offTopicSimilarity: number;
}

/** The default tuning. */
export const DEFAULT_ALIGN_TUNING: AlignTuning = {
  thresholds: DEFAULT_MATCH_THRESHOLDS,
  offTopicSimilarity: OFF_TOPIC_SIMILARITY,
};

/** Aligns the paragraphs of two or more articles. */
export function alignArticles(
  articles: ReadonlyArray<Article>,
  base: number,
  tuning: AlignTuning = DEFAULT_ALIGN_TUNING,
): Alignment {
  const inputs: FeatureInput[] = [];
  articles.forEach((article, k) => {
    article.paragraphs.forEach((p, i) => {
      if (p.boilerplate === null) {
        inputs.push({ article: k, paragraph: i, text: p.text });
      }
    });
  });
  const { features, idf } = paragraphFeatures(inputs);
  const headlines = articles.map((a) => headlineFlags(a.paragraphs));
  const headline = features.map((f) => headlines[f.article]?.[f.paragraph] ?? false);
  const direct = scorePairs(features, idf.df).filter(
    (p) => headline[p.a] === headline[p.b] && (!headline[p.a] || p.score >= MIN_HEADLINE_SCORE),
  );
  const scored =
    articles.length > 2 ? addTransitiveEvidence(direct, (i) => features[i]?.article ?? -1) : direct;

  // Group candidates per article pair (x < y).
  const perPair = new Map<string, PairCandidate[]>();
  for (const s of scored) {
    const fa = features[s.a];
    const fb = features[s.b];
    if (!fa || !fb) {
      continue;
    }
    const [fx, fy] = fa.article < fb.article ? [fa, fb] : [fb, fa];
    const key = `${fx.article}:${fy.article}`;
    const list = perPair.get(key) ?? [];
    list.push({ x: fx.paragraph, y: fy.paragraph, score: s.score });
    perPair.set(key, list);
  }
  const orders = articles.map((a) =>
    a.paragraphs.flatMap((p, i) => (p.boilerplate === null ? [i] : [])),
  );
  const byPosition = new Map(features.map((f) => [`${f.article}:${f.paragraph}`, f]));
  const documentVectors = articles.map((_, k) => features.filter((f) => f.article === k));
  const links: Link[] = [];
  const similarity: number[][] = articles.map((_, k) => articles.map((__, j) => (k === j ? 1 : 0)));
  for (let x = 0; x < articles.length; x++) {
    for (let y = x + 1; y < articles.length; y++) {
      const candidates = perPair.get(`${x}:${y}`) ?? [];
      const gain = splitGainOf(byPosition, x, y, idf.idf);
      const firstPass = matchPair(
        candidates,
        orders[x] ?? [],
        orders[y] ?? [],
        tuning.thresholds,
        gain,
      );
      const sim = documentSimilarity(
        documentVectors[x] ?? [],
        documentVectors[y] ?? [],
        idf.idf,
        firstPass,
      );
      const pairLinks =
        sim < tuning.offTopicSimilarity
          ? matchPair(candidates, orders[x] ?? [], orders[y] ?? [], OFF_TOPIC_THRESHOLDS, gain)
          : firstPass;
      (similarity[x] as number[])[y] = sim;
      (similarity[y] as number[])[x] = sim;
      for (const l of pairLinks) {
        links.push({ articleA: x, paraA: l.x, articleB: y, paraB: l.y, score: l.score });
      }
    }
  }
  const skeletons = buildRows(
    articles.map((a) => ({
      paragraphCount: a.paragraphs.length,
      boilerplate: a.paragraphs.map((p) => p.boilerplate !== null),
    })),
    links,
    base,
  );
  const moved = movedArticles(skeletons, base);
  return {
    rows: skeletons.map((row, i) => ({ ...row, moved: moved[i] ?? [] })),
    similarity,
    offTopic: offTopicArticles(similarity, base, tuning.offTopicSimilarity),
    links,
  };
}

/**
 * Split gain from term features: the idf mass of the host's terms that the newcomer holds
 * and the existing parts do not, over the host's whole mass.
 */
function splitGainOf(
  byPosition: ReadonlyMap<string, ParagraphFeatures>,
  x: number,
  y: number,
  idf: (term: string) => number,
): SplitGain {
  return (hostSide, host, parts, newcomer) => {
    const [hostArticle, partArticle] = hostSide === 'x' ? [x, y] : [y, x];
    const hostFeatures = byPosition.get(`${hostArticle}:${host}`);
    const newcomerFeatures = byPosition.get(`${partArticle}:${newcomer}`);
    if (!hostFeatures || !newcomerFeatures || hostFeatures.mass === 0) {
      return 0;
    }
    const covered = new Set<string>();
    for (const part of parts) {
      for (const term of byPosition.get(`${partArticle}:${part}`)?.termCounts.keys() ?? []) {
        covered.add(term);
      }
    }
    let gained = 0;
    let total = 0;
    for (const term of hostFeatures.termCounts.keys()) {
      total += idf(term);
      if (!covered.has(term) && newcomerFeatures.termCounts.has(term)) {
        gained += idf(term);
      }
    }
    return total > 0 ? gained / total : 0;
  };
}

/** Headlines are looked for among an article's first few paragraphs. */
export const HEADLINE_SEARCH_DEPTH = 3;

/**
 * Two headlines are linked only when clearly alike: any two headlines of one story share
 * its names ("Sadiq Khan", "Met"), so a weak resemblance says nothing.
 */
export const MIN_HEADLINE_SCORE = 0.35;

/** A paragraph longer than this is body text, whatever its punctuation. */
export const MAX_HEADLINE_WORDS = 30;

/**
 * Which paragraphs are headlines (or sub-headlines): among the first few content
 * paragraphs, followed by more text, short, and not ending like a sentence. A headline sums up the whole story,
 * so it resembles many body paragraphs a little; a reader puts it beside the other
 * outlet's headline, never beside a body paragraph. Headlines are therefore only ever
 * linked to headlines.
 */
export function headlineFlags(paragraphs: ReadonlyArray<Paragraph>): ReadonlyArray<boolean> {
  const content = paragraphs.flatMap((p, i) => (p.boilerplate === null ? [i] : []));
  const last = content[content.length - 1] ?? -1;
  return paragraphs.map((p, index) => {
    const rank = content.indexOf(index);
    const text = p.text.trim();
    return (
      rank >= 0 &&
      rank < HEADLINE_SEARCH_DEPTH &&
      index < last &&
      text.split(/\s+/u).length <= MAX_HEADLINE_WORDS &&
      !/[.!?…]["'”’)]*$/u.test(text)
    );
  });
}
