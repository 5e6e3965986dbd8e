import { describe, expect, it } from 'vitest';
import { isRecord, parseJsonObject } from './json';

describe('parseJsonObject', () => {
  it('should read an object, a byte-order mark before it skipped', () => {
    expect(parseJsonObject('{"a": 1}', 'no object')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonObject('\uFEFF{"a": [2]}', 'no object')).toEqual({
      ok: true,
      value: { a: [2] },
    });
  });

  it('should say what is wrong with anything else', () => {
    expect(parseJsonObject('[1]', 'expected an object')).toEqual({
      ok: false,
      problem: 'expected an object',
    });
    expect(parseJsonObject('null', 'expected an object')).toEqual({
      ok: false,
      problem: 'expected an object',
    });
    const broken = parseJsonObject('{"a": ', 'expected an object');
    expect(broken.ok === false && broken.problem).toMatch(/^not valid JSON \(.+\)$/u);
  });
});

describe('isRecord', () => {
  it('should accept objects only', () => {
    expect([{}, { a: 1 }, [], null, 'x', 1].map(isRecord)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
