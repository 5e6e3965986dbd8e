/**
 * Reading a project file: every field is checked (type, range, indices into the articles
 * and their paragraphs, unique ids, references between fields, sizes), and any fault is a
 * message naming the file and the field (`story.news-compare.json: articles[1].paragraphs[3].boilerplate:
 * …`). Never throws, whatever the text: hostile keys (`__proto__`, `constructor`) are
 * unknown fields like any other, nothing unknown is walked into, and sizes are checked
 * before the work they would cost.
 */
import { MAX_LEXICON_BYTES, parseLexiconFile } from '../analysis/lexicon-file';
import {
  articleIndex,
  paraIndex,
  type BoilerplateReason,
  type DiffOptions,
  type ManualAlignment,
  type Paragraph,
  type ParagraphPair,
} from '../model';
import { anchorKey, pairKey } from './anchors';
import {
  colourProblem,
  dateProblem,
  idProblem,
  lineProblem,
  textProblem,
  timestampProblem,
  urlProblem,
} from './fields';
import type {
  Anchor,
  Code,
  Coding,
  DetectedDetails,
  DetectedSource,
  DifferenceSide,
  Note,
  Project,
  ProjectArticle,
  ProjectLexicon,
  ProjectResult,
  UserDetails,
} from './types';
import {
  BOILERPLATE_REASONS,
  META_SOURCES,
  PROJECT_FORMAT,
  PROJECT_LIMITS as LIMITS,
  PROJECT_VERSION,
} from './types';

/** A fault in one field, with the field's path (`articles[0].file`). */
class FieldError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

/** Parses a project file's text; `fileName` names it in messages. Never throws. */
export function parseProject(text: string, fileName: string): ProjectResult {
  const fail = (why: string): ProjectResult => ({ ok: false, message: `${fileName}: ${why}` });
  if (typeof text !== 'string') {
    return fail('not a text file');
  }
  if (text.length > LIMITS.fileChars) {
    return fail(`the project is over ${LIMITS.fileChars / 1024 / 1024} MiB`);
  }
  const body = text.replace(/^\uFEFF/u, '').trim();
  if (body === '') {
    return fail('the file is empty');
  }
  // NUL and the C0 controls JSON never holds raw: a picture, an archive, a word-processor file.
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  if (/[\u0000-\u0008\u000e-\u001f]/u.test(body.slice(0, 4096))) {
    return fail('not a News Compare project (not a text file)');
  }
  // A project is one JSON object: text that does not open with one (a CSV, an article, a
  // web page) is another kind of file, not a damaged project.
  if (!body.startsWith('{') && !body.startsWith('[')) {
    return fail('not a News Compare project (not a project file: it does not start with "{")');
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return fail(
      `not a readable project: the file is damaged or cut short (${(error as Error).message})`,
    );
  }
  return validateProject(data, fileName);
}

/**
 * Checks a parsed value as a project (what {@link parseProject} does after `JSON.parse`),
 * e.g. to check a project built in memory before it is saved. Never throws.
 */
export function validateProject(data: unknown, fileName: string): ProjectResult {
  try {
    return { ok: true, project: readProject(data, fileName) };
  } catch (error) {
    if (error instanceof FieldError) {
      return { ok: false, message: `${fileName}: ${error.path}: ${error.problem}` };
    }
    if (error instanceof VersionError) {
      return { ok: false, message: error.message };
    }
    // Defensive: no input should get here, but a reader must never crash the app.
    return {
      ok: false,
      message: `${fileName}: cannot be read (${error instanceof Error ? error.message : 'unknown error'})`,
    };
  }
}

/**
 * What is wrong with an anchor for these articles, checked as a project file's anchors are
 * (indices, order, sides and offsets), or null: for an edit that adds one.
 */
export function anchorProblem(
  anchor: unknown,
  articles: ReadonlyArray<ProjectArticle>,
): string | null {
  try {
    readAnchor(anchor, 'target', new Context(articles));
    return null;
  } catch (error) {
    if (error instanceof FieldError) {
      return error.message;
    }
    throw error;
  }
}

