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
    // Binary search finds every word only if the whole list is sorted as it compares.
    for (let row = 1; row < vectors.size; row++) {
      if (!(vectors.wordAt(row - 1) < vectors.wordAt(row))) {
        expect.fail(`words ${row - 1} and ${row} out of order`);
      }
    }
    for (let row = 0; row < vectors.size; row += 997) {
      expect(vectors.rowOf(vectors.wordAt(row))).toBe(row);
    }
    for (const word of ['the', 'admitted', 'conceded', 'verdict', 'zoo', 'well-known']) {
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
