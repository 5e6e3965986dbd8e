/**
 * The quotations of an article: every pair of marks whose words the article gives as
 * someone's (speech, a statement, a post, a chant), with the speaker and the attribution
 * verb. Marks around a name ("Met Police Taskforce"), a term ("what is known as a “golden
 * share”") or scare quotes are not quotations: a short fragment counts only when its
 * sentence attributes it to someone ("Scotland Yard admitted it was “unacceptable”"),
 * while a whole sentence ("Exactly this.") or words introduced by a colon always count.
 */
import { findMarkedQuotes, type Quote } from '../diff/quotes';
import { paraIndex, type Article, type ArticleIndex } from '../model';
import { countWords, sentenceSpans, STOPWORDS } from '../text/tokenize';
import { memoByText } from '../util/memo';
import { containedIn, firstEndingAfter, firstStartingAt, type Span } from '../util/spans';
import { Discourse, isRoleNoun, mentionKind, type NameWords } from './mentions';
import type { LexiconEntry, VerbCategory } from './lexicon';
import {
  endsPhraseAfter,
  mainClauseStart,
  resolveSpeaker,
  sentenceSubject,
  verbSpeaker,
  type VerbAttribution,
} from './speakers';
import type { WordToken } from './pos';
import { findTerms, wordTokens, type TermHit } from './terms';
import {
  DEFAULT_TUNING,
  type AnalysisTuning,
  type ParagraphHit,
  type Quotation,
  type QuotationKind,
} from './types';

const NAME_JOINERS = new Set('of the and for in on at de la du von van to a an & y'.split(' '));

/** Whether marked words are a name or title ("Met Police Taskforce", "America First"). */
export function isMarkedName(text: string): boolean {
  const ws = text.trim().split(/\s+/u);
  if (ws.length === 0 || ws.length > 6 || /[.!?,;:]$/u.test(text.trim())) {
    return false;
  }
  return (
    /^\p{Lu}/u.test(ws[0] as string) &&
    ws.every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_JOINERS.has(w.toLowerCase()))
  );
}

// Words that make marked words a term mentioned rather than someone's words.
const TERM_BEFORE =
  /\b(?:so-called|known as|dubbed|termed|(?:the|a) (?:word|term|phrase|label|name)|(?:be|been|being|is|are|was|were) called)\s*$/iu;

/** Whether the marks at `quote` flag a term ("could not be called “victims”"). */
export function isMarkedTerm(text: string, quote: Quote): boolean {
  return TERM_BEFORE.test(text.slice(Math.max(0, quote.start - 40), quote.start - 1));
}

// A noun of speech right before a colon and a quotation: "with the comment: “…”".
const SPEECH_NOUN_BEFORE =
  /(\S+)?\s*\b(?:the|a|an|his|her|its|their)?\s*(?:(?:comment|comments|statement|message|caption|post|tweet|slogan|note|reply|response|remark|remarks)\s*:|words)\s*$/iu;

const SPACE = /\s/u;

