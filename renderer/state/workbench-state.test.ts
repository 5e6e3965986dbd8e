import { describe, expect, it } from 'vitest';
import { compareProject } from '../../shared/project/compare-project';
import {
  addNote,
  parseProject,
  rowAnchor,
  setBase,
  setDetails,
  setIncluded,
  setLexicon,
} from '../../shared/project';
import { bridgeArticles, bridgeProject, ok, T0 } from '../../shared/testing/project';
import { serializeProject } from '../../shared/project/serialize';
import { parseSession, serializeSession } from '../session';
import { EMPTY_WORKBENCH, type Workbench } from '../workbench';
import type { Comparison } from '../../shared/model';
import type { ViewModel } from '../../shared/view-model/view-model';
import {
  appReducer,
  initialState,
  MAX_UNDO,
  selectAside,
  selectComparisonTitle,
  selectDirty,
  selectNotice,
  selectProject,
  selectRequest,
  selectSavedProject,
  selectWorkLeftOfSave,
  settingsKey,
  type AppAction,
  type AppState,
} from './app-state';

const reduce = (state: AppState, ...actions: AppAction[]): AppState =>
  actions.reduce(appReducer, state);

/** The bridge story in the library, all ticked. */
function loaded(): AppState {
  return reduce(initialState('light', null), {
    type: 'articles-added',
    articles: bridgeArticles(),
    errors: [],
    source: 'user',
  });
}

/** The save of a state's work as `bridge.news-compare.json`, leaving nothing out. */
const savedAction = (state: AppState): AppAction => ({
  type: 'project-saved',
  document: { name: 'bridge.news-compare.json', id: null },
  workbench: state.workbench,
  settings: settingsKey(state),
  leftOut: { notes: 0, codes: 0 },
});

const named = (state: AppState, outlet: string): Workbench => ({
  ...state.workbench,
  details: { ...state.workbench.details, a0: { outlet } },
});

/** The loaded library with #1 named "Herald" and a2 left out as another story. */
function namedWithOneLeftOut(): AppState {
  const start = loaded();
  const edited = reduce(start, { type: 'workbench-edited', workbench: named(start, 'Herald') });
  return { ...edited, leftOut: { a2: 'another story' }, flagged: { a2: 'another story' } };
}

