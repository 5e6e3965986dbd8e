/**
 * Who a text names: people ("Sadiq Khan", "Mr Khan", "the mayor"), bodies ("the Met Police
 * Taskforce", "the Constitutional Court"), groups ("Reuters journalists"), and pronouns,
 * and the discourse of one article, so that "he said" resolves to the person the article
 * last made its subject. Rules of English usage only: titles, role nouns and the words
 * that head names of bodies and places, never names from particular stories.
 */
import { DEFAULT_TUNING } from './types';

/** A set of lower-case name words, read through `has`. */
export interface NameWords {
  has(word: string): boolean;
}

/** What a noun phrase names. */
export type MentionKind = 'person' | 'body' | 'group' | 'pronoun' | 'unknown';

// Titles written before a name ("Chief Justice Moon", "Prime Minister Han"), capitalised.
const TITLES = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady baroness rev sgt insp supt cdr capt ' +
    'gen col det president vice prime minister mayor commissioner chancellor senator governor ' +
    'judge justice king queen prince princess pope officer constable inspector superintendent ' +
    'chief secretary attorney congressman congresswoman rep sen gov acting deputy assistant ' +
    'district circuit executive chairman chairwoman chair director general former'
  ).split(' '),
);
const HONORIFICS = new Set('mr mrs ms miss mx dr sir dame lord lady'.split(' '));

// Nouns that name a person by role ("the mayor told…", "a spokesperson said").
const PERSON_ROLES = new Set(
  (
    'mayor minister secretary spokesperson spokesman spokeswoman commissioner leader chief ' +
    'president chair chairman chairwoman judge justice officer member journalist reporter ' +
    'editor mp senator governor director author lawyer attorney professor doctor witness ' +
    'victim mother father wife husband son daughter man woman analyst executive ceo ' +
    'candidate congressman congresswoman prosecutor defendant official adviser advisor ' +
    'economist expert founder owner chancellor king queen prince princess activist ' +
    'campaigner resident student teacher worker boy girl teenager premier envoy ambassador'
  ).split(' '),
);

// Plural heads that name a group of people.
const GROUP_HEADS = new Set(
  (
    'people journalists officers officials protesters demonstrators residents critics ' +
    'supporters members lawyers experts analysts sources staff workers crowds thousands ' +
    'hundreds dozens leaders ministers judges justices campaigners activists voters fans ' +
    'users employees investors shareholders opponents prosecutors'
  ).split(' '),
);

// Words that head the name of a body or a document rather than a person: common nouns only
// ("court", "police", "newspaper"; "times", "herald", "gazette" as many papers' titles end).
// A name the article writes with "the" is a body too, whatever its words ("the Met", "the
// Globe and Mail"): see readKind.
const BODY_HEADS = new Set(
  (
    'body court party police corp corporation co inc ltd plc llc company group office agency ' +
    'federation service ministry council assembly commission committee university bank times ' +
    'news post journal exchange association union institute taskforce force department ' +
    'government board trust league club foundation network press media account announcement ' +
    'statement report tweet letter website newspaper channel administration parliament ' +
    'congress senate house cabinet embassy army military navy prosecution defence defense ' +
    'campaign organisation organization authority authorities regulator firm hospital ' +
    'school church team unit bureau centre center institution update agency broadcaster ' +
    'daily herald tribune gazette chronicle review'
  ).split(' '),
);

// Determiners before a capitalised name that make it the name of a thing, not a person
// ("the Guardian", "the Evening Standard"; a person is "the mayor, Sadiq Khan").
const THING_DETERMINERS = new Set(['the', 'a', 'an']);

// Words that head or open the names of places, days and months.
const PLACE_WORDS = new Set(
  (
    'street road cross station hall square park bridge avenue lane city county island islands ' +
    'republic kingdom states river lake mount bay north south east west new monday tuesday ' +
    'wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december'
  ).split(' '),
);

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
// Words that end a noun phrase's head and start its modifier.
const POST_HEAD = new Set('of for at in from with on who which that including'.split(' '));

