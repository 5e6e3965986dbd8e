// Every test file runs with the engine's word vectors installed, as the command and the app do.
import '../node/word-vectors';
