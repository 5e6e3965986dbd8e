/**
 * The details form's own checks (pure): what is wrong with each value typed, in the form's
 * words, before it asks for the edit (whose checks, `patchUserDetails`, would refuse the
 * same values, in a message about the first only).
 */
import type { DetailField } from '../shared/project';
import { DETAIL_FIELDS } from '../shared/project';
import { DATE, dateProblem, lineProblem, urlProblem } from '../shared/project/fields';

/**
 * What is wrong with a detail's value as typed, or null. An empty outlet, date or address
 * says there is none; an article always has a title. A date of the right shape that no
 * calendar has ("2024-02-30") is said to be so, not to be badly written.
 */
export function detailProblem(field: DetailField, value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') {
    return field === 'title' ? 'An article always has a title.' : null;
  }
  switch (field) {
    case 'title':
    case 'outlet': {
      const problem = lineProblem(trimmed);
      return problem === null ? null : `The ${field} ${problem}.`;
    }
    case 'date':
      return !DATE.test(trimmed)
        ? 'The date is not written as YYYY-MM-DD.'
        : dateProblem(trimmed) === null
          ? null
          : `${trimmed} is not a day of the calendar.`;
    case 'url': {
      const problem = urlProblem(trimmed);
      return problem === null ? null : `The address ${problem}.`;
    }
  }
}

/**
 * The form's messages, by field: those of the values the user would set. A value equal to
 * the detected one sets nothing (the detected applies), so it is not checked.
 */
export function detailProblems(
  values: Readonly<Record<DetailField, string>>,
  detected: Readonly<Record<DetailField, string | null>>,
): Partial<Record<DetailField, string>> {
  const problems: Partial<Record<DetailField, string>> = {};
  for (const field of DETAIL_FIELDS) {
    const problem =
      values[field].trim() === (detected[field] ?? '') ? null : detailProblem(field, values[field]);
    if (problem !== null) {
      problems[field] = problem;
    }
  }
  return problems;
}
