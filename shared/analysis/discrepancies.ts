/**
 * Figures, dates and names that two outlets give differently for the same fact: "more than
 * 31,000 officers" here and "some 30,000 officers" there, "on Thursday" against "on
 * Wednesday", "Sadiq Khan" against "Sadiq Kahn".
 *
 * Values are read from the paragraphs of one shared row and compared between every pair of
 * outlets in it. A value one outlet gives and another does not is only a discrepancy when
 * the other gives a *conflicting* value of the same kind: a different number for the same
 * thing, a different weekday, a different first name with the same surname, or a spelling
 * of the same name. An outlet that merely adds a detail is coverage, not a discrepancy.
 * The values are read by `values.ts`; this module decides which of them conflict.
 */
import { cellText } from '../cells';
import { withoutStamp } from '../load/metadata';
import {
  articleIndex,
  rowIndex,
  type ArticleIndex,
  type CellDiff,
  type Comparison,
  type RowIndex,
} from '../model';
import { memoByText } from '../util/memo';
import type { Discrepancy } from './types';
import { findValues, mayHoldValue, type DiscrepancyKind, type FoundValue } from './values';

/** Edit distance with transpositions (optimal string alignment), capped at `max + 1`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) {
    return max + 1;
  }
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      }
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) {
      return max + 1;
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Below this many letters, a name's first letter tells it apart (see `spellingVariant`). */
const SHORT_NAME_LETTERS = 5;

/** Whether two name tokens are spellings of one another ("Kahn"/"Khan", "Connel"/"Connell"). */
function spellingVariant(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 4) {
    return false;
  }
  // A plural or a possessive is the same word, not another spelling; a short name that
  // starts with another letter is another name ("Moon" and "Yoon", two presidents; "Hall"
  // and "Ball"), where a longer one may be a transliteration ("Gaddafi", "Qaddafi").
  if (
    a === `${b}s` ||
    b === `${a}s` ||
    (a[0] !== b[0] && Math.min(a.length, b.length) < SHORT_NAME_LETTERS)
  ) {
    return false;
  }
  // One slip in a short name, two in a long one.
  const allowed = Math.min(a.length, b.length) >= 8 ? 2 : 1;
  return editDistance(a, b, allowed) <= allowed;
}

/**
 * Whether a given-name token is compatible with another: an initial ("J" with "John") or a
 * short form ("Met" with "Metropolitan", "Rob" with "Robert").
 */
