/**
 * From pairwise links to N-way rows in the base article's reading order.
 *
 * Links of all article pairs are merged into clusters, strongest first, when the links
 * between two clusters outweigh the unlinked pairs the join would create (correlation
 * clustering); then single paragraphs move to the cluster where they do most by the same
 * measure, or out on their own (local moves); a cluster becomes one row. A chain of links
 * ("A1~B1, B1~C1, C1~A7") does not become one row, and a paragraph joins a third outlet's
 * split or merged counterpart when the links say so.
 */
import type { RowKind } from '../model';
import { MAX_SPLIT_PARTS } from './match-pairs';

/** A link between paragraphs of two different articles. */
export interface Link {
  /** First article. */
  readonly articleA: number;
  /** Paragraph in the first article. */
  readonly paraA: number;
  /** Second article. */
  readonly articleB: number;
  /** Paragraph in the second article. */
  readonly paraB: number;
  /** Probability that the two paragraphs are counterparts (the link's confidence). */
  readonly score: number;
  /** True when the user made the link: it is kept whatever the others say. */
  readonly manual?: boolean;
}

/** The minimal view of an article that row building needs. */
export interface RowArticle {
  /** Number of paragraphs. */
  readonly paragraphCount: number;
  /** Whether each paragraph is boilerplate (never aligned). */
  readonly boilerplate: ReadonlyArray<boolean>;
}

/** A row before word diffs are added. */
export interface RowSkeleton {
  /** What the row is. */
  readonly kind: RowKind;
  /** Paragraph indices per article. */
  readonly cells: ReadonlyArray<ReadonlyArray<number>>;
  /** Mean score of the links inside the row. */
  readonly similarity: number;
  /**
   * How sure the row is, 0..1: the mean link probability over every two paragraphs of
   * different articles it puts side by side (an unlinked pair counts 0); 1 for a row of one
   * article.
   */
  readonly confidence: number;
  /** True when the row holds a link the user made. */
  readonly manual: boolean;
}

/**
 * A row is worth joining when the links between two clusters outweigh the pairs of
 * paragraphs the join would put side by side without a link: each linked pair counts
 * `1 - ROW_LINK_SHARE` (a weak link less: {@link linkWeight}), each unlinked one
 * `-ROW_LINK_SHARE`. At 0.35 a row may hold a pair that no link connects as long as nearly
 * two of three pairs are linked: the third outlet that paraphrased a quote the other two
 * share verbatim still joins their row, while a chain of weak links ("A1~B1, B1~C1,
 * C1~A7") does not become one row.
 */
export const ROW_LINK_SHARE = 0.35;

/**
 * In a comparison of three articles or more, a link less probable than this counts in
 * proportion to its probability (a link of 0.2 counts 0.4 of one) in the rows' measure: a
 * weak link between two outlets does not carry a paragraph into a row beside the others'
 * paragraphs it has no link to. With two articles the matcher's links are the answer and
 * each counts whole. Chosen leave-one-story-out among 0.4-0.7 (README, "Alignment").
 */
export const WEAK_LINK_SCORE = 0.5;

/** What a link counts for in the rows' measure, among `articles` articles. */
export function linkWeight(link: Link, articles: number): number {
  return link.manual || articles < 3 ? 1 : Math.min(1, link.score / WEAK_LINK_SCORE);
}

/**
 * How many articles of one row may have several paragraphs in it: a split or merge is one
 * article saying in several paragraphs what the others say in one; two articles with
 * several paragraphs each make an n:m tangle whose implied pairs are mostly wrong
 * (measured on the reference stories: allowing 2 or more lowers the all-at-once scores).
 */
export const MAX_SPLIT_ARTICLES = 1;

/**
 * What links two clusters: the weight of its links ({@link linkWeight}), counts of manual
 * links and of pairs kept apart.
 */
interface ClusterEdge {
  weight: number;
  manual: number;
  apart: number;
}

/**
 * The articles each article was matched with, when not every pair was (`lists[k]`: those
 * article k was matched with).
 */
