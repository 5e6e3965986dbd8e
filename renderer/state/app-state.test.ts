import { describe, expect, it } from 'vitest';
import { testArticle } from '../../shared/testing/article';
import { analyzeComparison } from '../../shared/analysis/analyze';
import { compareArticles } from '../../shared/compare';
import { paraIndex, type Comparison } from '../../shared/model';
import type { ViewModel } from '../../shared/view-model/view-model';
import {
  appReducer,
  initialState,
  selectAnalysis,
  selectChosen,
  selectCurrentAnalysis,
  selectHidden,
  selectLeftOut,
  selectRequest,
  selectShownByHand,
  selectStatus,
  type AppAction,
  type AppState,
} from './app-state';

const reduce = (state: AppState, ...actions: AppAction[]): AppState =>
  actions.reduce(appReducer, state);

const start = initialState('light', null);

/** The start with three short articles added as the sample story. */
const withSample = (): AppState =>
  reduce(start, {
    type: 'articles-added',
    articles: [
      testArticle('one.txt', ['One.']),
      testArticle('two.txt', ['Two.']),
      testArticle('three.txt', ['Three.']),
    ],
    errors: [],
    source: 'sample',
  });

/**
 * The state once the engine answered its request flagging article `k` (of the request) as
 * another story or event, with these similarities; and the comparison it answered.
 */
function flagged(
  state: AppState,
  k: number,
  reason: 'another-story' | 'another-event',
  similarity: number[][],
): { readonly out: AppState; readonly comparison: Comparison } {
  const request = selectRequest(state);
  if (!request) {
    throw new Error('two or more articles make a request');
  }
  const comparison = {
    offTopic: [k],
    offTopicReasons: [{ article: k, reason }],
    similarity,
  } as unknown as Comparison;
  const out = appReducer(state, {
    type: 'compared',
    request,
    answer: { ok: true, comparison, model: {} as ViewModel },
  });
  return { out, comparison };
}

