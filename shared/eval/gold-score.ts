/**
 * Scoring an alignment against a reference ("gold") alignment, as described in
 * `eval/GOLD-GUIDELINES.md`: a link is any two paragraphs of different articles in one
 * row; precision, recall and F1 are computed over such links.
 */

/** A reference alignment file. */
export interface GoldFile {
  /** Story id. */
  readonly story: string;
  /** Article id → file name. */
  readonly articles: Readonly<Record<string, string>>;
  /** Counterpart links per article pair, as snippet pairs. */
  readonly links: ReadonlyArray<{
    readonly a: string;
    readonly b: string;
    readonly pairs: ReadonlyArray<readonly [string, string]>;
  }>;
}

/** Link precision, recall and F1 with their counts. */
export interface LinkScore {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Canonical key of a link between paragraph `i` of article `a` and `j` of `b`. */
export function linkKey(a: string, i: number, b: string, j: number): string {
  return a < b ? `${a}#${i}|${b}#${j}` : `${b}#${j}|${a}#${i}`;
}

/** Finds the one paragraph holding a snippet; throws if none or several do (a bad gold file). */
export function locateSnippet(paragraphs: ReadonlyArray<string>, snippet: string): number {
  const hits = paragraphs.flatMap((p, i) => (p.includes(snippet) ? [i] : []));
  if (hits.length !== 1) {
    throw new Error(`snippet found in ${hits.length} paragraphs: ${JSON.stringify(snippet)}`);
  }
  return hits[0] as number;
}

/** The gold links between the given articles (ids), as link keys. */
export function goldLinks(
  gold: GoldFile,
  paragraphs: Readonly<Record<string, ReadonlyArray<string>>>,
  ids: ReadonlyArray<string>,
): ReadonlySet<string> {
  const out = new Set<string>();
  for (const entry of gold.links) {
    const pa = paragraphs[entry.a];
    const pb = paragraphs[entry.b];
    if (!ids.includes(entry.a) || !ids.includes(entry.b) || !pa || !pb) {
      continue;
    }
    for (const [sa, sb] of entry.pairs) {
      out.add(linkKey(entry.a, locateSnippet(pa, sa), entry.b, locateSnippet(pb, sb)));
    }
  }
  return out;
}

/** The links implied by rows: every two paragraphs of different articles in one row. */
export function rowLinks(
  rows: ReadonlyArray<{ readonly cells: ReadonlyArray<ReadonlyArray<number>> }>,
  ids: ReadonlyArray<string>,
): ReadonlySet<string> {
  const out = new Set<string>();
  for (const row of rows) {
    row.cells.forEach((cellA, a) => {
      row.cells.forEach((cellB, b) => {
        if (a < b) {
          for (const i of cellA) {
            for (const j of cellB) {
              out.add(linkKey(ids[a] ?? String(a), i, ids[b] ?? String(b), j));
            }
          }
        }
      });
    });
  }
  return out;
}

/** Precision, recall and F1 of predicted links against gold links (all 1 when both are empty). */
export function scoreLinks(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): LinkScore {
  let truePositives = 0;
  for (const key of predicted) {
    if (gold.has(key)) {
      truePositives++;
    }
  }
  return fromCounts(truePositives, predicted.size - truePositives, gold.size - truePositives);
}

/** Builds a score from counts (micro-averaging sums counts first, then calls this). */
export function fromCounts(tp: number, fp: number, fn: number): LinkScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}