class Neighbours {
  private readonly sets: ReadonlyArray<ReadonlySet<number>>;
  private readonly listing: ReadonlyArray<ReadonlyArray<number>>;

  constructor(lists: ReadonlyArray<ReadonlyArray<number>>) {
    this.sets = lists.map((list) => new Set(list));
    const listing: number[][] = lists.map(() => []);
    lists.forEach((list, k) => {
      for (const other of list) {
        listing[other]?.push(k);
      }
    });
    this.listing = listing;
  }

  /** Whether `other` is among the articles `article` was matched with. */
  has(article: number, other: number): boolean {
    return this.sets[article]?.has(other) ?? false;
  }

  /** The articles whose lists hold `article` (the same as its own list when they agree). */
  listedBy(article: number): ReadonlyArray<number> {
    return this.listing[article] ?? [];
  }
}

/**
 * How many paragraphs of a group matter to each article, by the neighbour lists: for
 * article k, the group's paragraphs of the articles k was matched with. Kept up to date as
 * paragraphs come and go, so that the pairs a paragraph of article k would stand beside in
 * the group are one look-up away.
 */
type Beside = Map<number, number>;

/** Adds (or with `sign` -1, takes away) a paragraph of `article` to a group's {@link Beside}. */
function addBeside(beside: Beside, neighbours: Neighbours, article: number, sign: number): void {
  for (const k of neighbours.listedBy(article)) {
    beside.set(k, (beside.get(k) ?? 0) + sign);
  }
}

/**
 * Union-find over paragraphs (nodes), each cluster with its members, its paragraph count
 * per article and its edges to other clusters, so that judging a join costs the size of
 * the smaller cluster's article map, not the product of the two clusters' sizes.
 */
class Clusters {
  private readonly parent: Int32Array;
  private readonly members = new Map<number, number[]>();
  private readonly perArticle = new Map<number, Map<number, number>>();
  private readonly several = new Map<number, number>();
  private readonly edges = new Map<number, Map<number, ClusterEdge>>();
  private readonly beside = new Map<number, Beside>();

