/**
 * N-way paragraph alignment: the recipe.
 *
 * features → candidate pairs (inverted index) → counterpart probabilities (learned model)
 * → per-article-pair matching → story check (same event? same story?) → rows in the
 * base's reading order → moved marks.
 *
 * Every article pair is matched on its own, from what the two articles hold: comparing
 * two articles gives the same links as comparing them among others, but for one case: two
 * articles that share too little to pass the story check as a pair keep only near-certain
 * links, unless a third article of the comparison shares the story with both. The rows
 * then keep every confident link that does not tangle them (`rows.ts`).
 */
import {
  articleIndex,
  type Article,
  type ArticleIndex,
  type ManualAlignment,
  type OffTopicArticle,
  type ParaIndex,
  type Paragraph,
  type ParagraphPair,
} from '../model';
import {
  dot,
  paragraphFeatures,
  tfidfVector,
  type FeatureInput,
  type ParagraphFeatures,
  type SparseVector,
} from './features';
import { differentEventDays, eventDays, leadWeekdays } from './events';
import { sigmoid, type LogisticModel } from './logistic';
import { matchPair, type MatchThresholds, type ScoredPair, type SplitGain } from './match-pairs';
import { counterpartLogOdds, type ModelCandidate, type ModelParagraph } from './pair-model';
import { buildRows, type Link, type RowSkeleton } from './rows';
import { candidatePairs, pairIdfFactory } from './similarity';
import {
  documentSimilarity,
  articleDocument,
  offTopicArticles,
  OFF_TOPIC_SIMILARITY,
  similarityOf,
  type ArticleDocument,
} from './story';
import { movedArticles } from './moves';
import { LEARNED_TUNING } from './learned-weights';

/** A row with its moved marks. */
export interface AlignedRow extends Omit<RowSkeleton, 'cells'> {
  /** Paragraph indices per article. */
  readonly cells: ReadonlyArray<ReadonlyArray<ParaIndex>>;
  /** Articles whose paragraphs in this row are out of the base's reading order. */
  readonly moved: ReadonlyArray<ArticleIndex>;
}

/** The alignment of a set of articles. */
export interface Alignment {
  /** Rows in the base's reading order. */
  readonly rows: ReadonlyArray<AlignedRow>;
  /** Document similarity matrix. */
  readonly similarity: ReadonlyArray<ReadonlyArray<number>>;
  /** Articles probably about another story or event, with why; they share no row. */
  readonly offTopic: ReadonlyArray<OffTopicArticle>;
  /** The pairwise links the rows were built from (off-topic articles' links removed). */
  readonly links: ReadonlyArray<Link>;
  /** The base the rows follow (see `AlignOptions.firstOnStory`). */
  readonly base: number;
}

/**
 * Thresholds between two articles that are probably about different stories: only a
 * near-certain shared passage links them (a wire copy or a repeated quote), never a
 * topical resemblance.
 */
export const OFF_TOPIC_THRESHOLDS: MatchThresholds = {
  anchor: 0.97,
  context: 0.97,
  split: 0.97,
  mutual: 0.97,
  margin: 1,
};

/**
 * Document similarity from which two articles are taken to tell the same text (a wire
 * copy, a rewrite): above it, leads naming different days are an outlet's slip, not two
 * events. Articles about two events of one story stay well below it (0.10-0.33 on the
 * reference stories).
 */
export const SAME_TEXT_SIMILARITY = 0.5;

/** Everything the alignment learned or chose; `learned-weights.ts` holds the defaults. */
export interface AlignTuning {
  /** Counterpart log-odds of a candidate pair (inputs: `PAIR_INPUTS`). */
  readonly model: LogisticModel;
  /** Matcher thresholds, on the model's probabilities. */
  readonly thresholds: MatchThresholds;
  /** Row building: see `ROW_LINK_SHARE` in `rows.ts`. */
  readonly rowLinkShare: number;
}

