/**
 * The published JSON Schema (`docs/project-schema.json`) and the reader agree: what the app
 * writes is valid under the schema, each damaged case the schema can see is refused by it,
 * the rest are the reader's own checks, and the example in `docs/project-format.md` opens.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { INVALID_CASES } from '../testing/invalid-projects';
import { parseProject } from './parse';
import { serializeProject } from './serialize';
import { annotatedProject, bridgeProject } from '../testing/project';
import { BOILERPLATE_REASONS, META_SOURCES } from './types';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const schema = JSON.parse(read('../../docs/project-schema.json')) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: false, strict: true }).compile(schema);

describe('docs/project-schema.json', () => {
  it('should accept the projects the app writes', () => {
    for (const project of [bridgeProject(), annotatedProject()]) {
      const valid = validate(JSON.parse(serializeProject(project)));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('should accept the outlets hidden from view in version 2 only', () => {
    const json = JSON.parse(serializeProject({ ...annotatedProject(), hidden: [1] })) as Record<
      string,
      unknown
    >;
    expect(validate(json)).toBe(true);
    expect(validate({ ...json, version: 1 })).toBe(false);
  });

  it('should accept the outlets shown by hand in version 3 only', () => {
    const json = JSON.parse(
      serializeProject({ ...annotatedProject(), hidden: [1], shown: [2] }),
    ) as Record<string, unknown>;
    expect(json.version).toBe(3);
    expect(validate(json)).toBe(true);
    expect(validate({ ...json, version: 2 })).toBe(false);
    expect(validate({ ...json, version: 1 })).toBe(false);
  });

  for (const c of INVALID_CASES) {
    it(`should ${c.schema ? 'refuse' : 'leave to the reader'} ${c.field}: ${c.fault}`, () => {
      const json = JSON.parse(serializeProject(annotatedProject())) as unknown;
      c.damage(json);
      expect(validate(json)).toBe(!c.schema);
    });
  }

  it('should list the boilerplate reasons and title sources the reader knows', () => {
    const defs = schema.$defs as Record<string, Record<string, unknown>>;
    const article = defs.article!.properties as Record<string, Record<string, unknown>>;
    const paragraph = (article.paragraphs!.items as Record<string, Record<string, unknown>>)
      .properties as Record<string, { enum: unknown[] }>;
    expect(paragraph.boilerplate!.enum).toEqual([null, ...BOILERPLATE_REASONS]);
    const detected = article.detected!.properties as Record<string, { enum: unknown[] }>;
    expect(detected.titleSource!.enum).toEqual([...META_SOURCES]);
  });
});

describe('docs/project-format.md', () => {
  it('should hold an example that opens and follows the schema', () => {
    const doc = read('../../docs/project-format.md');
    const example = /```json\n([\s\S]*?)\n```/u.exec(doc)?.[1];
    expect(example).toBeDefined();
    const result = parseProject(example ?? '', 'example');
    expect(result.ok ? 'ok' : result.message).toBe('ok');
    expect(validate(JSON.parse(example ?? ''))).toBe(true);
  });
});