  constructor(
    size: number,
    private readonly articleOf: (node: number) => number,
    private readonly neighbours: Neighbours | null,
  ) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) {
      root = this.parent[root] as number;
    }
    let node = i;
    while (this.parent[node] !== root) {
      const next = this.parent[node] as number;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  membersOf(root: number): ReadonlyArray<number> {
    return this.members.get(root) ?? [root];
  }

  private countsOf(root: number): ReadonlyMap<number, number> {
    return this.perArticle.get(root) ?? new Map([[this.articleOf(root), 1]]);
  }

  /** The cluster's {@link Beside} (with neighbour lists only), made on first use. */
  private besideOf(root: number, neighbours: Neighbours): Beside {
    let beside = this.beside.get(root);
    if (beside === undefined) {
      beside = new Map();
      addBeside(beside, neighbours, this.articleOf(root), 1);
      this.beside.set(root, beside);
    }
    return beside;
  }

  /** Records a link (or a pair kept apart) between two paragraphs. */
  addEdge(u: number, v: number, kind: 'link' | 'manual' | 'apart', weight = 1): void {
    this.addDirectedEdge(u, v, kind, weight);
    this.addDirectedEdge(v, u, kind, weight);
  }

  private addDirectedEdge(
    from: number,
    to: number,
    kind: 'link' | 'manual' | 'apart',
    weight: number,
  ): void {
    let map = this.edges.get(from);
    if (map === undefined) {
      map = new Map();
      this.edges.set(from, map);
    }
    let edge = map.get(to);
    if (edge === undefined) {
      edge = { weight: 0, manual: 0, apart: 0 };
      map.set(to, edge);
    }
    if (kind === 'apart') {
      edge.apart++;
    } else {
      edge.weight += weight;
      edge.manual += kind === 'manual' ? 1 : 0;
    }
  }

  /** The joined cluster's {@link Beside}: the larger one of the two, with the other added. */
  private joinBeside(keep: number, drop: number, neighbours: Neighbours): void {
    // A cluster without one is a single paragraph.
    const kept = this.beside.get(keep);
    const dropped = this.beside.get(drop);
    let joined: Beside;
    if (kept !== undefined && dropped !== undefined) {
      const [into, from] = kept.size >= dropped.size ? [kept, dropped] : [dropped, kept];
      for (const [article, count] of from) {
        into.set(article, (into.get(article) ?? 0) + count);
      }
      joined = into;
    } else {
      joined = kept ?? dropped ?? new Map();
      if (kept === undefined) {
        addBeside(joined, neighbours, this.articleOf(keep), 1);
      }
      if (dropped === undefined) {
        addBeside(joined, neighbours, this.articleOf(drop), 1);
      }
    }
    this.beside.set(keep, joined);
    this.beside.delete(drop);
  }

  edge(a: number, b: number): ClusterEdge {
    return this.edges.get(a)?.get(b) ?? { weight: 0, manual: 0, apart: 0 };
  }

  /**
   * Pairs of paragraphs of different articles that joining the two clusters puts side by
   * side, counting only pairs of articles that were matched with each other (the others
   * say nothing either way).
   */
  crossPairs(a: number, b: number): number {
    const [small, large] = this.bySize(a, b);
    const smallCounts = this.countsOf(small);
    const largeCounts = this.countsOf(large);
    if (this.neighbours !== null) {
      const beside = this.besideOf(large, this.neighbours);
      let cross = 0;
      for (const [article, count] of smallCounts) {
        cross += count * (beside.get(article) ?? 0);
      }
      return cross;
    }
    let same = 0;
    for (const [article, count] of smallCounts) {
      same += count * (largeCounts.get(article) ?? 0);
    }
    return this.membersOf(a).length * this.membersOf(b).length - same;
  }

  /**
   * Whether the joined cluster would stay coherent: at most `maxArticles` articles with
   * several paragraphs in it (or as many as one of the two already has: a row the user
   * made with more takes a paragraph of a further article), none with more than `maxParts`.
   */
  coherentJoin(a: number, b: number, maxArticles: number, maxParts: number): boolean {
    const [small, large] = this.bySize(a, b);
    const largeCounts = this.countsOf(large);
    const before = [this.several.get(small) ?? 0, this.several.get(large) ?? 0];
    let several = (before[0] as number) + (before[1] as number);
    for (const [article, count] of this.countsOf(small)) {
      const other = largeCounts.get(article) ?? 0;
      if (count + other > maxParts) {
        return false;
      }
      several += Number(count + other > 1) - Number(count > 1) - Number(other > 1);
    }
    return several <= Math.max(maxArticles, ...before);
  }

  private bySize(a: number, b: number): [number, number] {
    return this.countsOf(a).size <= this.countsOf(b).size ? [a, b] : [b, a];
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    const keep = Math.min(ra, rb);
    const drop = Math.max(ra, rb);
    this.parent[drop] = keep;
    // The kept cluster's member list and counts, once it has its own, grow in place.
    const members = this.members.get(keep) ?? [keep];
    for (const m of this.membersOf(drop)) {
      members.push(m);
    }
    this.members.set(keep, members);
    this.members.delete(drop);
    const counts = this.perArticle.get(keep) ?? new Map([[this.articleOf(keep), 1]]);
    for (const [article, count] of this.countsOf(drop)) {
      counts.set(article, (counts.get(article) ?? 0) + count);
    }
    this.perArticle.set(keep, counts);
    this.perArticle.delete(drop);
    let several = 0;
    for (const count of counts.values()) {
      several += count > 1 ? 1 : 0;
    }
    this.several.set(keep, several);
    this.several.delete(drop);
    if (this.neighbours !== null) {
      this.joinBeside(keep, drop, this.neighbours);
    }
    // Move the dropped cluster's edges to the kept one.
    const keepEdges = this.edges.get(keep) ?? new Map<number, ClusterEdge>();
    this.edges.set(keep, keepEdges);
    for (const [other, edge] of this.edges.get(drop) ?? []) {
      const otherEdges = this.edges.get(other);
      otherEdges?.delete(drop);
      if (other === keep) {
        continue;
      }
      const merged = keepEdges.get(other) ?? { weight: 0, manual: 0, apart: 0 };
      merged.weight += edge.weight;
      merged.manual += edge.manual;
      merged.apart += edge.apart;
      keepEdges.set(other, merged);
      otherEdges?.set(keep, merged);
    }
    keepEdges.delete(drop);
    this.edges.delete(drop);
  }
}

