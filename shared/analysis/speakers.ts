/**
 * Who says a quotation, and with which verb, read from the narration around it: the
 * subject of an attribution verb ("Khan said"), the name after it ("…," said Sadiq Khan),
 * the agent of a passive ("was described as … by a Met spokesman"), "quoted X as saying",
 * or the subject of the clause a participle hangs on ("responded, adding, …"). Pronouns
 * resolve through the article's {@link Discourse}; a speaker the text does not give is
 * left unclear (null), never guessed.
 */
import type { Discourse, NameWords } from './mentions';
import { mentionKind, personName } from './mentions';
import type { TermHit } from './terms';
import type { VerbCategory } from './lexicon';
import type { Span } from '../util/spans';
import { isAsciiDigit } from '../text/ascii';
import { isWhiteSpace, splitOnWhiteSpace } from '../text/white-space';

/** An attribution verb with the speaker the narration gives it. */
export interface VerbAttribution {
  readonly hit: TermHit<VerbCategory>;
  /** The speaker as the text names them (a pronoun unresolved), or null. */
  readonly speaker: string | null;
}

const AUXILIARY_OR_ADVERB = new Set(
  (
    'has have had having was were is are be been being will would shall should can could may ' +
    'might must also later then once again previously earlier first repeatedly reportedly ' +
    'initially further still just never not always publicly today yesterday now however ' +
    'swiftly quickly immediately subsequently separately too reportedly allegedly herself ' +
    'himself itself themselves only even'
  ).split(' '),
);
const BE = new Set('was were is are be been being'.split(' '));
const OPENERS = new Set(
  'however but and yet meanwhile also then now so still instead earlier later separately indeed'.split(
    ' ',
  ),
);
const SUBORDINATORS = new Set(
  (
    'that as when after while because if but and although though since where whereas so ' +
    'before until unless whether once whom'
  ).split(' '),
);
const FINITE = new Set(
  'is are was were has have had will would can could should may might must did does do'.split(' '),
);
const DETERMINER_START =
  /^(?:the|a|an|his|her|its|their|this|that|these|those|some|many|several|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)\b/iu;

// Marks and dashes end a clause; so do sentence punctuation and quotation marks.
const BOUNDARY = /[.!?;:“”"«»„—–]|''|\s-\s|\s{3,}/gu;

const words = splitOnWhiteSpace;

/** The first offset at or after `at` that is not white space (the text's length if none). */
function skipWhiteSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isWhiteSpace(text.charCodeAt(i))) {
    i++;
  }
  return i;
}

/**
 * The last `n` runs of a text between white space, in order (fewer if it has fewer):
 * `splitOnWhiteSpace(text).slice(-n)`, read from the end (the speaker analysis looks at
 * the last words before every attribution verb).
 */
export function lastRuns(text: string, n: number): string[] {
  const out: string[] = [];
  let end = text.length;
  while (out.length < n) {
    while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) {
      end--;
    }
    if (end === 0) {
      break;
    }
    let start = end - 1;
    while (start > 0 && !isWhiteSpace(text.charCodeAt(start - 1))) {
      start--;
    }
    out.unshift(text.slice(start, end));
    end = start;
  }
  return out;
}

/** The offset of a text's last comma not followed by a digit (not inside "31,000"), or -1. */
export function lastClauseComma(text: string): number {
  let at = text.lastIndexOf(',');
  while (at >= 0 && isAsciiDigit(text.charCodeAt(at + 1))) {
    at = at === 0 ? -1 : text.lastIndexOf(',', at - 1);
  }
  return at;
}

// The last word of a text and the white space before it. A match can only start in the
// white space before the text's last run of letters, or in that run.
const LAST_WORD = /\s*\b(\p{L}+)$/u;
const LETTER = /^\p{L}$/u;

/** Where the code point ending at `end` (> 0) starts. */
function codePointStart(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end > 1) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) {
      return end - 2;
    }
  }
  return end - 1;
}

/**
 * Where the last run of letters of a text, with the white space right before it, starts
 * (0 if it is all of it).
 */
