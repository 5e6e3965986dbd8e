/**
 * Random short texts over a small alphabet of pieces, for tests that check a hand-written
 * reader against the pattern it stands in for (same seed, same texts).
 */
import { mulberry32 } from '../util/random';

/** How many texts, how long, and which pieces are rare. */
export interface RandomTextOptions {
  readonly seed: number;
  /** Number of texts. */
  readonly count: number;
  /** Each text has 0 to `maxPieces - 1` pieces. */
  readonly maxPieces: number;
  /**
   * The alphabet's last `rare` pieces are drawn only in every fourth text: pieces that
   * send a text to the pattern, kept rare so that both ways are exercised.
   */
  readonly rare?: number;
}

/** The texts, one at a time. */
export function* randomTexts(
  alphabet: ReadonlyArray<string>,
  options: RandomTextOptions,
): Generator<string> {
  const random = mulberry32(options.seed);
  const next = (n: number) => Math.floor(random() * n);
  for (let run = 0; run < options.count; run++) {
    const size = run % 4 === 0 ? alphabet.length : alphabet.length - (options.rare ?? 0);
    let text = '';
    for (let k = next(options.maxPieces); k > 0; k--) {
      text += alphabet[next(size)];
    }
    yield text;
  }
}