/** The default tuning: the learned model and thresholds. */
export const DEFAULT_ALIGN_TUNING: AlignTuning = LEARNED_TUNING;

/** Options of one alignment. */
export interface AlignOptions {
  /** Articles to align even if they look like another story or event (the user's choice). */
  readonly include?: ReadonlyArray<number>;
  /** The user's corrections: links kept as fixed constraints, pairs kept apart. */
  readonly manual?: ManualAlignment;
  /**
   * The base is only the first choice: when the story check finds it off topic, the rows
   * follow the first article that is not (the story check itself stands as made).
   */
  readonly firstOnStory?: boolean;
}

/** The user's pairs between articles x < y, oriented `{x, y}` by paragraph. */
function pairsBetween(
  list: ReadonlyArray<ParagraphPair>,
  x: number,
  y: number,
): ReadonlyArray<{ readonly x: number; readonly y: number }> {
  return list.flatMap((p) =>
    p.a === x && p.b === y
      ? [{ x: p.paragraphA, y: p.paragraphB }]
      : p.a === y && p.b === x
        ? [{ x: p.paragraphB, y: p.paragraphA }]
        : [],
  );
}

/** The content paragraphs of each article, as the pair model sees them. */
function modelParagraphs(
  articles: ReadonlyArray<Article>,
  features: ReadonlyArray<ParagraphFeatures>,
): ReadonlyArray<ReadonlyArray<ModelParagraph>> {
  const headlines = articles.map((a) => headlineFlags(a.paragraphs));
  const counts = articles.map(() => 0);
  for (const f of features) {
    counts[f.article] = (counts[f.article] ?? 0) + 1;
  }
  const out: ModelParagraph[][] = articles.map(() => []);
  for (const f of features) {
    const list = out[f.article] as ModelParagraph[];
    list.push({
      features: f,
      rank: list.length,
      count: counts[f.article] ?? 0,
      headline: headlines[f.article]?.[f.paragraph] ?? false,
    });
  }
  return out;
}

/**
 * The candidate pairs of every article pair `x < y` to be matched, keyed `x * n + y`, with
 * the paragraphs, documents, and the neighbour lists with the whole-text cosines they were
 * chosen by (see {@link articleNeighbours}).
 */
export function candidatesByArticlePair(
  articles: ReadonlyArray<Article>,
  base = 0,
  manual: ManualAlignment = { links: [], unlinks: [] },
): {
  readonly pairs: ReadonlyMap<number, ReadonlyArray<ModelCandidate>>;
  readonly paragraphs: ReadonlyArray<ReadonlyArray<ModelParagraph>>;
  readonly pairIdf: (x: number, y: number) => (id: number) => number;
  readonly documents: ReadonlyArray<ArticleDocument>;
  readonly neighbours: ReadonlyArray<ReadonlyArray<number>> | null;
  readonly cosines: Float64Array | null;
} {
  const inputs: FeatureInput[] = [];
  articles.forEach((article, k) => {
    article.paragraphs.forEach((p, i) => {
      if (p.boilerplate === null) {
        inputs.push({ article: k, paragraph: i, text: p.text });
      }
    });
  });
  const { features, terms, idf } = paragraphFeatures(inputs);
  const paragraphs = modelParagraphs(articles, features);
  const documents = paragraphs.map((list) => articleDocument(list.map((p) => p.features)));
  const nearest = articleNeighbours(
    documents.map((d) => d.terms),
    idf.idf,
    base,
    manual,
  );
  const neighbours = nearest?.neighbours ?? null;
  const sets = neighbours?.map((list) => new Set(list)) ?? null;
  const viewOf: ModelParagraph[] = [];
  for (const list of paragraphs) {
    for (const p of list) {
      viewOf.push(p);
    }
  }
  const n = articles.length;
  const pairs = new Map<number, ModelCandidate[]>();
  const allowed = sets === null ? undefined : (x: number, y: number) => sets[x]?.has(y) ?? false;
  for (const { a, b } of candidatePairs(features, allowed)) {
    const [x, y] =
      (features[a] as ParagraphFeatures).article < (features[b] as ParagraphFeatures).article
        ? [viewOf[a] as ModelParagraph, viewOf[b] as ModelParagraph]
        : [viewOf[b] as ModelParagraph, viewOf[a] as ModelParagraph];
    const key = x.features.article * n + y.features.article;
    let list = pairs.get(key);
    if (list === undefined) {
      list = [];
      pairs.set(key, list);
    }
    list.push({ x, y });
  }
  return {
    pairs,
    paragraphs,
    pairIdf: pairIdfFactory(features, terms.size),
    documents,
    neighbours,
    cosines: nearest?.cosines ?? null,
  };
}