/**
 * Builds rows from links (correlation clustering, strongest link first).
 *
 * `apart` lists pairs the user separated: no row holds both. Links marked `manual` join
 * their rows first, whatever the other links say. `neighbours[k]` lists the articles that
 * article k was matched with when not every pair of articles was (null: every pair was).
 *
 * Laws: every paragraph of every article is in exactly one row; a paragraph without links
 * is alone in its row (of kind `boilerplate` when it is boilerplate); a row never holds two
 * paragraphs that no chain of links inside it connects, nor two the user separated; two
 * rows join along a manual link, or when their links outweigh `linkShare` times the pairs
 * the join would put side by side and the join is coherent; then a paragraph not on a
 * manual link moves to another row, or out on its own, where it does more by that measure,
 * if its row stays connected; rows holding base paragraphs follow the base order; a row
 * without base paragraphs stands right after the row of the paragraph preceding it in its
 * own article.
 */
export function buildRows(
  articles: ReadonlyArray<RowArticle>,
  links: ReadonlyArray<Link>,
  base: number,
  linkShare = ROW_LINK_SHARE,
  apart: ReadonlyArray<Omit<Link, 'score'>> = [],
  neighbours: ReadonlyArray<ReadonlyArray<number>> | null = null,
): ReadonlyArray<RowSkeleton> {
  const offsets: number[] = [];
  let total = 0;
  for (const article of articles) {
    offsets.push(total);
    total += article.paragraphCount;
  }
  const nodeOf = (article: number, para: number): number => (offsets[article] ?? 0) + para;
  const articleOfNode = new Int32Array(total);
  articles.forEach((article, k) => {
    articleOfNode.fill(k, offsets[k] ?? 0, (offsets[k] ?? 0) + article.paragraphCount);
  });
  const articleOf = (node: number): number => articleOfNode[node] as number;
  const paraOf = (node: number): number => node - (offsets[articleOf(node)] ?? 0);
  const matchedWith = neighbours === null ? null : new Neighbours(neighbours);
  const clusters = new Clusters(total, articleOf, matchedWith);
  const linkScore = new Map<number, number>();
  const weights = new Map<number, number>();
  const manual = new Set<number>();
  const pairKey = (u: number, v: number): number => (u < v ? u * total + v : v * total + u);
  for (const link of links) {
    const u = nodeOf(link.articleA, link.paraA);
    const v = nodeOf(link.articleB, link.paraB);
    const key = pairKey(u, v);
    if (!linkScore.has(key)) {
      const weight = linkWeight(link, articles.length);
      clusters.addEdge(u, v, link.manual ? 'manual' : 'link', weight);
      weights.set(key, weight);
    }
    linkScore.set(key, link.score);
    if (link.manual) {
      manual.add(key);
    }
  }
  for (const p of apart) {
    clusters.addEdge(nodeOf(p.articleA, p.paraA), nodeOf(p.articleB, p.paraB), 'apart');
  }
  const sorted = [...links].sort(
    (a, b) =>
      Number(b.manual ?? false) - Number(a.manual ?? false) ||
      b.score - a.score ||
      a.articleA - b.articleA ||
      a.paraA - b.paraA ||
      a.articleB - b.articleB ||
      a.paraB - b.paraB,
  );
  for (const link of sorted) {
    const a = nodeOf(link.articleA, link.paraA);
    const b = nodeOf(link.articleB, link.paraB);
    const [ra, rb] = [clusters.find(a), clusters.find(b)];
    if (ra === rb) {
      continue;
    }
    const edge = clusters.edge(ra, rb);
    if (edge.apart > 0) {
      continue;
    }
    // A link the user made joins its rows unless they separated two of their paragraphs.
    const gain = edge.weight - linkShare * clusters.crossPairs(ra, rb);
    if (
      edge.manual > 0 ||
      (gain > 0 && clusters.coherentJoin(ra, rb, MAX_SPLIT_ARTICLES, MAX_SPLIT_PARTS))
    ) {
      clusters.union(a, b);
    }
  }

  // Then move single paragraphs where the joins left them on the wrong side.
  const groupOf = Int32Array.from({ length: total }, (_, node) => clusters.find(node));
  movePlacedParagraphs(groupOf, {
    links: links.map((l) => ({
      u: nodeOf(l.articleA, l.paraA),
      v: nodeOf(l.articleB, l.paraB),
      manual: l.manual ?? false,
    })),
    weightOf: (u, v) => weights.get(pairKey(u, v)) ?? 1,
    apart: apart.map((p) => ({ u: nodeOf(p.articleA, p.paraA), v: nodeOf(p.articleB, p.paraB) })),
    articleOf,
    neighbours: matchedWith,
    linkShare,
  });

  // Turn groups into rows.
  const groups = new Map<number, number[]>();
  for (let node = 0; node < total; node++) {
    const group = groupOf[node] as number;
    const list = groups.get(group);
    if (list === undefined) {
      groups.set(group, [node]);
    } else {
      list.push(node);
    }
  }
  const rows: RowSkeleton[] = [];
  const rowOfNode = new Int32Array(total).fill(-1);
  for (const members of groups.values()) {
    const cells: number[][] = articles.map(() => []);
    for (const m of members) {
      cells[articleOf(m)]?.push(paraOf(m));
    }
    let sum = 0;
    let count = 0;
    let pairs = 0;
    let hasManual = false;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const u = members[i] as number;
        const v = members[j] as number;
        if (
          articleOf(u) !== articleOf(v) &&
          (matchedWith === null || matchedWith.has(articleOf(u), articleOf(v)))
        ) {
          pairs++;
          const score = linkScore.get(pairKey(u, v));
          hasManual ||= manual.has(pairKey(u, v));
          if (score !== undefined) {
            sum += score;
            count++;
          }
        }
      }
    }
    const first = members[0] as number;
    const kind: RowKind =
      cells.filter((c) => c.length > 0).length > 1
        ? 'shared'
        : members.length === 1 && articles[articleOf(first)]?.boilerplate[paraOf(first)]
          ? 'boilerplate'
          : 'unique';
    const index = rows.length;
    rows.push({
      kind,
      cells,
      similarity: count > 0 ? sum / count : 0,
      confidence: pairs > 0 ? sum / pairs : 1,
      manual: hasManual,
    });
    for (const m of members) {
      rowOfNode[m] = index;
    }
  }
  return orderRows(rows, base, (article, para) => rowOfNode[nodeOf(article, para)] ?? -1);
}

