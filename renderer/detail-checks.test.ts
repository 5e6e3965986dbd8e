import { describe, expect, it } from 'vitest';
import { detailProblem, detailProblems } from './detail-checks';

describe('detailProblem', () => {
  it('should say a well-written date that no calendar has is not a day of the calendar', () => {
    expect(detailProblem('date', '2024-02-30')).toBe('2024-02-30 is not a day of the calendar.');
    expect(detailProblem('date', ' 2023-02-29 ')).toBe('2023-02-29 is not a day of the calendar.');
    expect(detailProblem('date', '2024-13-01')).toBe('2024-13-01 is not a day of the calendar.');
  });

  it('should accept real days, leap days included, and an empty date (none)', () => {
    expect(detailProblem('date', '2024-02-29')).toBeNull();
    expect(detailProblem('date', '2000-02-29')).toBeNull();
    expect(detailProblem('date', '')).toBeNull();
  });

  it('should say a date written otherwise is not written as YYYY-MM-DD', () => {
    expect(detailProblem('date', '30/02/2024')).toBe('The date is not written as YYYY-MM-DD.');
    expect(detailProblem('date', '2024-2-3')).toBe('The date is not written as YYYY-MM-DD.');
  });

  it('should want a title, and an address that is http(s)', () => {
    expect(detailProblem('title', '  ')).toBe('An article always has a title.');
    expect(detailProblem('outlet', '')).toBeNull();
    expect(detailProblem('url', 'example.org')).toBe(
      'The address is not an http:// or https:// address.',
    );
    expect(detailProblem('url', 'https://example.org/a')).toBeNull();
  });
});

describe('detailProblems', () => {
  it('should check only the values the user would set, not those equal to the detected', () => {
    const detected = { title: 'T', outlet: null, date: '2024-02-30', url: null };
    expect(
      detailProblems({ title: 'T', outlet: '', date: '2024-02-30', url: '' }, detected),
    ).toEqual({});
    expect(
      detailProblems({ title: '', outlet: 'X', date: '2024-02-31', url: 'ftp://x' }, detected),
    ).toEqual({
      title: 'An article always has a title.',
      date: '2024-02-31 is not a day of the calendar.',
      url: 'The address is not an http:// or https:// address.',
    });
  });
});