/** A file of another format or of a newer version: refused as a whole, not as a field. */
class VersionError extends Error {}

function readProject(data: unknown, fileName: string): Project {
  if (!isRecord(data)) {
    throw new VersionError(`${fileName}: not a News Compare project (expected a JSON object)`);
  }
  if (!own(data, 'format') || data.format !== PROJECT_FORMAT) {
    throw new VersionError(
      `${fileName}: not a News Compare project (its "format" should be "${PROJECT_FORMAT}")`,
    );
  }
  const version = own(data, 'version') ? data.version : undefined;
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > PROJECT_VERSION) {
    throw new VersionError(
      `${fileName} was saved by a newer version of News Compare (project format version ${version}; ` +
        `this version opens version ${PROJECT_VERSION} and older). Update News Compare to open it.`,
    );
  }
  if (
    typeof version !== 'number' ||
    !Number.isSafeInteger(version) ||
    version < 1 ||
    version > PROJECT_VERSION
  ) {
    throw new FieldError('version', `expected 1 to ${PROJECT_VERSION}, the format version`);
  }
  const record = fields(
    data,
    '',
    [
      'format',
      'version',
      'story',
      'articles',
      'base',
      'diff',
      'include',
      'manual',
      'notes',
      'codebook',
      'codings',
      'lexicon',
    ],
    // Version 2 added the outlets the reader hid, version 3 those they showed by hand.
    [...(version >= 2 ? ['hidden'] : []), ...(version >= 3 ? ['shown'] : [])],
  );
  const story = str(record.story, 'story', LIMITS.lineChars);
  if (story !== '') {
    check(lineProblem(story), 'story');
  }
  const articles = list(record.articles, 'articles', LIMITS.articles).map(readArticle);
  if (articles.length < 2) {
    throw new FieldError('articles', 'a comparison needs at least two articles');
  }
  const ctx = new Context(articles);
  const base = ctx.articleIndex(record.base, 'base');
  const diff = readDiff(record.diff);
  const include = list(record.include, 'include', LIMITS.articles).map((v, i) =>
    ctx.articleIndex(v, `include[${i}]`),
  );
  unique(include, (k) => String(k), 'include', 'names the same article twice');
  const hidden = readColumns(record.hidden, 'hidden', ctx);
  const shown = readColumns(record.shown, 'shown', ctx);
  shown.forEach((k, i) => {
    if (hidden.includes(k)) {
      throw new FieldError(`shown[${i}]`, 'names an article also hidden');
    }
  });
  const manual = readManual(record.manual, ctx);
  const codebook = list(record.codebook, 'codebook', LIMITS.codes).map((v, i) =>
    readCode(v, `codebook[${i}]`),
  );
  unique(codebook, (c) => c.id, 'codebook', 'repeats the id of an earlier code', '.id');
  unique(
    codebook,
    (c) => c.name.trim().toLowerCase(),
    'codebook',
    'repeats the name of an earlier code',
    '.name',
  );
  const notes = list(record.notes, 'notes', LIMITS.notes).map((v, i) =>
    readNote(v, `notes[${i}]`, ctx),
  );
  unique(notes, (n) => n.id, 'notes', 'repeats the id of an earlier note', '.id');
  const codeIds = new Set(codebook.map((c) => c.id));
  const codings = list(record.codings, 'codings', LIMITS.codings).map((v, i) =>
    readCoding(v, `codings[${i}]`, ctx, codeIds),
  );
  unique(codings, (c) => c.id, 'codings', 'repeats the id of an earlier coding', '.id');
  unique(
    codings,
    (c) => `${c.code}\u0000${anchorKey(c.target)}`,
    'codings',
    'applies the same code to the same target as an earlier coding',
  );
  const lexicon = readLexicon(record.lexicon);
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    story,
    articles,
    base,
    diff,
    include,
    ...(hidden.length === 0 ? {} : { hidden }),
    ...(shown.length === 0 ? {} : { shown }),
    manual,
    notes,
    codebook,
    codings,
    lexicon,
  };
}

