/**
 * Word vectors: what the alignment knows of words' meanings, so that two paragraphs that say
 * the same thing in other words ("admitted" / "conceded", a quotation in two translations)
 * are seen as close even when they share few terms.
 *
 * The vectors are GloVe's (news and encyclopedia text), reduced to the 50,000 most frequent
 * words written in lower-case letters (with ' or -), stored as int8 in
 * `data/word-vectors.bin` (built by `scripts/build-word-vectors.ts`). The engine holds no
 * file access: the command line reads the file and the app's worker imports it, and each
 * installs it here once ({@link installWordVectors}) before comparing.
 *
 * The file's layout (little-endian): "NCWV"; three u32: the number of words, the number of
 * dimensions, the byte length of the words; the words (ASCII, sorted as `<` orders
 * strings, one per line); then each word's vector, row by row, as int8.
 */
import { STOPWORDS } from '../text/tokenize';

/** A parsed word-vector file. */
export interface WordVectors {
  /** Vector length. */
  readonly dimensions: number;
  /** Number of words. */
  readonly size: number;
  /** The row of a lower-case word, or -1 when it has no vector. */
  rowOf(word: string): number;
  /** The word of a row. */
  wordAt(row: number): string;
  /** The unit-length vector of a row: one shared array per row, read only. */
  unitVector(row: number): Readonly<Float32Array>;
}

const MAGIC = 'NCWV';
const HEADER_BYTES = 16;

/**
 * A word-vector file's bytes: the words (lower-case ASCII, sorted by `<`) and their vectors,
 * row by row, as int8. The inverse of {@link parseWordVectors}.
 */
export function encodeWordVectors(
  words: ReadonlyArray<string>,
  dimensions: number,
  data: Int8Array,
): Uint8Array {
  if (data.length !== words.length * dimensions) {
    throw new Error(`${words.length} words × ${dimensions} dimensions, but ${data.length} values`);
  }
  words.forEach((word, i) => {
    if (!/^[\x21-\x7e]+$/u.test(word) || (i > 0 && !((words[i - 1] as string) < word))) {
      throw new Error(`word ${i} (${JSON.stringify(word)}) is not printable ASCII in sorted order`);
    }
  });
  const text = words.join('\n');
  const out = new Uint8Array(HEADER_BYTES + text.length + data.length);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) {
    out[i] = MAGIC.charCodeAt(i);
  }
  view.setUint32(4, words.length, true);
  view.setUint32(8, dimensions, true);
  view.setUint32(12, text.length, true);
  for (let i = 0; i < text.length; i++) {
    out[HEADER_BYTES + i] = text.charCodeAt(i);
  }
  out.set(new Uint8Array(data.buffer, data.byteOffset, data.length), HEADER_BYTES + text.length);
  return out;
}

/** Parses a word-vector file's bytes; throws on a file of another layout. */
export function parseWordVectors(bytes: Uint8Array): WordVectors {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (bytes.byteLength < HEADER_BYTES || magic !== MAGIC) {
    throw new Error('not a word-vector file (no NCWV header)');
  }
  const size = view.getUint32(4, true);
  const dimensions = view.getUint32(8, true);
  const textBytes = view.getUint32(12, true);
  if (bytes.byteLength !== HEADER_BYTES + textBytes + size * dimensions) {
    throw new Error('word-vector file is truncated or has extra bytes');
  }
  // Where each word starts in the text (the words are ASCII, one per line), and where the
  // text ends: a word is compared with the bytes in place, no string is made for it.
  // A plain Uint8Array view (not a Node Buffer), whose indexOf is the engine's own.
  const text = new Uint8Array(bytes.buffer, bytes.byteOffset + HEADER_BYTES, textBytes);
  const starts = new Int32Array(size + 1);
  let lines = 0;
  for (let at = 0; size > 0 && at <= text.length; lines++) {
    const end = text.indexOf(10, at);
    if (lines < size) {
      starts[lines] = at;
    }
    at = end < 0 ? text.length + 1 : end + 1;
  }
  if (lines !== size) {
    throw new Error(`word-vector file lists ${lines} words, its header ${size}`);
  }
  starts[size] = text.length + 1;
  /** The order of `word` against word `row` (negative: before it), as `<` orders strings. */
  const order = (word: string, row: number): number => {
    const start = starts[row] as number;
    const length = (starts[row + 1] as number) - 1 - start;
    const shorter = Math.min(word.length, length);
    for (let i = 0; i < shorter; i++) {
      const d = word.charCodeAt(i) - (text[start + i] as number);
      if (d !== 0) {
        return d;
      }
    }
    return word.length - length;
  };
  const data = new Int8Array(
    bytes.buffer,
    bytes.byteOffset + HEADER_BYTES + textBytes,
    size * dimensions,
  );
  const units: Array<Float32Array | undefined> = [];
  return {
    dimensions,
    size,
    rowOf(word) {
      // The words are sorted (by UTF-16 code unit, as `<` compares).
      let lo = 0;
      let hi = size - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const d = order(word, mid);
        if (d === 0) {
          return mid;
        }
        if (d > 0) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return -1;
    },
    wordAt(row) {
      return String.fromCharCode(...text.subarray(starts[row], (starts[row + 1] as number) - 1));
    },
    unitVector(row) {
      // Made once per process: a story's words recur in the next story of a batch.
      let out = units[row];
      if (out === undefined) {
        out = Float32Array.from(data.subarray(row * dimensions, (row + 1) * dimensions));
        normalize(out);
        units[row] = out;
      }
      return out;
    },
  };
}

