/**
 * Set-up of every unit test file: the engine's word vectors installed, as the command and
 * the app install them before comparing.
 */
import '../node/word-vectors';
