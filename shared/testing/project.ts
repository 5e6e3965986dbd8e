/** Hand-made projects for the project tests: three reports of one council vote. */
import type { Article, Comparison, ManualAlignment } from '../model';
import { testArticle } from './article';
import { withIndices } from './indices';
import { differenceAnchor, rowAnchor } from '../project/anchors';
import { compareProject } from '../project/compare-project';
import { createProject } from '../project/details';
import { addCode, addNote, applyCode, setDetails, setIncluded, setLexicon } from '../project/edits';
import type { Anchor, Project } from '../project/types';
import { annotatedItems, type AnnotatedItem } from '../project/annotations';
import { buildViewModel } from '../view-model/view-model';

/** Three short reports of one story; the second has a navigation line (boilerplate). */
export function bridgeArticles(): ReadonlyArray<Article> {
  return [
    testArticle('in/herald.txt', [
      'The council approved the new bridge on Tuesday after a long debate.',
      'The bridge will cost 40 million pounds and open in 2027.',
      'Residents had campaigned against the plan for two years.',
      'The mayor said the vote was a victory for the city.',
    ]),
    testArticle(
      'in/courier.txt',
      [
        'Share this article',
        'Councillors backed the bridge on Tuesday following hours of debate.',
        'Campaigners who fought the plan for two years said they were disappointed.',
        'It will cost 40 million pounds and should open in 2027.',
        'A victory for the whole city, the mayor said of the vote.',
      ],
      { boilerplate: [0] },
    ),
    testArticle('in/gazette.txt', [
      'Councillors approved the new bridge on Tuesday after a heated debate.',
      'The mayor was forced to admit the bridge will cost 40 million pounds.',
      'Campaigners said they had fought the plan for two years.',
    ]),
  ];
}

/** A project of {@link bridgeArticles}, nothing set by the user yet. */
export function bridgeProject(): Project {
  const made = createProject({ articles: bridgeArticles(), story: 'Bridge vote' });
  if (!made.ok) {
    throw new Error(made.message);
  }
  return made.project;
}

/** Unwraps an edit's result, failing the test with the edit's message. */
export function ok<T extends { readonly ok: true }>(
  result: T | { readonly ok: false; readonly message: string },
): T {
  if (!result.ok) {
    throw new Error(result.message);
  }
  return result;
}

/** A time for edits in tests. */
export const T0 = '2025-03-04T10:00:00.000Z';

/**
 * {@link bridgeProject} with every kind of field set: details, a correction each way, an
 * included article, a lexicon, codes (one described), notes and codes on a row and on a
 * difference.
 */
export function annotatedProject(): Project {
  let project = bridgeProject();
  project = ok(
    setDetails(project, 0, {
      outlet: 'The Herald',
      date: '2025-03-04',
      url: 'https://herald.example/bridge',
    }),
  ).project;
  project = ok(setDetails(project, 1, { outlet: 'Courier', title: 'Bridge backed' })).project;
  project = ok(setDetails(project, 2, { outlet: null })).project;
  project = ok(setIncluded(project, 2, true)).project;
  project = ok(
    setLexicon(project, { name: 'my-verbs.json', content: '{"verbs":{"conceding":["owned up"]}}' }),
  ).project;
  project = {
    ...project,
    manual: withIndices<ManualAlignment>({
      links: [{ a: 0, paragraphA: 3, b: 2, paragraphB: 2 }],
      unlinks: [{ a: 0, paragraphA: 2, b: 1, paragraphB: 2 }],
    }),
  };
  const comparison = compareProject(project);
  const framing = ok(
    addCode(project, {
      name: 'Framing',
      colour: '#AA3300',
      description: 'How the vote is framed.',
    }),
  );
  project = framing.project;
  const figure = ok(addCode(project, { name: 'Figure', colour: '#0066cc' }));
  project = figure.project;
  const row = rowAnchor(comparison, 1);
  const difference = firstDifference(comparison);
  if (row === null || difference === null) {
    throw new Error('the bridge story has no row 1 or no difference');
  }
  project = ok(addNote(project, row, 'All three lead with the vote.', T0)).project;
  project = ok(addNote(project, difference, 'Forced to admit: loaded.', T0)).project;
  project = ok(applyCode(project, framing.id, row, T0)).project;
  project = ok(applyCode(project, figure.id, difference, T0)).project;
  project = ok(applyCode(project, framing.id, difference, T0)).project;
  return project;
}

/** The first change of the first diff that has one. */
export function firstDifference(comparison: Comparison): Anchor | null {
  for (const [r, row] of comparison.rows.entries()) {
    for (const diff of row.diffs) {
      const part = diff.parts.findIndex((p) => p.kind !== 'equal');
      if (part >= 0) {
        return differenceAnchor(comparison, r, diff.article, part);
      }
    }
  }
  return null;
}

/** A project's notes and codes located in a comparison of it, numbered by its view model. */
export function itemsOf(project: Project, comparison: Comparison): ReadonlyArray<AnnotatedItem> {
  return annotatedItems(project, comparison, buildViewModel(comparison));
}