/**
 * The articles hidden from view, or shown by hand (`field`), ascending and without repeats
 * (none if absent). The base may be among them (a base chosen later): it is shown all the
 * same.
 */
function readColumns(
  value: unknown,
  field: 'hidden' | 'shown',
  ctx: Context,
): ReadonlyArray<number> {
  if (value === undefined) {
    return [];
  }
  const columns = list(value, field, LIMITS.articles).map((v, i) =>
    ctx.articleIndex(v, `${field}[${i}]`),
  );
  columns.forEach((k, i) => {
    if (i > 0 && k <= (columns[i - 1] ?? -1)) {
      throw new FieldError(`${field}[${i}]`, 'out of order (ascending, without repeats)');
    }
  });
  return columns;
}

function readArticle(value: unknown, index: number): ProjectArticle {
  const path = `articles[${index}]`;
  const record = fields(value, path, ['file', 'paragraphs', 'detected', 'user']);
  const file = str(record.file, `${path}.file`, LIMITS.lineChars);
  if (file === '') {
    throw new FieldError(`${path}.file`, 'is empty');
  }
  let chars = 0;
  const paragraphs = list(record.paragraphs, `${path}.paragraphs`, LIMITS.paragraphs).map(
    (v, i): Paragraph => {
      const at = `${path}.paragraphs[${i}]`;
      const p = fields(v, at, ['text', 'boilerplate']);
      const text = str(p.text, `${at}.text`, LIMITS.articleChars);
      chars += text.length;
      if (chars > LIMITS.articleChars) {
        throw new FieldError(
          `${path}.paragraphs`,
          `hold over ${LIMITS.articleChars} characters in all`,
        );
      }
      return { text, boilerplate: boilerplate(p.boilerplate, `${at}.boilerplate`) };
    },
  );
  if (paragraphs.length === 0) {
    throw new FieldError(`${path}.paragraphs`, 'an article needs at least one paragraph');
  }
  return {
    file,
    paragraphs,
    detected: readDetected(record.detected, `${path}.detected`),
    user: readUser(record.user, `${path}.user`),
  };
}

function boilerplate(value: unknown, path: string): BoilerplateReason | null {
  if (value === null) {
    return null;
  }
  const reason = BOILERPLATE_REASONS.find((r) => r === value);
  if (reason === undefined) {
    throw new FieldError(path, `expected null or one of ${BOILERPLATE_REASONS.join(', ')}`);
  }
  return reason;
}

function readDetected(value: unknown, path: string): DetectedDetails {
  const record = fields(value, path, ['title', 'titleSource', 'outlet', 'date', 'url']);
  const titleSource: DetectedSource | undefined = META_SOURCES.find(
    (s) => s === record.titleSource,
  );
  if (titleSource === undefined) {
    throw new FieldError(`${path}.titleSource`, `expected one of ${META_SOURCES.join(', ')}`);
  }
  const url = nullable(record.url, `${path}.url`, (v, at) => str(v, at, LIMITS.lineChars));
  if (url !== null) {
    check(urlProblem(url), `${path}.url`);
  }
  return {
    title: str(record.title, `${path}.title`, LIMITS.noteChars),
    titleSource,
    outlet: nullable(record.outlet, `${path}.outlet`, (v, at) => str(v, at, LIMITS.noteChars)),
    date: nullable(record.date, `${path}.date`, (v, at) => str(v, at, LIMITS.noteChars)),
    url,
  };
}