/** What {@link movePlacedParagraphs} reads: the links and pairs kept apart, by node. */
interface MoveInput {
  readonly links: ReadonlyArray<{
    readonly u: number;
    readonly v: number;
    readonly manual: boolean;
  }>;
  /** A link's weight ({@link linkWeight}), by its two paragraphs. */
  readonly weightOf: (u: number, v: number) => number;
  readonly apart: ReadonlyArray<{ readonly u: number; readonly v: number }>;
  readonly articleOf: (node: number) => number;
  readonly neighbours: Neighbours | null;
  readonly linkShare: number;
}

/** Rounds of moves at most (each visits every linked paragraph once; few are ever needed). */
export const MAX_MOVE_ROUNDS = 4;

/**
 * Local moves after the joins (`groupOf[node]` is the node's group, changed in place).
 *
 * Joining whole groups strongest link first can leave a paragraph where it does not
 * belong: it came with its group, or stayed in the first group it joined when a later group
 * it links to far better could not take that whole group (two outlets' splits in one row).
 * Each linked paragraph, in turn, moves to the group where it does most for the rows, by the
 * joins' own measure (each linked pair it would stand beside counts its link's weight less
 * `linkShare`, each unlinked one `-linkShare`), or out on its own when that measure is
 * below zero where it is; until a round moves none, or after {@link MAX_MOVE_ROUNDS} rounds. Each move raises
 * the rows' total by that measure.
 *
 * A move keeps every law of the rows: the paragraph joins a group it links to, that stays
 * coherent and holds nothing the user kept apart from it; the group it leaves stays
 * connected by its links; a paragraph on a link the user made stays where it is.
 */
