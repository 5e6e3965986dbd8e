import { describe, expect, it } from 'vitest';
import { testArticle } from '../../shared/testing/article';
import {
  appReducer,
  initialState,
  selectRequest,
  selectStatus,
  type AppAction,
  type AppState,
} from './app-state';

const reduce = (state: AppState, ...actions: AppAction[]): AppState =>
  actions.reduce(appReducer, state);

const start = initialState('light', null);

describe('appReducer', () => {
  it('should number added articles and tick the sample story', () => {
    const state = reduce(start, {
      type: 'articles-added',
      articles: [
        testArticle('one.txt', ['One.']),
        testArticle('two.txt', ['Two.']),
        testArticle('three.txt', ['Three.']),
      ],
      errors: [],
      source: 'sample',
    });
    expect(state.items.map((i) => i.id)).toEqual(['a0', 'a1', 'a2']);
    expect(state.selected).toEqual(['a0', 'a1', 'a2']);
  });

  it('should ask for a comparison of the ticked articles, keyed by articles, base and options', () => {
    const state = reduce(start, {
      type: 'articles-added',
      articles: [
        testArticle('one.txt', ['One.']),
        testArticle('two.txt', ['Two.']),
        testArticle('three.txt', ['Three.']),
      ],
      errors: [],
      source: 'sample',
    });
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
    const failed = reduce(state, {
      type: 'compared',
      key: request?.key ?? '',
      answer: { ok: false, message: 'Too few words.' },
    });
    expect(selectStatus(failed, request)).toBe('Too few words.');
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
});
