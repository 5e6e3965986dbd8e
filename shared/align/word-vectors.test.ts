import { describe, expect, it, vi } from 'vitest';
import {
  encodeWordVectors,
  meaningCosine,
  paragraphMeanings,
  parseWordVectors,
  wordVectors,
} from './word-vectors';

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
    const [cat, kitten, tax] = paragraphMeanings(
      [[idf('cat')], [idf('kitten')], [idf('tax')]],
      vectors,
    );
    expect(meaningCosine(cat!, kitten!)).toBeGreaterThan(0.9);
    expect(meaningCosine(cat!, tax!)).toBeLessThan(0);
  });

  it("should give a possessive its word's vector", () => {
    const [cat, cats] = paragraphMeanings([[idf('cat')], [idf("cat's")], [idf('tax')]], vectors);
    expect(meaningCosine(cat!, cats!)).toBeCloseTo(1, 6);
  });

  it('should give no meaning to a paragraph without a known word', () => {
    const meanings = paragraphMeanings([[idf('cat')], [idf('dog')], []], vectors);
    expect(meanings[1]).toBeNull();
    expect(meanings[2]).toBeNull();
    expect(meaningCosine(meanings[0]!, meanings[1]!)).toBe(0);
  });
});

describe('the shipped word vectors', () => {
  // Installed by the tests' set-up, as the command and the app install them.
  it('should put a paraphrase nearer than another fact of the same story', () => {
    const words = (text: string) => text.split(' ').map((word) => ({ word, idf: 1 }));
    const [admitted, conceded, weather] = paragraphMeanings([
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
