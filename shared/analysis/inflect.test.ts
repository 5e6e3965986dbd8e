import { describe, expect, it } from 'vitest';
import { nounForms, termForms, verbForms } from './inflect';

describe('inflection tables', () => {
  it('should conjugate regular and irregular verbs', () => {
    expect(verbForms('say')).toEqual(expect.arrayContaining(['say', 'says', 'said', 'saying']));
    expect(verbForms('admit')).toEqual(expect.arrayContaining(['admits', 'admitted', 'admitting']));
    expect(verbForms('deny')).toEqual(expect.arrayContaining(['denies', 'denied', 'denying']));
    expect(verbForms('argue')).toEqual(expect.arrayContaining(['argues', 'argued', 'arguing']));
    expect(verbForms('write')).toEqual(expect.arrayContaining(['wrote', 'written', 'writing']));
    expect(verbForms('say')).not.toContain('sayed');
  });

  it('should pluralise nouns, irregular ones too', () => {
    expect(nounForms('row')).toEqual(['row', 'rows']);
    expect(nounForms('crisis')).toEqual(['crisis', 'crises']);
    expect(nounForms('scandal')).toEqual(['scandal', 'scandals']);
  });

  it('should inflect the head of a phrase by its part of speech, and leave adjectives as written', () => {
    expect(termForms(['hit', 'back'], 'verb')[1]).toEqual(['back']);
    expect(termForms(['hit', 'back'], 'verb')[0]).toContain('hitting');
    expect(termForms(['war', 'of', 'words'], 'phrase')).toEqual([['war'], ['of'], ['words']]);
    expect(termForms(['disgusting'], 'adjective')).toEqual([['disgusting']]);
  });
});
