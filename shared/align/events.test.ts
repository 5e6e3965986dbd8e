import { describe, expect, it } from 'vitest';
import { differentEventDays, eventDays, leadWeekdays, LEAD_PARAGRAPHS } from './events';

describe('leadWeekdays', () => {
  it('should collect the weekdays the lead names, in any case', () => {
    expect([...leadWeekdays(['Verdict', 'The jury found him not guilty on FRIDAY.'])]).toEqual([
      'fri',
    ]);
    expect([...leadWeekdays(['He spoke on Wednesday and again on Thursday.'])].sort()).toEqual([
      'thurs',
      'wednes',
    ]);
  });

  it('should read only the lead, and no weekday-like words', () => {
    const body = Array.from({ length: LEAD_PARAGRAPHS }, () => 'Nothing dated here.');
    expect(leadWeekdays([...body, 'It happened on Monday.']).size).toBe(0);
    expect(leadWeekdays(['Sundays are quiet; a Mondayish mood.']).size).toBe(0);
  });
});

describe('differentEventDays', () => {
  const days = (...list: string[]) => new Set(list);
  it('should tell leads that name only different days apart', () => {
    expect(differentEventDays(days('fri'), days('wednes'))).toBe(true);
  });

  it('should not when a day is shared or either lead names none', () => {
    expect(differentEventDays(days('fri', 'thurs'), days('thurs'))).toBe(false);
    expect(differentEventDays(days(), days('mon'))).toBe(false);
    expect(differentEventDays(days('mon'), days())).toBe(false);
  });
});

describe('eventDays', () => {
  it('should name its days and the others’ most named ones, each in the week’s order', () => {
    expect(
      eventDays(new Set(['wednes', 'mon']), [
        new Set(['fri']),
        new Set(['fri', 'thurs']),
        new Set(['fri']),
      ]),
    ).toEqual({ own: ['Monday', 'Wednesday'], others: ['Friday'] });
    expect(eventDays(new Set(['mon']), [new Set(['fri']), new Set(['tues'])])).toEqual({
      own: ['Monday'],
      others: ['Tuesday', 'Friday'],
    });
  });
});