/** Up to this many articles, every pair of articles is matched. */
export const DENSE_ARTICLE_LIMIT = 40;

/**
 * Beyond {@link DENSE_ARTICLE_LIMIT} articles, each article is matched with the base and
 * with this many of its nearest articles (by whole-text similarity), so the work grows
 * linearly with the number of articles instead of with its square; rows join the rest
 * through those matches.
 */
export const NEAREST_ARTICLES = 8;

/**
 * Which pairs of articles to match: all of them, or for many articles each one with the
 * base, its nearest ones and those the user linked it to. Returns the neighbour lists
 * (symmetric, ascending) with the whole-text cosines of every two articles under the
 * comparison's idf (`cosines[x * n + y]`), or null when every pair is matched.
 */
function articleNeighbours(
  documents: ReadonlyArray<SparseVector>,
  idf: (id: number) => number,
  base: number,
  manual: ManualAlignment,
): {
  readonly neighbours: ReadonlyArray<ReadonlyArray<number>>;
  readonly cosines: Float64Array;
} | null {
  const n = documents.length;
  if (n <= DENSE_ARTICLE_LIMIT) {
    return null;
  }
  const vectors = documents.map((d) => tfidfVector(d, idf));
  const sets = documents.map(() => new Set<number>());
  const join = (x: number, y: number) => {
    if (x !== y) {
      sets[x]?.add(y);
      sets[y]?.add(x);
    }
  };
  // Each cosine once: the dot product is symmetric to the last bit.
  const cosines = new Float64Array(n * n);
  for (let x = 0; x < n; x++) {
    for (let y = x + 1; y < n; y++) {
      const s = dot(vectors[x] as SparseVector, vectors[y] as SparseVector);
      cosines[x * n + y] = s;
      cosines[y * n + x] = s;
    }
  }
  vectors.forEach((_, x) => {
    const scores = vectors.map((__, y) => ({
      y,
      s: y === x ? -1 : (cosines[x * n + y] as number),
    }));
    scores.sort((a, b) => b.s - a.s || a.y - b.y);
    for (const { y } of scores.slice(0, NEAREST_ARTICLES)) {
      join(x, y);
    }
    join(x, base);
  });
  for (const l of manual.links) {
    join(l.a, l.b);
  }
  return { neighbours: sets.map((set) => [...set].sort((a, b) => a - b)), cosines };
}

