import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../util/random';
import { INVALID_CASES } from '../testing/invalid-projects';
import { parseProject, validateProject } from './parse';
import { fileVersion, serializeProject } from './serialize';
import { annotatedProject, bridgeArticles, bridgeProject } from '../testing/project';
import { testArticle } from '../testing/article';
import { withIndices } from '../testing/indices';
import { paraIndex, type ManualAlignment } from '../model';
import { compareProject } from './compare-project';
import { createProject } from './details';
import { PROJECT_LIMITS, type Project } from './types';

const FILE = 'story.news-compare.json';

/** The valid project's JSON, as a fresh mutable copy. */
function draft(): Record<string, unknown> {
  return JSON.parse(serializeProject(annotatedProject())) as Record<string, unknown>;
}

function messageOf(text: string): string {
  const result = parseProject(text, FILE);
  if (result.ok) {
    throw new Error('expected the project to be refused');
  }
  return result.message;
}

describe('serializeProject and parseProject', () => {
  it('should give back the same project (round trip)', () => {
    for (const project of [bridgeProject(), annotatedProject()]) {
      const text = serializeProject(project);
      const back = parseProject(text, FILE);
      expect(back).toStrictEqual({ ok: true, project });
      expect(serializeProject(back.ok ? back.project : project)).toBe(text);
    }
  });

  it('should write the same bytes for the same project, keys in file order, newline at the end', () => {
    const project = annotatedProject();
    const text = serializeProject(project);
    expect(serializeProject(annotatedProject())).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
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
    ]);
    // Key order follows the format, not the order the objects were built in.
    const shuffled = {
      ...project,
      articles: project.articles.map((a) => ({
        user: { url: a.user.url, outlet: a.user.outlet, title: a.user.title, date: a.user.date },
        detected: a.detected,
        paragraphs: a.paragraphs,
        file: a.file,
      })),
    };
    const cleaned = JSON.parse(JSON.stringify(shuffled)) as typeof project;
    expect(serializeProject(cleaned)).toBe(text);
  });

  it('should keep what the user set apart from what was detected', () => {
    const back = parseProject(serializeProject(annotatedProject()), FILE);
    expect(back.ok && back.project.articles.map((a) => [a.detected.outlet, a.user])).toEqual([
      [null, { outlet: 'The Herald', date: '2025-03-04', url: 'https://herald.example/bridge' }],
      [null, { title: 'Bridge backed', outlet: 'Courier' }],
      [null, { outlet: null }],
    ]);
  });

  it('should check a project built in memory, an undefined field being no field', () => {
    const project = annotatedProject();
    const built = {
      ...project,
      articles: project.articles.map((a) => ({ ...a, user: { ...a.user, title: undefined } })),
      codebook: project.codebook.map((c) => ({ ...c, description: undefined })),
    };
    const checked = validateProject(built, 'memory');
    expect(checked.ok && checked.project.codebook[0]).toEqual({
      id: 'code-1',
      name: 'Framing',
      colour: '#aa3300',
    });
    expect(validateProject({ ...built, story: undefined }, 'memory')).toEqual({
      ok: false,
      message: 'memory: story: is missing',
    });
  });

  it('should accept a byte order mark', () => {
    expect(parseProject(`\uFEFF${serializeProject(bridgeProject())}`, FILE).ok).toBe(true);
  });
});

describe('parseProject version check', () => {
  it('should refuse a newer version with a message that says so and names the file', () => {
    const json = draft();
    json.version = 4;
    const message = messageOf(JSON.stringify(json));
    expect(message).toBe(
      `${FILE} was saved by a newer version of News Compare (project format version 4; ` +
        'this version opens version 3 and older). Update News Compare to open it.',
    );
  });

  it('should refuse a version that is no version', () => {
    for (const version of [0, '1', 1.5, null]) {
      const json = draft();
      json.version = version;
      expect(messageOf(JSON.stringify(json))).toBe(
        `${FILE}: version: expected 1 to 3, the format version`,
      );
    }
  });

  it('should refuse another kind of file', () => {
    expect(messageOf('{"verbs": {}}')).toBe(
      `${FILE}: not a News Compare project (its "format" should be "news-compare-project")`,
    );
    expect(messageOf('[1, 2]')).toBe(
      `${FILE}: not a News Compare project (expected a JSON object)`,
    );
  });

  it('should call a file of another kind not a project, not a damaged one', () => {
    expect(messageOf('outlet,row,code\n1,2,loaded\n')).toBe(
      `${FILE}: not a News Compare project (not a project file: it does not start with "{")`,
    );
    expect(messageOf('<!doctype html><p>An article</p>')).toMatch(/not a project file/u);
    expect(messageOf('\u0089PNG\r\n\u001a\n\u0000\u0000')).toBe(
      `${FILE}: not a News Compare project (not a text file)`,
    );
    expect(messageOf('')).toBe(`${FILE}: the file is empty`);
    expect(messageOf('\uFEFF  \n')).toBe(`${FILE}: the file is empty`);
  });

  it('should refuse a file cut short, naming it', () => {
    const text = serializeProject(bridgeProject());
    expect(messageOf(text.slice(0, text.length / 2))).toMatch(
      new RegExp(`^${FILE}: not a readable project: the file is damaged or cut short \\(`),
    );
  });
});

