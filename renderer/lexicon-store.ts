/**
 * The user's lexicon in the app: read from a file the user picks, kept in local storage so
 * that it survives a restart, checked again every time it is read back.
 */
import {
  MAX_LEXICON_BYTES,
  parseLexiconFile,
  type LexiconFileResult,
  type UserLexicon,
} from '../shared/analysis/lexicon-file';
import type { ProjectLexicon } from '../shared/project';

/** A lexicon file read: the result, and the file's text when it is valid (a project keeps it). */
export interface LexiconRead {
  readonly result: LexiconFileResult;
  readonly source?: ProjectLexicon;
}

const STORAGE_KEY = 'news-compare.lexicon';

/** Reads a picked file as a lexicon; the result names the file on any problem. */
export async function readLexiconFile(file: File): Promise<LexiconRead> {
  if (file.size > MAX_LEXICON_BYTES) {
    return { result: { ok: false, message: `${file.name}: the lexicon is over 1 MiB` } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { result: { ok: false, message: `${file.name}: the lexicon is not UTF-8 text` } };
  }
  const result = parseLexiconFile(text, file.name);
  if (result.ok) {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ name: file.name, text }));
    } catch {
      // Storage full or disabled: the lexicon still applies until the app closes.
    }
  }
  return result.ok ? { result, source: { name: file.name, content: text } } : { result };
}

/** The lexicon kept from an earlier session, with its text, or null (none, or no longer valid). */
export function storedLexicon(): {
  readonly lexicon: UserLexicon;
  readonly source: ProjectLexicon;
} | null {
  try {
    const kept = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as {
      name?: unknown;
      text?: unknown;
    } | null;
    if (typeof kept?.name !== 'string' || typeof kept.text !== 'string') {
      return null;
    }
    const result = parseLexiconFile(kept.text, kept.name);
    return result.ok
      ? { lexicon: result.lexicon, source: { name: kept.name, content: kept.text } }
      : null;
  } catch {
    return null;
  }
}

/** Forgets the kept lexicon. */
export function forgetLexicon(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing kept.
  }
}