function lastRunStart(text: string): number {
  let i = text.length;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
      i--;
      continue;
    }
    if (c < 0x80) {
      break;
    }
    // Any other character: the whole code point ending here.
    const start = codePointStart(text, i);
    if (!LETTER.test(text.slice(start, i))) {
      break;
    }
    i = start;
  }
  while (i > 0 && isWhiteSpace(text.charCodeAt(i - 1))) {
    i--;
  }
  return i;
}

/**
 * `/\s*\b(\p{L}+)$/u.exec(text)` as the word and the match's index, without the
 * expression trying every position of the text (it has no way to search from the end):
 * it runs on the text's last run of letters and the white space before it, with the
 * character before them (where `\b` may look), where every match lies.
 */
export function lastWord(text: string): { readonly index: number; readonly word: string } | null {
  const from = Math.max(0, lastRunStart(text) - 1);
  const m = LAST_WORD.exec(from === 0 ? text : text.slice(from));
  return m === null ? null : { index: m.index + from, word: m[1] ?? '' };
}

/** What {@link clauseBefore} gives for a verb coordinated with the one before ("…and added"). */
const COORDINATED = '\u0000and';

/** Drops leading openers ("However,", "But") and trailing auxiliaries and adverbs. */
function trimPhrase(phrase: string): string {
  let ws = words(phrase.replace(/\s+,/gu, ','));
  while (ws.length > 0 && OPENERS.has((ws[0] as string).toLowerCase().replace(/,$/u, ''))) {
    ws = ws.slice(1);
  }
  while (ws.length > 0) {
    const last = (ws[ws.length - 1] as string).toLowerCase().replace(/,$/u, '');
    const determined = /^(?:the|a|an|his|her|its|their)$/iu.test(ws[ws.length - 2] ?? '');
    if (
      AUXILIARY_OR_ADVERB.has(last) ||
      (/^\p{Ll}+ly$/u.test(last) && last.length > 4 && !determined)
    ) {
      ws = ws.slice(0, -1);
    } else {
      break;
    }
  }
  return ws.join(' ').replace(/,$/u, '').trim();
}

/** Whether a phrase reads as a noun phrase that can be a speaker. */
function isSpeakerPhrase(phrase: string, surnames?: NameWords): boolean {
  const ws = words(phrase);
  if (ws.length === 0 || ws.length > 14) {
    return false;
  }
  if (ws.some((w) => FINITE.has(w.toLowerCase()))) {
    return false;
  }
  const first = ws[0] as string;
  if (
    /^\p{Lu}/u.test(first) ||
    DETERMINER_START.test(first) ||
    /^(?:he|she|they|it|we|i|thousands|hundreds|dozens)$/iu.test(first)
  ) {
    return true;
  }
  // "former Democratic presidential candidate Julian Castro", "avid Thomson" (a lost letter).
  const kind = mentionKind(phrase, surnames);
  return kind === 'person' || kind === 'body' || kind === 'group';
}

// Documents with no author named: "a tweet which read…" names nobody.
const ANONYMOUS_DOCUMENT =
  /^(?:a|an|one)\s+(?:\S+\s+)?(?:tweet|post|message|sign|t-shirt|shirt|banner|placard|letter|note|caption|poster|slogan|leaflet|graffiti|comment)$/iu;

/** A speaker phrase as the speaker: leading junk before a name dropped; an anonymous document is nobody. */
function asSpeaker(phrase: string | null): string | null {
  if (phrase === null || ANONYMOUS_DOCUMENT.test(phrase)) {
    return null;
  }
  const ws = words(phrase);
  const firstCap = ws.findIndex((w) => /^\p{Lu}/u.test(w));
  // Lower-case words before the name that are no article or role ("date 2022-02-18 Scotland Yard").
  if (
    firstCap > 0 &&
    !DETERMINER_START.test(ws[0] as string) &&
    mentionKind(ws.slice(0, firstCap).join(' ')) === 'unknown' &&
    !/^(?:he|she|they|it|we|i)$/iu.test(ws[0] as string)
  ) {
    return ws.slice(firstCap).join(' ');
  }
  return phrase;
}

