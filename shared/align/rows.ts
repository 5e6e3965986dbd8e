/**
 * From pairwise links to N-way rows in the base article's reading order.
 *
 * Links of all article pairs are merged into clusters (best link first); a cluster becomes
 * one row. A merge that would put distant paragraphs of one article in the same row is
 * refused: that is a chain of weak links ("A1~B1, B1~C1, C1~A7"), not a split.
 */
import type { RowKind } from '../model';
import { MAX_SPLIT_DISTANCE, MAX_SPLIT_PARTS } from './match-pairs';

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
  /** Similarity of the two paragraphs. */
  readonly score: number;
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
}

/**
 * Share of cross-article paragraph pairs between two clusters that must be linked for
 * them to merge into one row. One link alone may be a coincidence; when the other outlets'
 * paragraphs of the two clusters are mostly linked too, the row is real.
 */
export const MIN_MERGE_SUPPORT = 0.67;

class Clusters {
  private readonly parent: number[];
  readonly members: Map<number, number[]>;
  readonly scores: Map<number, number[]>;

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
    this.members = new Map(this.parent.map((i) => [i, [i]]));
    this.scores = new Map();
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) {
      root = this.parent[root] ?? root;
    }
    let node = i;
    while (this.parent[node] !== root) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  union(a: number, b: number, score: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[drop] = keep;
    this.members.set(keep, [...(this.members.get(keep) ?? []), ...(this.members.get(drop) ?? [])]);
    this.members.delete(drop);
    this.scores.set(keep, [
      ...(this.scores.get(keep) ?? []),
      ...(this.scores.get(drop) ?? []),
      score,
    ]);
    this.scores.delete(drop);
  }
}

/**
 * Builds rows from links.
 *
 * Laws: every paragraph of every article is in exactly one row; boilerplate paragraphs are
 * alone in rows of kind `boilerplate`; rows holding base paragraphs follow the base order;
 * a row without base paragraphs stands right after the row of the paragraph preceding it
 * in its own article.
 */
export function buildRows(
  articles: ReadonlyArray<RowArticle>,
  links: ReadonlyArray<Link>,
  base: number,
): ReadonlyArray<RowSkeleton> {
  const offsets: number[] = [];
  let total = 0;
  for (const article of articles) {
    offsets.push(total);
    total += article.paragraphCount;
  }
  const nodeOf = (article: number, para: number): number => (offsets[article] ?? 0) + para;
  const articleOf = (node: number): number => {
    let k = offsets.length - 1;
    while (k > 0 && (offsets[k] ?? 0) > node) {
      k--;
    }
    return k;
  };
  const paraOf = (node: number): number => node - (offsets[articleOf(node)] ?? 0);
  const clusters = new Clusters(total);

  const sorted = [...links].sort(
    (a, b) =>
      b.score - a.score ||
      a.articleA - b.articleA ||
      a.paraA - b.paraA ||
      a.articleB - b.articleB ||
      a.paraB - b.paraB,
  );
  const linked = new Set<string>();
  for (const link of links) {
    const a = nodeOf(link.articleA, link.paraA);
    const b = nodeOf(link.articleB, link.paraB);
    linked.add(`${Math.min(a, b)}:${Math.max(a, b)}`);
  }
  const support = (left: ReadonlyArray<number>, right: ReadonlyArray<number>): number => {
    let total = 0;
    let found = 0;
    for (const u of left) {
      for (const v of right) {
        if (articleOf(u) !== articleOf(v)) {
          total++;
          found += linked.has(`${Math.min(u, v)}:${Math.max(u, v)}`) ? 1 : 0;
        }
      }
    }
    return total === 0 ? 1 : found / total;
  };
  for (const link of sorted) {
    const a = nodeOf(link.articleA, link.paraA);
    const b = nodeOf(link.articleB, link.paraB);
    const [ra, rb] = [clusters.find(a), clusters.find(b)];
    if (ra === rb) {
      continue;
    }
    const left = clusters.members.get(ra) ?? [];
    const right = clusters.members.get(rb) ?? [];
    const merged = [...left, ...right];
    if (isCoherent(merged, articleOf, paraOf) && support(left, right) >= MIN_MERGE_SUPPORT) {
      clusters.union(a, b, link.score);
    }
  }

  // Turn clusters into rows.
  const rows: { kind: RowKind; cells: number[][]; similarity: number }[] = [];
  const rowOfNode = new Map<number, number>();
  for (let node = 0; node < total; node++) {
    const root = clusters.find(node);
    if (root !== node) {
      continue;
    }
    const members = (clusters.members.get(root) ?? []).slice().sort((x, y) => x - y);
    const cells: number[][] = articles.map(() => []);
    for (const m of members) {
      cells[articleOf(m)]?.push(paraOf(m));
    }
    const scores = clusters.scores.get(root) ?? [];
    const firstArticle = articleOf(members[0] ?? 0);
    const kind: RowKind =
      members.length > 1
        ? cells.filter((c) => c.length > 0).length > 1
          ? 'shared'
          : 'unique'
        : articles[firstArticle]?.boilerplate[paraOf(members[0] ?? 0)]
          ? 'boilerplate'
          : 'unique';
    const similarity = scores.length ? scores.reduce((s, x) => s + x, 0) / scores.length : 0;
    const index = rows.length;
    rows.push({ kind, cells, similarity });
    for (const m of members) {
      rowOfNode.set(m, index);
    }
  }
  return orderRows(
    rows,
    articles,
    base,
    (article, para) => rowOfNode.get(nodeOf(article, para)) ?? -1,
  );
}

/** A cluster is coherent when each article's paragraphs in it are few and close together. */
function isCoherent(
  members: ReadonlyArray<number>,
  articleOf: (node: number) => number,
  paraOf: (node: number) => number,
): boolean {
  const byArticle = new Map<number, number[]>();
  for (const m of members) {
    const k = articleOf(m);
    byArticle.set(k, [...(byArticle.get(k) ?? []), paraOf(m)]);
  }
  // A split or merge is one article saying in several paragraphs what the others say in
  // one; two articles with several paragraphs each in one row would be an n:m tangle.
  if ([...byArticle.values()].filter((paras) => paras.length > 1).length > 1) {
    return false;
  }
  for (const paras of byArticle.values()) {
    if (paras.length > MAX_SPLIT_PARTS) {
      return false;
    }
    if (Math.max(...paras) - Math.min(...paras) > MAX_SPLIT_DISTANCE * (paras.length - 1)) {
      return false;
    }
  }
  return true;
}

/**
 * Orders rows: a row's key is the position of its base paragraph; rows without a base
 * paragraph follow the row of the nearest preceding paragraph of their first article.
 */
function orderRows(
  rows: ReadonlyArray<RowSkeleton>,
  articles: ReadonlyArray<RowArticle>,
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
  void articles;
  return order.sort(compare).map((i) => rows[i] as RowSkeleton);
}