/** The words of a noun phrase (possessive 's kept on the word, punctuation around words dropped). */
function phraseWords(phrase: string): ReadonlyArray<string> {
  return phrase
    .split(/[\s,]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

const fold = (w: string) =>
  w
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[^\p{L}\p{N}-]/gu, '');
const capitalised = (w: string) => /^\p{Lu}/u.test(w);

/** Reads {@link personName} (uncached). */
function readPersonName(phrase: string): string | null {
  const ws = phraseWords(phrase);
  let from = ws.length;
  while (from > 0 && capitalised(ws[from - 1] as string)) {
    from--;
  }
  let run = ws.slice(from);
  // Titles inside the capitalised run are not the name ("Chief Justice Moon Hyung-bae").
  let lastTitle = -1;
  run.forEach((w, i) => {
    if (TITLES.has(fold(w)) && i < run.length - 1) {
      lastTitle = i;
    }
  });
  const before = from > 0 ? fold(ws[from - 1] as string) : '';
  const titled = lastTitle >= 0 || PERSON_ROLES.has(before);
  run = run.slice(lastTitle + 1);
  if (run.length === 0 || run.some((w) => BODY_HEADS.has(fold(w)))) {
    return null;
  }
  if (!titled && THING_DETERMINERS.has(before)) {
    return null;
  }
  if (
    PLACE_WORDS.has(fold(run[0] as string)) ||
    PLACE_WORDS.has(fold(run[run.length - 1] as string))
  ) {
    return null;
  }
  if (run.length >= 2 || titled) {
    return run.map((w) => w.replace(/[’']s$/u, '')).join(' ');
  }
  return null;
}

/** The person's name a phrase ends with (titles dropped), or null: "Reuters chief executive Tom Glocer" → "Tom Glocer". */
export function personName(phrase: string): string | null {
  return cached(personNames, phrase, readPersonName);
}

// Phrases recur through an article: their readings are kept, a bounded number at a time.
const personNames = new Map<string, string | null>();
const kinds = new Map<string, { kind: MentionKind; last: string }>();
const phraseReadings = new Map<string, PhraseReading>();
const CACHE_LIMIT = 20_000;

/** `read(key)`, kept in `cache` (whose values are never undefined: one look-up per hit). */
function cached<T>(cache: Map<string, T>, key: string, read: (key: string) => T): T {
  const known = cache.get(key);
  if (known !== undefined) {
    return known;
  }
  if (cache.size >= CACHE_LIMIT) {
    cache.clear();
  }
  const value = read(key);
  cache.set(key, value);
  return value;
}

/** What the discourse reads off a phrase naming someone (see {@link readPhrase}). */
interface PhraseReading {
  /** The person's name it ends with ({@link personName}), or null. */
  readonly name: string | null;
  /** The keys ({@link fold}) of that name's words. */
  readonly nameKeys: ReadonlyArray<string>;
  /** Its role nouns ({@link roleWords}). */
  readonly roles: ReadonlyArray<string>;
  /** Of the words of that name, or else of the phrase: how many, and the last one's key. */
  readonly count: number;
  readonly lastKey: string;
  /** Whether that last word is capitalised, and the first an honorific ("Mr"). */
  readonly lastCapitalised: boolean;
  readonly honorific: boolean;
}

/** Reads a phrase for the discourse (uncached). */
function readPhrase(phrase: string): PhraseReading {
  const name = personName(phrase);
  const ws = phraseWords(name ?? phrase);
  const last = ws[ws.length - 1];
  return {
    name,
    nameKeys: name === null ? [] : ws.map(fold),
    roles: roleWords(phrase),
    count: ws.length,
    lastKey: last === undefined ? '' : fold(last),
    lastCapitalised: last !== undefined && capitalised(last),
    honorific: ws.length > 0 && HONORIFICS.has(fold(ws[0] as string)),
  };
}

/** Whether a lower-case word names a person by role ("mayor", "spokesperson"). */
export function isRoleNoun(word: string): boolean {
  return PERSON_ROLES.has(word);
}

/** The role nouns a phrase gives a person ("London mayor Sadiq Khan" → mayor). */
export function roleWords(phrase: string): ReadonlyArray<string> {
  return phraseWords(phrase)
    .map(fold)
    .filter((w) => PERSON_ROLES.has(w) || (TITLES.has(w) && !HONORIFICS.has(w)));
}

/** What a noun phrase names, by its head and its capitalised words. */
function readKind(phrase: string): { kind: MentionKind; last: string } {
  const ws = phraseWords(phrase);
  if (ws.length === 0) {
    return { kind: 'unknown', last: '' };
  }
  const first = fold(ws[0] as string);
  if (ws.length === 1 && PRONOUNS.has(first)) {
    return { kind: 'pronoun', last: '' };
  }
  // The head comes before a modifier: "a spokesperson for the Met", "the body representing…".
  const cut = ws.findIndex((w, i) => i > 0 && (POST_HEAD.has(fold(w)) || /^\p{Ll}+ing$/u.test(w)));
  const headWords = cut > 0 ? ws.slice(0, cut) : ws;
  const head = fold(headWords[headWords.length - 1] as string);
  if (BODY_HEADS.has(head)) {
    return { kind: 'body', last: '' };
  }
  if (PERSON_ROLES.has(head)) {
    return { kind: 'person', last: '' };
  }
  if (GROUP_HEADS.has(head) || GROUP_HEADS.has(first)) {
    return { kind: 'group', last: '' };
  }
  if (personName(headWords.join(' '))) {
    return { kind: 'person', last: '' };
  }
  // "the" and a capitalised name that is no person's: a body ("the Met", "the Guardian",
  // "the Globe and Mail").
  const name = headWords.slice(1);
  if (
    first === 'the' &&
    name.length > 0 &&
    capitalised(name[name.length - 1] as string) &&
    name.every((w) => capitalised(w) || w === 'and')
  ) {
    return { kind: 'body', last: '' };
  }
  const last = headWords[headWords.length - 1] as string;
  return { kind: 'unknown', last: capitalised(last) ? fold(last) : '' };
}

/** What a noun phrase names, by its head and its capitalised words; `knownSurnames` makes "Ellis" a person. */
export function mentionKind(phrase: string, knownSurnames?: NameWords): MentionKind {
  const { kind, last } = cached(kinds, phrase, readKind);
  return kind === 'unknown' && last !== '' && knownSurnames?.has(last) ? 'person' : kind;
}

/** A person, body or group an article names, in reading order. */
export interface Mention {
  /** As the article names them (a pronoun's antecedent for a pronoun). */
  readonly name: string;
  readonly kind: MentionKind;
  /** Whether it is the subject of its sentence's main clause. */
  readonly subject: boolean;
}

/** Whether a mention is one "it" (a body) or "they" (any other pronoun) may stand for. */
function fitsPronoun(m: Mention, pronoun: string): boolean {
  return (
    m.subject &&
    (pronoun === 'it'
      ? m.kind === 'body'
      : m.kind === 'body' ||
        m.kind === 'group' ||
        (m.kind === 'person' && personName(m.name) === null))
  );
}

/**
 * The discourse of one article: every person named so far (full names by surname, and by
 * the roles the article gives them), and the mentions of each sentence, so that pronouns
 * and roles resolve to the person the article means.
 */
export class Discourse {
  /** Each word of a person's name → the full names it may stand for. */
  private readonly bySurname = new Map<string, Set<string>>();
  private readonly byRole = new Map<string, string>();
  /** Mentions of the sentences read so far, latest sentence last. */
  private readonly sentences: Mention[][] = [];
  /**
   * The sentences (indices, ascending) with a person in them, and with a subject "it" or
   * "they" may stand for: a pronoun looks back through these, not through every sentence
   * (an article of many sentences naming nobody made that quadratic).
   */
  private readonly withPerson: number[] = [];
  private readonly withIt: number[] = [];
  private readonly withThey: number[] = [];

  /** `theyReach`: how many sentences back "they" looks for a rival candidate. */
  constructor(private readonly theyReach = DEFAULT_TUNING.theyReach) {}

  /** The words of the names of the people named so far (lower case), as a live view. */
  readonly surnames: NameWords = { has: (word) => this.bySurname.has(word) };

  /** Records a person's name and the roles given with it. */
  notePerson(phrase: string): void {
    const { name, nameKeys, roles } = cached(phraseReadings, phrase, readPhrase);
    if (!name) {
      return;
    }
    if (nameKeys.length >= 2) {
      // Family names come first in some languages ("Yoon Suk Yeol" is "Yoon"): every word
      // of a full name may name the person.
      for (const key of nameKeys) {
        const names = this.bySurname.get(key);
        if (names === undefined) {
          this.bySurname.set(key, new Set([name]));
        } else {
          names.add(name);
        }
      }
    }
    if (roles.length > 0) {
      const full = this.known(nameKeys[nameKeys.length - 1] as string) ?? name;
      for (const role of roles) {
        this.byRole.set(role, full);
      }
    }
  }

  /** The one full name a name word (its key) stands for, or null (none, or several people share it). */
  private known(key: string): string | null {
    const names = this.bySurname.get(key);
    return names?.size === 1 ? ([...names][0] as string) : null;
  }

  /**
   * The fullest name the article gave the person a phrase names: "Khan" → "Sadiq Khan", "the
   * prime minister" → "Han Duck-soo" when the article named him with that role; the phrase
   * itself otherwise (and when two people share the name).
   */
  fullName(phrase: string): string {
    const { name, count, lastKey, lastCapitalised, honorific } = cached(
      phraseReadings,
      phrase,
      readPhrase,
    );
    if (lastCapitalised) {
      const known = this.known(lastKey);
      if (known && (name === null || count === 1 || honorific || known.endsWith(name))) {
        return known;
      }
      return name ?? phrase;
    }
    if (count > 0 && count <= 4 && PERSON_ROLES.has(lastKey)) {
      return this.byRole.get(lastKey) ?? phrase;
    }
    return phrase;
  }

  /** Starts a sentence's mentions. */
  startSentence(): void {
    this.sentences.push([]);
  }

  /** Adds a mention to the current sentence. */
  mention(name: string, subject: boolean): void {
    const kind = mentionKind(name, this.surnames);
    if (kind === 'person') {
      this.notePerson(name);
    }
    if (this.sentences.length === 0) {
      this.startSentence();
    }
    const s = this.sentences.length - 1;
    const m: Mention = { name: kind === 'person' ? this.fullName(name) : name, kind, subject };
    (this.sentences[s] as Mention[]).push(m);
    const note = (list: number[]) => {
      if (list[list.length - 1] !== s) {
        list.push(s);
      }
    };
    if (kind === 'person') {
      note(this.withPerson);
    }
    if (fitsPronoun(m, 'it')) {
      note(this.withIt);
    }
    if (fitsPronoun(m, 'they')) {
      note(this.withThey);
    }
  }

  /**
   * What a pronoun refers to. "he"/"she": the person the latest sentence with a person in
   * it makes its subject (or names first). "they"/"it": the body, group or person named by
   * role that recent sentences make their subject; when two different ones are in reach
   * (the last few sentences), the pronoun is ambiguous and resolves to nothing. Null when
   * nothing fits.
   */
  resolve(pronoun: string): Mention | null {
    const p = pronoun.toLowerCase();
    if (p === 'he' || p === 'she') {
      // The latest sentence with a person in it.
      const s = this.withPerson[this.withPerson.length - 1];
      if (s === undefined) {
        return null;
      }
      const candidates = (this.sentences[s] as Mention[]).filter((m) => m.kind === 'person');
      return candidates.find((m) => m.subject) ?? (candidates[0] as Mention);
    }
    // The latest sentence with a candidate, and the sentences within reach before it.
    const list = p === 'it' ? this.withIt : this.withThey;
    const latest = list[list.length - 1];
    if (latest === undefined || this.theyReach <= 0) {
      return null;
    }
    let found: Mention | null = null;
    for (let at = list.length - 1; at >= 0; at--) {
      const s = list[at] as number;
      if (s <= latest - this.theyReach) {
        break;
      }
      for (const m of this.sentences[s] as Mention[]) {
        if (!fitsPronoun(m, p)) {
          continue;
        }
        if (found && found.name.toLowerCase() !== m.name.toLowerCase()) {
          return null;
        }
        found = m;
      }
    }
    return found;
  }
}
