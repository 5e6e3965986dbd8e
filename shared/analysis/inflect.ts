/**
 * Inflection tables: the forms a lexicon word takes in text, by its part of speech. A verb
 * matches its own conjugation ("say": says, said, saying), a noun its plural ("row": rows),
 * an adjective or adverb only itself ("disgusting" is not "disgusted"). This replaces
 * stemming, which let every word sharing a stem match.
 */

/** A lexicon word's part of speech; `any` (a user's term of unknown sense) takes every regular form. */
export type PartOfSpeech = 'verb' | 'noun' | 'adjective' | 'adverb' | 'phrase' | 'any';

/** Irregular verbs: lemma → past, past participle (when different). Common English verbs only. */
const IRREGULAR_VERBS: ReadonlyMap<string, ReadonlyArray<string>> = new Map(
  Object.entries({
    say: ['said'],
    tell: ['told'],
    write: ['wrote', 'written'],
    speak: ['spoke', 'spoken'],
    read: ['read'],
    hear: ['heard'],
    think: ['thought'],
    hit: ['hit'],
    give: ['gave', 'given'],
    hold: ['held'],
    find: ['found'],
    make: ['made'],
    take: ['took', 'taken'],
    know: ['knew', 'known'],
    see: ['saw', 'seen'],
    come: ['came', 'come'],
    get: ['got', 'gotten'],
    put: ['put'],
    feel: ['felt'],
    mean: ['meant'],
    keep: ['kept'],
    stand: ['stood'],
    teach: ['taught'],
    seek: ['sought'],
    lead: ['led'],
    bring: ['brought'],
    begin: ['began', 'begun'],
    shake: ['shook', 'shaken'],
    swear: ['swore', 'sworn'],
    forecast: ['forecast'],
    broadcast: ['broadcast'],
    lay: ['laid'],
    quit: ['quit'],
    set: ['set'],
    cast: ['cast'],
    let: ['let'],
    leave: ['left'],
    win: ['won'],
    lose: ['lost'],
    strike: ['struck', 'stricken'],
    fight: ['fought'],
    beat: ['beat', 'beaten'],
    deal: ['dealt'],
    draw: ['drew', 'drawn'],
    show: ['showed', 'shown'],
    blow: ['blew', 'blown'],
    break: ['broke', 'broken'],
    choose: ['chose', 'chosen'],
    rise: ['rose', 'risen'],
    go: ['went', 'gone'],
    do: ['did', 'done'],
    withdraw: ['withdrew', 'withdrawn'],
    foresee: ['foresaw', 'foreseen'],
    undertake: ['undertook', 'undertaken'],
    spin: ['spun'],
    sting: ['stung'],
    slay: ['slew', 'slain'],
    bid: ['bid'],
    mislead: ['misled'],
    overstate: ['overstated'],
    cry: ['cried'],
  }),
);

/** Irregular plurals of nouns a lexicon may hold. */
const IRREGULAR_NOUNS: ReadonlyMap<string, ReadonlyArray<string>> = new Map(
  Object.entries({
    crisis: ['crises'],
    analysis: ['analyses'],
    thesis: ['theses'],
    man: ['men'],
    woman: ['women'],
    child: ['children'],
  }),
);

const VOWEL = /[aeiou]/u;

/** A word's -s form: "says", "pushes", "denies", "crises" aside. */
function sForm(w: string): string {
  if (/[^aeiou]y$/u.test(w)) {
    return `${w.slice(0, -1)}ies`;
  }
  return /(?:s|sh|ch|x|z|o)$/u.test(w) ? `${w}es` : `${w}s`;
}

/**
 * A verb's conjugation: the lemma, -s, past and participle (regular or irregular), -ing.
 * A final consonant after one vowel may double ("admit": admitted; "visit": visited): both
 * spellings are listed, since stress, which decides, is not written.
 */
export function verbForms(lemma: string): ReadonlyArray<string> {
  const w = lemma;
  const irregular = IRREGULAR_VERBS.get(w);
  const forms = new Set<string>([w, sForm(w), ...(irregular ?? [])]);
  if (irregular) {
    forms.add(w.endsWith('e') && !w.endsWith('ee') ? `${w.slice(0, -1)}ing` : `${w}ing`);
    if (/^(?:hit|set|put|let|quit|cast|bid|beat|spin)$/u.test(w)) {
      forms.add(`${w}${w.slice(-1)}ing`);
    }
    return [...forms];
  }
  if (w.endsWith('ie')) {
    forms.add(`${w}d`).add(`${w.slice(0, -2)}ying`);
  } else if (w.endsWith('ee') || w.endsWith('ye') || w.endsWith('oe')) {
    forms.add(`${w}d`).add(`${w}ing`);
  } else if (w.endsWith('e')) {
    forms.add(`${w}d`).add(`${w.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/u.test(w)) {
    forms.add(`${w.slice(0, -1)}ied`).add(`${w}ing`);
  } else {
    forms.add(`${w}ed`).add(`${w}ing`);
    if (/(?:^|[^aeiou])[aeiou][b-df-hj-np-tvz]$/u.test(w) && VOWEL.test(w)) {
      const last = w[w.length - 1] as string;
      forms.add(`${w}${last}ed`).add(`${w}${last}ing`);
    }
    if (w.endsWith('c')) {
      forms.add(`${w}ked`).add(`${w}king`);
    }
  }
  return [...forms];
}

/** A noun's forms: singular and plural (possessives are read off the word by the tokenizer). */
export function nounForms(noun: string): ReadonlyArray<string> {
  return [noun, ...(IRREGULAR_NOUNS.get(noun) ?? [sForm(noun)])];
}

/** The forms a word of a lexicon term takes, for its part of speech. */
export function wordForms(word: string, pos: PartOfSpeech): ReadonlyArray<string> {
  switch (pos) {
    case 'verb':
      return verbForms(word);
    case 'noun':
      return nounForms(word);
    case 'any':
      return [...new Set([...verbForms(word), ...nounForms(word)])];
    default:
      return [word];
  }
}

/**
 * The forms of each word of a term: a verb phrase conjugates its first word ("hit back":
 * hits back, hitting back), a noun phrase pluralises its last, a user's term of unknown
 * sense inflects every word ("own up": owned up), anything else stands as written.
 */
export function termForms(
  words: ReadonlyArray<string>,
  pos: PartOfSpeech,
): ReadonlyArray<ReadonlyArray<string>> {
  return words.map((w, i) => {
    if (pos === 'any') {
      return wordForms(w, 'any');
    }
    if (pos === 'verb' && i === 0) {
      return verbForms(w);
    }
    if (pos === 'noun' && i === words.length - 1) {
      return nounForms(w);
    }
    return [w];
  });
}