/** The noun phrase a text ends with: "…hit back at the Met Police Federation" → "the Met Police Federation". */
function lastNounPhrase(text: string): string {
  const ws = words(text.replace(/,\s*$/u, ''));
  let from = ws.length;
  while (from > 0) {
    const w = ws[from - 1] as string;
    const lower = w.toLowerCase();
    if (/^(?:the|a|an|his|her|its|their)$/u.test(lower)) {
      from--;
      break;
    }
    if (/^\p{Lu}/u.test(w) || mentionKind(lower) !== 'unknown' || /^[\d,.-]+$/u.test(w)) {
      from--;
    } else {
      break;
    }
  }
  return ws.slice(from).join(' ');
}

/** Drops appositives and asides that end just before a verb: "Glocer, who will head the group," → "Glocer". */
function dropAsides(before: string): string {
  let text = before.trimEnd();
  for (let n = 0; n < 3 && text.endsWith(','); n++) {
    const inner = text.slice(0, -1);
    const open = inner.lastIndexOf(',');
    if (open < 0 || words(inner.slice(open + 1)).length > 16) {
      break;
    }
    text = inner.slice(0, open).trimEnd();
  }
  // An age after a name: "Tom Glocer, 47".
  return text.replace(/,\s*\d{1,3}$/u, '');
}

/** The clause before a position: from the last boundary, comma or subordinator on. */
function clauseBefore(narration: string, from: number, at: number): string {
  // Auxiliaries and adverbs between the subject (and its asides) and the verb go first.
  let raw = narration.slice(from, at).trimEnd();
  for (
    let m = lastWord(raw);
    m && AUXILIARY_OR_ADVERB.has(m.word.toLowerCase());
    m = lastWord(raw)
  ) {
    raw = raw.slice(0, m.index).trimEnd();
  }
  let text = dropAsides(raw);
  let cut = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    cut = (m.index ?? 0) + m[0].length;
  }
  text = text.slice(cut);
  // The last comma that is not inside a figure ("31,000").
  const comma = lastClauseComma(text);
  if (comma >= 0) {
    text = text.slice(comma + 1);
  }
  const ws = words(text);
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = (ws[i] as string).toLowerCase();
    const between =
      (w === 'and' || w === 'or') &&
      /^\p{Lu}/u.test(ws[i - 1] ?? '') &&
      /^\p{Lu}/u.test(ws[i + 1] ?? '');
    if (SUBORDINATORS.has(w) && !between) {
      const rest = ws.slice(i + 1).join(' ');
      // "…, and added", "but added": a verb that shares the subject before it.
      return rest === '' && (w === 'and' || w === 'but' || w === 'or') ? COORDINATED : rest;
    }
  }
  return ws.join(' ');
}