describe('appReducer', () => {
  it('should number added articles and tick the sample story', () => {
    const state = withSample();
    expect(state.items.map((i) => i.id)).toEqual(['a0', 'a1', 'a2']);
    expect(state.selected).toEqual(['a0', 'a1', 'a2']);
  });

  it('should ask for a comparison of the ticked articles, keyed by articles, base and options', () => {
    const state = withSample();
    const before = selectRequest(state);
    expect(before?.options.base).toBe(0);
    const based = reduce(state, { type: 'base-chosen', id: 'a2' });
    expect(selectRequest(based)?.options.base).toBe(2);
    expect(selectRequest(based)?.key).not.toBe(before?.key);
    const fewer = reduce(
      state,
      { type: 'article-ticked', id: 'a0', ticked: false },
      { type: 'article-ticked', id: 'a1', ticked: false },
    );
    expect(selectRequest(fewer)).toBeNull();
    expect(selectStatus(fewer, null)).toBe('Tick two or more articles to compare them.');
  });

  it('should say a comparison is under way until the answer to this very request comes', () => {
    const state = reduce(start, {
      type: 'articles-added',
      articles: [testArticle('one.txt', ['One.']), testArticle('two.txt', ['Two.'])],
      errors: [],
      source: 'sample',
    });
    const request = selectRequest(state);
    expect(selectStatus(state, request)).toBe('Comparing 2 articles…');
    if (!request) {
      throw new Error('two articles make a request');
    }
    const failed = reduce(state, {
      type: 'compared',
      request,
      answer: { ok: false, message: 'Too few words.' },
    });
    expect(selectStatus(failed, request)).toBe('Too few words.');
  });

  it('should name the row a moved paragraph stands in as the comparison asked for shows it', () => {
    const state = reduce(start, {
      type: 'articles-added',
      articles: [testArticle('one.txt', ['One.', 'Two.']), testArticle('two.txt', ['A.', 'B.'])],
      errors: [],
      source: 'sample',
    });
    const request = selectRequest(state);
    if (!request) {
      throw new Error('two articles make a request');
    }
    // The correction was made in a comparison where row 2 was the target; the engine's new
    // alignment puts the paragraph in the third row.
    const moved = reduce(state, {
      type: 'workbench-edited',
      workbench: state.workbench,
      notice: {
        before: 'Moved paragraph 2 of #2 to row',
        item: 'a1',
        paragraph: paraIndex(1),
        otherwise: 'Moved paragraph 2 of #2.',
      },
    });
    expect(selectStatus(moved, request)).toBe('Comparing 2 articles…');
    const comparison = (rows: number[][][]): Comparison =>
      ({
        offTopic: [],
        offTopicReasons: [],
        rows: rows.map((cells) => ({ cells })),
      }) as unknown as Comparison;
    const answered = (c: Comparison): AppState =>
      reduce(moved, {
        type: 'compared',
        request,
        answer: { ok: true, comparison: c, model: {} as ViewModel },
      });
    const shown = answered(
      comparison([
        [[0], []],
        [[], [0]],
        [[1], [1]],
      ]),
    );
    expect(selectStatus(shown, request)).toBe('Moved paragraph 2 of #2 to row 3.');
    const nowhere = answered(
      comparison([
        [[0], [0]],
        [[1], []],
      ]),
    );
    expect(selectStatus(nowhere, request)).toBe('Moved paragraph 2 of #2.');
    // Words after the row's number come before the full stop.
    const beside = reduce(shown, {
      type: 'workbench-edited',
      workbench: shown.workbench,
      notice: {
        before: 'Moved paragraph 2 of #2 to row',
        after: ', beside its paragraph 1 already there',
        item: 'a1',
        paragraph: paraIndex(1),
        otherwise: 'Moved paragraph 2 of #2.',
      },
    });
    expect(selectStatus(beside, request)).toBe(
      'Moved paragraph 2 of #2 to row 3, beside its paragraph 1 already there.',
    );
  });

  it('should step through differences with wrap-around and open the presentation on the first', () => {
    const state = reduce(
      start,
      { type: 'stepped', direction: -1, count: 3 },
      { type: 'stepped', direction: 1, count: 3 },
    );
    expect(state.current).toBe(0);
    const presenting = reduce(start, { type: 'presentation-opened' });
    expect([presenting.presenting, presenting.current]).toEqual([true, 0]);
  });

  it('should keep the lexicon in use when a bad file is read', () => {
    const state = reduce(start, {
      type: 'lexicon-read',
      result: { ok: false, message: 'bad.json: not JSON' },
    });
    expect([state.lexicon, state.lexiconError]).toEqual([null, 'bad.json: not JSON']);
  });

  it('should hand an export only the analyses made with the lexicon in use', () => {
    const comparison = compareArticles([
      testArticle('one.txt', ['The council met.']),
      testArticle('two.txt', ['The council met today.']),
    ]);
    const analysis = analyzeComparison(comparison);
    const lexicon = { name: 'mine.json', terms: 1, additions: {} };
    const analyzed = reduce(start, {
      type: 'analyzed',
      comparison,
      lexicon: null,
      answer: { ok: true, analysis },
    });
    expect(selectCurrentAnalysis(analyzed, comparison)).toBe(analysis);
    expect(selectCurrentAnalysis(analyzed, { ...comparison })).toBeNull();
    const newLexicon = reduce(analyzed, {
      type: 'lexicon-read',
      result: { ok: true, lexicon },
    });
    // The panel keeps the last analyses until the new ones come; an export does not use them.
    expect(selectAnalysis(newLexicon, comparison)?.ok).toBe(true);
    expect(selectCurrentAnalysis(newLexicon, comparison)).toBeNull();
    const reanalyzed = reduce(newLexicon, {
      type: 'analyzed',
      comparison,
      lexicon,
      answer: { ok: true, analysis },
    });
    expect(selectCurrentAnalysis(reanalyzed, comparison)).toBe(analysis);
  });

  it('should list a file once, and tick what the user just opened', () => {
    const sample = withSample();
    const opened = reduce(sample, {
      type: 'articles-added',
      articles: [testArticle('four.txt', ['Four.']), testArticle('five.txt', ['Five.'])],
      errors: [],
      source: 'user',
    });
    expect(opened.selected).toEqual(['a3', 'a4']);
    const one = reduce(opened, {
      type: 'articles-added',
      articles: [testArticle('six.txt', ['Six.'])],
      errors: [],
      source: 'user',
    });
    expect(one.selected).toEqual(['a3', 'a4', 'a5']);
    const again = reduce(one, {
      type: 'articles-added',
      articles: [testArticle('one.txt', ['One.']), testArticle('two.txt', ['Two.'])],
      errors: [],
      source: 'sample',
    });
    expect(again.items).toHaveLength(6);
    expect(again.selected).toEqual(['a0', 'a1']);
    expect(again.notice).toBe('2 articles were already in the library.');
  });

  it('should say one message per file, the latest opening of it replacing the older', () => {
    const problem = (file: string, detail: string) =>
      ({ code: 'EMPTY', file, message: `${file}: ${detail}.` }) as const;
    const opened = (...errors: ReturnType<typeof problem>[]): AppAction => ({
      type: 'articles-added',
      articles: [],
      errors,
      source: 'user',
    });
    const state = reduce(
      withSample(),
      opened(problem('empty.txt', 'the file is empty'), problem('binary.txt', 'binary')),
      opened(problem('whitespace.txt', 'no text')),
      opened(problem('empty.txt', 'still empty'), problem('binary.txt', 'binary')),
    );
    expect(state.errors.map((e) => e.message)).toEqual([
      'whitespace.txt: no text.',
      'empty.txt: still empty.',
      'binary.txt: binary.',
    ]);
    // Loaded at last, a file has nothing more to say; one click dismisses the rest.
    const loaded = reduce(state, {
      type: 'articles-added',
      articles: [testArticle('empty.txt', ['Now written.'])],
      errors: [],
      source: 'user',
    });
    expect(loaded.errors.map((e) => e.file)).toEqual(['whitespace.txt', 'binary.txt']);
    expect(reduce(loaded, { type: 'errors-dismissed' }).errors).toEqual([]);
  });

  it('should remove an article from the library and the selection', () => {
    const state = reduce(
      start,
      {
        type: 'articles-added',
        articles: [testArticle('one.txt', ['One.']), testArticle('two.txt', ['Two.'])],
        errors: [],
        source: 'sample',
      },
      { type: 'base-chosen', id: 'a1' },
      { type: 'article-removed', id: 'a1', name: 'two' },
    );
    expect(state.items.map((i) => i.id)).toEqual(['a0']);
    expect([state.selected, state.baseId]).toEqual([['a0'], null]);
  });

  it('should not keep saying what an earlier step did once the reader takes another', () => {
    const removed = reduce(withSample(), { type: 'article-removed', id: 'a2', name: 'three' });
    expect(removed.notice).toBe('Removed “three” from the library; Undo brings it back.');
    // The engine's answer and looking about leave the message; a step of the reader's ends it.
    expect(reduce(removed, { type: 'query-changed', query: 'tw' }).notice).toBe(removed.notice);
    expect(reduce(removed, { type: 'view-switched', key: 'blind', value: true }).notice).toBe(
      removed.notice,
    );
    expect(reduce(removed, { type: 'article-ticked', id: 'a1', ticked: false }).notice).toBeNull();
    expect(
      reduce(removed, { type: 'option-changed', key: 'ignoreCase', value: true }).notice,
    ).toBeNull();
    expect(reduce(removed, { type: 'base-chosen', id: 'a1' }).notice).toBeNull();
    const edited = reduce(removed, {
      type: 'workbench-edited',
      workbench: { ...removed.workbench, story: 'Bridge' },
    });
    expect(edited.notice).toBeNull();
    // A step that says something says its own message.
    const told = reduce(removed, {
      type: 'workbench-edited',
      workbench: { ...removed.workbench, story: 'Bridge' },
      notice: 'Story named.',
    });
    expect(told.notice).toBe('Story named.');
  });

  it('should leave an article flagged as another story out, with the reason, until included', () => {
    const { out, comparison: flaggedTwo } = flagged(withSample(), 2, 'another-story', [
      [1, 0.4, 0.1],
      [0.4, 1, 0.08],
      [0.1, 0.08, 1],
    ]);
    expect(out.comparison).toBeNull();
    expect(selectChosen(out).map((i) => i.id)).toEqual(['a0', 'a1']);
    expect(selectLeftOut(out).map((l) => [l.item.id, l.reason])).toEqual([
      [
        'a2',
        'probably another story (at most 10% in common with the others; they share 40%–40% with each other)',
      ],
    ]);
    const back = reduce(out, { type: 'article-included', id: 'a2' });
    expect(selectChosen(back).map((i) => i.id)).toEqual(['a0', 'a1', 'a2']);
    // The engine is told to align it all the same.
    expect(selectRequest(back)?.options.include).toEqual([2]);
    // Flagged again once included: it stays in.
    const request3 = selectRequest(back);
    if (!request3) {
      throw new Error('three articles make a request');
    }
    const shown = reduce(back, {
      type: 'compared',
      request: request3,
      answer: { ok: true, comparison: flaggedTwo, model: {} as ViewModel },
    });
    expect(shown.comparison).toBe(flaggedTwo);
  });

  it('should keep the base when an article first in the library is included, and leave it out again', () => {
    const similarity = [
      [1, 0.2, 0.2],
      [0.2, 1, 0.5],
      [0.2, 0.5, 1],
    ];
    const { out } = flagged(withSample(), 0, 'another-event', similarity);
    expect(selectRequest(out)?.ids).toEqual(['a1', 'a2']);
    // Included, it joins the comparison; the rows still follow the base they followed.
    const back = reduce(out, { type: 'article-included', id: 'a0' });
    expect(selectRequest(back)?.ids).toEqual(['a0', 'a1', 'a2']);
    expect(selectRequest(back)?.options.base).toBe(1);
    // A base chosen and then unticked does not bring the included article in as the base.
    const four = reduce(
      out,
      {
        type: 'articles-added',
        articles: [testArticle('four.txt', ['Four.'])],
        errors: [],
        source: 'user',
      },
      { type: 'article-ticked', id: 'a1', ticked: true },
      { type: 'article-ticked', id: 'a2', ticked: true },
      { type: 'base-chosen', id: 'a3' },
      { type: 'article-ticked', id: 'a3', ticked: false },
    );
    const flaggedAgain = flagged(four, 0, 'another-event', similarity).out;
    expect(flaggedAgain.baseId).toBe('a3');
    const staleBase = reduce(flaggedAgain, { type: 'article-included', id: 'a0' });
    expect(selectRequest(staleBase)?.options.base).toBe(1);
    // Left out again by the reader, for the reason it was flagged.
    const again = reduce(back, { type: 'article-left-out', id: 'a0' });
    expect(selectRequest(again)?.ids).toEqual(['a1', 'a2']);
    expect(again.included).toEqual([]);
    expect(selectLeftOut(again).map((l) => [l.item.id, l.reason])).toEqual([
      ['a0', out.leftOut.a0],
    ]);
    // Included in a project opened from its file, which does not say why it was flagged:
    // judged afresh, it is left out with the engine's reason.
    const opened = reduce({ ...back, flagged: {} }, { type: 'article-left-out', id: 'a0' });
    expect(opened.included).toEqual([]);
    const rejudged = flagged(opened, 0, 'another-event', similarity).out;
    expect(selectLeftOut(rejudged).map((l) => [l.item.id, l.reason])).toEqual([
      ['a0', out.leftOut.a0],
    ]);
    // Removing an article judges afresh which of the others are left out.
    const removed = reduce(out, { type: 'article-removed', id: 'a2', name: 'three' });
    expect(selectLeftOut(removed)).toEqual([]);
  });

  it('should judge afresh which articles are left out when the ticks change', () => {
    // Two articles of another story are ticked; the sample's articles are ticked one by one.
    const state = reduce(
      withSample(),
      {
        type: 'articles-added',
        articles: [testArticle('four.txt', ['Four.']), testArticle('five.txt', ['Five.'])],
        errors: [],
        source: 'user',
      },
      { type: 'article-ticked', id: 'a0', ticked: true },
    );
    expect(selectRequest(state)?.ids).toEqual(['a0', 'a3', 'a4']);
    // Beside the two others, the first article of the sample is the odd one.
    const { out } = flagged(state, 0, 'another-story', [
      [1, 0.1, 0.1],
      [0.1, 1, 0.6],
      [0.1, 0.6, 1],
    ]);
    expect(selectLeftOut(out).map((l) => l.item.id)).toEqual(['a0']);
    // With a second article of the sample, the first is no longer alone: both are compared.
    const more = reduce(out, { type: 'article-ticked', id: 'a1', ticked: true });
    expect(selectLeftOut(more)).toEqual([]);
    expect(selectRequest(more)?.ids).toEqual(['a0', 'a1', 'a3', 'a4']);
    // Without the other story, the sample is compared on its own.
    const alone = reduce(
      more,
      { type: 'article-ticked', id: 'a3', ticked: false },
      { type: 'article-ticked', id: 'a4', ticked: false },
    );
    expect(selectRequest(alone)?.ids).toEqual(['a0', 'a1']);
    // Should every ticked article be left out (a session of an older version), the status
    // says so, not that one is left.
    const none = { ...withSample(), leftOut: { a0: 'x', a1: 'x', a2: 'x' } };
    expect(selectStatus(none, selectRequest(none))).toBe(
      'Every ticked article is left out as another story: include one, or tick others.',
    );
    // Choosing another base judges afresh too; an included article stays included.
    const included = reduce(
      out,
      { type: 'article-included', id: 'a0' },
      { type: 'base-chosen', id: 'a3' },
    );
    expect([included.included, included.flagged]).toEqual([['a0'], out.flagged]);
    expect(selectRequest(reduce(out, { type: 'base-chosen', id: 'a3' }))?.ids).toEqual([
      'a0',
      'a3',
      'a4',
    ]);
  });

  it('should remember the columns the reader unticked or ticked, apart from those the width hides', () => {
    const choose = (id: string, show: boolean): AppAction => ({
      type: 'columns-chosen',
      // a2 is beyond the window's width: not shown, and not the reader's doing.
      shown: { a0: true, a1: id === 'a1' ? show : true, a2: false },
      clicked: { id, show },
    });
    const hid = reduce(withSample(), choose('a1', false));
    expect(hid.readerHid).toEqual(['a1']);
    expect(hid.columns).toEqual({ a0: true, a1: false, a2: false });
    expect(hid.readerShowed).toEqual([]);
    // Ticked again, it is as before: not one shown by hand (nothing a file keeps).
    const back = reduce(hid, choose('a1', true));
    expect([back.readerHid, back.readerShowed]).toEqual([[], []]);
    expect([selectHidden(back), selectShownByHand(back)]).toEqual([[], []]);
    // One beyond the width ticked is shown by hand; hidden, then ticked again, it still is.
    const showed = reduce(withSample(), choose('a2', true));
    expect(selectShownByHand(showed)).toEqual(['a2']);
    const hidden = reduce(showed, choose('a2', false));
    expect([selectHidden(hidden), selectShownByHand(hidden)]).toEqual([['a2'], []]);
    const again = reduce(hidden, choose('a2', true));
    expect([selectHidden(again), selectShownByHand(again)]).toEqual([[], ['a2']]);
  });

  it('should move one slide (row) at a time in the presentation', () => {
    const starts = [0, 2, 5];
    const at = (current: number, to: 'next' | 'previous' | 'first' | 'last') =>
      appReducer({ ...start, current }, { type: 'slide-moved', to, starts }).current;
    expect([at(0, 'next'), at(3, 'next'), at(5, 'next'), at(3, 'previous'), at(3, 'last')]).toEqual(
      [2, 5, 5, 0, 5],
    );
  });
});
