/**
 * Which event an article reports, as far as its lead says: reports of one event name the
 * same day for it, however differently they tell it.
 *
 * A news lead says what happened and when ("...was found not guilty on Friday"); outlets
 * that publish a day later still name the event's day ("on Friday", not "yesterday" alone).
 * Two articles whose leads name different weekdays and no common one report different
 * events about the same people: the same trial on another day, the same court's other
 * ruling. They share names, places and background paragraphs, so their wording alone
 * cannot tell them apart.
 */

/** The lead: this many content paragraphs (headline included) from the top. */
export const LEAD_PARAGRAPHS = 3;

const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/giu;

/** The weekdays an article's lead names ("Friday" → "fri"), lower-cased stems. */
export function leadWeekdays(contentParagraphs: ReadonlyArray<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const text of contentParagraphs.slice(0, LEAD_PARAGRAPHS)) {
    for (const match of text.matchAll(WEEKDAY)) {
      out.add((match[1] as string).toLowerCase());
    }
  }
  return out;
}

/**
 * Whether two leads place their events on different days: both name a weekday and they
 * name none in common. Leads that name no day say nothing either way.
 */
export function differentEventDays(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) {
    return false;
  }
  for (const day of a) {
    if (b.has(day)) {
      return false;
    }
  }
  return true;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A weekday's name from its stem ("fri" → "Friday"). */
function weekdayName(stem: string): string {
  return WEEKDAYS.find((d) => d.toLowerCase().startsWith(stem)) ?? stem;
}

/**
 * The days an article's lead names, against those most named by the leads it differs from
 * (each in the week's order): what a reader checks to see that it tells of another event.
 */
export function eventDays(
  own: ReadonlySet<string>,
  differing: ReadonlyArray<ReadonlySet<string>>,
): { readonly own: ReadonlyArray<string>; readonly others: ReadonlyArray<string> } {
  const counts = new Map<string, number>();
  for (const days of differing) {
    for (const day of days) {
      counts.set(day, (counts.get(day) ?? 0) + 1);
    }
  }
  const inWeek = (a: string, b: string): number =>
    WEEKDAYS.indexOf(weekdayName(a)) - WEEKDAYS.indexOf(weekdayName(b));
  const most = Math.max(0, ...counts.values());
  return {
    own: [...own].sort(inWeek).map(weekdayName),
    others: [...counts]
      .filter(([, n]) => n === most)
      .map(([day]) => day)
      .sort(inWeek)
      .map(weekdayName),
  };
}