function movePlacedParagraphs(groupOf: Int32Array, input: MoveInput): void {
  const { articleOf, neighbours, linkShare, weightOf } = input;
  const adjacent = new Map<number, number[]>();
  const pinned = new Set<number>();
  const addTo = (map: Map<number, number[]>, from: number, to: number) => {
    const list = map.get(from);
    if (list === undefined) {
      map.set(from, [to]);
    } else if (!list.includes(to)) {
      list.push(to);
    }
  };
  for (const { u, v, manual } of input.links) {
    addTo(adjacent, u, v);
    addTo(adjacent, v, u);
    if (manual) {
      pinned.add(u);
      pinned.add(v);
    }
  }
  const keptApart = new Map<number, number[]>();
  for (const { u, v } of input.apart) {
    addTo(keptApart, u, v);
    addTo(keptApart, v, u);
  }
  // Members and paragraph counts per article of every group that holds a linked paragraph.
  const members = new Map<number, Set<number>>();
  const counts = new Map<number, Map<number, number>>();
  // With neighbour lists, each such group's Beside too.
  const besides = new Map<number, Beside>();
  const enter = (node: number, group: number) => {
    groupOf[node] = group;
    let set = members.get(group);
    if (set === undefined) {
      set = new Set();
      members.set(group, set);
    }
    set.add(node);
    let perArticle = counts.get(group);
    if (perArticle === undefined) {
      perArticle = new Map();
      counts.set(group, perArticle);
    }
    const article = articleOf(node);
    perArticle.set(article, (perArticle.get(article) ?? 0) + 1);
    if (neighbours !== null) {
      let beside = besides.get(group);
      if (beside === undefined) {
        beside = new Map();
        besides.set(group, beside);
      }
      addBeside(beside, neighbours, article, 1);
    }
  };
  const leave = (node: number) => {
    const group = groupOf[node] as number;
    members.get(group)?.delete(node);
    const perArticle = counts.get(group);
    const article = articleOf(node);
    perArticle?.set(article, (perArticle.get(article) ?? 1) - 1);
    const beside = besides.get(group);
    if (neighbours !== null && beside !== undefined) {
      addBeside(beside, neighbours, article, -1);
    }
  };
  // Every paragraph of a group of two or more holds a link: the linked ones are all there is.
  for (const node of adjacent.keys()) {
    enter(node, groupOf[node] as number);
  }
  /** Paragraphs of other articles that matter to `node` (matched articles only) in `group`. */
  const besideIn = (node: number, group: number): number => {
    const article = articleOf(node);
    const perArticle = counts.get(group);
    if (perArticle === undefined) {
      return 0;
    }
    if (neighbours !== null) {
      return besides.get(group)?.get(article) ?? 0;
    }
    let beside = 0;
    for (const [other, count] of perArticle) {
      beside += other !== article ? count : 0;
    }
    return beside;
  };
  const linksIn = (node: number, group: number): number => {
    let n = 0;
    for (const w of adjacent.get(node) ?? []) {
      n += groupOf[w] === group ? weightOf(node, w) : 0;
    }
    return n;
  };
  const worth = (node: number, group: number): number =>
    linksIn(node, group) - linkShare * besideIn(node, group);
  // As for joins: a group the user made with more split articles than the limit still
  // takes a paragraph that adds none.
  const coherentWith = (node: number, group: number): boolean => {
    const article = articleOf(node);
    let several = 0;
    let before = 0;
    for (const [other, count] of counts.get(group) ?? []) {
      const after = count + (other === article ? 1 : 0);
      if (after > MAX_SPLIT_PARTS) {
        return false;
      }
      several += after > 1 ? 1 : 0;
      before += count > 1 ? 1 : 0;
    }
    return several <= Math.max(MAX_SPLIT_ARTICLES, before);
  };
  const connectedWithout = (node: number, group: number): boolean => {
    const rest = [...(members.get(group) ?? [])].filter((m) => m !== node);
    if (rest.length <= 1) {
      return true;
    }
    const seen = new Set<number>([rest[0] as number]);
    const stack = [rest[0] as number];
    while (stack.length > 0) {
      for (const w of adjacent.get(stack.pop() as number) ?? []) {
        if (w !== node && groupOf[w] === group && !seen.has(w)) {
          seen.add(w);
          stack.push(w);
        }
      }
    }
    return seen.size === rest.length;
  };
  const nodes = [...adjacent.keys()].sort((a, b) => a - b);
  const alone = (node: number): boolean => (members.get(groupOf[node] as number)?.size ?? 1) <= 1;
  // A paragraph that goes out on its own takes a group id no paragraph has had.
  let freshGroup = groupOf.length;
  for (let round = 0; round < MAX_MOVE_ROUNDS; round++) {
    let moved = false;
    for (const node of nodes) {
      if (pinned.has(node)) {
        continue;
      }
      const own = groupOf[node] as number;
      const here = alone(node) ? 0 : worth(node, own);
      // Where it is, or on its own if that does more (its measure there is below zero).
      let best = Math.max(0, here);
      let target: number | null = null;
      const seen = new Set<number>([own]);
      for (const w of adjacent.get(node) ?? []) {
        const group = groupOf[w] as number;
        if (seen.has(group)) {
          continue;
        }
        seen.add(group);
        const value = worth(node, group);
        if (
          value > best + 1e-9 &&
          coherentWith(node, group) &&
          !(keptApart.get(node) ?? []).some((x) => groupOf[x] === group)
        ) {
          best = value;
          target = group;
        }
      }
      const out = target === null && here < 0;
      if ((target !== null || out) && connectedWithout(node, own)) {
        leave(node);
        enter(node, target ?? freshGroup++);
        moved = true;
      }
    }
    if (!moved) {
      break;
    }
  }
}

