import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../util/random';
import { randomTexts } from '../testing/random-texts';
import { WORD_PATTERN } from '../text/tokenize';
import {
  dot,
  quotedPassages,
  quotedRanges,
  sharedCount,
  sharedWeight,
  sortedIds,
  sublinear,
  tfidfCosine,
  tfidfVector,
  type SparseVector,
} from './features';

describe('shared ids of two ascending id arrays', () => {
  const a = Int32Array.from([1, 3, 5, 8, 13]);
  const b = Int32Array.from([2, 3, 8, 9, 13, 21]);

  it('should count the ids both hold', () => {
    expect(sharedCount(a, b)).toBe(3);
    expect(sharedCount(a, new Int32Array())).toBe(0);
  });

  it('should sum the weight of the ids both hold, and only theirs', () => {
    expect(sharedWeight(a, b, (id) => id * 10)).toBe(30 + 80 + 130);
    expect(sharedWeight(b, a, (id) => id * 10)).toBe(240);
    expect(sharedWeight(a, Int32Array.from([2, 4, 21]), () => 1)).toBe(0);
  });
});

describe('tfidfCosine', () => {
  it('should be the dot product of the two tf-idf vectors of two counts, to the last bit', () => {
    const random = mulberry32(11);
    const counts = (): SparseVector => {
      const ids = [...new Set(Array.from({ length: 40 }, () => Math.floor(random() * 60)))].sort(
        (x, y) => x - y,
      );
      return {
        ids: Int32Array.from(ids),
        weights: Float64Array.from(ids, () => 1 + Math.floor(random() * 4)),
      };
    };
    const idf = (id: number) => 0.3 + ((id * 7919) % 13) / 5;
    for (let run = 0; run < 50; run++) {
      const a = counts();
      const b = counts();
      expect(tfidfCosine(sublinear(a), sublinear(b), idf)).toBe(
        dot(tfidfVector(a, idf), tfidfVector(b, idf)),
      );
    }
    const none: SparseVector = { ids: new Int32Array(), weights: new Float64Array() };
    expect(tfidfCosine(none, sublinear(counts()), idf)).toBe(0);
    // A zero idf leaves the vectors unscaled (they are zero).
    const a = counts();
    expect(tfidfCosine(sublinear(a), sublinear(a), () => 0)).toBe(
      dot(
        tfidfVector(a, () => 0),
        tfidfVector(a, () => 0),
      ),
    );
  });
});

describe('sortedIds', () => {
  it("should give a set's ids, or a map's keys, in ascending order", () => {
    expect([...sortedIds(new Set([30, 2, 17, 5]))]).toEqual([2, 5, 17, 30]);
    expect([
      ...sortedIds(
        new Map([
          [9, 'a'],
          [1, 'b'],
        ]),
      ),
    ]).toEqual([1, 9]);
    expect(sortedIds(new Set())).toHaveLength(0);
  });
});

describe('quotedRanges', () => {
  it("should place each quoted passage, whose words are the text's words that start inside it", () => {
    const alphabet = [
      'a',
      'Bc',
      "'",
      '’',
      '‘',
      '"',
      '“',
      '”',
      '«',
      '»',
      ' ',
      '(',
      ')',
      '.',
      ',',
      '3',
      'é',
    ];
    const words = (text: string, from = 0, to = text.length) =>
      [...text.matchAll(WORD_PATTERN)]
        .filter((m) => m.index >= from && m.index < to)
        .map((m) => `${m.index - from}:${m[0]}`);
    let found = 0;
    for (const text of randomTexts(alphabet, { seed: 15, count: 20000, maxPieces: 30 })) {
      const ranges = quotedRanges(text);
      expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(quotedPassages(text));
      const quoted =
        /["“”„«»]([^"“”„«»]{8,})["“”„«»]|(?:^|[\s(])[‘']([^‘’']{8,})[’'](?=$|[\s.,;:!?)])/gu;
      expect(quotedPassages(text)).toEqual([...text.matchAll(quoted)].map((m) => m[1] ?? m[2]));
      found += ranges.length;
      for (const { start, end } of ranges) {
        expect(words(text, start, end), JSON.stringify(text)).toEqual(
          words(text.slice(start, end)),
        );
      }
    }
    expect(found).toBeGreaterThan(1000);
  });
});
