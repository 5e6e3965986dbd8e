import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWordVectors, WORD_VECTORS_FILE } from './word-vectors-file';

describe('readWordVectors', () => {
  it('should read the shipped file: 50,000 sorted words of 100 dimensions', () => {
    const vectors = readWordVectors(WORD_VECTORS_FILE);
    expect(vectors.size).toBe(50_000);
    expect(vectors.dimensions).toBe(100);
    // Every word is found by binary search only if the list is sorted as the search expects.
    for (const word of ['a-day', 'the', 'admitted', 'conceded', 'verdict', 'zoo', 'well-known']) {
      expect(vectors.rowOf(word), word).toBeGreaterThanOrEqual(0);
    }
  });

  it('should name the file when it is missing or not a word-vector file', () => {
    const bad = join(tmpdir(), `not-vectors-${process.pid}.bin`);
    writeFileSync(bad, 'hello');
    expect(() => readWordVectors(bad)).toThrow(bad);
    expect(() => readWordVectors(join(tmpdir(), 'missing-vectors.bin'))).toThrow(
      /missing-vectors\.bin/,
    );
  });
});
