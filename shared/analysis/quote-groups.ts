/**
 * Quoted statements matched across outlets, sentence by sentence: which outlets carry each
 * one, with the same words, altered (with the word diff) or not at all.
 */
import { hasInnerChange, SAME_QUOTE_OVERLAP } from '../diff/quotes';
import { wordDiff } from '../diff/word-diff';
import type { Comparison } from '../model';
import { sentenceSpans, words } from '../text/tokenize';
import type { Quotation, QuoteGroup, QuoteInstance, QuoteStatus } from './types';

/**
 * Statements of at least this many words are matched across outlets by their words (most
 * of the shorter one's words in the other); shorter ones ("Exactly this.", "unacceptable")
 * only with the same words, since a few shared words say nothing.
 */
export const MIN_STATEMENT_WORDS = 5;

/** A statement's words with their counts (computed once per sentence). */
function wordBag(list: ReadonlyArray<string>): ReadonlyMap<string, number> {
  const bag = new Map<string, number>();
  for (const w of list) {
    bag.set(w, (bag.get(w) ?? 0) + 1);
  }
  return bag;
}

/** Same measure as `quoteOverlap`: shared words over the shorter statement's words. */
function bagOverlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const [w, n] of a) {
    sizeA += n;
    shared += Math.min(n, b.get(w) ?? 0);
  }
  for (const n of b.values()) {
    sizeB += n;
  }
  const smaller = Math.min(sizeA, sizeB);
  return smaller === 0 ? 0 : shared / smaller;
}

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

/** Groups the sentences of every quotation across outlets and says how each outlet carries them. */
export function quoteGroups(
  comparison: Comparison,
  quotations: ReadonlyArray<Quotation>,
): ReadonlyArray<QuoteGroup> {
  const groups: Array<{
    instances: QuoteInstance[];
    bags: ReadonlyMap<string, number>[];
    key: string | null;
  }> = [];
  for (const q of quotations) {
    for (const instance of quotationInstances(q)) {
      const list = words(instance.text);
      if (list.length === 0) {
        continue;
      }
      const short = list.length < MIN_STATEMENT_WORDS;
      const bag = wordBag(list);
      const key = short ? list.join(' ') : null;
      const group = groups.find(
        (g) =>
          !g.instances.some((i) => i.article === q.article) &&
          (short
            ? g.key === key
            : g.key === null && g.bags.some((b) => bagOverlap(b, bag) >= SAME_QUOTE_OVERLAP)),
      );
      if (group) {
        group.instances.push(instance);
        group.bags.push(bag);
      } else {
        groups.push({ instances: [instance], bags: [bag], key });
      }
    }
  }
  const onTopic = comparison.articles
    .map((_, k) => k)
    .filter((k) => !comparison.offTopic.includes(k));
  return groups.map(({ instances }) => {
    const reference = instances[0] as QuoteInstance;
    const statuses = onTopic.map((k): QuoteStatus => {
      const instance = instances.find((q) => q.article === k);
      if (!instance) {
        return { article: k, status: 'missing' };
      }
      if (instance === reference) {
        return { article: k, status: 'identical' };
      }
      const { parts } = wordDiff(reference.text, instance.text, {
        ...comparison.options.diff,
        ignorePunctuation: true,
        ignoreWhitespace: true,
        normalizeQuotes: true,
      });
      if (hasInnerChange(parts)) {
        return { article: k, status: 'altered', parts };
      }
      // The same words, with more or less of the sentence between the marks.
      if (parts.some((p) => p.kind === 'insert' || p.kind === 'replace')) {
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
