import { describe, expect, it } from 'vitest';
import { compareProject } from '../shared/project/compare-project';
import { addCode, addNote, applyCode, rowAnchor } from '../shared/project';
import {
  annotatedProject,
  bridgeProject,
  firstDifference,
  itemsOf,
  ok,
  T0,
} from '../shared/testing/project';
import { DIFFERENCE_NO_LONGER_FOUND } from '../shared/view-model/display';
import { buildViewModel } from '../shared/view-model/view-model';
import { annotationSummary } from './project';

describe('annotationSummary', () => {
  it('should number rows as the summary does (#N, 0-based) and as the report does, beside the difference', () => {
    const project = annotatedProject();
    const comparison = compareProject(project);
    const items = itemsOf(project, comparison);
    const text = annotationSummary(project, items);
    // The row note and code are on row index 1: the summary calls that row #1, the report,
    // the app and the codes CSV "row 2", where the difference's number is theirs too.
    expect(text).toContain(
      '\n  #1 (row 2 in the report) {Framing}\n    note: All three lead with the vote.\n',
    );
    const number = items.find((i) => i.target.kind === 'difference')?.difference;
    expect(number).toBe(
      buildViewModel(comparison).differences.find(
        (d) => d.kind === 'wording' && d.row === 1 && d.article === 1,
      )?.id,
    );
    expect(text).toMatch(
      new RegExp(
        `\\n  #1 \\(row 2 in the report\\) difference ${number} \\[[^\\n]+\\{Framing\\}`,
        'u',
      ),
    );
  });

  it('should say a difference is no longer found in the words the app and the report use', () => {
    const project = annotatedProject();
    const items = itemsOf(project, compareProject(project)).map((i) =>
      i.target.kind === 'difference' ? { ...i, difference: null } : i,
    );
    expect(annotationSummary(project, items)).toContain(
      `  #1 (row 2 in the report) ${DIFFERENCE_NO_LONGER_FOUND} [`,
    );
  });

  it('should escape control and bidi characters of notes, codes and texts', () => {
    let project = bridgeProject();
    const comparison = compareProject(project);
    const code = ok(addCode(project, { name: 'Spin\u202e', colour: '#aa3300' }));
    project = code.project;
    const hostile = 'Look \u001b]0;owned\u0007 here \u202eevil\u001b[2J\rline';
    project = ok(addNote(project, rowAnchor(comparison, 0)!, hostile, T0)).project;
    const difference = firstDifference(comparison)!;
    project = ok(applyCode(project, code.id, difference, T0)).project;
    const text = annotationSummary(project, itemsOf(project, comparison));
    expect(text).toContain('note: Look \\x1b]0;owned\\x07 here \\u202eevil\\x1b[2J line');
    expect(text).toContain('{Spin\\u202e}');
    // eslint-disable-next-line no-control-regex -- the characters a terminal acts on
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u);
  });
});
