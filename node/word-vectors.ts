/**
 * Installs the alignment's word vectors in the engine, for its effect: imported first by the
 * Node entry points that compare without a command line's error reporting (the batch
 * workers, the evaluation scripts, the unit tests' set-up). The command itself installs them
 * in its `main`, so that a missing file is reported as an `error:` line.
 */
import { installProjectWordVectors } from './word-vectors-file';

installProjectWordVectors();