/** The noun phrase right after a position, up to punctuation: "said ABN Amro analyst Paul Gooden." */
// What ends the phrase after a verb ("…,” said Sadiq Khan, …").
const PHRASE_AFTER = /^\s*([^,.;:!?“”"«»„—–()]{1,90})/u;
const ENDS_PHRASE_AFTER = /[,.;:!?“”"«»„—–()]\s*$/u;

/**
 * Whether the narration after a sentence's last verb ends with a mark that ends the phrase
 * after a verb: then the verbs' speakers ({@link verbSpeaker}) are read from the sentence
 * alone, not from what follows it.
 */
export function endsPhraseAfter(afterLastVerb: string): boolean {
  return ENDS_PHRASE_AFTER.test(afterLastVerb);
}

function phraseAfter(narration: string, at: number): string | null {
  const m = PHRASE_AFTER.exec(narration.slice(at));
  const phrase = m?.[1]?.trim() ?? '';
  return phrase && isSpeakerPhrase(phrase) && !/^(?:in|on|at|to|of|for|with|by)\b/iu.test(phrase)
    ? phrase
    : null;
}

// Each relative pronoun a subject may end with, as a whole word (see verbSpeaker).
const RELATIVE_WORD: Readonly<Record<string, RegExp>> = {
  who: /\bwho\b/giu,
  which: /\bwhich\b/giu,
  that: /\bthat\b/giu,
};

const PREPOSITION_OPENER =
  /^(?:despite|in|on|at|after|before|with|without|during|following|amid|according|by|for|from|under|over)$/u;

// A comma that ends a clause (not one inside a figure), and what ends a subject's clause.
const CLAUSE_COMMA = /,(?!\d)/gu;
const SUBJECT_END = /[,;:“”"«»„—–]/gu;

/** Where a sentence's main clause starts: after leading subordinate clauses and participles. */
export function mainClauseStart(sentence: string): number {
  let at = skipWhiteSpace(sentence, 0);
  for (let n = 0; n < 3; n++) {
    // The first word and the first comma from `at` on (a white space or the end is at `at`
    // only at the sentence's end).
    let end = at;
    while (end < sentence.length && !isWhiteSpace(sentence.charCodeAt(end))) {
      end++;
    }
    const first = sentence.slice(at, end).toLowerCase().replace(/,$/u, '');
    CLAUSE_COMMA.lastIndex = at;
    const comma = CLAUSE_COMMA.exec(sentence)?.index ?? -1;
    const opener =
      SUBORDINATORS.has(first) || /ing$|ed$/u.test(first) || PREPOSITION_OPENER.test(first);
    if (comma > at && opener) {
      at = skipWhiteSpace(sentence, comma + 1);
    } else {
      break;
    }
  }
  return at;
}

/**
 * The subject of a sentence's main clause (leading subordinate clauses and participles
 * skipped); `mainStart` is where that clause starts, when the caller has it.
 */
export function sentenceSubject(
  sentence: string,
  mainStart: number = mainClauseStart(sentence),
): string | null {
  SUBJECT_END.lastIndex = mainStart;
  const end = SUBJECT_END.exec(sentence)?.index ?? sentence.length;
  let ws = words(sentence.slice(mainStart, end));
  // "In September he tried…": a short opening phrase without a comma before a pronoun.
  if (PREPOSITION_OPENER.test((ws[0] ?? '').toLowerCase())) {
    const pronoun = ws.findIndex((w, i) => i > 0 && i < 6 && /^(?:he|she|they|it|we|i)$/iu.test(w));
    if (pronoun > 0) {
      ws = ws.slice(pronoun);
    }
  }
  const stop = ws.findIndex((w, i) => {
    if (i === 0) {
      return false;
    }
    const lower = w.toLowerCase();
    return (
      FINITE.has(lower) ||
      /^\p{Ll}[\p{Ll}-]*ed$/u.test(w) ||
      AUXILIARY_OR_ADVERB.has(lower) ||
      lower === 'who'
    );
  });
  const phrase = trimPhrase((stop > 0 ? ws.slice(0, stop) : ws).join(' '));
  return isSpeakerPhrase(phrase) ? phrase : null;
}

/**
 * The speaker an attribution verb gives, read from the narration (the paragraph with its
 * quotations blanked out) of the sentence `sentence`. `previous` is the attribution before
 * it in the sentence, which a participle ("…, adding") shares.
 */
export function verbSpeaker(
  narration: string,
  sentence: Span,
  hit: TermHit<VerbCategory>,
  previous: VerbAttribution | undefined,
  surnames?: NameWords,
): string | null {
  const lower = hit.text.toLowerCase();
  const after = narration.slice(hit.endExclusive, sentence.endExclusive);
  const rawBefore = narration.slice(sentence.start, hit.start);
  const beforeWords = lastRuns(rawBefore, 2);
  const lastBefore = (beforeWords[beforeWords.length - 1] ?? '').toLowerCase();
  const beforeLast = (beforeWords[beforeWords.length - 2] ?? '').toLowerCase();
  const shared = () =>
    previous?.speaker ?? asSpeaker(sentenceSubject(narration.slice(sentence.start, hit.start)));
  // "the Globe quoted Richard Harrington, chief executive, as saying"
  if (hit.term === 'quote') {
    const m = /^\s+([^,.;:]{1,60}?)(?:,[^.;:]{0,80})?\s+as\s+saying\b/u.exec(after);
    if (m?.[1] && isSpeakerPhrase(m[1], surnames)) {
      return asSpeaker(m[1].trim());
    }
  }
  // "quoted Ray Holt as saying", "was quoted as saying": the speaker of the verb before.
  if (lastBefore === 'as' && previous) {
    return previous.speaker;
  }
  // An infinitive ("to criticise the mayor") attributes nothing here.
  if (lastBefore === 'to' || (beforeLast === 'to' && /ly$/u.test(lastBefore))) {
    return null;
  }
  // A passive ("was described as … by a Met spokesman"; "it was reported that…"): the agent or nobody.
  const participle = lower !== hit.term && !/(?:s|ing)$/u.test(lower);
  if (
    participle &&
    (BE.has(lastBefore) || (AUXILIARY_OR_ADVERB.has(lastBefore) && BE.has(beforeLast)))
  ) {
    const agent = /\bby\s+([^,.;:!?“”"«»„—–()]{1,80})/u.exec(after)?.[1]?.trim();
    return agent && isSpeakerPhrase(agent, surnames) ? asSpeaker(trimPhrase(agent)) : null;
  }
  // A participle after a comma or "and" ("responded, adding,", "…, calling it") shares its
  // clause's subject.
  if (/ing$/u.test(lower) && /(?:,|\band)\s*$/u.test(rawBefore)) {
    return shared();
  }
  // Right after a quotation and a comma: the speaker follows ("…,” said Sadiq Khan).
  if (/[”"»']\s*,?\s*$/u.test(rawBefore)) {
    const inverted = phraseAfter(narration, hit.endExclusive);
    if (inverted) {
      return asSpeaker(trimPhrase(inverted));
    }
  }
  const clause = clauseBefore(narration, sentence.start, hit.start);
  if (clause === COORDINATED) {
    return shared();
  }
  const subject = trimPhrase(clause);
  const relative = /(?:^|\s)(who|which|that)$/iu.exec(subject)?.[1];
  if (relative) {
    // The relative's antecedent: "the Federation who said", "Thompson, who suggested".
    const at =
      [...rawBefore.matchAll(RELATIVE_WORD[relative.toLowerCase()] as RegExp)].pop()?.index ?? 0;
    const antecedent = lastNounPhrase(rawBefore.slice(0, at));
    return isSpeakerPhrase(antecedent, surnames) ? asSpeaker(antecedent) : null;
  }
  if (subject && isSpeakerPhrase(subject, surnames)) {
    return asSpeaker(subject);
  }
  if (subject === '') {
    return asSpeaker(phraseAfter(narration, hit.endExclusive));
  }
  return null;
}

/**
 * Resolves a speaker phrase to who it names: a pronoun to its antecedent (inferred), a
 * surname or a role to the fullest name the article gave that person. `before` are the
 * mentions of the same sentence before the phrase.
 */
export function resolveSpeaker(
  speaker: string,
  discourse: Discourse,
  before: ReadonlyArray<{ readonly name: string; readonly subject: boolean }>,
): { readonly speaker: string | null; readonly inferred: boolean } {
  const kind = mentionKind(speaker, discourse.surnames);
  if (kind === 'pronoun') {
    const p = speaker.toLowerCase();
    if (p === 'he' || p === 'she') {
      const local = before.filter((m) => mentionKind(m.name, discourse.surnames) === 'person');
      const pick = local.find((m) => m.subject) ?? local[0];
      if (pick) {
        return { speaker: discourse.fullName(pick.name), inferred: true };
      }
    }
    const antecedent = discourse.resolve(p);
    return antecedent
      ? { speaker: antecedent.name, inferred: true }
      : { speaker: null, inferred: false };
  }
  if (kind === 'person' && personName(speaker)) {
    return { speaker: discourse.fullName(speaker), inferred: false };
  }
  if (kind === 'person' || kind === 'unknown') {
    // A role ("the prime minister") is the person the article named with it: an inference;
    // a surname ("Khan") is the full name the article gave.
    const full = discourse.fullName(speaker);
    const role = !/\p{Lu}/u.test(words(speaker).slice(-1)[0] ?? '');
    return { speaker: full, inferred: full !== speaker && kind === 'person' && role };
  }
  return { speaker, inferred: false };
}
