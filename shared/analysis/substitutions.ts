/**
 * Notable wording substitutions: the short phrases one outlet words differently from
 * another ("forced to admit" → "issued an apology"), the shortest and most specific first,
 * read from the rows' word diffs.
 */
import { rowIndex, type ArticleIndex, type Comparison, type RowIndex } from '../model';
import { STOPWORDS, words } from '../text/tokenize';

/** Number of wording substitutions listed: enough to skim in a minute. */
export const MAX_NOTABLE_SUBSTITUTIONS = 10;

/**
 * Longest phrase (in words, per side) that counts as a "substitution". Longer replacements are
 * rewritten sentences, which the aligned comparison shows better than a one-line list.
 */
export const MAX_SUBSTITUTION_WORDS = 6;

/** Each stopword in a substitution counts this many extra words against it ("of the" → "in a" is noise). */
const STOPWORD_PENALTY = 2;

/** A short reworded phrase: "forced to admit" → "issued an apology". */
export interface Substitution {
  /** The pivot's phrase. */
  readonly base: string;
  /** The other article's phrase. */
  readonly other: string;
  /** The pivot article (of its first occurrence). */
  readonly article: ArticleIndex;
  /** The other article (of its first occurrence). */
  readonly otherArticle: ArticleIndex;
  /** Row of its first occurrence. */
  readonly row: RowIndex;
  /** How many times the same substitution occurs (any rows, any article pairs). */
  readonly occurrences: number;
}

type Candidate = Omit<Substitution, 'occurrences'>;

/**
 * The most notable short substitutions of a comparison, best first.
 *
 * Every `replace` part of a shared row's diffs is a candidate, in reading order (row, then
 * article). It qualifies when each side has 1..{@link MAX_SUBSTITUTION_WORDS} words and a
 * content word (not a stopword: "Mr Khan" → "he" is not notable), and the two sides differ
 * in more than case, punctuation or quote style. Identical substitutions (same words, any
 * case) are counted once. Ranking: fewest words, each stopword counting
 * {@link STOPWORD_PENALTY} extra, then most occurrences, then reading order. So "said" →
 * "claimed" (2) ranks above "forced to admit" → "issued an apology" (6 words, 2 of them
 * stopwords: 10), which ranks above "the commissioner" → "the Commissioner of the Met" (7
 * words, 4 stopwords: 15).
 */
export function notableSubstitutions(comparison: Comparison): ReadonlyArray<Substitution> {
  const candidates: Candidate[] = [];
  comparison.rows.forEach((row, r) => {
    if (row.kind !== 'shared') {
      return;
    }
    for (const diff of [...row.diffs].sort((a, b) => a.article - b.article)) {
      for (const part of diff.parts) {
        if (part.kind === 'replace') {
          candidates.push({
            base: part.base,
            other: part.other,
            article: row.pivot,
            otherArticle: diff.article,
            row: rowIndex(r),
          });
        }
      }
    }
  });
  return rank(candidates);
}

function rank(candidates: ReadonlyArray<Candidate>): ReadonlyArray<Substitution> {
  const byKey = new Map<
    string,
    { first: Candidate; occurrences: number; score: number; order: number }
  >();
  candidates.forEach((c, order) => {
    const baseWords = words(c.base);
    const otherWords = words(c.other);
    if (
      baseWords.length === 0 ||
      otherWords.length === 0 ||
      baseWords.length > MAX_SUBSTITUTION_WORDS ||
      otherWords.length > MAX_SUBSTITUTION_WORDS
    ) {
      return;
    }
    const baseKey = baseWords.join(' ');
    const otherKey = otherWords.join(' ');
    if (baseKey === otherKey) {
      return;
    }
    const baseStopwords = baseWords.filter((w) => STOPWORDS.has(w)).length;
    const otherStopwords = otherWords.filter((w) => STOPWORDS.has(w)).length;
    if (baseStopwords === baseWords.length || otherStopwords === otherWords.length) {
      return;
    }
    const stopwords = baseStopwords + otherStopwords;
    const key = `${baseKey}\u0000${otherKey}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.occurrences++;
    } else {
      byKey.set(key, {
        first: c,
        occurrences: 1,
        score: baseWords.length + otherWords.length + STOPWORD_PENALTY * stopwords,
        order,
      });
    }
  });
  return [...byKey.values()]
    .sort((a, b) => a.score - b.score || b.occurrences - a.occurrences || a.order - b.order)
    .slice(0, MAX_NOTABLE_SUBSTITUTIONS)
    .map(({ first, occurrences }) => ({
      base: trimPhrase(first.base),
      other: trimPhrase(first.other),
      article: first.article,
      otherArticle: first.otherArticle,
      row: first.row,
      occurrences,
    }));
}

/**
 * Trims a phrase for display, with the opening quotation mark it ends on or the closing one
 * it starts with (a diff cuts phrases at word edges, so such marks dangle): "were “" → "were".
 */
function trimPhrase(text: string): string {
  return text.replace(/^[\s”’]+/u, '').replace(/[\s“‘]+$/u, '');
}
