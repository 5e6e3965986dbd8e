/**
 * Part of speech where it decides a lexicon match: whether a word that may be a noun or a
 * verb ("comments", "report", "claim", "row"), or an adjective or a verb ("claimed",
 * "alleged"), is used as one or the other here, read off the words next to it. Not a tagger: a few rules of English word order that hold for the
 * words the lexicons hold. (Taggers were measured and left out: compromise adds 365 kB
 * (141 kB gzipped) to a 440 kB app and takes 0.7 ms a sentence while mis-tagging "Met
 * police" and "Judge"; wink-nlp is accurate and fast but its model is 3.7 MB.)
 */

/** A word of a text with its offsets and its lower-case key. */
export interface WordToken {
  /** Lower case, typographic apostrophes and hyphens folded. */
  readonly key: string;
  /** As written. */
  readonly text: string;
  readonly start: number;
  readonly endExclusive: number;
}

// Words after which a noun follows, not a verb: determiners, possessives, quantifiers, and
// prepositions ("in a statement", "with the comment", "about reports that…").
const BEFORE_NOUN = new Set(
  (
    'a an the this these those his her its their our my your no any some every each another ' +
    'such several many few whose either neither much more most other same ' +
    'of in on at with without about after before following amid despite over under ' +
    'from for by into against via per among between during'
  ).split(' '),
);

// Words after which a verb follows: subject pronouns, modals and auxiliaries, infinitive "to".
const BEFORE_VERB = new Set(
  (
    'i we you he she they it who which that to will would shall should can could may might ' +
    'must do does did not never also then later once still just repeatedly again often ' +
    "don't doesn't didn't won't wouldn't can't couldn't has have had having is are was were be been being"
  ).split(' '),
);

/** Whether characters between two words break the phrase (punctuation other than a hyphen). */
function broken(text: string, from: number, to: number): boolean {
  return /[^\s\p{L}\p{N}'’-]/u.test(text.slice(from, to));
}

// Prepositions that follow a noun rather than a reporting verb ("a report into…").
const AFTER_NOUN = new Set('of into by from in on at for about'.split(' '));

// Words that join clauses or phrases: no evidence either way.
const JOINING = new Set('and or but nor so yet as than then'.split(' '));

/**
 * Whether the word at `i` is used as a noun, on the evidence of the word before it: a
 * determiner, possessive or preposition ("a statement", "Khan's comments", "in response"),
 * a past-tense verb it is the object of ("claimed comments made by…"), or, for a verb's
 * base form (`base`), a lower-case singular word it follows ("a misconduct report").
 */
export function usedAsNoun(
  text: string,
  words: ReadonlyArray<WordToken>,
  i: number,
  base = false,
): boolean {
  const word = words[i];
  const prev = words[i - 1];
  if (!word) {
    return false;
  }
  if (!prev || broken(text, prev.endExclusive, word.start)) {
    // A capitalised -s form opening a sentence is a plural noun ("Reports say…").
    return (
      /^\p{Lu}/u.test(word.text) &&
      /s$/u.test(word.key) &&
      (!prev || /[.!?]\s*$/u.test(text.slice(prev.endExclusive, word.start)))
    );
  }
  if (BEFORE_NOUN.has(prev.key) || /['’]s$/u.test(prev.text)) {
    return true;
  }
  if (BEFORE_VERB.has(prev.key) || JOINING.has(prev.key)) {
    return false;
  }
  // A word right after a past-tense verb or participle is its object or the noun it
  // qualifies: "claimed comments", "denied reports", "a now deleted tweet".
  if (/ed$/u.test(prev.key)) {
    return true;
  }
  // A base form after a lower-case singular word, followed by a participle or a
  // preposition, heads a compound noun ("a misconduct report published…", "the police
  // report into…"); otherwise it may well be the verb ("police admit tweet was…").
  const next = words[i + 1];
  const nounFollows =
    next !== undefined &&
    !broken(text, word.endExclusive, next.start) &&
    (/^\p{Ll}[\p{Ll}-]*ed$/u.test(next.text) || AFTER_NOUN.has(next.key));
  return (
    base &&
    nounFollows &&
    /^\p{Ll}/u.test(prev.text) &&
    !/s$/u.test(prev.key) &&
    !/ly$/u.test(prev.key)
  );
}

/**
 * Whether the word at `i` is used as a verb, on the evidence of the word before it: a
 * subject pronoun, a modal or auxiliary, or "to" ("they row", "will row").
 */
export function usedAsVerb(text: string, words: ReadonlyArray<WordToken>, i: number): boolean {
  const word = words[i];
  const prev = words[i - 1];
  if (!word || !prev || broken(text, prev.endExclusive, word.start)) {
    return false;
  }
  return BEFORE_VERB.has(prev.key) && prev.key !== 'that' && prev.key !== 'which';
}

// Forms of "be": an -ed word after them is a participle ("it is alleged", "was disgraced").
const BE = new Set('am is are was were be been being'.split(' '));

// Words after which an -ed word is a past-tense verb: subject pronouns, relative pronouns and
// "have" ("he claimed", "who alleged", "had claimed").
const SUBJECT_OR_HAVE = new Set(
  'i we you he she they it who which that has have had having'.split(' '),
);

// Words that open a verb's object or clause ("claimed that…", "alleged the…", "disgraced
// himself", "claimed to…"), where an adjective would be followed by its noun.
const OBJECT_START = new Set(
  (
    'that the a an his her its their our my your this these those him them us me ' +
    'himself herself itself themselves to'
  ).split(' '),
);

/**
 * Whether the -ed word at `i` ("claimed", "alleged", "disgraced") is a past-tense verb here
 * rather than an adjective: after a subject pronoun, "who" or "had" ("he claimed", "had
 * alleged"), after a capitalised word, a name or a sentence's subject ("Khan claimed…",
 * "Police alleged…"), or before its object or clause ("the union alleged that…"). Never
 * after a determiner, a possessive, a preposition or a form of "be" ("the alleged attack",
 * "Khan's claimed win", "it is alleged"), nor at a phrase's start ("Alleged victims…").
 */
export function usedAsPastVerb(text: string, words: ReadonlyArray<WordToken>, i: number): boolean {
  const word = words[i];
  const prev = words[i - 1];
  if (
    !word ||
    !/^\p{L}+ed$/u.test(word.key) ||
    !prev ||
    broken(text, prev.endExclusive, word.start)
  ) {
    return false;
  }
  if (BEFORE_NOUN.has(prev.key) || /['’]s$/u.test(prev.text) || BE.has(prev.key)) {
    return false;
  }
  if (SUBJECT_OR_HAVE.has(prev.key)) {
    return true;
  }
  // A capitalised word before a lower-case one is its subject ("Khan claimed"); in a title
  // ("Police Investigate Alleged Fraud") both are capitalised and say nothing.
  if (/^\p{Lu}/u.test(prev.text) && /^\p{Ll}/u.test(word.text)) {
    return true;
  }
  const next = words[i + 1];
  return (
    next !== undefined && !broken(text, word.endExclusive, next.start) && OBJECT_START.has(next.key)
  );
}