describe('the workbench in the app state', () => {
  it('should undo and redo every edit, and forget the redo after a new edit', () => {
    const start = loaded();
    const one = reduce(start, { type: 'workbench-edited', workbench: named(start, 'Herald') });
    const two = reduce(one, { type: 'workbench-edited', workbench: named(one, 'The Herald') });
    expect(two.workbench.details.a0).toEqual({ outlet: 'The Herald' });
    const undone = reduce(two, { type: 'undo' }, { type: 'undo' });
    expect(undone.workbench).toBe(start.workbench);
    expect(reduce(undone, { type: 'undo' })).toBe(reduce(undone, { type: 'undo' }));
    const redone = reduce(undone, { type: 'redo' });
    expect(redone.workbench).toBe(one.workbench);
    const other = reduce(redone, { type: 'workbench-edited', workbench: named(redone, 'H') });
    expect(other.future).toEqual([]);
    expect(reduce(other, { type: 'redo' }).workbench).toBe(other.workbench);
    // The same workbench again is no edit.
    expect(reduce(other, { type: 'workbench-edited', workbench: other.workbench }).past).toBe(
      other.past,
    );
  });

  it('should undo the removal of an article: back in its place with its work, and redo it', () => {
    const start = reduce(loaded(), { type: 'base-chosen', id: 'a1' });
    const note = {
      id: 'note-1',
      target: {
        kind: 'row' as const,
        paragraphs: [
          { item: 'a0', paragraph: 0 },
          { item: 'a1', paragraph: 1 },
        ],
      },
      text: 'Shared by the Herald and the Courier.',
      created: T0,
      updated: T0,
    };
    const worked = reduce(start, {
      type: 'workbench-edited',
      workbench: {
        ...start.workbench,
        details: { a1: { outlet: 'Courier' } },
        manual: { links: [{ a: 'a0', paragraphA: 0, b: 'a1', paragraphB: 1 }], unlinks: [] },
        notes: [note],
      },
      notice: 'Notes and codes saved.',
    });
    const removed = reduce(worked, { type: 'article-removed', id: 'a1', name: 'Courier' });
    expect(removed.items.map((i) => i.id)).toEqual(['a0', 'a2']);
    expect(removed.workbench).toEqual({ ...EMPTY_WORKBENCH, details: {} });
    expect(removed.notice).toBe(
      'Removed “Courier” from the library with your work on it; Undo brings it back.',
    );
    expect(selectDirty(removed)).toBe(true);

    const undone = reduce(removed, { type: 'undo' });
    expect(undone.items).toEqual(worked.items);
    expect([[...undone.selected].sort(), undone.baseId]).toEqual([['a0', 'a1', 'a2'], 'a1']);
    expect(undone.workbench).toBe(worked.workbench);
    expect(undone.notice).toBe('Undone: “Courier” is back in the library.');
    expect(selectRequest(undone)?.key).toBe(selectRequest(worked)?.key);

    const redone = reduce(undone, { type: 'redo' });
    expect(redone.items.map((i) => i.id)).toEqual(['a0', 'a2']);
    expect(redone.workbench).toBe(removed.workbench);
    expect(reduce(redone, { type: 'undo' }, { type: 'undo' }).workbench).toBe(start.workbench);

    // Opened again before the undo, it takes back its id, and the undo its work, once.
    const reopened = reduce(removed, {
      type: 'articles-added',
      articles: [bridgeArticles()[1]!],
      errors: [],
      source: 'user',
    });
    expect(reopened.items.map((i) => i.id)).toEqual(['a0', 'a2', 'a1']);
    const back = reduce(reopened, { type: 'undo' });
    expect(back.items.map((i) => i.id)).toEqual(['a0', 'a1', 'a2']);
    expect(back.workbench).toBe(worked.workbench);
  });

  it('should remove an article without work as no change of the work, still undoable', () => {
    const start = loaded();
    const removed = reduce(start, { type: 'article-removed', id: 'a2', name: 'Post' });
    expect(removed.workbench).toBe(start.workbench);
    expect(removed.notice).toBe('Removed “Post” from the library; Undo brings it back.');
    expect(reduce(removed, { type: 'undo' }).items).toEqual(start.items);
  });

  it('should keep a link to an article left out again in the work and the file, not in the comparison', () => {
    const included = reduce(namedWithOneLeftOut(), { type: 'article-included', id: 'a2' });
    const linked = reduce(included, {
      type: 'workbench-edited',
      workbench: {
        ...included.workbench,
        manual: { links: [{ a: 'a0', paragraphA: 3, b: 'a2', paragraphB: 2 }], unlinks: [] },
      },
    });
    expect(selectRequest(linked)?.options.manual?.links).toHaveLength(1);
    const out = reduce(linked, { type: 'article-left-out', id: 'a2' });
    expect(out.workbench).toBe(linked.workbench);
    expect(selectRequest(out)?.ids).toEqual(['a0', 'a1']);
    expect(selectRequest(out)?.options.manual?.links).toEqual([]);
    // The file holds it, not included: reopened, the article is left out again with it.
    const file = selectSavedProject(out);
    expect([file?.include, file?.manual.links]).toEqual([
      [],
      [{ a: 0, paragraphA: 3, b: 2, paragraphB: 2 }],
    ]);
    expect(out.notice).toBe(
      `Left “${out.items[2]?.article.title}” out of the comparison; your links on it are kept for when you include it again.`,
    );
    const back = reduce(out, { type: 'article-included', id: 'a2' });
    expect(selectRequest(back)?.options.manual?.links).toHaveLength(1);
    // Without work on it, the notice says only that it is out; in blind mode, not by name.
    expect(reduce(included, { type: 'article-left-out', id: 'a2' }).notice).toBe(
      `Left “${out.items[2]?.article.title}” out of the comparison.`,
    );
    expect(
      reduce({ ...included, blind: true }, { type: 'article-left-out', id: 'a2' }).notice,
    ).toBe('Left the article out of the comparison.');
  });

  it('should say so when the engine leaves out an article on screen with the user’s work on it', () => {
    const start = loaded();
    const linked = reduce(start, {
      type: 'workbench-edited',
      workbench: {
        ...start.workbench,
        manual: { links: [{ a: 'a0', paragraphA: 3, b: 'a2', paragraphB: 2 }], unlinks: [] },
      },
      notice: 'Linked paragraph 4 of #1 with paragraph 3 of #3.',
    });
    /** The state once the engine answered, flagging the third article (`k` 2) as `reason`. */
    const answered = (
      state: AppState,
      reason: 'another-story' | 'another-event' = 'another-story',
    ): AppState => {
      const request = selectRequest(state);
      if (request === null) {
        throw new Error('three articles make a request');
      }
      const comparison = {
        offTopic: [2],
        offTopicReasons: [{ article: 2, reason }],
        similarity: [
          [1, 0.5, 0.1],
          [0.5, 1, 0.1],
          [0.1, 0.1, 1],
        ],
      } as unknown as Comparison;
      return reduce(state, {
        type: 'compared',
        request,
        answer: { ok: true, comparison, model: {} as ViewModel },
      });
    };
    // On screen until now (compared before the ticks changed): its link goes with it, said.
    const shown = { ...linked, comparedIds: ['a0', 'a2'] };
    const title = linked.items[2]?.article.title ?? '';
    expect(Object.keys(answered(shown).leftOut)).toEqual(['a2']);
    expect(answered(shown).notice).toBe(
      `Left “${title}” out of the comparison, probably another story; your links on it are kept for when you include it again.`,
    );
    expect(answered({ ...shown, blind: true }, 'another-event').notice).toBe(
      'Left the article out of the comparison, probably another event; your links on it are kept for when you include it again.',
    );
    // Not on screen before (a project just opened), or without work on it: the notice stays.
    expect(answered({ ...linked, comparedIds: [] }).notice).toBe(linked.notice);
    expect(answered({ ...start, comparedIds: ['a0', 'a2'] }).notice).toBe(start.notice);
  });

  it('should say which of the work on an article left out is kept, as it is', () => {
    const included = reduce(namedWithOneLeftOut(), { type: 'article-included', id: 'a2' });
    const target = {
      kind: 'row' as const,
      paragraphs: [
        { item: 'a0', paragraph: 0 },
        { item: 'a2', paragraph: 0 },
      ],
    };
    const unlink = { a: 'a0', paragraphA: 1, b: 'a2', paragraphB: 2 };
    const link = { a: 'a1', paragraphA: 3, b: 'a2', paragraphB: 1 };
    const kept = (work: Partial<Workbench>): string | undefined => {
      const worked = reduce(included, {
        type: 'workbench-edited',
        workbench: { ...included.workbench, ...work },
      });
      const notice = reduce(worked, { type: 'article-left-out', id: 'a2' }).notice;
      return typeof notice === 'string' ? /; (.*) on it are kept/u.exec(notice)?.[1] : undefined;
    };
    const codes = {
      codebook: [{ id: 'code-1', name: 'Framing', colour: '#aa3300' }],
      codings: [{ id: 'coding-1', code: 'code-1', target, created: T0 }],
    };
    expect([
      kept(codes),
      kept({ manual: { links: [], unlinks: [unlink] } }),
      kept({ manual: { links: [link], unlinks: [unlink] } }),
      kept({
        ...codes,
        notes: [{ id: 'note-1', target, text: 'Later.', created: T0, updated: T0 }],
        manual: { links: [link], unlinks: [] },
      }),
    ]).toEqual([
      'your codes',
      'your corrections',
      'your corrections',
      'your links, notes and codes',
    ]);
  });

  it('should list the notes and codes on rows of articles not compared now, saying why', () => {
    const start = loaded();
    const target = {
      kind: 'row' as const,
      paragraphs: [
        { item: 'a0', paragraph: 0 },
        { item: 'a1', paragraph: 1 },
      ],
    };
    const worked = reduce(start, {
      type: 'workbench-edited',
      workbench: {
        ...start.workbench,
        details: { a1: { outlet: 'The Courier' } },
        notes: [{ id: 'note-1', target, text: 'Both lead with it.', created: T0, updated: T0 }],
        codebook: [{ id: 'code-1', name: 'Framing', colour: '#aa3300' }],
        codings: [{ id: 'coding-1', code: 'code-1', target, created: T0 }],
      },
    });
    const aside = (state: AppState) =>
      selectAside(state, selectRequest(state)?.ids ?? []).map((i) => [
        i.reason,
        i.notes.map((n) => n.text),
        i.codes.map((c) => c.code.name),
      ]);
    expect(aside(worked)).toEqual([]);
    const unticked = reduce(worked, { type: 'article-ticked', id: 'a1', ticked: false });
    expect(selectProject(unticked)?.notes).toEqual([]);
    expect(aside(unticked)).toEqual([
      ['On a row with “The Courier” (not ticked now)', ['Both lead with it.'], ['Framing']],
    ]);
    expect(aside({ ...unticked, blind: true })[0]?.[0]).toBe(
      'On a row with an article not ticked now',
    );
    const leftOut = { ...worked, leftOut: { a1: 'probably another story' } };
    expect(aside(leftOut)[0]?.[0]).toBe('On a row with “The Courier” (left out as another story)');
    // A save now would leave them out; ticking the article brings them back, so the save
    // does not go over the project's file unasked, and says what it left out.
    expect(selectWorkLeftOfSave(worked)).toEqual({ notes: 0, codes: 0, backWithTicks: false });
    expect(selectWorkLeftOfSave(unticked)).toEqual({ notes: 1, codes: 1, backWithTicks: true });
    const gone = { ...unticked, items: unticked.items.filter((i) => i.id !== 'a1') };
    expect(selectWorkLeftOfSave(gone)).toEqual({ notes: 1, codes: 1, backWithTicks: false });
    const saved = reduce(unticked, {
      type: 'project-saved',
      document: { name: 'bridge.news-compare.json', id: null },
      workbench: unticked.workbench,
      settings: settingsKey(unticked),
      leftOut: { notes: 1, codes: 1 },
    });
    expect(selectNotice(saved)).toBe(
      'Saved bridge.news-compare.json, without 1 note and 1 code on rows of articles not ticked now (the Notes tab keeps them; tick those articles and save to keep them in a project).',
    );
    // Ticked again, the notes are on their rows: the save's "without" no longer holds, and
    // the status line stops saying it (unticked again, the work is as saved once more).
    const ticked = reduce(saved, { type: 'article-ticked', id: 'a1', ticked: true });
    expect(selectDirty(ticked)).toBe(true);
    expect(selectNotice(ticked)).toBeNull();
    expect(
      selectNotice(reduce(ticked, { type: 'article-ticked', id: 'a1', ticked: false })),
    ).toMatch(/^Saved bridge.news-compare.json, without 1 note/u);
    const edited = reduce(saved, {
      type: 'workbench-edited',
      workbench: { ...saved.workbench, story: 'Bridge' },
    });
    expect(selectNotice(edited)).toBeNull();
    // One article ticked: nothing is compared, and the ticked one is not called unticked.
    const alone = reduce(unticked, { type: 'article-ticked', id: 'a2', ticked: false });
    expect(aside(alone)[0]?.[0]).toMatch(
      /^On a row with “[^”]+” \(ticked, with too few others to compare\) and “The Courier” \(not ticked now\)$/u,
    );
  });

  it('should name a comparison in the recent list by its base as the reader titled it', () => {
    const start = loaded();
    const detected = selectComparisonTitle(start);
    expect(detected).toBe(start.items[0]?.article.title);
    const titled = reduce(start, {
      type: 'workbench-edited',
      workbench: { ...start.workbench, details: { a0: { title: 'The bridge reopens' } } },
    });
    expect(selectComparisonTitle(titled)).toBe('The bridge reopens');
  });

  it('should keep at most MAX_UNDO edits to undo', () => {
    let state = loaded();
    for (let i = 0; i < MAX_UNDO + 5; i++) {
      state = reduce(state, { type: 'workbench-edited', workbench: named(state, `O${i}`) });
    }
    expect(state.past).toHaveLength(MAX_UNDO);
  });

  it('should say when work is unsaved: edits always, settings once a project is saved', () => {
    const start = loaded();
    expect(selectDirty(start)).toBe(false);
    // Untitled: ticking and base are no work of their own.
    expect(selectDirty(reduce(start, { type: 'base-chosen', id: 'a2' }))).toBe(false);
    const edited = reduce(start, { type: 'workbench-edited', workbench: named(start, 'Herald') });
    expect(selectDirty(edited)).toBe(true);
    expect(selectDirty(reduce(edited, { type: 'undo' }))).toBe(false);
    const saved = reduce(edited, savedAction(edited));
    expect(selectDirty(saved)).toBe(false);
    expect(selectNotice(saved)).toBe('Saved bridge.news-compare.json.');
    expect(selectDirty(reduce(saved, { type: 'base-chosen', id: 'a2' }))).toBe(true);
    expect(
      selectDirty(reduce(saved, { type: 'option-changed', key: 'ignoreCase', value: true })),
    ).toBe(true);
    // An edit made while the save was under way stays unsaved.
    const during = reduce(edited, { type: 'workbench-edited', workbench: named(edited, 'H2') });
    expect(
      selectDirty(
        reduce(during, {
          type: 'project-saved',
          document: { name: 'b.json', id: null },
          workbench: edited.workbench,
          settings: settingsKey(edited),
          leftOut: { notes: 0, codes: 0 },
        }),
      ),
    ).toBe(true);
  });

  it('should open a project in place of the library and the work, clean and without history', () => {
    let project = bridgeProject();
    project = ok(setDetails(project, 1, { outlet: 'Courier', url: 'https://c.example/a' })).project;
    project = ok(setBase(project, 2)).project;
    project = ok(setIncluded(project, 1, true)).project;
    project = ok(
      setLexicon(project, { name: 'mine.json', content: '{"verbs":{"conceding":["owned up"]}}' }),
    ).project;
    project = { ...project, diff: { ...project.diff, ignoreCase: true } };
    const row = rowAnchor(compareProject(project), 1);
    project = ok(addNote(project, row!, 'A note.', T0)).project;
    const before = reduce(loaded(), { type: 'workbench-edited', workbench: named(loaded(), 'X') });
    const opened = reduce(before, {
      type: 'project-opened',
      project,
      document: { name: 'bridge.news-compare.json', id: 'f1' },
    });
    expect(opened.items.map((i) => i.id)).toEqual(['a3', 'a4', 'a5']);
    expect(opened.items[1]?.url).toBeNull();
    expect(opened.selected).toEqual(['a3', 'a4', 'a5']);
    expect(opened.baseId).toBe('a5');
    expect(opened.included).toEqual(['a4']);
    expect(opened.options.ignoreCase).toBe(true);
    expect(opened.lexicon?.name).toBe('mine.json');
    expect(opened.workbench.details).toEqual({
      a4: { outlet: 'Courier', url: 'https://c.example/a' },
    });
    expect(opened.workbench.notes.map((n) => n.text)).toEqual(['A note.']);
    expect(opened.past).toEqual([]);
    expect(selectDirty(opened)).toBe(false);
    expect(opened.document).toEqual({ name: 'bridge.news-compare.json', id: 'f1' });
    // Its project is the one opened, and the request compares its articles with its details.
    expect(selectProject(opened)).toEqual(project);
    expect(selectRequest(opened)?.articles[1]?.outlet).toBe('Courier');
  });

  /** The state a reload brings back from the session kept of `state`. */
  function reloaded(state: AppState, saved: boolean): AppState {
    const text = serializeSession(
      {
        items: state.items,
        selected: state.selected,
        baseId: state.baseId,
        included: state.included,
        options: state.options,
        lexicon: null,
        workbench: state.workbench,
        flagged: state.flagged,
        readerHid: state.readerHid,
        readerShowed: state.readerShowed,
        columns: state.columns,
        blind: state.blind,
        document: state.document,
        saved,
      },
      T0,
    );
    const session = parseSession(text.ok ? text.text : '', 'kept');
    if (!session.ok) {
      throw new Error(session.message);
    }
    return reduce(initialState('light', null), {
      type: 'session-restored',
      session: session.session,
      documentId: null,
    });
  }

  it('should bring back unsaved work of the last session, still unsaved', () => {
    const state = reduce(loaded(), { type: 'article-ticked', id: 'a1', ticked: false });
    const edited = reduce(state, { type: 'workbench-edited', workbench: named(state, 'Herald') });
    const back = reloaded({ ...edited, flagged: {}, document: null }, false);
    expect(back.items).toHaveLength(3);
    expect(back.selected).toEqual(['a0', 'a2']);
    expect(back.workbench.details).toEqual({ a0: { outlet: 'Herald' } });
    expect(selectDirty(back)).toBe(true);
    expect(back.notice).toMatch(/unsaved work from the last session is back/u);
  });

  it('should bring back saved work of the last session as saved, what was left out still out', () => {
    const flagged = namedWithOneLeftOut();
    const saved = reduce(flagged, savedAction(flagged));
    const back = reloaded(saved, true);
    expect(back.workbench.details).toEqual({ a0: { outlet: 'Herald' } });
    expect(back.leftOut).toEqual({ a2: 'another story' });
    expect(selectProject(back)?.articles).toHaveLength(2);
    expect(selectDirty(back)).toBe(false);
    expect(back.document).toEqual({ name: 'bridge.news-compare.json', id: null });
    expect(back.notice).toBe(
      'Your work from the last session is back, as saved in bridge.news-compare.json.',
    );
  });

  it('should stay blind over a reload, so that no outlet is named to the class', () => {
    const blind = reduce(loaded(), { type: 'blind-toggled' });
    expect(reloaded(blind, false).blind).toBe(true);
    expect(reloaded(loaded(), false).blind).toBe(false);
    // A project opened leaves the mode as it is.
    const opened = reduce(blind, {
      type: 'project-opened',
      project: selectSavedProject(blind)!,
      document: { name: 'bridge.news-compare.json', id: null },
    });
    expect(opened.blind).toBe(true);
  });

  it('should keep the columns the reader hid in the project saved, and bring them back', () => {
    const start = loaded();
    // The reader unticks #2 (a1) under Columns; a0 is the base.
    const hid = reduce(start, {
      type: 'columns-chosen',
      shown: { a0: true, a1: false, a2: true },
      clicked: { id: 'a1', show: false },
    });
    expect(selectSavedProject(hid)?.hidden).toEqual([1]);
    expect(selectProject(hid)?.hidden).toBeUndefined();
    const saved = reduce(hid, savedAction(hid));
    expect(selectDirty(saved)).toBe(false);
    // Showing it again is a change the file would keep: unsaved.
    const shownAgain = reduce(saved, {
      type: 'columns-chosen',
      shown: { a0: true, a1: true, a2: true },
      clicked: { id: 'a1', show: true },
    });
    expect(selectDirty(shownAgain)).toBe(true);
    // The project file reopened, and the page reloaded: #2 is still hidden, and clean.
    const opened = reduce(loaded(), {
      type: 'project-opened',
      project: selectSavedProject(hid)!,
      document: { name: 'bridge.news-compare.json', id: null },
    });
    expect(opened.readerHid).toEqual(['a4']);
    expect(opened.columns).toEqual({ a4: false });
    expect(selectDirty(opened)).toBe(false);
    const back = reloaded(saved, true);
    expect(back.readerHid).toEqual(['a1']);
    expect(back.columns).toEqual({ a0: true, a1: false, a2: true });
    expect(selectDirty(back)).toBe(false);
    expect(selectSavedProject(back)).toEqual(selectSavedProject(hid));
  });

  it('should keep the columns the reader showed by hand in the project saved, and bring them back', () => {
    const start = loaded();
    // The reader ticks #3 (a2), beyond the window's width, under Columns.
    const showed = reduce(start, {
      type: 'columns-chosen',
      shown: { a0: true, a1: true, a2: true },
      clicked: { id: 'a2', show: true },
    });
    const file = selectSavedProject(showed)!;
    expect([file.shown, file.hidden]).toEqual([[2], undefined]);
    expect(JSON.parse(serializeProject(file))).toMatchObject({ version: 3, shown: [2] });
    const saved = reduce(showed, savedAction(showed));
    expect(selectDirty(saved)).toBe(false);
    // Hiding it again is a change the file would keep: unsaved.
    const hidAgain = reduce(saved, {
      type: 'columns-chosen',
      shown: { a0: true, a1: true, a2: false },
      clicked: { id: 'a2', show: false },
    });
    expect(selectDirty(hidAgain)).toBe(true);
    expect([selectSavedProject(hidAgain)?.shown, selectSavedProject(hidAgain)?.hidden]).toEqual([
      undefined,
      [2],
    ]);
    // The project file reopened, and the page reloaded: #3 is shown, whatever the width.
    const opened = reduce(loaded(), {
      type: 'project-opened',
      project: file,
      document: { name: 'bridge.news-compare.json', id: null },
    });
    expect([opened.readerShowed, opened.columns]).toEqual([['a5'], { a5: true }]);
    expect(selectDirty(opened)).toBe(false);
    expect(selectSavedProject(opened)).toEqual(file);
    const back = reloaded(saved, true);
    expect([back.readerShowed, back.columns]).toEqual([['a2'], { a0: true, a1: true, a2: true }]);
    expect(selectDirty(back)).toBe(false);
  });

  it('should open a file that lists the base among the columns hidden or shown, and not write it again', () => {
    for (const columns of [{ hidden: [0, 2] }, { shown: [0, 2] }]) {
      const text = serializeProject({ ...bridgeProject(), ...columns });
      const parsed = parseProject(text, 'bridge.news-compare.json');
      expect(parsed.ok).toBe(true);
      const opened = reduce(loaded(), {
        type: 'project-opened',
        project: parsed.ok ? parsed.project : bridgeProject(),
        document: { name: 'bridge.news-compare.json', id: null },
      });
      // The base (#1) is a column all the same; saved, only the other article is listed.
      expect(selectSavedProject(opened)).toMatchObject(
        'hidden' in columns ? { hidden: [2] } : { shown: [2] },
      );
    }
  });

  it('should keep the article left out as another story in the project saved, to leave it out again', () => {
    const flagged = namedWithOneLeftOut();
    const project = selectSavedProject(flagged)!;
    expect(project.articles.map((a) => a.file)).toEqual(flagged.items.map((i) => i.article.file));
    expect(project.articles).toHaveLength(3);
    // Not included: the comparison of the project reopened leaves it out again.
    expect(project.include).toEqual([]);
    expect(selectProject(flagged)?.articles).toHaveLength(2);
    const saved = reduce(flagged, savedAction(flagged));
    expect(selectDirty(saved)).toBe(false);
    const opened = reduce(loaded(), {
      type: 'project-opened',
      project,
      document: { name: 'bridge.news-compare.json', id: null },
    });
    expect(opened.selected).toEqual(['a3', 'a4', 'a5']);
    expect(selectRequest(opened)?.ids).toEqual(['a3', 'a4', 'a5']);
    // Once its comparison leaves the article out again, the work is as saved: not unsaved,
    // and saved again it is the same project.
    const leftOutAgain = {
      ...opened,
      leftOut: { a5: 'another story' },
      flagged: { a5: 'another story' },
    };
    expect(selectDirty(leftOutAgain)).toBe(false);
    expect(selectSavedProject(leftOutAgain)).toEqual(project);
  });

  it('should ask for a new comparison when details or corrections change, not notes', () => {
    const start = loaded();
    const key = selectRequest(start)?.key;
    const renamed = reduce(start, { type: 'workbench-edited', workbench: named(start, 'Herald') });
    expect(selectRequest(renamed)?.key).not.toBe(key);
    const linked = reduce(start, {
      type: 'workbench-edited',
      workbench: {
        ...start.workbench,
        manual: { links: [{ a: 'a0', paragraphA: 0, b: 'a2', paragraphB: 0 }], unlinks: [] },
      },
    });
    expect(selectRequest(linked)?.key).not.toBe(key);
    expect(selectRequest(linked)?.options.manual?.links).toEqual([
      { a: 0, paragraphA: 0, b: 2, paragraphB: 0 },
    ]);
    const noted = reduce(start, {
      type: 'workbench-edited',
      workbench: {
        ...EMPTY_WORKBENCH,
        notes: [
          {
            id: 'note-1',
            target: { kind: 'row', paragraphs: [{ item: 'a0', paragraph: 0 }] },
            text: 'x',
            created: T0,
            updated: T0,
          },
        ],
      },
    });
    expect(selectRequest(noted)?.key).toBe(key);
  });
});
