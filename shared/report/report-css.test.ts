import { describe, expect, it } from 'vitest';
import { CONTRAST_PAIRS, PALETTE, REPORT_CSS } from './report-css';

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('REPORT_CSS', () => {
  it('should give every text colour a contrast of at least 4.5:1 on its background', () => {
    const failing = CONTRAST_PAIRS.filter((p) => contrast(p.foreground, p.background) < 4.5).map(
      (p) => `${p.use}: ${contrast(p.foreground, p.background).toFixed(2)}`,
    );
    expect(failing).toEqual([]);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('should use only palette colours', () => {
    const palette = new Set<string>(Object.values(PALETTE));
    const used = REPORT_CSS.match(/#[0-9a-f]{3,8}\b/gi) ?? [];
    expect(used.filter((c) => !palette.has(c))).toEqual([]);
  });

  it('should load nothing', () => {
    expect(REPORT_CSS).not.toMatch(/url\(|@import|@font-face/i);
    expect(REPORT_CSS).not.toContain('</');
  });
});
