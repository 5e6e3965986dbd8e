import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeLineEndings, paragraphSpans, splitParagraphs } from './segment';

/** Renders paragraphs as `a | b\nc` (JSON-escaped so line breaks stay visible). */
const show = (text: string): string =>
  splitParagraphs(text)
    .map((p) => JSON.stringify(p))
    .join(' | ');

/** Renders spans as `[0, 3) [5, 9)`. */
const spans = (text: string): string =>
  paragraphSpans(text)
    .map((s) => `[${s.start}, ${s.endExclusive})`)
    .join(' ');

const seed = (name: string): string =>
  readFileSync(new URL(`../../seeds/${name}.txt`, import.meta.url), 'utf8');

describe('normalizeLineEndings', () => {
  it('should turn CRLF and lone CR into LF', () => {
    expect(normalizeLineEndings('a\r\nb\rc\nd\r\n')).toBe('a\nb\nc\nd\n');
  });

  it('should leave LF-only text unchanged', () => {
    expect(normalizeLineEndings('a\n\nb\n')).toBe('a\n\nb\n');
  });
});

describe('paragraphSpans', () => {
  it('should give half-open spans into the text', () => {
    expect(spans('ab\n\ncd')).toBe('[0, 2) [4, 6)');
  });

  it('should give no span for empty or blank text', () => {
    expect(spans('')).toBe('');
    expect(spans(' \n\t\n')).toBe('');
  });
});

describe('splitParagraphs', () => {
  it('should split blocks at blank lines', () => {
    expect(show('One.\n\nTwo.\n\n\nThree.')).toBe('"One." | "Two." | "Three."');
  });

  it('should keep a multi-line block as one paragraph', () => {
    expect(show('Headline\nSub-headline\n\nBody.')).toBe('"Headline\\nSub-headline" | "Body."');
  });

  it('should give one paragraph per line when there is no blank line', () => {
    expect(show('One.\nTwo.\nThree.')).toBe('"One." | "Two." | "Three."');
  });

  it('should count whitespace-only lines as blank', () => {
    expect(show('One.\nstill one.\n  \t \nTwo.')).toBe('"One.\\nstill one." | "Two."');
    expect(show('One.\n\u00a0\nTwo.')).toBe('"One." | "Two."');
  });

  it('should ignore leading and trailing blank lines', () => {
    expect(show('\n\n  \nOne.\nTwo.\n\n \n')).toBe('"One." | "Two."');
    expect(show('\n\nOne.\n\nTwo.\n\n')).toBe('"One." | "Two."');
  });

  it('should stay in line mode when only leading or trailing lines are blank', () => {
    expect(show('\nOne.\nTwo.\n')).toBe('"One." | "Two."');
  });

  it('should handle CRLF line endings like LF', () => {
    expect(show('One.\r\n\r\nTwo\r\nlines.\r\n')).toBe('"One." | "Two\\nlines."');
    expect(show('One.\r\nTwo.\r\n')).toBe('"One." | "Two."');
  });

  it('should keep inner spaces and leading indentation of a paragraph', () => {
    expect(show('  indented  text \n\nnext')).toBe('"  indented  text " | "next"');
  });

  it('should return nothing for empty text', () => {
    expect(show('')).toBe('');
  });

  it.each([
    ['000_69ff7826295806f7', 22],
    ['001_38ebe0a01ef43257', 21],
    ['002_3b328d8baaee954f', 14],
    ['003_a3dc487f3a2c3275', 17],
    ['004_165cb968de743235', 11],
  ])('should split seed %s into %i paragraphs', (name, count) => {
    const text = seed(name);
    const paragraphs = splitParagraphs(text);
    expect(paragraphs).toHaveLength(count);
    expect(paragraphs.every((p) => p.trim() !== '' && !/\n[ \t]*\n/u.test(p))).toBe(true);
  });

  it('should return paragraphs that stand in the seed text, in order and disjoint', () => {
    for (const name of ['000_69ff7826295806f7', '003_a3dc487f3a2c3275']) {
      const text = normalizeLineEndings(seed(name));
      const list = paragraphSpans(text);
      for (let k = 1; k < list.length; k++) {
        expect(list[k]!.start).toBeGreaterThan(list[k - 1]!.endExclusive);
      }
      // What lies between paragraphs is only whitespace.
      let rest = text;
      for (const s of [...list].reverse()) {
        rest = rest.slice(0, s.start) + rest.slice(s.endExclusive);
      }
      expect(rest.trim()).toBe('');
    }
  });
});
