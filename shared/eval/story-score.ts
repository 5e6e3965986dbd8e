/**
 * Scoring an alignment against a reference story, exactly as `eval/score.py` (the scorer
 * the project is judged by) does it, so the numbers `npm run eval` prints are the judged
 * ones:
 *
 * - a link is any two paragraphs of different articles that share a row;
 * - a gold snippet names the one paragraph whose normalised text contains it (none or
 *   several: the snippet is unmapped and dropped);
 * - strict precision counts only the counterparts (`gold.json`); lenient precision also
 *   accepts a link that shares a fact (`gold-facts.json`); recall is always against the
 *   counterparts;
 * - a link to an article outside the gold's articles (the off-topic one) is always false.
 */

/** A reference file (`gold.json` or `gold-facts.json`), as described in `eval/GOLD-GUIDELINES.md`. */
export interface StoryGold {
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
  /** Files of articles about another event (every link to them is false). */
  readonly offtopic?: ReadonlyArray<string>;
}

/** Precision, recall and F1 over links. */
export interface StoryScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Links the tool made. */
  readonly toolLinks: number;
  /** Links the reference holds. */
  readonly goldLinks: number;
  /** Tool links that are reference counterparts. */
  readonly truePositives: number;
}

const SCORE_PUNCTUATION: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
};

/** The scorer's normalisation: straight quotes and hyphens, collapsed whitespace. */
export function normalizeForScore(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201c\u201d\u2013\u2014\u00a0]/gu, (c) => SCORE_PUNCTUATION[c] ?? c)
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The one paragraph (normalised) containing the snippet, or null when none or several do. */
export function findSnippet(paragraphs: ReadonlyArray<string>, snippet: string): number | null {
  const needle = normalizeForScore(snippet);
  let found: number | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    if ((paragraphs[i] as string).includes(needle)) {
      if (found !== null) {
        return null;
      }
      found = i;
    }
  }
  return found;
}

/** Canonical key of a link between paragraph `i` of article `a` and paragraph `j` of `b`. */
export function storyLinkKey(a: string, i: number, b: string, j: number): string {
  return a < b || (a === b && i <= j) ? `${a}#${i}|${b}#${j}` : `${b}#${j}|${a}#${i}`;
}

/** Adds the links of one comparison's rows: every two paragraphs of different articles in a row. */
export function addRowLinks(
  into: Set<string>,
  rows: ReadonlyArray<{ readonly cells: ReadonlyArray<ReadonlyArray<number>> }>,
  ids: ReadonlyArray<string>,
): void {
  for (const row of rows) {
    for (let a = 0; a < row.cells.length; a++) {
      for (let b = a + 1; b < row.cells.length; b++) {
        for (const i of row.cells[a] ?? []) {
          for (const j of row.cells[b] ?? []) {
            into.add(storyLinkKey(ids[a] as string, i, ids[b] as string, j));
          }
        }
      }
    }
  }
}

/** The reference's links as keys, given each article's normalised paragraphs. */
export function referenceLinks(
  gold: StoryGold,
  paragraphs: Readonly<Record<string, ReadonlyArray<string>>>,
): { readonly links: ReadonlySet<string>; readonly unmapped: number } {
  const links = new Set<string>();
  let unmapped = 0;
  for (const entry of gold.links) {
    for (const [sa, sb] of entry.pairs) {
      const pa = findSnippet(paragraphs[entry.a] ?? [], sa);
      const pb = findSnippet(paragraphs[entry.b] ?? [], sb);
      if (pa === null || pb === null) {
        unmapped++;
        continue;
      }
      links.add(storyLinkKey(entry.a, pa, entry.b, pb));
    }
  }
  return { links, unmapped };
}

/** Scores tool links: strict when `accepted` is the counterparts, lenient when it adds the facts. */
export function scoreStoryLinks(
  tool: ReadonlySet<string>,
  counterparts: ReadonlySet<string>,
  accepted: ReadonlySet<string>,
): StoryScore {
  let truePositives = 0;
  let acceptedCount = 0;
  for (const key of tool) {
    if (counterparts.has(key)) {
      truePositives++;
    }
    if (accepted.has(key) || counterparts.has(key)) {
      acceptedCount++;
    }
  }
  const precision = tool.size > 0 ? acceptedCount / tool.size : 0;
  const recall = counterparts.size > 0 ? truePositives / counterparts.size : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    toolLinks: tool.size,
    goldLinks: counterparts.size,
    truePositives,
  };
}
