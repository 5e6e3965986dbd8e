/** Words in a list, as the app, the report and the command line write them (pure). */

/** Words in a list: "a", "a and b", "a, b and c"; none, "". */
export function wordList(words: ReadonlyArray<string>): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}
