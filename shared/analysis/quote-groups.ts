/**
 * Quoted statements matched across outlets, sentence by sentence: which outlets carry each
 * one, with the same words, altered (with the word diff) or not at all.
 */
import {
  bagOverlap,
  hasInnerChange,
  SAME_QUOTE_OVERLAP,
  wordBag,
  WordPostings,
  type WordBag,
} from '../diff/quotes';
import { wordDiff } from '../diff/word-diff';
import { articleIndex, type Comparison, type DiffPart } from '../model';
import { sentenceSpans, words } from '../text/tokenize';
import type { Quotation, QuoteGroup, QuoteInstance, QuoteStatus } from './types';

/**
 * Statements of at least this many words are matched across outlets by their words (most
 * of the shorter one's words in the other); shorter ones ("Exactly this.", "unacceptable")
 * only with the same words, since a few shared words say nothing.
 */
export const MIN_STATEMENT_WORDS = 5;

/** The sentences of a quotation, as instances with their offsets in the paragraph. */
export function quotationInstances(q: Quotation): ReadonlyArray<QuoteInstance> {
  return sentenceSpans(q.text).flatMap((span) => {
    const raw = q.text.slice(span.start, span.endExclusive);
    const text = raw.trim();
    if (!text) {
      return [];
    }
    const start = q.start + span.start + (raw.length - raw.trimStart().length);
    return [
      {
        article: q.article,
        paragraph: q.paragraph,
        quotation: q.id,
        start,
        endExclusive: start + text.length,
        text,
        speaker: q.speaker,
        inferred: q.inferred,
        verb: q.verb,
        verbLemma: q.verbLemma,
      },
    ];
  });
}

/**
 * How many groups a word may lead to before it is too common to narrow the search for a
 * statement's group ("the", "we").
 */
const MAX_GROUPS_PER_WORD = 256;

/** A group of statements being built: its instances, their words, and its outlets. */
interface Building {
  readonly instances: QuoteInstance[];
  readonly bags: WordBag[];
  readonly articles: Set<number>;
  /** The words already listed for this group in the word index. */
  readonly listed: Set<string>;
  /** The fewest words of its statements. */
  minSize: number;
}

/**
 * Groups the sentences of every quotation across outlets and says how each outlet carries them.
 *
 * A statement joins the first group (in order of creation) that has no statement of its
 * outlet yet and holds one with the same words (a short statement) or sharing most of its
 * words ({@link SAME_QUOTE_OVERLAP}). The groups are found through indexes, not by trying
 * every group: short statements by their words, longer ones through the groups that hold
 * each of their words. A group joins that index once a statement of another outlet comes
 * along (until then it holds the outlet of every statement read, which it cannot take
 * twice), so an outlet's own repeated quotations do not crowd it. A word held by more than
 * {@link MAX_GROUPS_PER_WORD} groups is too common to narrow the search and is not followed,
 * so two statements that share only such words are not grouped (no news story quotes that
 * many different statements; a statement that many outlets carry is one group, so its own
 * words stay rare). Trying every group made a long article of thousands of quotations
 * quadratic.
 */
