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
import { annotationSummary } from './project';

describe('annotationSummary', () => {
  it('should number rows as the summary does (#N, 0-based)', () => {
    const project = annotatedProject();
    const text = annotationSummary(project, itemsOf(project, compareProject(project)));
    // The row note and code are on row index 1; the summary calls that row #1.
    expect(text).toContain('\n  #1 {Framing}\n    note: All three lead with the vote.\n');
    expect(text).not.toMatch(/\brow \d/u);
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