describe('parseProject field checks', () => {
  for (const c of INVALID_CASES) {
    it(`should refuse ${c.field}: ${c.fault}`, () => {
      const json = draft();
      c.damage(json);
      const message = messageOf(JSON.stringify(json));
      expect(message.startsWith(`${FILE}: ${c.field}: `), message).toBe(true);
    });
  }

  it('should accept the undamaged draft (so each case is refused for its own fault)', () => {
    expect(parseProject(JSON.stringify(draft()), FILE).ok).toBe(true);
  });
});

describe('parseProject on hostile input', () => {
  it('should treat prototype keys as unknown fields and leave prototypes alone', () => {
    const text = serializeProject(bridgeProject());
    const cases: Array<[string, string]> = [
      [
        text.replace('{\n  "format"', '{\n  "__proto__": {"polluted": 1},\n  "format"'),
        '__proto__',
      ],
      [
        text.replace(
          '"detected": {',
          '"detected": {"constructor": {"prototype": {"polluted": 1}},',
        ),
        'articles[0].detected.constructor',
      ],
      [
        text.replace('"user": {}', '"user": {"__proto__": {"title": "x"}}'),
        'articles[0].user.__proto__',
      ],
    ];
    for (const [hostile, field] of cases) {
      expect(messageOf(hostile)).toBe(`${FILE}: ${field}: is not a field of this format`);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('should keep ids and names such as constructor and toString as plain data', () => {
    const json = draft() as {
      codebook: Array<{ id: string; name: string }>;
      codings: Array<{ code: string }>;
    };
    json.codebook[0]!.id = 'constructor';
    json.codebook[1]!.name = 'toString';
    for (const coding of json.codings) {
      coding.code = coding.code === 'code-1' ? 'constructor' : coding.code;
    }
    const result = parseProject(JSON.stringify(json), FILE);
    expect(result.ok && result.project.codebook.map((c) => [c.id, c.name])).toEqual([
      ['constructor', 'Framing'],
      ['code-2', 'toString'],
    ]);
    expect(
      messageOf(JSON.stringify({ ...json, codings: [{ ...json.codings[0], code: 'toString' }] })),
    ).toBe(`${FILE}: codings[0].code: is not the id of a code in the codebook`);
  });

  it('should refuse deeply nested junk without walking into it', () => {
    const json = draft();
    const depth = 200_000;
    const text = JSON.stringify(json).replace(
      '"story":"Bridge vote"',
      `"story":${'['.repeat(depth)}${']'.repeat(depth)}`,
    );
    expect(messageOf(text)).toBe(`${FILE}: story: expected a string`);
  });

  it('should refuse huge strings and files by their size', () => {
    const json = draft();
    json.story = 'x'.repeat(PROJECT_LIMITS.lineChars + 1);
    expect(messageOf(JSON.stringify(json))).toBe(`${FILE}: story: is over 4096 characters`);
    const huge = ' '.repeat(PROJECT_LIMITS.fileChars + 1);
    expect(messageOf(huge)).toBe(`${FILE}: the project is over 64 MiB`);
  });

  it('should never throw on damaged files (cut, bytes changed, values swapped)', () => {
    const text = serializeProject(annotatedProject());
    const random = mulberry32(13);
    const junk = ['null', '[]', '{}', '-1', '1e400', '"', '"\\u0000"', '{"__proto__":1}', 'true'];
    let refused = 0;
    for (let i = 0; i < 400; i++) {
      const at = Math.floor(random() * text.length);
      const variants = [
        text.slice(0, at),
        text.slice(0, at) + String.fromCharCode(Math.floor(random() * 128)) + text.slice(at + 1),
        text.slice(0, at) + junk[i % junk.length]! + text.slice(at),
      ];
      for (const variant of variants) {
        const result = parseProject(variant, FILE);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          refused++;
          expect(result.message.startsWith(FILE)).toBe(true);
          expect(result.message).not.toContain('cannot be read');
        }
      }
    }
    expect(refused).toBeGreaterThan(600);
  });
});

describe('the outlets hidden from view (format version 2)', () => {
  const hiding = (hidden: ReadonlyArray<number>): Project => ({ ...annotatedProject(), hidden });

  it('should keep them, written as version 2, and give them back (round trip)', () => {
    const project = hiding([2]);
    const text = serializeProject(project);
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json.version).toBe(2);
    expect(json.hidden).toEqual([2]);
    expect(Object.keys(json).indexOf('hidden')).toBe(Object.keys(json).indexOf('include') + 1);
    expect(parseProject(text, FILE)).toStrictEqual({ ok: true, project });
  });

  it('should write a project that hides nothing as version 1, as before, which opens as ever', () => {
    for (const project of [annotatedProject(), hiding([])]) {
      const json = JSON.parse(serializeProject(project)) as Record<string, unknown>;
      expect(json.version).toBe(1);
      expect('hidden' in json).toBe(false);
    }
    expect(fileVersion(annotatedProject())).toBe(1);
    expect(parseProject(serializeProject(hiding([])), FILE)).toStrictEqual({
      ok: true,
      project: annotatedProject(),
    });
  });

  it('should open a version 2 file without them, and refuse them in a version 1 file', () => {
    const json = draft();
    json.version = 2;
    expect(parseProject(JSON.stringify(json), FILE)).toStrictEqual({
      ok: true,
      project: annotatedProject(),
    });
    const old = draft();
    old.hidden = [1];
    expect(messageOf(JSON.stringify(old))).toBe(`${FILE}: hidden: is not a field of this format`);
  });

  it('should refuse an index of no article, a repeat, or a list out of order', () => {
    const cases: ReadonlyArray<[unknown, string]> = [
      [[3], 'hidden[0]'],
      [[2, 1], 'hidden[1]: out of order (ascending, without repeats)'],
      [[1, 1], 'hidden[1]: out of order (ascending, without repeats)'],
      ['1', 'hidden: expected a list'],
    ];
    for (const [hidden, message] of cases) {
      const json = { ...draft(), version: 2, hidden };
      expect(messageOf(JSON.stringify(json))).toContain(`${FILE}: ${message}`);
    }
  });
});

describe('the outlets shown by hand (format version 3)', () => {
  const columns = (hidden: ReadonlyArray<number>, shown: ReadonlyArray<number>): Project => ({
    ...annotatedProject(),
    ...(hidden.length === 0 ? {} : { hidden }),
    shown,
  });

  it('should keep them, written as version 3 after those hidden, and give them back (round trip)', () => {
    for (const project of [columns([], [2]), columns([1], [2])]) {
      const text = serializeProject(project);
      const json = JSON.parse(text) as Record<string, unknown>;
      expect([json.version, json.shown]).toEqual([3, [2]]);
      expect(Object.keys(json).indexOf('shown')).toBe(
        Object.keys(json).indexOf('include') + 1 + ('hidden' in json ? 1 : 0),
      );
      expect(parseProject(text, FILE)).toStrictEqual({ ok: true, project });
    }
    expect(fileVersion(columns([1], []))).toBe(2);
    expect(parseProject(serializeProject(columns([], [])), FILE)).toStrictEqual({
      ok: true,
      project: annotatedProject(),
    });
  });

  it('should refuse them in a version 1 or 2 file, and one also hidden or out of order', () => {
    for (const version of [1, 2]) {
      const json = { ...draft(), version, shown: [1] };
      expect(messageOf(JSON.stringify(json))).toBe(`${FILE}: shown: is not a field of this format`);
    }
    const cases: ReadonlyArray<[unknown, unknown, string]> = [
      [[1], [1, 2], 'shown[0]: names an article also hidden'],
      [[], [2, 1], 'shown[1]: out of order (ascending, without repeats)'],
      [[], [3], 'shown[0]'],
    ];
    for (const [hidden, shown, message] of cases) {
      const json = { ...draft(), version: 3, hidden, shown };
      expect(messageOf(JSON.stringify(json))).toContain(`${FILE}: ${message}`);
    }
  });
});

describe('links by hand to an article the engine flags', () => {
  /**
   * The bridge's herald and courier beside a report of another story, its first paragraph
   * linked by hand with the herald's third; nothing included.
   */
  function linkedStorm(): Project {
    const [herald, courier] = bridgeArticles();
    const storm = testArticle('in/storm.txt', [
      'A storm closed the harbour for three days and sank two fishing boats.',
      'The coastguard rescued eleven sailors overnight.',
    ]);
    const made = createProject({ articles: [herald!, courier!, storm], story: 'Bridge vote' });
    if (!made.ok) {
      throw new Error(made.message);
    }
    return {
      ...made.project,
      manual: withIndices<ManualAlignment>({
        links: [{ a: 0, paragraphA: 2, b: 2, paragraphB: 0 }],
        unlinks: [],
      }),
    };
  }

  it('should write the project as version 1 and open it, of any version, with the article left out and its link kept', () => {
    const project = linkedStorm();
    const text = serializeProject(project);
    expect(fileVersion(project)).toBe(1);
    expect((JSON.parse(text) as Record<string, unknown>).version).toBe(1);
    for (const version of [1, 2, 3]) {
      const json = JSON.parse(text) as Record<string, unknown>;
      json.version = version;
      const opened = parseProject(JSON.stringify(json), FILE);
      expect(opened).toStrictEqual({ ok: true, project });
      if (opened.ok) {
        // Re-saved, not a byte changes.
        expect(serializeProject(opened.project)).toBe(text);
        expect(compareProject(opened.project).offTopic).toEqual([2]);
      }
    }
    // Included, its link holds.
    const c = compareProject({ ...project, include: [2] });
    const rowOf = (article: number, paragraph: number): number =>
      c.rows.findIndex((r) => r.cells[article]?.includes(paraIndex(paragraph)));
    expect(c.offTopic).toEqual([]);
    expect(rowOf(0, 2)).toBe(rowOf(2, 0));
    expect(c.rows[rowOf(0, 2)]?.manual).toBe(true);
  });
});