/** Aligns the paragraphs of two or more articles. */
export function alignArticles(
  articles: ReadonlyArray<Article>,
  base: number,
  tuning: AlignTuning = DEFAULT_ALIGN_TUNING,
  options: AlignOptions = {},
): Alignment {
  const n = articles.length;
  const manual = options.manual ?? { links: [], unlinks: [] };
  const { pairs, paragraphs, pairIdf, documents, neighbours, cosines } = candidatesByArticlePair(
    articles,
    base,
    manual,
  );
  const orders = paragraphs.map((list) => list.map((p) => p.features.paragraph));
  // Each article's features by paragraph index, for the split gain.
  const featuresAt = paragraphs.map(
    (list) => new Map(list.map((p) => [p.features.paragraph, p.features])),
  );
  const days = paragraphs.map((list) =>
    leadWeekdays(
      list.map(
        (p) =>
          (articles[p.features.article] as Article).paragraphs[p.features.paragraph]?.text ?? '',
      ),
    ),
  );
  type DocumentOf = (typeof documents)[number];
  const matched = (x: number, y: number) =>
    neighbours === null || (neighbours[x] ?? []).includes(y);
  const similarity: number[][] = articles.map((_, k) => articles.map((__, j) => (k === j ? 1 : 0)));
  const sameDay: (boolean | null)[][] = articles.map(() => articles.map(() => null));
  // An article the user included is part of the story. One they linked by hand is matched
  // like any other too, but the story check still judges it: a link does not bring back an
  // article the user left out (the link waits for it to be included).
  const included = new Set<number>(options.include ?? []);
  const matchedFreely = new Set<number>([...included, ...manual.links.flatMap((l) => [l.a, l.b])]);
  // Per article pair: its links, and when only its low similarity held it to the off-topic
  // thresholds, its links under the normal ones, used if a third article bridges the two.
  const pairLinks: { x: number; y: number; chosen: Link[]; normal: Link[] | null }[] = [];
  for (let x = 0; x < n; x++) {
    for (let y = x + 1; y < n; y++) {
      if (!matched(x, y)) {
        continue;
      }
      const candidates = pairs.get(x * n + y) ?? [];
      const idf = pairIdf(x, y);
      const odds = counterpartLogOdds(tuning.model, candidates, idf);
      const fixed = pairsBetween(manual.links, x, y);
      const apart = pairsBetween(manual.unlinks, x, y);
      const keptApart = apart.length === 0 ? null : new Set(apart.map((p) => `${p.x}:${p.y}`));
      const scored: ScoredPair[] = [];
      candidates.forEach((c, i) => {
        const px = c.x.features.paragraph;
        const py = c.y.features.paragraph;
        if (keptApart === null || !keptApart.has(`${px}:${py}`)) {
          scored.push({ x: px, y: py, score: sigmoid(odds[i] as number) });
        }
      });
      const gain = splitGainOf(featuresAt[x] ?? new Map(), featuresAt[y] ?? new Map(), idf);
      const firstPass = matchPair(
        scored,
        orders[x] ?? [],
        orders[y] ?? [],
        tuning.thresholds,
        gain,
        fixed,
      );
      // What the two texts share, as the engine matches them: the user's links (context for
      // the rest) do not lift an article of another story over the story check, which would
      // bring back one the user left out (Include is what brings one in).
      const sim = documentSimilarity(
        documents[x] as DocumentOf,
        documents[y] as DocumentOf,
        idf,
        fixed.length === 0
          ? firstPass
          : matchPair(scored, orders[x] ?? [], orders[y] ?? [], tuning.thresholds, gain),
      );
      (similarity[x] as number[])[y] = sim;
      (similarity[y] as number[])[x] = sim;
      const dx = days[x] ?? new Set<string>();
      const dy = days[y] ?? new Set<string>();
      // A day conflict between two articles that otherwise tell the same text is a
      // discrepancy of one outlet (the analyses report it), not another event.
      const otherEvent = differentEventDays(dx, dy) && sim < SAME_TEXT_SIMILARITY;
      const same = dx.size > 0 && dy.size > 0 ? !otherEvent : null;
      (sameDay[x] as (boolean | null)[])[y] = same;
      (sameDay[y] as (boolean | null)[])[x] = same;
      // An article the user included or linked is matched like any other, whatever the story
      // check says.
      const chosen =
        matchedFreely.has(x) || matchedFreely.has(y)
          ? firstPass
          : otherEvent
            ? fixed.map((f) => ({ ...f, score: 1 }))
            : sim < OFF_TOPIC_SIMILARITY
              ? matchPair(
                  scored,
                  orders[x] ?? [],
                  orders[y] ?? [],
                  OFF_TOPIC_THRESHOLDS,
                  gain,
                  fixed,
                )
              : firstPass;
      const isFixed = fixed.length === 0 ? null : new Set(fixed.map((f) => `${f.x}:${f.y}`));
      const toLinks = (list: ReadonlyArray<ScoredPair>): Link[] =>
        list.map((l) => ({
          articleA: x,
          paraA: l.x,
          articleB: y,
          paraB: l.y,
          score: l.score,
          manual: isFixed?.has(`${l.x}:${l.y}`) ?? false,
        }));
      pairLinks.push({
        x,
        y,
        chosen: toLinks(chosen),
        normal: chosen !== firstPass && !otherEvent ? toLinks(firstPass) : null,
      });
    }
  }
  const flags = judgedWithoutOtherStories(
    articles,
    base,
    tuning,
    options,
    offTopicArticles(similarity, sameDay, base, OFF_TOPIC_SIMILARITY),
    similarity,
  );
  // The days of another event are told against the story's own articles only.
  const anotherStory = new Set(
    flags.filter((o) => o.reason === 'another-story').map((o) => o.article as number),
  );
  const offTopic = flags
    .filter((o) => !included.has(o.article))
    .map((o) =>
      o.reason === 'another-event'
        ? {
            ...o,
            days: eventDays(
              days[o.article] ?? new Set(),
              days.filter((_, j) => sameDay[o.article]?.[j] === false && !anotherStory.has(j)),
            ),
          }
        : o,
    );
  const left = new Set<number>(offTopic.map((o) => o.article));
  const onStory = articles.findIndex((_, k) => !left.has(k));
  if (options.firstOnStory && left.has(base) && onStory >= 0) {
    if (neighbours !== null) {
      // Which articles are matched depends on the base: matched again from the new one.
      return alignArticles(articles, onStory, tuning, { ...options, firstOnStory: false });
    }
    base = onStory;
  }
  // Two articles that share little may still be two reports of one story, each telling a
  // different part of it: they are linked like any other pair when a third article the
  // story check keeps shares the story with both.
  const bridged = (x: number, y: number): boolean =>
    articles.some(
      (_, k) =>
        k !== x &&
        k !== y &&
        !left.has(k) &&
        (similarity[k]?.[x] ?? 0) >= OFF_TOPIC_SIMILARITY &&
        (similarity[k]?.[y] ?? 0) >= OFF_TOPIC_SIMILARITY,
    );
  const links = pairLinks
    .flatMap(({ x, y, chosen, normal }) => (normal && bridged(x, y) ? normal : chosen))
    .filter((l) => !left.has(l.articleA) && !left.has(l.articleB));
  const built = buildRows(
    articles.map((a) => ({
      paragraphCount: a.paragraphs.length,
      boilerplate: a.paragraphs.map((p) => p.boilerplate !== null),
    })),
    links,
    base,
    tuning.rowLinkShare,
    manual.unlinks.map((p) => ({
      articleA: p.a,
      paraA: p.paragraphA,
      articleB: p.b,
      paraB: p.paragraphB,
    })),
    neighbours,
  );
  // The rows of the articles left out come last: the story's rows keep the numbers they
  // have once the app compares the story without them.
  const leftOnly = (row: RowSkeleton) => row.cells.every((c, k) => c.length === 0 || left.has(k));
  const skeletons =
    left.size === 0 ? built : [...built.filter((row) => !leftOnly(row)), ...built.filter(leftOnly)];
  if (cosines !== null) {
    fillUnmatchedSimilarity(similarity, skeletons, documents, cosines, matched);
  }
  const moved = movedArticles(skeletons, base);
  return {
    // Where the alignment's plain indices become typed ones: a cast, as the arrays are
    // already what the types say (copying them would cost a new array per cell).
    rows: skeletons.map((row, i) => ({
      ...row,
      cells: row.cells as ReadonlyArray<ReadonlyArray<ParaIndex>>,
      moved: (moved[i] ?? []) as ReadonlyArray<ArticleIndex>,
    })),
    similarity,
    offTopic,
    links,
    base,
  };
}

