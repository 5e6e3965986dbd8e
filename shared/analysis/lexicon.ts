/**
 * The lexicons behind the media-literacy analyses, kept as data. Users extend them by
 * passing extra entries to {@link mergeLexicon} (the app and CLI accept a JSON file of the
 * same shape); nothing here is tuned to particular articles.
 */

/** How an attribution verb frames what someone said. */
export type VerbCategory =
  /** Reports the statement without judging it: "said", "told", "added". */
  | 'neutral'
  /** Presents the speaker as pressing a claim: "insisted", "claimed", "argued". */
  | 'asserting'
  /** Presents the speaker as giving ground: "admitted", "conceded", "was forced to admit". */
  | 'conceding'
  /** Presents the statement as an attack or a rebuttal: "accused", "hit back", "denied". */
  | 'adversarial';

/** What kind of loaded language a term is. */
export type LoadedCategory =
  /** Judges what it describes: "disgraceful", "shock", "turmoil". */
  | 'evaluative'
  /** Raises the stakes: "slammed", "furious", "escalated". */
  | 'intensifying'
  /** Distances the outlet from a claim: "apparently", "allegedly", "reportedly". */
  | 'hedging';

/** One lexicon entry: a word or phrase (lower case; inflections are matched by stem). */
export interface LexiconEntry<C extends string> {
  readonly term: string;
  readonly category: C;
}

/** Attribution verbs, by category. Base forms; "said", "says", "saying" all match "say". */
export const ATTRIBUTION_VERBS: ReadonlyArray<LexiconEntry<VerbCategory>> = [
  ...[
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
  ].map((term) => ({ term, category: 'neutral' as const })),
  ...[
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
  ].map((term) => ({ term, category: 'asserting' as const })),
  ...[
    'admit',
    'concede',
    'acknowledge',
    'apologise',
    'apologize',
    'forced to admit',
    'issued an apology',
    'confess',
    'backtrack',
  ].map((term) => ({ term, category: 'conceding' as const })),
  ...[
    'accuse',
    'attack',
    'hit back',
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
  ].map((term) => ({ term, category: 'adversarial' as const })),
];

/** Evaluative, intensifying and hedging terms. */
export const LOADED_TERMS: ReadonlyArray<LexiconEntry<LoadedCategory>> = [
  ...[
    'disgraceful',
    'shameful',
    'scandal',
    'outrage',
    'outrageous',
    'shock',
    'shocking',
    'turmoil',
    'chaos',
    'chaotic',
    'disaster',
    'disastrous',
    'fiasco',
    'humiliating',
    'embarrassing',
    'disgusting',
    'appalling',
    'controversial',
    'squalid',
    'disgraced',
    'debacle',
    'crisis',
  ].map((term) => ({ term, category: 'evaluative' as const })),
  ...[
    'slam',
    'blast',
    'furious',
    'fury',
    'escalate',
    'storm',
    'explosive',
    'bombshell',
    'dramatic',
    'extraordinary',
    'unprecedented',
    'forced to',
    'ousting',
    'row',
    'clash',
    'war of words',
    'savage',
    'brutal',
  ].map((term) => ({ term, category: 'intensifying' as const })),
  ...[
    'apparently',
    'allegedly',
    'alleged',
    'reportedly',
    'reported',
    'purportedly',
    'supposedly',
    'seemingly',
    'appeared to',
    'is understood',
    'it is thought',
    'claimed',
    'so-called',
    'may have',
    'might have',
    'sources said',
  ].map((term) => ({ term, category: 'hedging' as const })),
];

/** Adds user entries to a lexicon; a user entry replaces a built-in one with the same term. */
export function mergeLexicon<C extends string>(
  base: ReadonlyArray<LexiconEntry<C>>,
  extra: ReadonlyArray<LexiconEntry<C>>,
): ReadonlyArray<LexiconEntry<C>> {
  const terms = new Set(extra.map((e) => e.term.toLowerCase()));
  return [
    ...base.filter((e) => !terms.has(e.term)),
    ...extra.map((e) => ({ ...e, term: e.term.toLowerCase() })),
  ];
}
