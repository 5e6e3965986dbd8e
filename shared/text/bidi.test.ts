import { describe, expect, it } from 'vitest';
import { balanceBidi, isolateBidi } from './bidi';

/** Bidi controls spelled out, so a failing expectation is readable. */
const show = (s: string): string =>
  s.replace(/[\u202a-\u202e\u2066-\u2069]/gu, (c) => `<${c.codePointAt(0)?.toString(16)}>`);

describe('balanceBidi', () => {
  it('should close an unterminated override at the end of the text', () => {
    expect(show(balanceBidi('abc\u202edef'))).toBe('abc<202e>def<202c>');
  });

  it('should close nested embeddings and isolates innermost first', () => {
    expect(show(balanceBidi('\u202ba\u2067b\u202dc'))).toBe(
      '<202b>a<2067>b<202d>c<202c><2069><202c>',
    );
  });

  it('should keep closers that close something and drop those that close nothing', () => {
    expect(show(balanceBidi('\u202ea\u202cb\u202c\u2069c'))).toBe('<202e>a<202c>bc');
    // A PDF cannot close an embedding outside the innermost isolate.
    expect(show(balanceBidi('\u202ea\u2066b\u202cc'))).toBe('<202e>a<2066>bc<2069><202c>');
  });

  it('should let a PDI close the embeddings opened inside its isolate', () => {
    expect(show(balanceBidi('\u2068a\u202eb\u2069c'))).toBe('<2068>a<202e>b<2069>c');
  });

  it('should leave text without controls as it is', () => {
    expect(balanceBidi('plain text, مرحبا')).toBe('plain text, مرحبا');
  });
});

describe('isolateBidi', () => {
  it('should wrap the balanced text in a first-strong isolate', () => {
    expect(show(isolateBidi('x\u202ey'))).toBe('<2068>x<202e>y<202c><2069>');
  });
});
