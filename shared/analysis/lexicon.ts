/**
 * The lexicons behind the media-literacy analyses, kept as data. Users extend them by
 * passing extra entries to {@link mergeLexicon} (the app and CLI accept a JSON file of the
 * same shape); nothing here is tuned to particular articles.
 *
 * Each entry gives its part of speech, which decides the forms it matches (see
 * `inflect.ts`) and the uses it counts: an attribution verb used as a noun ("a statement",
 * "comments made by…") is not an attribution, and the noun "row" (a quarrel) is neither the
 * verb nor a row of seats (`not` lists the phrases whose sense is another).
 */
import type { PartOfSpeech } from './inflect';

export type { PartOfSpeech } from './inflect';

/**
 * The categories of each lexicon, in the order the tallies, the panel and the report list
 * them; the one list the types below, the tallies and the lexicon file's checks read.
 *
 * Attribution verbs, by how they frame what someone said:
 * - neutral: reports the statement without judging it ("said", "told", "added");
 * - asserting: presents the speaker as pressing a claim ("insisted", "claimed", "argued");
 * - conceding: presents the speaker as giving ground ("admitted", "conceded", "was forced
 *   to admit");
 * - adversarial: presents the statement as an attack or a rebuttal ("accused", "hit back",
 *   "denied").
 *
 * Loaded language, by kind:
 * - evaluative: judges what it describes ("disgraceful", "shock", "turmoil");
 * - intensifying: raises the stakes ("slammed", "furious", "escalated");
 * - hedging: distances the outlet from a claim ("apparently", "allegedly", "reportedly").
 */
export const LEXICON_CATEGORIES = {
  verbs: ['neutral', 'asserting', 'conceding', 'adversarial'],
  loaded: ['evaluative', 'intensifying', 'hedging'],
} as const;

/** How an attribution verb frames what someone said (see {@link LEXICON_CATEGORIES}). */
export type VerbCategory = (typeof LEXICON_CATEGORIES.verbs)[number];

/** What kind of loaded language a term is (see {@link LEXICON_CATEGORIES}). */
export type LoadedCategory = (typeof LEXICON_CATEGORIES.loaded)[number];

/** One lexicon entry: a word or phrase (lower case, base form) and how it is used. */
export interface LexiconEntry<C extends string> {
  readonly term: string;
  readonly category: C;
  /**
   * Its part of speech, which gives its forms: a verb is conjugated, a noun pluralised,
   * anything else matched as written. Left out (a user's term): every regular form.
   */
  readonly pos?: PartOfSpeech;
  /** Phrases holding the term in another sense ("in a row" for the noun "row"), not counted. */
  readonly not?: ReadonlyArray<string>;
}

function entries<C extends string>(
  category: C,
  pos: PartOfSpeech,
  terms: ReadonlyArray<string>,
): ReadonlyArray<LexiconEntry<C>> {
  return terms.map((term) => ({ term, category, pos }));
}

/** Attribution verbs, by category: lemmas, conjugated when matched ("said" is "say"). */
export const ATTRIBUTION_VERBS: ReadonlyArray<LexiconEntry<VerbCategory>> = [
  ...entries('neutral', 'verb', [
    'say',
    'tell',
    'add',
    'explain',
    'state',
    'note',
    'write',
    'comment',
    'report',
    'reply',
    'respond',
    'describe',
    'announce',
    'confirm',
    'ask',
    'answer',
    'mention',
    'remark',
    'observe',
    'recall',
    'repeat',
    'conclude',
  ]),
  ...entries('asserting', 'verb', [
    'insist',
    'claim',
    'argue',
    'declare',
    'maintain',
    'stress',
    'assert',
    'warn',
    'vow',
    'demand',
    'urge',
    'suggest',
    'emphasise',
    'emphasize',
    'contend',
    'assure',
    'promise',
  ]),
  ...entries('conceding', 'verb', [
    'admit',
    'concede',
    'acknowledge',
    'apologise',
    'apologize',
    'confess',
    'backtrack',
    'issue an apology',
  ]),
  { term: 'forced to admit', category: 'conceding', pos: 'phrase' },
  ...entries('adversarial', 'verb', [
    'accuse',
    'hit back',
    'hit out',
    'slam',
    'blast',
    'deny',
    'criticise',
    'criticize',
    'condemn',
    'rebuke',
    'dismiss',
    'reject',
    'tackle',
    'lash out',
    'blame',
  ]),
];