export function quoteGroups(
  comparison: Comparison,
  quotations: ReadonlyArray<Quotation>,
): ReadonlyArray<QuoteGroup> {
  const groups: Building[] = [];
  // Short statements: their words → the groups of that key, in order.
  const byKey = new Map<string, number[]>();
  // Longer statements: each word → the groups holding it, in order (up to the cap).
  const byWord = new WordPostings(MAX_GROUPS_PER_WORD);
  // Groups created since the outlet last changed: not indexed yet (they hold that outlet).
  let pending: number[] = [];
  let pendingArticle = -1;
  // Which groups were already tried for the current statement (stamped with its number),
  // and how many of its words each could share at most: one entry per group from its
  // creation on (so that the arrays stay dense).
  const tried: number[] = [];
  const sharable: number[] = [];
  let stamp = 0;
  const index = (g: number, bag: WordBag) => {
    const group = groups[g] as Building;
    for (const w of bag.counts.keys()) {
      if (!group.listed.has(w)) {
        group.listed.add(w);
        byWord.add(w, g);
      }
    }
  };
  // An article about another story or event carries none of this story's statements.
  const offTopic = new Set<number>(comparison.offTopic);
  for (const q of quotations) {
    if (offTopic.has(q.article)) {
      continue;
    }
    if (q.article !== pendingArticle) {
      for (const g of pending) {
        for (const bag of (groups[g] as Building).bags) {
          index(g, bag);
        }
      }
      pending = [];
      pendingArticle = q.article;
    }
    for (const instance of quotationInstances(q)) {
      const list = words(instance.text);
      if (list.length === 0) {
        continue;
      }
      const short = list.length < MIN_STATEMENT_WORDS;
      const bag = wordBag(list);
      const key = short ? list.join(' ') : null;
      let found: number;
      if (key !== null) {
        found = byKey.get(key)?.find((g) => !(groups[g] as Building).articles.has(q.article)) ?? -1;
      } else {
        stamp++;
        const candidates: number[] = [];
        // Words too common to follow may be shared with any group.
        let common = 0;
        for (const [w, count] of bag.counts) {
          const holders = byWord.holders(w);
          if (holders === 'common') {
            common += count;
            continue;
          }
          for (const g of holders) {
            if (tried[g] !== stamp) {
              tried[g] = stamp;
              sharable[g] = 0;
              candidates.push(g);
            }
            sharable[g] = (sharable[g] as number) + count;
          }
        }
        // The first group (in order of creation) that may and does hold it: not of its
        // outlet, and sharing enough words at most (too few for any of its statements,
        // the group is passed over without comparing them one by one). Sifted before
        // sorting: a statement in a long story has hundreds of candidates, most of them
        // sharing too few of its words.
        found =
          candidates
            .filter((g) => {
              const group = groups[g] as Building;
              const most = (sharable[g] as number) + common;
              return (
                !group.articles.has(q.article) &&
                most / Math.min(group.minSize, list.length) >= SAME_QUOTE_OVERLAP
              );
            })
            .sort((x, y) => x - y)
            .find((g) =>
              (groups[g] as Building).bags.some((b) => bagOverlap(b, bag) >= SAME_QUOTE_OVERLAP),
            ) ?? -1;
      }
      const created = found === -1;
      if (created) {
        found = groups.length;
        groups.push({
          instances: [],
          bags: [],
          articles: new Set(),
          listed: new Set(),
          minSize: list.length,
        });
        tried.push(0);
        sharable.push(0);
        if (key !== null) {
          const same = byKey.get(key);
          if (same === undefined) {
            byKey.set(key, [found]);
          } else {
            same.push(found);
          }
        } else {
          pending.push(found);
        }
      }
      const group = groups[found] as Building;
      group.instances.push(instance);
      group.bags.push(bag);
      group.articles.add(instance.article);
      group.minSize = Math.min(group.minSize, list.length);
      if (!created && key === null) {
        index(found, bag);
      }
    }
  }
  const onTopic = comparison.articles
    .map((_, k) => articleIndex(k))
    .filter((k) => !comparison.offTopic.includes(k));
  return groups.map(({ instances }) => {
    const reference = instances[0] as QuoteInstance;
    const byArticle = new Map<number, QuoteInstance>();
    for (const q of instances) {
      if (!byArticle.has(q.article)) {
        byArticle.set(q.article, q);
      }
    }
    // The word diff with the reference by the outlet's words: outlets often carry the same
    // variant.
    const diffs = new Map<string, ReadonlyArray<DiffPart>>();
    const statuses = onTopic.map((k): QuoteStatus => {
      const instance = byArticle.get(k);
      if (!instance) {
        return { article: k, status: 'missing' };
      }
      // The same words as the reference's (wire copy): nothing to diff.
      if (instance === reference || instance.text === reference.text) {
        return { article: k, status: 'identical' };
      }
      let parts = diffs.get(instance.text);
      if (parts === undefined) {
        parts = wordDiff(reference.text, instance.text, {
          ...comparison.options.diff,
          ignorePunctuation: true,
          ignoreWhitespace: true,
          normalizeQuotes: true,
        }).parts;
        diffs.set(instance.text, parts);
      }
      if (hasInnerChange(parts)) {
        return { article: k, status: 'altered', parts };
      }
      // The same words, with more or less of the sentence between the marks (words only
      // added or dropped at either end: a replacement is an alteration).
      if (parts.some((p) => p.kind === 'insert')) {
        return { article: k, status: 'identical', extent: 'longer', parts };
      }
      if (parts.some((p) => p.kind === 'delete')) {
        return { article: k, status: 'identical', extent: 'shorter', parts };
      }
      return { article: k, status: 'identical' };
    });
    return { reference, instances, statuses };
  });
}
