import { describe, expect, it } from 'vitest';
import { compareProject } from '../shared/project/compare-project';
import { DEFAULT_DIFF_OPTIONS, paraIndex } from '../shared/model';
import {
  addCode,
  addNote,
  applyCode,
  moveParagraphToRow,
  removeCode,
  rowAnchor,
  setDetails,
  validateProject,
  type Project,
} from '../shared/project';
import { bridgeArticles, ok, T0 } from '../shared/testing/project';
import { testArticle } from '../shared/testing/article';
import { libraryItem, type LibraryItem } from './library';
import {
  EMPTY_WORKBENCH,
  fromProject,
  shownArticle,
  workbenchProject,
  type Workbench,
} from './workbench';

/** The three bridge reports and a fourth article, as library items a0..a3. */
function items(): LibraryItem[] {
  return [
    ...bridgeArticles(),
    testArticle('in/other.txt', ['The mayor opened a library on Tuesday.']),
  ].map((a, k) => libraryItem(`a${k}`, a, 'user'));
}

/** The first row with text of every article. */
function sharedRow(project: Project): number {
  const comparison = compareProject(project);
  return comparison.rows.findIndex((r) => r.cells.every((c) => c.length > 0));
}

/** The row of herald's paragraph 1 (the cost), as a target for moves. */
function costRow(project: Project): number {
  return compareProject(project).rows.findIndex((r) => r.cells[0]?.includes(paraIndex(1)));
}

const SETTINGS = { base: 0, diff: DEFAULT_DIFF_OPTIONS, include: [], lexicon: null };

function projectOf(library: LibraryItem[], ids: string[], workbench: Workbench): Project {
  const chosen = ids.map((id) => library.find((i) => i.id === id) as LibraryItem);
  const project = workbenchProject(chosen, SETTINGS, workbench);
  return ok(validateProject(project, 'test')).project;
}

describe('the workbench and its projects', () => {
  it('should give back what a project of its articles holds', () => {
    const library = items();
    let project = projectOf(library, ['a0', 'a1', 'a2'], EMPTY_WORKBENCH);
    project = ok(setDetails(project, 1, { outlet: 'The Courier' })).project;
    const comparison = compareProject(project);
    project = ok(
      moveParagraphToRow(project, comparison, { article: 2, paragraph: 2 }, costRow(project)),
    ).project;
    const code = ok(addCode(project, { name: 'Framing', colour: '#aa3300' }));
    project = ok(
      addNote(code.project, rowAnchor(comparison, sharedRow(project))!, 'A note.', T0),
    ).project;
    project = ok(
      applyCode(project, code.id, rowAnchor(comparison, sharedRow(project))!, T0),
    ).project;
    const workbench = fromProject(project, ['a0', 'a1', 'a2'], EMPTY_WORKBENCH);
    expect(workbench.details).toEqual({ a1: { outlet: 'The Courier' } });
    expect(shownArticle(library[1]!, workbench.details).outlet).toBe('The Courier');
    expect(shownArticle(library[0]!, workbench.details)).toBe(library[0]!.article);
    expect(projectOf(library, ['a0', 'a1', 'a2'], workbench)).toEqual(project);
  });

  it('should keep work by article, whatever the order or the articles compared', () => {
    const library = items();
    // Compared as a2, a0: the project's indices are 0 for a2 and 1 for a0.
    let project = projectOf(library, ['a2', 'a0'], EMPTY_WORKBENCH);
    const comparison = compareProject(project);
    project = ok(
      addNote(project, rowAnchor(comparison, sharedRow(project))!, 'About a2 and a0.', T0),
    ).project;
    const workbench = fromProject(project, ['a2', 'a0'], EMPTY_WORKBENCH);
    const paragraphs = workbench.notes[0]?.target.paragraphs.map((p) => p.item);
    expect(new Set(paragraphs)).toEqual(new Set(['a0', 'a2']));
    // Compared as a0, a1, a2, the note is there, its paragraphs in article order.
    const again = projectOf(library, ['a0', 'a1', 'a2'], workbench);
    expect(again.notes.map((n) => n.text)).toEqual(['About a2 and a0.']);
    const refs = again.notes[0]!.target.paragraphs;
    expect(refs).toEqual(
      [...refs].sort((x, y) => x.article - y.article || x.paragraph - y.paragraph),
    );
    // Compared without a2, it is kept aside; an edit of that comparison keeps it.
    const without = projectOf(library, ['a0', 'a1'], workbench);
    expect(without.notes).toEqual([]);
    const c2 = compareProject(without);
    const edited = ok(
      addNote(without, rowAnchor(c2, sharedRow(without))!, 'About a0 and a1.', T0),
    ).project;
    expect(edited.notes[0]?.id).toBe('note-1');
    const after = fromProject(edited, ['a0', 'a1'], workbench);
    expect(after.notes.map((n) => [n.id, n.text])).toEqual([
      ['note-1', 'About a2 and a0.'],
      // Its id was taken by the note kept aside.
      ['note-2', 'About a0 and a1.'],
    ]);
  });

  it('should keep corrections about other articles, and drop codes removed from the codebook', () => {
    const library = items();
    let project = projectOf(library, ['a0', 'a1', 'a2'], EMPTY_WORKBENCH);
    const comparison = compareProject(project);
    project = ok(
      moveParagraphToRow(project, comparison, { article: 2, paragraph: 2 }, costRow(project)),
    ).project;
    const code = ok(addCode(project, { name: 'Framing', colour: '#aa3300' }));
    project = ok(
      applyCode(code.project, code.id, rowAnchor(comparison, sharedRow(project))!, T0),
    ).project;
    const workbench = fromProject(project, ['a0', 'a1', 'a2'], EMPTY_WORKBENCH);
    expect(workbench.manual.links.length).toBeGreaterThan(0);
    // Compared as a0, a1 only: corrections naming a2 stay aside, and come back.
    const small = projectOf(library, ['a0', 'a1'], workbench);
    expect(small.manual.links.every((p) => p.a < 2 && p.b < 2)).toBe(true);
    const back = fromProject(small, ['a0', 'a1'], workbench);
    expect(new Set(back.manual.links.map((p) => JSON.stringify(p)))).toEqual(
      new Set(workbench.manual.links.map((p) => JSON.stringify(p))),
    );
    // The code removed in a comparison without its row's articles: gone everywhere.
    const removed = ok(removeCode(projectOf(library, ['a0', 'a3'], workbench), code.id)).project;
    const after = fromProject(removed, ['a0', 'a3'], workbench);
    expect(after.codebook).toEqual([]);
    expect(after.codings).toEqual([]);
  });
});
