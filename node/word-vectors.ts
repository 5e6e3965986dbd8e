/**
 * Installs the alignment's word vectors in the engine. Imported for its effect, first, by
 * every Node entry point that compares (the command, its batch workers, the evaluation
 * scripts, the unit tests' set-up).
 */
import { installWordVectors } from '../shared/align/word-vectors';
import { readWordVectors, WORD_VECTORS_FILE } from './word-vectors-file';

installWordVectors(readWordVectors(WORD_VECTORS_FILE));
