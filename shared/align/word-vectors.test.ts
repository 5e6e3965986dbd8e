import { describe, expect, it, vi } from 'vitest';
import {
  encodeWordVectors,
  meaningCosine,
  paragraphMeanings,
  parseWordVectors,
  wordVectors,
  type WordVectors,
} from './word-vectors';

/** The meanings of paragraphs given as lists of words with their weights (one weight per word). */
function meaningsOf(
  lists: ReadonlyArray<ReadonlyArray<{ readonly word: string; readonly idf: number }>>,
  vectors?: WordVectors,
): ReadonlyArray<Float32Array | null> {
  const ids = new Map<string, number>();
  const weights: number[] = [];
  const paragraphs = lists.map((list) =>
    list.map(({ word, idf }) => {
      const id = ids.get(word) ?? ids.size;
      ids.set(word, id);
      weights[id] = idf;
      return id;
    }),
  );
  const words = [...ids.keys()];
  return paragraphMeanings(
    { paragraphs, word: (id) => words[id] as string, weight: (id) => weights[id] as number },
    vectors,
  );
}

// Three words in two dimensions: "cat" and "kitten" point the same way, "tax" elsewhere.
const WORDS = ['cat', 'kitten', 'tax'];
const DATA = Int8Array.from([100, 10, 50, 6, -20, 90]);

describe('parseWordVectors', () => {
  it('should read back what encodeWordVectors wrote, finding each word by its row', () => {
    const vectors = parseWordVectors(encodeWordVectors(WORDS, 2, DATA));
    expect(vectors.size).toBe(3);
    expect(vectors.dimensions).toBe(2);
    expect(WORDS.map((w) => vectors.rowOf(w))).toEqual([0, 1, 2]);
    expect(['ca', 'dog', 'taxes', ''].map((w) => vectors.rowOf(w))).toEqual([-1, -1, -1, -1]);
  });

  it('should give unit vectors in the stored direction', () => {
    const vectors = parseWordVectors(encodeWordVectors(WORDS, 2, DATA));
    const tax = vectors.unitVector(2);
    expect(Math.hypot(tax[0]!, tax[1]!)).toBeCloseTo(1, 6);
    expect(tax[0]! / tax[1]!).toBeCloseTo(-20 / 90, 6);
  });

  it('should read back an empty list', () => {
    expect(parseWordVectors(encodeWordVectors([], 2, new Int8Array(0))).size).toBe(0);
  });

  it('should give each row its word back', () => {
    const vectors = parseWordVectors(encodeWordVectors(WORDS, 2, DATA));
    expect([0, 1, 2].map((row) => vectors.wordAt(row))).toEqual(WORDS);
  });

  it('should refuse to write words out of order, which binary search could not find', () => {
    expect(() => encodeWordVectors(['kitten', 'cat', 'tax'], 2, DATA)).toThrow(/sorted order/);
    expect(() => encodeWordVectors(['cat', 'cat nap', 'tax'], 2, DATA)).toThrow(/printable/);
  });

  it('should refuse bytes of another layout, and a truncated file', () => {
    const bytes = encodeWordVectors(WORDS, 2, DATA);
    expect(() => parseWordVectors(new TextEncoder().encode('{"words": []}'))).toThrow(/NCWV/);
    expect(() => parseWordVectors(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated/);
    expect(() => encodeWordVectors(WORDS, 3, DATA)).toThrow(/3 dimensions/);
  });
});

describe('paragraphMeanings', () => {
  const vectors = parseWordVectors(encodeWordVectors(WORDS, 2, DATA));
  const idf = (word: string) => ({ word, idf: 1 });

  it('should make paragraphs of words with close vectors close, once the common topic is removed', () => {
    const [cat, kitten, tax] = meaningsOf([[idf('cat')], [idf('kitten')], [idf('tax')]], vectors);
    expect(meaningCosine(cat!, kitten!)).toBeGreaterThan(0.9);
    expect(meaningCosine(cat!, tax!)).toBeLessThan(0);
  });

  it("should give a possessive its word's vector", () => {
    const [cat, cats] = meaningsOf([[idf('cat')], [idf("cat's")], [idf('tax')]], vectors);
    expect(meaningCosine(cat!, cats!)).toBeCloseTo(1, 6);
  });

  it('should give no meaning to a paragraph without a known word', () => {
    const meanings = meaningsOf([[idf('cat')], [idf('dog')], []], vectors);
    expect(meanings[0]).not.toBeNull();
    expect(meanings[1]).toBeNull();
    expect(meanings[2]).toBeNull();
    expect(meaningCosine(meanings[0]!, meanings[1]!)).toBe(0);
  });

  it('should keep two close paragraphs close when they are the whole comparison', () => {
    // Taking out the whole mean of two vectors would leave two exact opposites.
    const [cat, kitten] = meaningsOf([[idf('cat')], [idf('kitten')]], vectors);
    expect(meaningCosine(cat!, kitten!)).toBeGreaterThan(0.9);
  });

  it('should weigh each word by its idf', () => {
    const [both, , tax] = meaningsOf(
      [
        [
          { word: 'cat', idf: 1 },
          { word: 'tax', idf: 20 },
        ],
        [idf('kitten')],
        [{ word: 'tax', idf: 20 }],
      ],
      vectors,
    );
    expect(meaningCosine(both!, tax!)).toBeGreaterThan(0.9);
  });

  it('should give a contraction of a function word no vector', () => {
    const withHe = parseWordVectors(
      encodeWordVectors(['cat', 'he', 'tax'], 2, Int8Array.from([100, 10, 50, 6, -20, 90])),
    );
    const meanings = meaningsOf([[idf("he's")], [idf('cat')], [idf('tax')]], withHe);
    expect(meanings[0]).toBeNull();
  });
});

describe('the shipped word vectors', () => {
  const words = (text: string) => text.split(' ').map((word) => ({ word, idf: 1 }));

  it("should take out the story's topic, which every paragraph shares", () => {
    const topic = 'court judge trial jury';
    const meanings = meaningsOf(
      ['acquitted', 'weather', 'football', 'music', 'economy', 'election'].map((w) =>
        words(`${topic} ${w}`),
      ),
    );
    let sum = 0;
    let pairs = 0;
    meanings.forEach((a, i) =>
      meanings.slice(i + 1).forEach((b) => {
        sum += meaningCosine(a, b);
        pairs++;
      }),
    );
    // Left in, the four shared words make every two paragraphs close (0.95 on average).
    expect(sum / pairs).toBeLessThan(0.7);
  });

  // Installed by the tests' set-up, as the command and the app install them.
  it('should put a paraphrase nearer than another fact of the same story', () => {
    const [admitted, conceded, weather] = meaningsOf([
      words('minister admitted mistake resigned'),
      words('minister conceded error quit'),
      words('minister rain storm flooded'),
    ]);
    expect(meaningCosine(admitted!, conceded!)).toBeGreaterThan(
      meaningCosine(admitted!, weather!) + 0.3,
    );
  });
});

describe('wordVectors', () => {
  it('should say so when no vectors were installed', async () => {
    vi.resetModules();
    const fresh = await import('./word-vectors');
    expect(() => fresh.wordVectors()).toThrow(/not loaded/);
    expect(wordVectors().size).toBeGreaterThan(0);
  });
});
