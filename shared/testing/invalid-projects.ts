/**
 * Damaged projects for the tests: one fault per field of the format, made from the JSON of
 * `annotatedProject()`, with the field the reader must name, and whether the JSON Schema
 * alone catches it (the rest are the reader's checks: indices, references, uniqueness,
 * calendar dates, a lexicon's content, sizes across paragraphs).
 */

/** A project file's JSON, mutable for the cases (deliberately untyped: the cases break it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ProjectJsonDraft = any;

/** One damaged project. */
export interface InvalidCase {
  /** The path the message must name, e.g. `articles[0].file`. */
  readonly field: string;
  /** What is wrong, for the test's name. */
  readonly fault: string;
  /** Breaks the (deep-copied) JSON of a valid project. */
  readonly damage: (json: ProjectJsonDraft) => void;
  /** Whether `docs/project-schema.json` refuses it too. */
  readonly schema: boolean;
}

const MIB = 1024 * 1024;

/** One case per field (some fields have several: type, range, reference). */
export const INVALID_CASES: ReadonlyArray<InvalidCase> = [
  { field: 'story', fault: 'not a string', schema: true, damage: (j) => (j.story = 5) },
  { field: 'story', fault: 'two lines', schema: true, damage: (j) => (j.story = 'a\nb') },
  { field: 'articles', fault: 'not a list', schema: true, damage: (j) => (j.articles = {}) },
  {
    field: 'articles',
    fault: 'one article',
    schema: true,
    damage: (j) => (j.articles = [j.articles[0]]),
  },
  {
    field: 'articles',
    fault: 'over 100 articles',
    schema: true,
    damage: (j) => (j.articles = Array.from({ length: 101 }, () => j.articles[0])),
  },
  {
    field: 'articles[0].extra',
    fault: 'unknown field',
    schema: true,
    damage: (j) => (j.articles[0].extra = 1),
  },
  {
    field: 'articles[0].file',
    fault: 'empty',
    schema: true,
    damage: (j) => (j.articles[0].file = ''),
  },
  {
    field: 'articles[0].file',
    fault: 'missing',
    schema: true,
    damage: (j) => delete j.articles[0].file,
  },
  {
    field: 'articles[0].paragraphs',
    fault: 'no paragraphs',
    schema: true,
    damage: (j) => (j.articles[0].paragraphs = []),
  },
  {
    field: 'articles[0].paragraphs',
    fault: 'over 5 MiB of text in all',
    schema: false,
    damage: (j) => {
      j.articles[0].paragraphs[0].text = 'a'.repeat(3 * MIB);
      j.articles[0].paragraphs[1].text = 'b'.repeat(3 * MIB);
    },
  },
  {
    field: 'articles[0].paragraphs[1].text',
    fault: 'not a string',
    schema: true,
    damage: (j) => (j.articles[0].paragraphs[1].text = 7),
  },
  {
    field: 'articles[0].paragraphs[1].boilerplate',
    fault: 'unknown reason',
    schema: true,
    damage: (j) => (j.articles[0].paragraphs[1].boilerplate = 'advert'),
  },
  {
    field: 'articles[0].detected',
    fault: 'missing',
    schema: true,
    damage: (j) => delete j.articles[0].detected,
  },
  {
    field: 'articles[0].detected.title',
    fault: 'not a string',
    schema: true,
    damage: (j) => (j.articles[0].detected.title = 1),
  },
  {
    field: 'articles[0].detected.titleSource',
    fault: 'unknown source',
    schema: true,
    damage: (j) => (j.articles[0].detected.titleSource = 'guess'),
  },
  {
    field: 'articles[0].detected.outlet',
    fault: 'not a string',
    schema: true,
    damage: (j) => (j.articles[0].detected.outlet = 2),
  },
  {
    field: 'articles[0].detected.date',
    fault: 'not a string',
    schema: true,
    damage: (j) => (j.articles[0].detected.date = false),
  },
  {
    field: 'articles[0].detected.url',
    fault: 'a script address',
    schema: true,
    damage: (j) => (j.articles[0].detected.url = 'javascript:alert(1)'),
  },
  {
    field: 'articles[0].user.title',
    fault: 'blank',
    schema: true,
    damage: (j) => (j.articles[0].user.title = '  '),
  },
  {
    field: 'articles[0].user.outlet',
    fault: 'two lines',
    schema: true,
    damage: (j) => (j.articles[0].user.outlet = 'The\nHerald'),
  },
  {
    field: 'articles[0].user.date',
    fault: 'not a calendar day',
    schema: false,
    damage: (j) => (j.articles[0].user.date = '2025-02-30'),
  },
  {
    field: 'articles[0].user.date',
    fault: 'not YYYY-MM-DD',
    schema: true,
    damage: (j) => (j.articles[0].user.date = '4 March 2025'),
  },
  {
    field: 'articles[0].user.url',
    fault: 'not http(s)',
    schema: true,
    damage: (j) => (j.articles[0].user.url = 'ftp://herald.example/a'),
  },
  {
    field: 'articles[0].user.colour',
    fault: 'unknown field',
    schema: true,
    damage: (j) => (j.articles[0].user.colour = 'red'),
  },
  { field: 'base', fault: 'no such article', schema: false, damage: (j) => (j.base = 3) },
  { field: 'base', fault: 'negative', schema: true, damage: (j) => (j.base = -1) },
  { field: 'base', fault: 'not whole', schema: true, damage: (j) => (j.base = 0.5) },
  {
    field: 'diff.ignoreCase',
    fault: 'not a boolean',
    schema: true,
    damage: (j) => (j.diff.ignoreCase = 'yes'),
  },
  {
    field: 'diff.normalizeQuotes',
    fault: 'missing',
    schema: true,
    damage: (j) => delete j.diff.normalizeQuotes,
  },
  {
    field: 'include[0]',
    fault: 'no such article',
    schema: false,
    damage: (j) => (j.include = [7]),
  },
  { field: 'include[1]', fault: 'repeated', schema: true, damage: (j) => (j.include = [2, 2]) },
  {
    field: 'manual.links[0].a',
    fault: 'no such article',
    schema: false,
    damage: (j) => (j.manual.links[0].a = 9),
  },
  {
    field: 'manual.links[0].paragraphB',
    fault: 'no such paragraph',
    schema: false,
    damage: (j) => (j.manual.links[0].paragraphB = 99),
  },
  {
    field: 'manual.links[0]',
    fault: 'two paragraphs of one article',
    schema: false,
    damage: (j) => (j.manual.links[0].b = j.manual.links[0].a),
  },
  {
    field: 'manual.links[1].paragraphB',
    fault: 'a boilerplate paragraph',
    schema: false,
    damage: (j) => j.manual.links.push({ a: 0, paragraphA: 0, b: 1, paragraphB: 0 }),
  },
  {
    field: 'manual.unlinks[1]',
    fault: 'the pair of a link, reversed',
    schema: false,
    damage: (j) => {
      const l = j.manual.links[0];
      j.manual.unlinks.push({ a: l.b, paragraphA: l.paragraphB, b: l.a, paragraphB: l.paragraphA });
    },
  },
  {
    field: 'manual.unlinks',
    fault: 'missing',
    schema: true,
    damage: (j) => delete j.manual.unlinks,
  },
  {
    field: 'manual.links[0].paragraphA',
    fault: 'a string',
    schema: true,
    damage: (j) => (j.manual.links[0].paragraphA = '3'),
  },
  {
    field: 'notes[0].id',
    fault: 'a space',
    schema: true,
    damage: (j) => (j.notes[0].id = 'note 1'),
  },
  {
    field: 'notes[1].id',
    fault: 'repeated',
    schema: false,
    damage: (j) => (j.notes[1].id = j.notes[0].id),
  },
  {
    field: 'notes[0].text',
    fault: 'blank',
    schema: true,
    damage: (j) => (j.notes[0].text = '   '),
  },
  {
    field: 'notes[0].created',
    fault: 'month 13',
    schema: true,
    damage: (j) => (j.notes[0].created = '2025-13-01T00:00:00Z'),
  },
  {
    field: 'notes[0].updated',
    fault: 'not a time',
    schema: true,
    damage: (j) => (j.notes[0].updated = 'yesterday'),
  },
  {
    field: 'notes[0].target.kind',
    fault: 'unknown kind',
    schema: true,
    damage: (j) => (j.notes[0].target.kind = 'cell'),
  },
  {
    field: 'notes[0].target.sides',
    fault: 'sides on a row',
    schema: true,
    damage: (j) => (j.notes[0].target.sides = j.notes[1].target.sides),
  },
  {
    field: 'notes[0].target.paragraphs',
    fault: 'no paragraphs',
    schema: true,
    damage: (j) => (j.notes[0].target.paragraphs = []),
  },
  {
    field: 'notes[0].target.paragraphs[1]',
    fault: 'out of order',
    schema: false,
    damage: (j) => j.notes[0].target.paragraphs.reverse(),
  },
  {
    field: 'notes[0].target.paragraphs[0].paragraph',
    fault: 'no such paragraph',
    schema: false,
    damage: (j) => (j.notes[0].target.paragraphs[0].paragraph = 99),
  },
  {
    field: 'notes[1].target.sides',
    fault: 'one side',
    schema: true,
    damage: (j) => (j.notes[1].target.sides = [j.notes[1].target.sides[0]]),
  },
  {
    field: 'notes[1].target.sides[0].offset',
    fault: 'past the paragraph',
    schema: false,
    damage: (j) => (j.notes[1].target.sides[0].offset = 10_000),
  },
  {
    field: 'notes[1].target.sides',
    fault: 'both sides of one article',
    schema: false,
    damage: (j) => (j.notes[1].target.sides[1] = { ...j.notes[1].target.sides[0], text: 'x' }),
  },
  {
    field: 'notes[1].target.sides',
    fault: 'both sides empty',
    schema: false,
    damage: (j) => {
      j.notes[1].target.sides[0].text = '';
      j.notes[1].target.sides[1].text = '';
    },
  },
  {
    field: 'notes[1].target.sides[0].paragraph',
    fault: 'a paragraph not in the anchor',
    schema: false,
    damage: (j) => (j.notes[1].target.sides[0].paragraph = 3),
  },
  {
    field: 'codebook[0].colour',
    fault: 'a colour name',
    schema: true,
    damage: (j) => (j.codebook[0].colour = 'red'),
  },
  {
    field: 'codebook[0].colour',
    fault: 'three digits',
    schema: true,
    damage: (j) => (j.codebook[0].colour = '#abc'),
  },
  {
    field: 'codebook[1].id',
    fault: 'repeated',
    schema: false,
    damage: (j) => (j.codebook[1].id = j.codebook[0].id),
  },
  {
    field: 'codebook[1].name',
    fault: 'repeated in another case',
    schema: false,
    damage: (j) => (j.codebook[1].name = 'FRAMING'),
  },
  {
    field: 'codebook[0].name',
    fault: 'empty',
    schema: true,
    damage: (j) => (j.codebook[0].name = ''),
  },
  {
    field: 'codebook[0].description',
    fault: 'blank',
    schema: true,
    damage: (j) => (j.codebook[0].description = ' '),
  },
  {
    field: 'codings[0].code',
    fault: 'not in the codebook',
    schema: false,
    damage: (j) => (j.codings[0].code = 'nope'),
  },
  {
    field: 'codings[2]',
    fault: 'the same code on the same target twice',
    schema: false,
    damage: (j) => (j.codings[2].code = j.codings[1].code),
  },
  {
    field: 'codings[0].created',
    fault: 'a number',
    schema: true,
    damage: (j) => (j.codings[0].created = 5),
  },
  {
    field: 'codings[1].id',
    fault: 'repeated',
    schema: false,
    damage: (j) => (j.codings[1].id = j.codings[0].id),
  },
  {
    field: 'codings[0].target',
    fault: 'missing',
    schema: true,
    damage: (j) => delete j.codings[0].target,
  },
  {
    field: 'lexicon.content',
    fault: 'not a lexicon',
    schema: false,
    damage: (j) => (j.lexicon.content = '{"verbs": 3}'),
  },
  { field: 'lexicon', fault: 'a number', schema: true, damage: (j) => (j.lexicon = 5) },
  { field: 'lexicon.name', fault: 'empty', schema: true, damage: (j) => (j.lexicon.name = '') },
  { field: 'extra', fault: 'unknown top-level field', schema: true, damage: (j) => (j.extra = 1) },
  { field: 'notes', fault: 'missing', schema: true, damage: (j) => delete j.notes },
  { field: 'codings', fault: 'not a list', schema: true, damage: (j) => (j.codings = 'none') },
];
