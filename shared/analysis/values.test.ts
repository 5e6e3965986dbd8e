import { describe, expect, it } from 'vitest';
import { findValues, mayHoldValue } from './values';

const show = (text: string) => findValues(text).map((v) => `${v.kind}:${v.key}`);

describe('findValues', () => {
  it('should read figures however they are written', () => {
    expect(show('More than 31,000 officers and 1.2 million pounds')).toEqual([
      'number:31000',
      'number:1200000',
    ]);
    expect(show('some 31000 officers, £1.2m, and 45 per cent of them')).toEqual([
      'number:31000',
      'number:1200000',
      'number:45',
    ]);
    expect(show('twenty-five officers and a dozen staff')).toEqual(['number:25', 'number:12']);
  });

  it('should not read pronouns, plurals of numbers, times or parts of words as figures', () => {
    expect(show('one of the officers said tens of thousands came at 14:55')).toEqual([]);
    expect(show('the A14 road and COVID-19 rules')).toEqual([]);
  });

  it('should read dates as dates, not figures', () => {
    expect(show('on Thursday 17 February 2022')).toEqual([
      'date:thursday',
      'date:2-17',
      'date:2022',
    ]);
    expect(show('Feb. 17, 2022 and 2022-02-18 and March 2021')).toEqual([
      'date:2-17',
      'date:2022',
      'date:2-18',
      'date:2022',
      'date:2021-3',
      'date:2021',
    ]);
  });

  it('should read names without titles, acronyms or common words opening a sentence', () => {
    expect(
      show('Officers told Police Commissioner Cressida Dick and Mr O’Connell of the IOPC.'),
    ).toEqual(['name:cressida dick', "name:o'connell"]);
    expect(show('More than half said so. Khan agreed, and so did Sadiq Khan.')).toEqual([
      'name:khan',
      'name:sadiq khan',
    ]);
  });

  it('should read a name the same wherever it stands again, and tell common words by whole words beyond ASCII', () => {
    // "Café" is also written in lower case (a common word); "zoë" only inside "zoë’s-like",
    // which is one word, so it stays a name.
    const text = 'Café Zoë opened. The café owner, Zoë, said Café Zoë would stay, zoë’s-like.';
    expect(show(text)).toEqual(['name:zoe', 'name:zoe', 'name:zoe']);
    expect(show('Khan met Dick; Khan met Dick; khan-like')).toEqual(['name:dick', 'name:dick']);
  });
});

describe('mayHoldValue', () => {
  it('should see capitals, digits and number words, and nothing in plain lower-case words', () => {
    expect(mayHoldValue('on Thursday')).toBe(true);
    expect(mayHoldValue('31,000')).toBe(true);
    expect(mayHoldValue('twenty officers')).toBe(true);
    expect(mayHoldValue('said the officers')).toBe(false);
  });
});