function readUser(value: unknown, path: string): UserDetails {
  const record = fields(value, path, [], ['title', 'outlet', 'date', 'url']);
  const line = (v: unknown, at: string): string => checked(str(v, at), lineProblem, at);
  const user: { -readonly [K in keyof UserDetails]: UserDetails[K] } = {};
  if (own(record, 'title')) {
    user.title = line(record.title, `${path}.title`);
  }
  if (own(record, 'outlet')) {
    user.outlet = nullable(record.outlet, `${path}.outlet`, line);
  }
  if (own(record, 'date')) {
    user.date = nullable(record.date, `${path}.date`, (v, at) =>
      checked(str(v, at), dateProblem, at),
    );
  }
  if (own(record, 'url')) {
    user.url = nullable(record.url, `${path}.url`, (v, at) => checked(str(v, at), urlProblem, at));
  }
  return user;
}

function readDiff(value: unknown): DiffOptions {
  const record = fields(value, 'diff', [
    'ignoreCase',
    'ignorePunctuation',
    'normalizeQuotes',
    'ignoreWhitespace',
  ]);
  return {
    ignoreCase: bool(record.ignoreCase, 'diff.ignoreCase'),
    ignorePunctuation: bool(record.ignorePunctuation, 'diff.ignorePunctuation'),
    normalizeQuotes: bool(record.normalizeQuotes, 'diff.normalizeQuotes'),
    ignoreWhitespace: bool(record.ignoreWhitespace, 'diff.ignoreWhitespace'),
  };
}

function readManual(value: unknown, ctx: Context): ManualAlignment {
  const record = fields(value, 'manual', ['links', 'unlinks']);
  const seen = new Map<string, string>();
  const pairs = (key: 'links' | 'unlinks'): ParagraphPair[] =>
    list(record[key], `manual.${key}`, LIMITS.pairs).map((v, i) => {
      const path = `manual.${key}[${i}]`;
      const p = fields(v, path, ['a', 'paragraphA', 'b', 'paragraphB']);
      const a = ctx.articleIndex(p.a, `${path}.a`);
      const b = ctx.articleIndex(p.b, `${path}.b`);
      if (a === b) {
        throw new FieldError(path, 'pairs two paragraphs of one article');
      }
      const paragraphA = ctx.paragraphIndex(a, p.paragraphA, `${path}.paragraphA`);
      const paragraphB = ctx.paragraphIndex(b, p.paragraphB, `${path}.paragraphB`);
      for (const [k, para, field] of [
        [a, paragraphA, 'paragraphA'],
        [b, paragraphB, 'paragraphB'],
      ] as const) {
        if (ctx.isBoilerplate(k, para)) {
          throw new FieldError(`${path}.${field}`, 'is boilerplate, which is never aligned');
        }
      }
      const id = pairKey({ a, paragraphA, b, paragraphB });
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        throw new FieldError(path, `names the same two paragraphs as ${earlier}`);
      }
      seen.set(id, path);
      // Checked against the project's articles above: indices of the engine from here on.
      return {
        a: articleIndex(a),
        paragraphA: paraIndex(paragraphA),
        b: articleIndex(b),
        paragraphB: paraIndex(paragraphB),
      };
    });
  return { links: pairs('links'), unlinks: pairs('unlinks') };
}

function readCode(value: unknown, path: string): Code {
  const record = fields(value, path, ['id', 'name', 'colour'], ['description']);
  const code = {
    id: checked(str(record.id, `${path}.id`), idProblem, `${path}.id`),
    name: checked(str(record.name, `${path}.name`), lineProblem, `${path}.name`),
    colour: checked(str(record.colour, `${path}.colour`), colourProblem, `${path}.colour`),
  };
  return own(record, 'description')
    ? {
        ...code,
        description: checked(
          str(record.description, `${path}.description`),
          textProblem,
          `${path}.description`,
        ),
      }
    : code;
}

function readNote(value: unknown, path: string, ctx: Context): Note {
  const record = fields(value, path, ['id', 'target', 'text', 'created', 'updated']);
  return {
    id: checked(str(record.id, `${path}.id`), idProblem, `${path}.id`),
    target: readAnchor(record.target, `${path}.target`, ctx),
    text: checked(str(record.text, `${path}.text`), textProblem, `${path}.text`),
    created: checked(str(record.created, `${path}.created`), timestampProblem, `${path}.created`),
    updated: checked(str(record.updated, `${path}.updated`), timestampProblem, `${path}.updated`),
  };
}

