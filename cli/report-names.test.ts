import { describe, expect, it } from 'vitest';
import { fileNameKey, REPORT_NAME_MAX_BYTES, reportFileNames } from './report-names';

const bytes = (text: string): number => Buffer.byteLength(text);

describe('reportFileNames', () => {
  it('should name each report after its folder', () => {
    expect(reportFileNames(['2024-05-04 bridge', 'élection', 'a.b'])).toEqual([
      '2024-05-04 bridge.html',
      'élection.html',
      'a.b.html',
    ]);
  });

  it('should keep apart folders whose names differ only in case or in how an accent is written', () => {
    // As a batch lists them: in code point order.
    const folders = ['STORY', 'Story', 'caf\u00e9', 'cafe\u0301', 'story', 'straße', 'strasse'];
    const names = reportFileNames(folders);
    expect(names).toEqual([
      'STORY.html',
      'Story~2.html',
      'caf\u00e9.html',
      'cafe\u0301~2.html',
      'story~3.html',
      'straße.html',
      'strasse~2.html',
    ]);
    expect(new Set(names.map(fileNameKey)).size).toBe(folders.length);
  });

  it('should never give a folder’s own name to another folder’s report', () => {
    expect(reportFileNames(['A', 'a', 'a~2'])).toEqual(['A.html', 'a~3.html', 'a~2.html']);
    expect(reportFileNames(['A', 'a', 'A~2', 'a~3'])).toEqual([
      'A.html',
      'a~4.html',
      'A~2.html',
      'a~3.html',
    ]);
  });

  it('should cut a long name between characters, short enough for any disk', () => {
    const headline = 'Council votes to close the Riverside library after 113 years';
    // Longer than a report name may be: over 400 bytes.
    const folder = `${headline} – ${'👩‍👩‍👧 é'.repeat(40)}`.slice(0, 200);
    const [name] = reportFileNames([folder]);
    expect(bytes(name as string)).toBeLessThanOrEqual(REPORT_NAME_MAX_BYTES);
    const stem = (name as string).replace(/\.html$/u, '');
    expect(folder.startsWith(stem)).toBe(true);
    expect(stem.startsWith(headline)).toBe(true);
    // Cut where a character ends: no family emoji broken into its people, no lone surrogate.
    expect(/(?:👩‍👩‍👧|é)$/u.test(stem)).toBe(true);
    expect(bytes(name as string)).toBeGreaterThan(REPORT_NAME_MAX_BYTES - bytes('👩‍👩‍👧 é'));
  });

  it('should tell apart long names that are the same once cut, and keep a short name whole', () => {
    const start = 'x'.repeat(REPORT_NAME_MAX_BYTES);
    // The short name comes after the long ones and still keeps its name.
    const short = 'x'.repeat(REPORT_NAME_MAX_BYTES - bytes('.html'));
    const names = reportFileNames([`${start}1`, `${start}2`, short]);
    expect(names[2]).toBe(`${short}.html`);
    expect(names.slice(0, 2)).toEqual([
      `${'x'.repeat(REPORT_NAME_MAX_BYTES - bytes('~2.html'))}~2.html`,
      `${'x'.repeat(REPORT_NAME_MAX_BYTES - bytes('~3.html'))}~3.html`,
    ]);
    for (const name of names) {
      expect(bytes(name)).toBeLessThanOrEqual(REPORT_NAME_MAX_BYTES);
    }
  });
});