/**
 * Verbs that attribute words only when they introduce a quotation ("called it
 * "unacceptable"", a sign which read "…", chanting "…"), and are ordinary verbs otherwise
 * ("called for unity", "read the report"): read as attributions of quotations, counted in
 * the verb tallies only there. All neutral but "attack", adversarial when it introduces
 * words ("attacked the plan as “reckless”") and a physical act in the news of a crime or a
 * war ("the men attacked him"), where counting it would make a report of violence read as
 * an adversarial outlet.
 */
export const QUOTATION_VERBS: ReadonlyArray<LexiconEntry<VerbCategory>> = [
  { term: 'attack', category: 'adversarial', pos: 'verb' },
  ...entries('neutral', 'verb', [
    'call',
    'read',
    'chant',
    'shout',
    'scream',
    'yell',
    'cry',
    'whisper',
    'quote',
    'express',
    'reveal',
    'remind',
    'post',
    'tweet',
    'label',
    'brand',
    'dub',
    'term',
    'welcome',
    'hail',
  ]),
];

/** Evaluative, intensifying and hedging terms. */
export const LOADED_TERMS: ReadonlyArray<LexiconEntry<LoadedCategory>> = [
  ...entries('evaluative', 'adjective', [
    'disgraceful',
    'shameful',
    'outrageous',
    'shocking',
    'chaotic',
    'disastrous',
    'humiliating',
    'embarrassing',
    'disgusting',
    'appalling',
    'controversial',
    'squalid',
    'disgraced',
  ]),
  ...entries('evaluative', 'noun', [
    'scandal',
    'outrage',
    'shock',
    'turmoil',
    'chaos',
    'disaster',
    'fiasco',
    'debacle',
    'crisis',
  ]),
  ...entries('intensifying', 'verb', ['slam', 'blast', 'escalate']),
  ...entries('intensifying', 'adjective', [
    'furious',
    'explosive',
    'dramatic',
    'extraordinary',
    'unprecedented',
    'savage',
    'brutal',
  ]),
  ...entries('intensifying', 'noun', ['fury', 'storm', 'bombshell', 'ousting']),
  {
    term: 'row',
    category: 'intensifying',
    pos: 'noun',
    not: ['in a row', 'row of', 'rows of', 'front row', 'back row', 'death row', 'front-row'],
  },
  { term: 'clash', category: 'intensifying', pos: 'any' },
  ...entries('intensifying', 'phrase', ['forced to', 'war of words']),
  ...entries('hedging', 'adverb', [
    'apparently',
    'allegedly',
    'reportedly',
    'purportedly',
    'supposedly',
    'seemingly',
  ]),
  ...entries('hedging', 'adjective', ['alleged', 'so-called', 'claimed']),
  ...entries('hedging', 'phrase', [
    'appeared to',
    'is understood',
    'it is thought',
    'may have',
    'might have',
    'sources said',
  ]),
];

/** Adds user entries to a lexicon; a user entry replaces a built-in one with the same term. */
export function mergeLexicon<C extends string>(
  base: ReadonlyArray<LexiconEntry<C>>,
  extra: ReadonlyArray<LexiconEntry<C>>,
): ReadonlyArray<LexiconEntry<C>> {
  // Nothing added: the base itself, so that what is compiled per lexicon is compiled once.
  if (extra.length === 0) {
    return base;
  }
  const terms = new Set(extra.map((e) => e.term.toLowerCase()));
  return [
    ...base.filter((e) => !terms.has(e.term)),
    ...extra.map((e) => ({ ...e, term: e.term.toLowerCase() })),
  ];
}
