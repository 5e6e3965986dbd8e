import { describe, expect, it } from 'vitest';
import { foldQuotes, foldTypography } from './normalize';

describe('foldTypography', () => {
  it('should fold curly double and single quotes to straight ones', () => {
    expect(foldTypography('“Exactly this.” ‘shared’ „low‟ «guillemets»')).toBe(
      `"Exactly this." 'shared' "low" "guillemets"`,
    );
  });

  it('should fold apostrophes, low-9 and primes', () => {
    expect(foldTypography('shouldn’t ‚a‛ 5′ 6″')).toBe(`shouldn't 'a' 5' 6"`);
  });

  it('should fold typographic dashes and the minus sign to a hyphen', () => {
    expect(foldTypography('a‐b‑c‒d–e—f―g−h')).toBe('a-b-c-d-e-f-g-h');
  });

  it('should fold no-break, figure and narrow no-break spaces to a space', () => {
    expect(foldTypography('Sadiq\u00a0Khan\u2007is\u202fmayor')).toBe('Sadiq Khan is mayor');
  });

  it('should expand the ellipsis to three full stops', () => {
    expect(foldTypography('come forward…')).toBe('come forward...');
  });

  it('should leave plain ASCII, line breaks and other non-ASCII untouched', () => {
    const text = 'Plain "ASCII" text - with\r\nbreaks\tand café, 東京, 🙂, \u2009thin';
    expect(foldTypography(text)).toBe(text);
  });

  it('should be idempotent', () => {
    const text = '“It’s—really…” ‘odd’\u00a0− “x”';
    expect(foldTypography(foldTypography(text))).toBe(foldTypography(text));
  });

  it('should fold every character one to one except the ellipsis', () => {
    const text = '“”‘’‚‛′„‟«»″‐‑‒–—―−\u00a0\u2007\u202f';
    expect(foldTypography(text)).toHaveLength(text.length);
    expect(foldTypography(text)).toMatch(/^[\x20-\x7e]+$/u);
  });
});

describe('foldQuotes', () => {
  it('should fold curly quotes and apostrophes to straight ones', () => {
    expect(foldQuotes('“Why?” ‘so’ don’t ‚a‛ 5′ „b‟ «c» 6″')).toBe(
      `"Why?" 'so' don't 'a' 5' "b" "c" 6"`,
    );
  });

  it("should fold an apostrophe doubled inside a word (We''re), not a doubled quotation mark", () => {
    expect(foldQuotes("''We''re here,'' he said")).toBe("''We're here,'' he said");
    expect(foldTypography("the world''s")).toBe("the world's");
  });

  it('should leave dashes, spaces and the ellipsis alone', () => {
    const text = 'a—b–c\u00a0d…';
    expect(foldQuotes(text)).toBe(text);
  });

  it('should agree with foldTypography on quotation marks', () => {
    const text = '“”‘’‚‛′„‟«»″';
    expect(foldQuotes(text)).toBe(foldTypography(text));
  });

  it('should preserve length and be idempotent', () => {
    const text = '“It’s” ‘fine’ «ok»';
    expect(foldQuotes(text)).toHaveLength(text.length);
    expect(foldQuotes(foldQuotes(text))).toBe(foldQuotes(text));
  });
});
