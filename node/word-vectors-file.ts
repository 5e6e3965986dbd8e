/**
 * Where the alignment's word vectors are (`data/word-vectors.bin`, see
 * `shared/align/word-vectors.ts`), reading them, and installing them in the engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  installWordVectors,
  parseWordVectors,
  type WordVectors,
} from '../shared/align/word-vectors';
import { projectRoot } from './root';

/** The word-vector file, under the project's folder (from the sources or the built command). */
export const WORD_VECTORS_FILE = join(projectRoot(import.meta.url), 'data', 'word-vectors.bin');

/** Reads and parses a word-vector file; an error names the file. */
export function readWordVectors(path: string): WordVectors {
  try {
    return parseWordVectors(readFileSync(path));
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`, { cause: e });
  }
}

/** Installs the project's word vectors in the engine; an error names the file. */
export function installProjectWordVectors(): void {
  installWordVectors(readWordVectors(WORD_VECTORS_FILE));
}