/**
 * The story check once more among the articles it keeps, when it found articles of another
 * story altogether: the words of an unrelated article weigh in on every similarity of the
 * comparison, enough to lift a second unrelated article over the threshold (beside a
 * festival report, an article about another story looked like part of it). Adds the flags
 * of the check among the rest, and takes its similarities, the ones that judgement stands
 * on. Only when an article of the rest shares little with the others (see
 * {@link REJUDGED_BELOW}), and not when that would leave fewer than two articles to compare.
 * The articles the user included are judged too (their flags are dropped later), so that
 * one of another story they included does not hide a second one; the rest is judged under
 * the user's options (as everywhere, their links do not weigh in on the similarities).
 */
function judgedWithoutOtherStories(
  articles: ReadonlyArray<Article>,
  base: number,
  tuning: AlignTuning,
  options: AlignOptions,
  flags: ReadonlyArray<OffTopicArticle>,
  similarity: number[][],
): ReadonlyArray<OffTopicArticle> {
  const away = new Set(
    flags.filter((f) => f.reason === 'another-story').map((f) => f.article as number),
  );
  const rest = articles.flatMap((_, k) => (away.has(k) ? [] : [k]));
  // Only an article that shares little with the rest can owe its place to another story's
  // words: with none, the rest stands as judged.
  const suspect = rest.some(
    (x) =>
      !flags.some((f) => f.article === x) &&
      Math.max(...rest.filter((y) => y !== x).map((y) => similarity[x]?.[y] ?? 0)) < REJUDGED_BELOW,
  );
  if (away.size === 0 || rest.length < 3 || !suspect) {
    return flags;
  }
  const again = alignArticles(
    rest.map((k) => articles[k] as Article),
    Math.max(0, rest.indexOf(base)),
    tuning,
    optionsAmong(rest, options),
  );
  const fresh = again.offTopic
    .map((f) => ({ ...f, article: articleIndex(rest[f.article] as number) }))
    .filter((f) => !flags.some((o) => o.article === f.article));
  if (rest.length - fresh.length < 2) {
    return flags;
  }
  rest.forEach((x, i) => {
    rest.forEach((y, j) => {
      (similarity[x] as number[])[y] = again.similarity[i]?.[j] ?? 0;
    });
  });
  return [...flags, ...fresh].sort((a, b) => a.article - b.article);
}