function sameGivenName(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * Whether two names conflict: the same surname with a different given name ("John Smith"
 * against "James Smith"), or a spelling of the same name ("Sadiq Kahn" against "Sadiq Khan").
 */
export function namesConflict(a: string, b: string): boolean {
  if (a === b) {
    return false;
  }
  // Each kind of conflict below has the same surname, or a spelling of it: most pairs of
  // names are told apart here, unsplit.
  const lastA = a.slice(a.lastIndexOf(' ') + 1);
  const lastB = b.slice(b.lastIndexOf(' ') + 1);
  if (lastA !== lastB && !spellingVariant(lastA, lastB)) {
    return false;
  }
  const ta = a.split(' ');
  const tb = b.split(' ');
  if (ta.length !== tb.length) {
    // "Khan" and "Sadiq Khan" are the same person named shortly; "Kahn" and "Sadiq Khan" are not.
    const [short, long] = ta.length < tb.length ? [ta, tb] : [tb, ta];
    const tail = long.slice(long.length - short.length);
    return (
      short.every((t, i) => t === tail[i] || spellingVariant(t, tail[i] ?? '')) &&
      short.some((t, i) => t !== tail[i])
    );
  }
  if (lastA === lastB && ta.length >= 2) {
    // The same surname: another given name (or another spelling of it) is a conflict.
    return ta.slice(0, -1).some((t, i) => !sameGivenName(t, tb[i] ?? ''));
  }
  return ta.every((t, i) => t === tb[i] || spellingVariant(t, tb[i] ?? ''));
}

function sharesContext(a: FoundValue, b: FoundValue): boolean {
  return a.context.some((w) => b.context.includes(w));
}

/** One outlet's values, with what {@link conflicts} looks up in them, made once. */
export interface ValueSide {
  readonly values: ReadonlyArray<FoundValue>;
  /** Each value's kind and dimension ("number|officers"), by index. */
  readonly dimensions: ReadonlyArray<string>;
  /** Each value's kind, dimension and key ("number|officers|31000"), by index. */
  readonly valueKeys: ReadonlyArray<string>;
  /** The {@link valueKeys}: equal ones are the same value. */
  readonly keys: ReadonlySet<string>;
  /** The keys of its names. */
  readonly names: ReadonlySet<string>;
}

/** The {@link ValueSide} of a text's values. */
export function valueSide(values: ReadonlyArray<FoundValue>): ValueSide {
  const dimensions = values.map((v) => `${v.kind}|${v.dimension}`);
  const valueKeys = values.map((v, i) => `${dimensions[i] as string}|${v.key}`);
  return {
    values,
    dimensions,
    valueKeys,
    keys: new Set(valueKeys),
    names: new Set(values.filter((v) => v.kind === 'name').map((v) => v.key)),
  };
}

/**
 * The values of `a` and `b` (two outlets' texts of one fact) that conflict, by kind, in the
 * order of `a`'s values. A figure conflicts with a different figure about the same thing (a
 * shared word after it), or with the only other unmatched figure when each side has just one
 * and the words after either do not say what it counts. `nameConflict`: {@link
 * namesConflict}, maybe memoised.
 */
export function conflicts(
  a: ValueSide,
  b: ValueSide,
  nameConflict: (a: string, b: string) => boolean = namesConflict,
): ReadonlyArray<readonly [FoundValue, FoundValue]> {
  // Each side's values the other does not give, by kind and dimension, in order.
  const unmatched = (side: ValueSide, other: ValueSide) => {
    const by = new Map<string, FoundValue[]>();
    side.values.forEach((v, i) => {
      const dimension = side.dimensions[i] as string;
      if (!other.keys.has(side.valueKeys[i] as string)) {
        const list = by.get(dimension);
        if (list === undefined) {
          by.set(dimension, [v]);
        } else {
          list.push(v);
        }
      }
    });
    return by;
  };
  const groupsA = unmatched(a, b);
  if (groupsA.size === 0) {
    return [];
  }
  const groupsB = unmatched(b, a);
  const out: Array<readonly [FoundValue, FoundValue]> = [];
  a.values.forEach((va, i) => {
    const dimension = a.dimensions[i] as string;
    const own = groupsA.get(dimension);
    const rivals = groupsB.get(dimension);
    if (own === undefined || rivals === undefined || b.keys.has(a.valueKeys[i] as string)) {
      return;
    }
    for (const vb of rivals) {
      if (va.kind === 'number') {
        // The only figure on each side is about the same thing, unless the words after
        // them say otherwise ("two men" against "five counts").
        const sole =
          own.length === 1 &&
          rivals.length === 1 &&
          (va.context.length === 0 || vb.context.length === 0);
        if (sole || sharesContext(va, vb)) {
          out.push([va, vb]);
        }
      } else if (va.kind === 'date') {
        out.push([va, vb]);
      } else if (
        nameConflict(va.key, vb.key) &&
        // A name both outlets also write the other's way is no discrepancy.
        !a.names.has(vb.key) &&
        !b.names.has(va.key)
      ) {
        out.push([va, vb]);
      }
    }
  });
  return out;
}

/**
 * Row texts in; a discrepancy per kind that has conflicting values. Each outlet's values of
 * a kind are listed in the order of the pairs of outlets (first with second, first with
 * third, …, second with third, …), each once.
 */
export function rowDiscrepancies(
  row: RowIndex,
  texts: ReadonlyArray<{ readonly article: ArticleIndex; readonly text: string }>,
  find: (text: string) => ReadonlyArray<FoundValue> = findValues,
  nameConflict: (a: string, b: string) => boolean = namesConflict,
): ReadonlyArray<Discrepancy> {
  // Outlets whose texts give the same values (wire copy, light rewording) conflict alike:
  // the conflicts of two such groups are read once, not once per pair of outlets (a row of
  // 200 outlets is 20,000 pairs). Outlets that print the same words are in one group.
  const groupOf = new Map<string, number>();
  const sides: ValueSide[] = [];
  const group = texts.map((t) => {
    const values = find(t.text);
    const key = JSON.stringify(values);
    let g = groupOf.get(key);
    if (g === undefined) {
      g = sides.length;
      groupOf.set(key, g);
      sides.push(valueSide(values));
    }
    return g;
  });
  const groups = sides.length;
  const memo = new Map<number, ReadonlyArray<readonly [FoundValue, FoundValue]>>();
  const conflictsOf = (gx: number, gy: number) => {
    let pair = memo.get(gx * groups + gy);
    if (pair === undefined) {
      pair = conflicts(sides[gx] as ValueSide, sides[gy] as ValueSide, nameConflict);
      memo.set(gx * groups + gy, pair);
    }
    return pair;
  };
  const flagged = new Map<DiscrepancyKind, Map<ArticleIndex, string[]>>();
  // Which groups an outlet has met, before it and after it: a second outlet of a group
  // adds nothing the first did not (the same values, listed once).
  const metBefore = new Int32Array(groups).fill(-1);
  const metAfter = new Int32Array(groups).fill(-1);
  texts.forEach(({ article }, i) => {
    const own = group[i] as number;
    const flag = (v: FoundValue): void => {
      let byArticle = flagged.get(v.kind);
      if (byArticle === undefined) {
        byArticle = new Map<ArticleIndex, string[]>();
        flagged.set(v.kind, byArticle);
      }
      const list = byArticle.get(article);
      if (list === undefined) {
        byArticle.set(article, [v.text]);
      } else if (!list.includes(v.text)) {
        list.push(v.text);
      }
    };
    // The pairs it is the second of, then those it is the first of. The same values on
    // both sides: none is only one side's, nothing conflicts.
    for (let j = 0; j < texts.length; j++) {
      const other = group[j] as number;
      if (j === i || other === own) {
        continue;
      }
      const met = j < i ? metBefore : metAfter;
      if (met[other] === i) {
        continue;
      }
      met[other] = i;
      if (j < i) {
        for (const [, vb] of conflictsOf(other, own)) {
          flag(vb);
        }
      } else {
        for (const [va] of conflictsOf(own, other)) {
          flag(va);
        }
      }
    }
  });
  return (['number', 'date', 'name'] as const).flatMap((kind) => {
    const byArticle = flagged.get(kind);
    return byArticle
      ? [
          {
            row,
            kind,
            values: texts.map((t) => ({
              article: t.article,
              values: byArticle.get(t.article) ?? [],
            })),
          },
        ]
      : [];
  });
}

/** Whether a cell's diff against the pivot changes words that may be a date, figure or name. */
function changesValue(diff: CellDiff): boolean {
  return diff.parts.some(
    (p) =>
      ((p.kind === 'delete' || p.kind === 'replace') && mayHoldValue(p.base)) ||
      ((p.kind === 'insert' || p.kind === 'replace') && mayHoldValue(p.other)),
  );
}

/** The discrepancies of a comparison: every shared row whose changes may hold a value, read. */
export function comparisonDiscrepancies(comparison: Comparison): ReadonlyArray<Discrepancy> {
  // Wire copy repeats paragraphs word for word across outlets: read each text once.
  const find = memoByText(findValues);
  return comparison.rows.flatMap((row, r) =>
    row.kind === 'shared' && row.diffs.some(changesValue)
      ? rowDiscrepancies(
          rowIndex(r),
          row.cells.flatMap((cell, k) =>
            cell.length > 0 && comparison.articles[k]
              ? [
                  {
                    article: articleIndex(k),
                    // A saved page's date stamp is the tool's date, not the outlet's.
                    text: withoutStamp(cellText(comparison.articles[k], cell)),
                  },
                ]
              : [],
          ),
          find,
        )
      : [],
  );
}