let installed: WordVectors | null = null;

const POSSESSIVE = /'s?$/u;

/**
 * How many paragraphs' worth of belief that a comparison has no common topic: the topic
 * taken out of each paragraph is the mean of the n paragraphs' meanings scaled by
 * n / (n + TOPIC_PRIOR). With two paragraphs, taking out their whole mean would leave two
 * exact opposites, however close they are; with the tens of paragraphs of a real
 * comparison, nearly all of the mean is taken out.
 */
export const TOPIC_PRIOR = 2;

/** A vector shorter than this is taken for zero (what is left of rounding). */
const ZERO_NORM = 1e-6;

/** Makes the word vectors available to the engine (once per process or worker). */
export function installWordVectors(vectors: WordVectors): void {
  installed = vectors;
}

/**
 * The installed word vectors. Throws when none were installed: the learned pair model
 * expects them, and comparing without them would quietly give other rows.
 */
export function wordVectors(): WordVectors {
  if (installed === null) {
    throw new Error('the word vectors are not loaded (installWordVectors was not called)');
  }
  return installed;
}

/** A comparison's words as its paragraphs' meanings read them. */
export interface MeaningWords {
  /** Each paragraph's distinct content words, by id. */
  readonly paragraphs: ReadonlyArray<ArrayLike<number>>;
  /** The word (lower case) of an id. */
  readonly word: (id: number) => string;
  /** The weight of an id: its idf (specific words say more of what a paragraph reports). */
  readonly weight: (id: number) => number;
}

/**
 * The meaning of each paragraph, from the words it uses: the sum of its content words'
 * vectors, each weighted, minus the mean of all the paragraphs' (what every paragraph of
 * the story has in common: its topic; shrunk for a few paragraphs, see
 * {@link TOPIC_PRIOR}), unit length. A paragraph with no known word, or nothing left once
 * the topic is taken out, gets null.
 */
export function paragraphMeanings(
  words: MeaningWords,
  vectors: WordVectors = wordVectors(),
): ReadonlyArray<Float32Array | null> {
  // Each word's vector, looked up once per comparison (by id: no string hashing).
  const cache: (Float32Array | null | undefined)[] = [];
  const vectorOf = (id: number): Float32Array | null => {
    let v = cache[id];
    if (v === undefined) {
      // GloVe's words hold no apostrophe: a possessive takes its word's vector, but a
      // contraction ("he's", "that's") is a function word and adds no meaning.
      const bare = words.word(id).replace(POSSESSIVE, '');
      const row = STOPWORDS.has(bare) ? -1 : vectors.rowOf(bare);
      v = row < 0 ? null : vectors.unitVector(row);
      cache[id] = v;
    }
    return v;
  };
  const dimensions = vectors.dimensions;
  const sums = words.paragraphs.map((ids) => {
    const sum = new Float32Array(dimensions);
    let any = false;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      const v = vectorOf(id);
      if (v !== null) {
        any = true;
        const weight = words.weight(id);
        for (let d = 0; d < dimensions; d++) {
          sum[d] = (sum[d] as number) + weight * (v[d] as number);
        }
      }
    }
    return any && normalize(sum) ? sum : null;
  });
  // The sum of the paragraphs' meanings: n times their mean, the story's topic.
  const total = new Float32Array(dimensions);
  let count = 0;
  for (const s of sums) {
    if (s !== null) {
      count++;
      for (let d = 0; d < dimensions; d++) {
        total[d] = (total[d] as number) + (s[d] as number);
      }
    }
  }
  // The mean scaled by n / (n + TOPIC_PRIOR).
  const share = 1 / (count + TOPIC_PRIOR);
  return sums.map((s) => {
    if (s === null) {
      return null;
    }
    for (let d = 0; d < dimensions; d++) {
      s[d] = (s[d] as number) - (total[d] as number) * share;
    }
    return normalize(s) ? s : null;
  });
}

/** Scales a vector to unit length in place; false when it is (nearly) zero. */
function normalize(v: Float32Array): boolean {
  let norm = 0;
  for (const x of v) {
    norm += x * x;
  }
  const length = Math.sqrt(norm);
  if (length < ZERO_NORM) {
    return false;
  }
  const scale = 1 / length;
  for (let i = 0; i < v.length; i++) {
    v[i] = (v[i] as number) * scale;
  }
  return true;
}

/** Cosine of two unit vectors; 0 when either is missing. */
export function meaningCosine(a: Float32Array | null, b: Float32Array | null): number {
  if (a === null || b === null) {
    return 0;
  }
  let sum = 0;
  for (let d = 0; d < a.length; d++) {
    sum += (a[d] as number) * (b[d] as number);
  }
  return sum;
}