/**
 * Orders rows: a row's key is the position of its base paragraph; rows without a base
 * paragraph follow the row of the nearest preceding paragraph of their first article.
 */
function orderRows(
  rows: ReadonlyArray<RowSkeleton>,
  base: number,
  rowOf: (article: number, para: number) => number,
): ReadonlyArray<RowSkeleton> {
  const keys = new Map<number, number[]>();
  const keyOf = (index: number, seen: Set<number>): number[] => {
    const known = keys.get(index);
    if (known) {
      return known;
    }
    const row = rows[index];
    if (!row) {
      return [];
    }
    const baseCell = row.cells[base] ?? [];
    let key: number[];
    if (baseCell.length > 0) {
      key = [Math.min(...baseCell)];
    } else {
      const article = row.cells.findIndex((c) => c.length > 0);
      const para = Math.min(...(row.cells[article] ?? [0]));
      let predecessor: number[] = [-1];
      for (let p = para - 1; p >= 0; p--) {
        const r = rowOf(article, p);
        if (r !== index && r >= 0 && !seen.has(r)) {
          seen.add(index);
          predecessor = keyOf(r, seen);
          break;
        }
      }
      // Rows that follow the same predecessor keep their article order, then paragraph order.
      key = [...predecessor, article, para];
    }
    keys.set(index, key);
    return key;
  };
  const order = rows.map((_, i) => i);
  const compare = (a: number, b: number): number => {
    const ka = keyOf(a, new Set());
    const kb = keyOf(b, new Set());
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      const d = (ka[i] ?? -Infinity) - (kb[i] ?? -Infinity);
      if (d !== 0) {
        return d;
      }
    }
    return a - b;
  };
  return order.sort(compare).map((i) => rows[i] as RowSkeleton);
}