function readCoding(
  value: unknown,
  path: string,
  ctx: Context,
  codes: ReadonlySet<string>,
): Coding {
  const record = fields(value, path, ['id', 'code', 'target', 'created']);
  const code = str(record.code, `${path}.code`, LIMITS.lineChars);
  if (!codes.has(code)) {
    throw new FieldError(`${path}.code`, 'is not the id of a code in the codebook');
  }
  return {
    id: checked(str(record.id, `${path}.id`), idProblem, `${path}.id`),
    code,
    target: readAnchor(record.target, `${path}.target`, ctx),
    created: checked(str(record.created, `${path}.created`), timestampProblem, `${path}.created`),
  };
}

function readAnchor(value: unknown, path: string, ctx: Context): Anchor {
  const kind = isRecord(value) && own(value, 'kind') ? value.kind : undefined;
  if (kind !== 'row' && kind !== 'difference') {
    throw new FieldError(`${path}.kind`, 'expected "row" or "difference"');
  }
  const record = fields(
    value,
    path,
    kind === 'row' ? ['kind', 'paragraphs'] : ['kind', 'paragraphs', 'sides'],
  );
  const paragraphs = list(record.paragraphs, `${path}.paragraphs`, LIMITS.anchorParagraphs).map(
    (v, i) => {
      const at = `${path}.paragraphs[${i}]`;
      const p = fields(v, at, ['article', 'paragraph']);
      const article = ctx.articleIndex(p.article, `${at}.article`);
      return { article, paragraph: ctx.paragraphIndex(article, p.paragraph, `${at}.paragraph`) };
    },
  );
  if (paragraphs.length === 0) {
    throw new FieldError(`${path}.paragraphs`, 'an anchor names at least one paragraph');
  }
  paragraphs.forEach((p, i) => {
    const before = paragraphs[i - 1];
    if (
      before !== undefined &&
      (p.article < before.article ||
        (p.article === before.article && p.paragraph <= before.paragraph))
    ) {
      throw new FieldError(
        `${path}.paragraphs[${i}]`,
        'out of order (ascending by article, then paragraph, without repeats)',
      );
    }
  });
  if (kind === 'row') {
    return { kind, paragraphs };
  }
  const raw = list(record.sides, `${path}.sides`, 2);
  if (raw.length !== 2) {
    throw new FieldError(`${path}.sides`, 'a difference has exactly two sides');
  }
  const side = (v: unknown, i: number): DifferenceSide => {
    const at = `${path}.sides[${i}]`;
    const s = fields(v, at, ['article', 'paragraph', 'offset', 'text']);
    const article = ctx.articleIndex(s.article, `${at}.article`);
    const paragraph = ctx.paragraphIndex(article, s.paragraph, `${at}.paragraph`);
    if (!paragraphs.some((p) => p.article === article && p.paragraph === paragraph)) {
      throw new FieldError(`${at}.paragraph`, `is not one of ${path}.paragraphs`);
    }
    const length = ctx.paragraphLength(article, paragraph);
    const offset = int(s.offset, `${at}.offset`, 0, length);
    return { article, paragraph, offset, text: str(s.text, `${at}.text`, LIMITS.articleChars) };
  };
  const sides = [side(raw[0], 0), side(raw[1], 1)] as const;
  if (sides[0].article === sides[1].article) {
    throw new FieldError(`${path}.sides`, 'the two sides are of one article');
  }
  if (sides[0].text === '' && sides[1].text === '') {
    throw new FieldError(`${path}.sides`, 'both sides are empty');
  }
  return { kind, paragraphs, sides };
}

function readLexicon(value: unknown): ProjectLexicon | null {
  if (value === null) {
    return null;
  }
  const record = fields(value, 'lexicon', ['name', 'content']);
  const name = checked(str(record.name, 'lexicon.name'), lineProblem, 'lexicon.name');
  const content = str(record.content, 'lexicon.content', MAX_LEXICON_BYTES);
  const parsed = parseLexiconFile(content, name);
  if (!parsed.ok) {
    throw new FieldError('lexicon.content', parsed.message);
  }
  return { name, content };
}

