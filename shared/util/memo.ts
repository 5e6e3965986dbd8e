/**
 * Memoising a pure reading of a text for one run of an analysis: wire copy repeats
 * paragraphs word for word across outlets, and each text is read once.
 */

/**
 * `read`, remembering its result per text. The memo lives as long as the returned function:
 * make one per run, so that no text outlives the comparison it came from.
 */
export function memoByText<T>(read: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    if (memo.has(text)) {
      return memo.get(text) as T;
    }
    const value = read(text);
    memo.set(text, value);
    return value;
  };
}