/** Whether a quotation is a complete sentence or utterance, or a fragment. */
function quotationKind(text: string, quote: Quote): QuotationKind {
  const first = quote.text.replace(/^[\s(…."'‘“]+/u, '');
  // What the narration before the opening mark ends with, spaces aside (read backwards
  // from the mark, not by copying the paragraph up to it: that is quadratic in a long one).
  let end = Math.max(0, quote.start - 1);
  while (end > 0 && SPACE.test(text[end - 1] as string)) {
    end--;
  }
  return /^\p{Lu}/u.test(first) || end === 0 || text[end - 1] === ':' ? 'full' : 'partial';
}

/** Whether marked words form a whole sentence: a capital first and an end mark last. */
function isSentence(text: string): boolean {
  return /^[(\s]*\p{Lu}/u.test(text) && /[.!?…]["'’”]?\s*$/u.test(text);
}

/**
 * The paragraph with every quotation's words blanked out (offsets kept). In one pass: the
 * quotations are in order and disjoint.
 */
function blank(text: string, quotes: ReadonlyArray<Quote>): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    parts.push(text.slice(at, q.start), ' '.repeat(q.endExclusive - q.start));
    at = q.endExclusive;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The word tokens of a paragraph's narration (`blank(text, quotes)`), from the paragraph's
 * own tokens (the analyses read those anyway): those outside the quotations. A word that
 * runs across a quotation's edge (a closing mark read as an apostrophe, "don’t") is cut
 * there in the narration: then the narration is read anew.
 */
export function narrationTokens(
  text: string,
  quotes: ReadonlyArray<Quote>,
  textTokens: ReadonlyArray<WordToken>,
): ReadonlyArray<WordToken> {
  if (quotes.length === 0) {
    return textTokens;
  }
  const out: WordToken[] = [];
  let q = 0;
  for (const t of textTokens) {
    // The first quotation ending after the word starts (they are in order and disjoint).
    while (q < quotes.length && (quotes[q] as Quote).endExclusive <= t.start) {
      q++;
    }
    const quote = quotes[q];
    if (quote === undefined || t.endExclusive <= quote.start) {
      out.push(t);
    } else if (t.start < quote.start || t.endExclusive > quote.endExclusive) {
      return wordTokens(blank(text, quotes));
    }
  }
  return out;
}

/**
 * A "sentence" longer than this many characters (a text without sentence ends) is read in
 * pieces of at most about this length, cut at a space outside quotations: finding a verb's
 * speaker looks back over its sentence, which would make such a paragraph's analysis grow
 * with the square of its length. News sentences are far shorter (the longest of the
 * reference articles has 570 characters).
 */
export const MAX_SENTENCE_CHARS = 2_000;

/** Sentence spans of a paragraph, never ending inside a quotation (in order, disjoint). */
export function sentencesAround(text: string, quotes: ReadonlyArray<Quote>): ReadonlyArray<Span> {
  return sentencesAroundQuotes(text, quotes).flatMap((s) => boundedSpans(text, s, quotes));
}

/** A span cut into pieces of at most about {@link MAX_SENTENCE_CHARS}, at spaces outside quotations. */
function boundedSpans(text: string, span: Span, quotes: ReadonlyArray<Quote>): Span[] {
  const out: Span[] = [];
  let start = span.start;
  while (span.endExclusive - start > MAX_SENTENCE_CHARS) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
    if (cut <= start) {
      // No space in the whole stretch (a long address, text without spaces): the first
      // space after it.
      cut = text.indexOf(' ', start + MAX_SENTENCE_CHARS);
    }
    // Not inside a quotation: before it, or else after it.
    const q = quotes[firstEndingAfter(quotes, cut)];
    if (q !== undefined && q.start < cut) {
      cut = q.start > start ? q.start : q.endExclusive;
    }
    if (cut <= start || cut >= span.endExclusive) {
      // No space outside a quotation before the end: the rest is one piece.
      break;
    }
    out.push({ start, endExclusive: cut });
    start = cut;
  }
  out.push({ start, endExclusive: span.endExclusive });
  return out;
}

/** Sentence spans of a paragraph, never ending inside a quotation (in order, disjoint). */
function sentencesAroundQuotes(text: string, quotes: ReadonlyArray<Quote>): Span[] {
  const out: Span[] = [];
  for (const s of sentenceSpans(text)) {
    const last = out[out.length - 1];
    // A quotation that starts before the sentence's end and ends at it or after: the first
    // one ending at or after it (quotations are in order and disjoint).
    const q = last ? quotes[firstEndingAfter(quotes, last.endExclusive - 1)] : undefined;
    const inside = last && q !== undefined && q.start < last.endExclusive;
    if (last && inside) {
      out[out.length - 1] = { start: last.start, endExclusive: s.endExclusive };
    } else {
      out.push(s);
    }
  }
  return out;
}

// Capitalised word runs that may name someone ("Sadiq Khan", "Chief Justice Moon Hyung-bae").
const NAME_RUN = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|for|de|van|von))*/gu;
// Roles named with an article ("the mayor", "the prime minister", "a spokesperson for…"):
// the article and up to three lower-case words, the role noun among them.
const ROLE_PHRASE = /\b(?:the|a|an)((?:\s+[\p{Ll}-]+){1,3})/gu;

interface Mentioned {
  readonly name: string;
  /** Offset in its sentence. */
  readonly at: number;
  readonly subject: boolean;
  /** Whether it is a name, which names someone only if its kind is a person or a body (a role phrase always does). */
  readonly named: boolean;
}

/** A name or role phrase that a run of words holds, with its offset in the run. */
type RunMention = readonly [name: string, offset: number];

/**
 * What a sentence's runs of capitalised words (matches of {@link NAME_RUN}) and role phrases
 * (of {@link ROLE_PHRASE}) hold, read once per run for a reader: a long text names the same
 * people again and again.
 */
interface RunMemo {
  readonly names: Map<string, ReadonlyArray<RunMention>>;
  readonly roles: Map<string, string | null>;
}

/** The names a run of capitalised words holds (a match of {@link NAME_RUN}). */
function runNames(run: string): ReadonlyArray<RunMention> {
  const out: RunMention[] = [];
  // A possessive ends a name ("Yoon's December 3 declaration"); function words opening a
  // sentence are not part of one ("As Rittenhouse collapsed").
  let at = 0;
  for (const piece of run.split(/(?<=['’]s)\s+/u)) {
    const ws = piece.split(/\s+/u);
    const lead = ws.findIndex((w) => !STOPWORDS.has(w.toLowerCase()));
    const name = ws
      .slice(Math.max(0, lead))
      .join(' ')
      .replace(/[’']s$/u, '')
      .replace(/\s+(?:of|for|de|van|von)$/u, '');
    // Surnames only ever make an unknown name a person.
    const kind = mentionKind(name);
    if (lead >= 0 && (kind === 'person' || kind === 'body' || kind === 'unknown')) {
      out.push([name, at + piece.indexOf(name)]);
    }
    at += piece.length + 1;
  }
  return out;
}

/** The role phrase a match of {@link ROLE_PHRASE} holds ("the mayor"), or null. */
function rolePhrase(match: string, words: string): string | null {
  const ws = words.trim().split(/\s+/u);
  const role = ws.findIndex(isRoleNoun);
  return role >= 0 ? `${match.split(/\s/u)[0] ?? ''} ${ws.slice(0, role + 1).join(' ')}` : null;
}

/**
 * The people and bodies a sentence of narration may name, with where (offsets in the
 * sentence) and whether as its subject: the names among them name someone if {@link mentionKind}, given the surnames
 * the article has named so far, says a person or a body (see {@link namesSomeone}).
 */
function sentenceMentions(text: string, subject: string | null, memo: RunMemo): Mentioned[] {
  const subjectAt = subject ? text.indexOf(subject) : -1;
  const out: Mentioned[] = [];
  const add = (name: string, at: number, named: boolean) => {
    const isSubject = subjectAt >= 0 && at >= subjectAt && at < subjectAt + (subject?.length ?? 0);
    out.push({ name, at, subject: isSubject, named });
  };
  for (const m of text.matchAll(NAME_RUN)) {
    let names = memo.names.get(m[0]);
    if (names === undefined) {
      names = runNames(m[0]);
      memo.names.set(m[0], names);
    }
    for (const [name, offset] of names) {
      add(name, m.index + offset, true);
    }
  }
  for (const m of text.matchAll(ROLE_PHRASE)) {
    let phrase = memo.roles.get(m[0]);
    if (phrase === undefined) {
      phrase = rolePhrase(m[0], m[1] ?? '');
      memo.roles.set(m[0], phrase);
    }
    if (phrase !== null) {
      add(phrase, m.index, false);
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Whether a mention names someone, given the surnames the article has named so far. */
function namesSomeone(m: Mentioned, surnames: NameWords): boolean {
  if (!m.named) {
    return true;
  }
  const kind = mentionKind(m.name, surnames);
  return kind === 'person' || kind === 'body';
}

/** Who a quotation is attributed to, and with which verb. */
interface Attributed {
  /** The speaker, as the text names them (resolved where it can be), or null. */
  readonly speaker: string | null;
  /** See {@link Quotation.inferred}. */
  readonly inferred: boolean;
  /** The attribution verb, or null. */
  readonly hit: TermHit<VerbCategory> | null;
  /** Whether the text names a speaker for the verb (resolved or not: "they said"). */
  readonly named: boolean;
}

const NONE: Attributed = { speaker: null, inferred: false, hit: null, named: false };

/** An article's quotations, and the quotation-only verbs that attributed one (for the tallies). */
export interface ArticleQuotations {
  readonly quotations: ReadonlyArray<Quotation>;
  readonly quotationVerbHits: ReadonlyArray<ParagraphHit<VerbCategory>>;
}

/** A marked quotation, with what its paragraph's text alone says about it. */
interface MarkedQuote {
  readonly quote: Quote;
  readonly kind: QuotationKind;
  /**
   * Where the noun of speech before it starts ("added the words “…”", "with the comment:
   * “…”"), or -1: then only a verb between the two attributes it.
   */
  readonly speechFrom: number;
  /**
   * Whether it is too short to be a quotation unless a verb attributes it to someone: fewer
   * words than {@link AnalysisTuning.minUnattributedWords}, not a sentence, and not
   * introduced by a colon.
   */
  readonly short: boolean;
}

/** What a sentence's narration alone says, wherever it stands (offsets in the sentence). */
interface SentenceText {
  /** Where its main clause starts. */
  readonly mainOffset: number;
  readonly mentions: ReadonlyArray<Mentioned>;
  /** Per set of verbs in it (their offsets in the sentence and terms): see {@link SentenceReading.same}. */
  readonly same: Map<string, SameReading>;
}

/**
 * Shared by the sentences whose verbs give the same speakers: the speakers last read in
 * one of them (for one comparison), see {@link sentenceAttributions}.
 */
interface SameReading {
  kept: KeptAttributions | undefined;
}

/** A sentence of a paragraph, as its text alone reads. */
interface SentenceReading {
  readonly span: Span;
  /** Where its main clause starts (offset in the paragraph). */
  readonly mainStart: number;
  /** Its mentions, offsets in the sentence (shared by the sentences of the same narration). */
  readonly mentions: ReadonlyArray<Mentioned>;
  /** The attribution verbs in it, in order. */
  readonly hits: ReadonlyArray<TermHit<VerbCategory>>;
  /** The quotations starting in it, in order. */
  readonly quotes: ReadonlyArray<MarkedQuote>;
  /**
   * Shared by the sentences whose verbs give the same speakers (the same narration and verbs,
   * read from the sentence alone); its own when none may.
   */
  readonly same: SameReading;
}

/**
 * What a paragraph's text alone says for its quotations: the same in every article that
 * carries it (wire copy), whatever the article named before.
 */
export interface ParagraphReading {
  /** The marked quotations that are not names or terms, in order. */
  readonly marked: ReadonlyArray<Quote>;
  /** The text with their words blanked out (offsets kept). */
  readonly narration: string;
  /** The attribution verbs that are quotation verbs only. */
  readonly quotationOnly: ReadonlySet<TermHit<VerbCategory>>;
  readonly sentences: ReadonlyArray<SentenceReading>;
}

/** Reads a paragraph's text, with the marked quotations given or else all of them. */
export type ParagraphReader = (text: string, marked?: ReadonlyArray<Quote>) => ParagraphReading;

// A noun of speech may stand this many characters before a quotation.
const SPEECH_REACH = 60;

/**
 * A reader of paragraphs for the quotations, with the attribution verbs (`verbs`, and
 * `quotationVerbs` that attribute only quotations) and the tuning; it reads each text once
 * (with all its marked quotations: a memo for one comparison, whose articles share wire
 * copy). `tokensOf` gives a text's word tokens (a memo the other analyses share).
 */
export function paragraphReader(
  verbs: ReadonlyArray<LexiconEntry<VerbCategory>>,
  quotationVerbs: ReadonlyArray<LexiconEntry<VerbCategory>>,
  tuning: AnalysisTuning = DEFAULT_TUNING,
  tokensOf: (text: string) => ReadonlyArray<WordToken> = wordTokens,
): ParagraphReader {
  const runs: RunMemo = { names: new Map(), roles: new Map() };
  // Per sentence of narration: where its main clause starts and its mentions (offsets in the
  // sentence). Outlets that edit a paragraph keep most of its sentences word for word.
  const sentenceTexts = new Map<string, SentenceText>();
  const read = (text: string, marked: ReadonlyArray<Quote>): ParagraphReading => {
    const narration = blank(text, marked);
    const tokens = narrationTokens(text, marked, tokensOf(text));
    const quotationOnly = new Set<TermHit<VerbCategory>>(
      findTerms(narration, quotationVerbs, tokens),
    );
    const hits = [...findTerms(narration, verbs, tokens), ...quotationOnly].sort(
      (a, b) => a.start - b.start,
    );
    const sentences = sentencesAround(text, marked).map((span): SentenceReading => {
      const sentenceText = narration.slice(span.start, span.endExclusive);
      let alone = sentenceTexts.get(sentenceText);
      if (alone === undefined) {
        const mainOffset = mainClauseStart(sentenceText);
        const subject = sentenceSubject(sentenceText, mainOffset);
        const mentions = sentenceMentions(sentenceText, subject, runs);
        alone = { mainOffset, mentions, same: new Map() };
        sentenceTexts.set(sentenceText, alone);
      }
      // The hits inside the sentence: those starting in it (a slice, the hits being in
      // order of their start) that also end in it.
      const inside: TermHit<VerbCategory>[] = [];
      for (let h = firstStartingAt(hits, span.start); h < hits.length; h++) {
        const hit = hits[h] as TermHit<VerbCategory>;
        if (hit.start >= span.endExclusive) {
          break;
        }
        if (hit.endExclusive <= span.endExclusive) {
          inside.push(hit);
        }
      }
      const quotes: MarkedQuote[] = [];
      for (let m = firstStartingAt(marked, span.start); m < marked.length; m++) {
        const quote = marked[m] as Quote;
        if (quote.start >= span.endExclusive) {
          break;
        }
        const window = Math.max(0, quote.start - SPEECH_REACH);
        const lead = text.slice(window, Math.max(window, quote.start - 1));
        const speech = /(?::|words)\s*$/u.test(lead) ? SPEECH_NOUN_BEFORE.exec(lead) : null;
        quotes.push({
          quote,
          kind: quotationKind(text, quote),
          speechFrom: speech ? window + speech.index : -1,
          short:
            countWords(quote.text) < tuning.minUnattributedWords &&
            !isSentence(quote.text) &&
            !/:\s*["“‘'«„]?$/u.test(text.slice(Math.max(0, quote.start - 3), quote.start)),
        });
      }
      let same: SameReading | undefined;
      const lastHit = inside[inside.length - 1];
      if (
        lastHit !== undefined &&
        endsPhraseAfter(narration.slice(lastHit.endExclusive, span.endExclusive))
      ) {
        let key = '';
        for (const hit of inside) {
          key += `${hit.start - span.start}:${hit.endExclusive - span.start}:${hit.term}\u0000`;
        }
        same = alone.same.get(key);
        if (same === undefined) {
          same = { kept: undefined };
          alone.same.set(key, same);
        }
      }
      return {
        span,
        mainStart: span.start + alone.mainOffset,
        mentions: alone.mentions,
        hits: inside,
        quotes,
        same: same ?? { kept: undefined },
      };
    });
    return { marked, narration, quotationOnly, sentences };
  };
  const readAll = memoByText((text) =>
    read(
      text,
      findMarkedQuotes(text).filter((q) => !isMarkedName(q.text) && !isMarkedTerm(text, q)),
    ),
  );
  return (text, marked) => {
    const all = readAll(text);
    return marked === undefined || marked.length === all.marked.length ? all : read(text, marked);
  };
}

/** The speakers a sentence's verbs give, with the surnames that reading asked after. */
interface KeptAttributions {
  /** The sentence they were read in (the hits of `list` are its own). */
  readonly sentence: SentenceReading;
  readonly list: ReadonlyArray<VerbAttribution>;
  /** Each word asked after, and whether the article had named someone with it. */
  readonly asked: ReadonlyArray<readonly [string, boolean]>;
}

/**
 * The speakers the verbs of a sentence give ({@link verbSpeaker}), given the surnames the
 * article has named so far. The reading depends on those only through the words it asks
 * after: where the sentence comes again (wire copy) and they answer as before, it stands.
 */
function sentenceAttributions(
  narration: string,
  sentence: SentenceReading,
  surnames: NameWords,
): ReadonlyArray<VerbAttribution> {
  const kept = sentence.same.kept;
  if (kept !== undefined && kept.asked.every(([word, had]) => surnames.has(word) === had)) {
    // Another sentence reads the same: its speakers, for this one's verbs.
    return kept.sentence === sentence
      ? kept.list
      : kept.list.map((a, h) => ({
          hit: sentence.hits[h] as TermHit<VerbCategory>,
          speaker: a.speaker,
        }));
  }
  const asked: Array<readonly [string, boolean]> = [];
  const asking: NameWords = {
    has: (word) => {
      const had = surnames.has(word);
      asked.push([word, had]);
      return had;
    },
  };
  const list: VerbAttribution[] = [];
  for (const hit of sentence.hits) {
    const speaker = verbSpeaker(narration, sentence.span, hit, list[list.length - 1], asking);
    list.push({ hit, speaker });
  }
  sentence.same.kept = { sentence, list, asked };
  return list;
}

/** Who an attribution names, resolved against the discourse so far and the sentence's mentions. */
function resolveAttribution(
  a: VerbAttribution,
  sentence: SentenceReading,
  mentions: ReadonlyArray<Mentioned>,
  discourse: Discourse,
): Attributed {
  if (a.speaker === null) {
    return { speaker: null, inferred: false, hit: a.hit, named: false };
  }
  // Antecedents in the same sentence: before the verb, in its main clause (mentions' offsets
  // are in the sentence).
  const from = sentence.mainStart - sentence.span.start;
  const to = a.hit.start - sentence.span.start;
  const before = mentions.filter((m) => m.at >= from && m.at < to && m.name !== a.speaker);
  return { ...resolveSpeaker(a.speaker, discourse, before), hit: a.hit, named: true };
}

/**
 * Reads an article's quotations in order, keeping its discourse (who was named, who spoke
 * last) from paragraph to paragraph. Boilerplate is skipped, except a headline the page
 * repeats; a line the article repeats word for word is read once. `reader` reads the
 * paragraphs with the given verbs (one reader may serve every article of a comparison).
 */
export function articleQuotations(
  article: Article,
  k: ArticleIndex,
  verbs: ReadonlyArray<LexiconEntry<VerbCategory>>,
  quotationVerbs: ReadonlyArray<LexiconEntry<VerbCategory>>,
  tuning: AnalysisTuning = DEFAULT_TUNING,
  reader: ParagraphReader = paragraphReader(verbs, quotationVerbs, tuning),
): ArticleQuotations {
  const discourse = new Discourse(tuning.theyReach);
  const seenLines = new Set<string>();
  const quotations: Quotation[] = [];
  const quotationVerbHits: ParagraphHit<VerbCategory>[] = [];
  // The last speaker of the paragraph before, when it ended with a quotation.
  let lastSpeaker: Attributed | null = null;
  article.paragraphs.forEach((p, index) => {
    const i = paraIndex(index);
    if (p.boilerplate !== null && p.boilerplate !== 'duplicate-heading') {
      return;
    }
    const text = p.text;
    // Lines seen before in the article (a headline the page repeats) are not read again.
    const repeated: Span[] = [];
    let offset = 0;
    for (const line of text.split('\n')) {
      const key = line.trim();
      if (key && seenLines.has(key)) {
        repeated.push({ start: offset, endExclusive: offset + line.length });
      }
      if (key) {
        seenLines.add(key);
      }
      offset += line.length + 1;
    }
    let reading = reader(text);
    if (repeated.length > 0) {
      reading = reader(
        text,
        reading.marked.filter((q) => !containedIn(repeated, q.start, q.endExclusive)),
      );
    }
    const { narration, quotationOnly } = reading;
    const found: Array<{ quote: MarkedQuote; attributed: Attributed }> = [];
    // Whether the narration has at most two words, counted once per paragraph when asked.
    let shortNarration: boolean | null = null;
    for (const sentence of reading.sentences) {
      discourse.startSentence();
      const mentions = sentence.mentions.filter((m) => namesSomeone(m, discourse.surnames));
      const attributions = sentenceAttributions(narration, sentence, discourse.surnames);
      // Each attribution resolved once: the discourse stays as it is until the sentence is read.
      const resolvedList: Array<Attributed | undefined> = [];
      const resolved = (a: VerbAttribution): Attributed => {
        const at = attributions.indexOf(a);
        let known = resolvedList[at];
        if (known === undefined) {
          known = resolveAttribution(a, sentence, mentions, discourse);
          resolvedList[at] = known;
        }
        return known;
      };
      for (const marked of sentence.quotes) {
        const { quote } = marked;
        const previous = found[found.length - 1]?.attributed;
        let attributed: Attributed = NONE;
        if (marked.speechFrom >= 0) {
          // "added the words “…”": the verb before the noun attributes it; "with the
          // comment: “…”" names nobody.
          const verbBefore = attributions.find(
            (a) => a.hit.start >= marked.speechFrom && a.hit.endExclusive <= quote.start,
          );
          attributed = verbBefore ? resolved(verbBefore) : NONE;
        } else if (attributions.length > 0) {
          // The nearest verb that names a speaker; for a fragment, one before it first (it
          // was "angered and disgusted", …, X reported).
          const distance = (h: TermHit<VerbCategory>) =>
            h.endExclusive <= quote.start
              ? quote.start - h.endExclusive
              : h.start - quote.endExclusive;
          const partial = marked.kind === 'partial';
          const before = (h: TermHit<VerbCategory>) =>
            Number(partial && h.endExclusive <= quote.start);
          const ranked =
            attributions.length === 1
              ? attributions
              : [...attributions].sort(
                  (a, b) =>
                    Number(b.speaker !== null) - Number(a.speaker !== null) ||
                    before(b.hit) - before(a.hit) ||
                    distance(a.hit) - distance(b.hit),
                );
          attributed = resolved(ranked[0] as VerbAttribution);
        } else if (previous && previous.hit) {
          // The second part of a split quotation: "…,” he said. “…”
          attributed = previous;
        } else if ((shortNarration ??= countWords(narration) <= 2)) {
          // A paragraph of quotation only goes on from the last speaker, or the last person named.
          const before = lastSpeaker?.speaker
            ? lastSpeaker
            : (() => {
                const person = discourse.resolve('he');
                return person ? { ...NONE, speaker: person.name } : NONE;
              })();
          attributed = { ...NONE, speaker: before.speaker, inferred: before.speaker !== null };
        }
        if (marked.short && !(attributed.hit && attributed.named)) {
          continue;
        }
        found.push({ quote: marked, attributed });
        if (attributed.hit && quotationOnly.has(attributed.hit)) {
          quotationVerbHits.push({ ...attributed.hit, paragraph: i });
        }
      }
      // The sentence's mentions join the discourse, pronouns as who they stand for.
      const speakers = attributions.flatMap((a) =>
        a.speaker && !mentions.some((m) => m.name === a.speaker) ? [resolved(a).speaker] : [],
      );
      for (const m of mentions) {
        discourse.mention(m.name, m.subject);
      }
      for (const speaker of speakers) {
        if (speaker) {
          discourse.mention(speaker, true);
        }
      }
    }
    for (const { quote: marked, attributed } of found) {
      const { quote } = marked;
      quotations.push({
        id: `${k}.${i}.${quote.start}`,
        article: k,
        paragraph: i,
        start: quote.start,
        endExclusive: quote.endExclusive,
        text: quote.text,
        kind: marked.kind,
        speaker: attributed.speaker,
        inferred: attributed.inferred,
        verb: attributed.hit?.text ?? null,
        verbLemma: attributed.hit?.term ?? null,
      });
    }
    const last = found[found.length - 1];
    lastSpeaker = last?.attributed.speaker ? last.attributed : null;
  });
  return { quotations, quotationVerbHits };
}