/**
 * Below this best similarity, an article is judged again without the articles of another
 * story (see `judgedWithoutOtherStories`): reports of one story share 0.3–0.7, and the words
 * of an unrelated article lifted an article of another story from 0.13 to 0.21.
 */
const REJUDGED_BELOW = 0.3;

/** The user's options for some of the articles (`rest`, ascending), indexed among them. */
function optionsAmong(rest: ReadonlyArray<number>, options: AlignOptions): AlignOptions {
  const at = new Map(rest.map((k, i) => [k, i]));
  const among = (list: ReadonlyArray<ParagraphPair>): ParagraphPair[] =>
    list.flatMap((p) => {
      const a = at.get(p.a);
      const b = at.get(p.b);
      return a === undefined || b === undefined
        ? []
        : [{ ...p, a: articleIndex(a), b: articleIndex(b) }];
    });
  return {
    include: (options.include ?? []).flatMap((k) => {
      const i = at.get(k);
      return i === undefined ? [] : [i];
    }),
    manual: {
      links: among(options.manual?.links ?? []),
      unlinks: among(options.manual?.unlinks ?? []),
    },
  };
}

/**
 * The similarity of articles that were not matched with each other: the same measure, with
 * the whole-text cosine under the comparison-wide idf (`cosines`, from
 * {@link articleNeighbours}) and the share of paragraphs that found a counterpart read from
 * the rows.
 */
