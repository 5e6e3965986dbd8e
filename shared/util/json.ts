/**
 * Reading the small JSON files users and the app hand over (a lexicon, a manifest): the text
 * parsed once, an object required, and what is wrong said in words for a message.
 */

/** Whether a value is a JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON text read as an object, or what is wrong with it (for a message naming the file). */
export type JsonObjectResult =
  | { readonly ok: true; readonly value: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly problem: string };

/**
 * Parses a JSON text that must hold an object (a byte-order mark before it is skipped, as
 * editors on Windows write one). The problem is "not valid JSON (…)" with the parser's
 * reason, or `notAnObject` for valid JSON of another shape. Never throws.
 */
export function parseJsonObject(text: string, notAnObject: string): JsonObjectResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    return { ok: false, problem: `not valid JSON (${(error as Error).message})` };
  }
  return isRecord(value) ? { ok: true, value } : { ok: false, problem: notAnObject };
}