/** Indices into the articles read so far. */
class Context {
  constructor(private readonly articles: ReadonlyArray<ProjectArticle>) {}

  articleIndex(value: unknown, path: string): number {
    return int(value, path, 0, this.articles.length - 1, 'an article index');
  }

  paragraphIndex(article: number, value: unknown, path: string): number {
    const count = this.articles[article]?.paragraphs.length ?? 0;
    return int(value, path, 0, count - 1, `a paragraph index of article ${article}`);
  }

  paragraphLength(article: number, paragraph: number): number {
    return this.articles[article]?.paragraphs[paragraph]?.text.length ?? 0;
  }

  isBoilerplate(article: number, paragraph: number): boolean {
    return (this.articles[article]?.paragraphs[paragraph]?.boilerplate ?? null) !== null;
  }
}

// ---- Primitive readers: each checks one value and names its path on failure. ----

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * An object with exactly these keys (and perhaps the optional ones). Reads only own keys,
 * so `__proto__` or `constructor` in a file is an unknown field, never the prototype. A key
 * whose value is `undefined` (only possible in memory, never in JSON) counts as absent.
 */
function fields(
  value: unknown,
  path: string,
  required: ReadonlyArray<string>,
  optional: ReadonlyArray<string> = [],
): Readonly<Record<string, unknown>> {
  if (!isRecord(value)) {
    throw new FieldError(path || '(top level)', 'expected an object');
  }
  const prefix = path === '' ? '' : `${path}.`;
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key) && value[key] !== undefined) {
      throw new FieldError(`${prefix}${printable(key)}`, 'is not a field of this format');
    }
  }
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of [...required, ...optional]) {
    if (own(value, key) && value[key] !== undefined) {
      out[key] = value[key];
    } else if (required.includes(key)) {
      throw new FieldError(`${prefix}${key}`, 'is missing');
    }
  }
  return out;
}

/** A key shown in a message: at most 40 characters, control characters as escapes. */
function printable(key: string): string {
  const short = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  return JSON.stringify(short).slice(1, -1);
}

function list(value: unknown, path: string, max: number): ReadonlyArray<unknown> {
  if (!Array.isArray(value)) {
    throw new FieldError(path, 'expected a list');
  }
  if (value.length > max) {
    throw new FieldError(path, `holds over ${max} items`);
  }
  return value as ReadonlyArray<unknown>;
}

function str(value: unknown, path: string, max: number = LIMITS.lineChars): string {
  if (typeof value !== 'string') {
    throw new FieldError(path, 'expected a string');
  }
  if (value.length > max) {
    throw new FieldError(path, `is over ${max} characters`);
  }
  return value;
}

function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') {
    throw new FieldError(path, 'expected true or false');
  }
  return value;
}

function int(value: unknown, path: string, min: number, max: number, what = 'a number'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new FieldError(path, `expected ${what} from ${min} to ${max}`);
  }
  return value;
}

/** Null, or a string read by `read`. */
function nullable<T>(
  value: unknown,
  path: string,
  read: (v: unknown, path: string) => T,
): T | null {
  if (value !== null && typeof value !== 'string') {
    throw new FieldError(path, 'expected a string or null');
  }
  return value === null ? null : read(value, path);
}

function checked(value: string, problem: (v: string) => string | null, path: string): string {
  check(problem(value), path);
  return value;
}

function check(problem: string | null, path: string): void {
  if (problem !== null) {
    throw new FieldError(path, problem);
  }
}

/** Refuses a repeated key; the message names the later item. */
function unique<T>(
  items: ReadonlyArray<T>,
  key: (item: T) => string,
  path: string,
  problem: string,
  field = '',
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) {
      throw new FieldError(`${path}[${i}]${field}`, problem);
    }
    seen.add(k);
  });
}