function fillUnmatchedSimilarity(
  similarity: number[][],
  rows: ReadonlyArray<RowSkeleton>,
  documents: ReadonlyArray<ArticleDocument>,
  cosines: Float64Array,
  matched: (x: number, y: number) => boolean,
): void {
  const n = documents.length;
  const shared = Array.from({ length: n }, () => new Int32Array(n));
  for (const row of rows) {
    if (row.kind !== 'shared') {
      continue;
    }
    const present = row.cells.flatMap((cell, k) => (cell.length > 0 ? [k] : []));
    for (const x of present) {
      for (const y of present) {
        if (x !== y) {
          (shared[x] as Int32Array)[y] =
            ((shared[x] as Int32Array)[y] as number) + (row.cells[x]?.length ?? 0);
        }
      }
    }
  }
  for (let x = 0; x < n; x++) {
    for (let y = x + 1; y < n; y++) {
      if (matched(x, y)) {
        continue;
      }
      const a = documents[x] as ArticleDocument;
      const b = documents[y] as ArticleDocument;
      const cosine = cosines[x * n + y] as number;
      const coverage =
        a.paragraphs && b.paragraphs
          ? ((shared[x]?.[y] ?? 0) / a.paragraphs + (shared[y]?.[x] ?? 0) / b.paragraphs) / 2
          : 0;
      const sim = similarityOf(cosine, coverage);
      (similarity[x] as number[])[y] = sim;
      (similarity[y] as number[])[x] = sim;
    }
  }
}

/**
 * Split gain from term features: the idf mass of the host's terms that the newcomer holds
 * and the existing parts do not, over the host's whole mass.
 */
function splitGainOf(
  xFeatures: ReadonlyMap<number, ParagraphFeatures>,
  yFeatures: ReadonlyMap<number, ParagraphFeatures>,
  idf: (id: number) => number,
): SplitGain {
  return (hostSide, host, parts, newcomer) => {
    const [hostMap, partMap] = hostSide === 'x' ? [xFeatures, yFeatures] : [yFeatures, xFeatures];
    const hostFeatures = hostMap.get(host);
    const newcomerFeatures = partMap.get(newcomer);
    if (!hostFeatures || !newcomerFeatures) {
      return 0;
    }
    const covered = new Set<number>();
    for (const part of parts) {
      for (const id of partMap.get(part)?.terms.ids ?? []) {
        covered.add(id);
      }
    }
    const newcomerTerms = new Set(newcomerFeatures.terms.ids);
    let gained = 0;
    let total = 0;
    for (const id of hostFeatures.terms.ids) {
      total += idf(id);
      if (!covered.has(id) && newcomerTerms.has(id)) {
        gained += idf(id);
      }
    }
    return total > 0 ? gained / total : 0;
  };
}

/** Headlines are looked for among an article's first few paragraphs. */
export const HEADLINE_SEARCH_DEPTH = 3;

/** A paragraph longer than this is body text, whatever its punctuation. */
export const MAX_HEADLINE_WORDS = 30;

/**
 * Which paragraphs are headlines (or sub-headlines): among the first few content
 * paragraphs, followed by more text, short, and not ending like a sentence. A headline
 * sums up the whole story, so it resembles many body paragraphs a little; the pair model
 * knows whether each side is a headline.
 */
export function headlineFlags(paragraphs: ReadonlyArray<Paragraph>): ReadonlyArray<boolean> {
  const content = paragraphs.flatMap((p, i) => (p.boilerplate === null ? [i] : []));
  const last = content[content.length - 1] ?? -1;
  const rankOf = new Map(content.map((index, rank) => [index, rank]));
  return paragraphs.map((p, index) => {
    const rank = rankOf.get(index) ?? -1;
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
