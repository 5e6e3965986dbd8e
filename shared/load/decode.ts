/**
 * Bytes → text, with the encodings articles arrive in: UTF-8 (with or without BOM),
 * UTF-16 with BOM, and Windows-1252 / Latin-1 for old saved pages. Anything else is a
 * typed failure, never mojibake.
 */

/** An encoding the loader recognises. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Result of decoding. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | {
      readonly ok: false;
      readonly code: 'EMPTY' | 'BINARY' | 'BAD_ENCODING';
      readonly detail: string;
    };

// TextDecoder exists in every runtime we target (Node, browsers, workers) but is not part
// of lib ES2022; declare the little we use.
declare const TextDecoder: {
  new (label: string, options?: { fatal?: boolean }): { decode(bytes: Uint8Array): string };
};

/** Signatures of common binary formats, for a precise message. */
const MAGIC: ReadonlyArray<{ readonly name: string; readonly bytes: ReadonlyArray<number> }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'ZIP archive (or Word/OpenDocument file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'WebP/RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
];

/**
 * Share of control characters (other than tab, LF, CR, FF) above which text is taken to
 * be binary or in an encoding we do not read: real prose has essentially none.
 */
export const MAX_CONTROL_SHARE = 0.02;

function startsWith(bytes: Uint8Array, prefix: ReadonlyArray<number>): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function controlShare(text: string): number {
  if (text.length === 0) {
    return 0;
  }
  let control = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
      (code >= 0x7f && code < 0xa0)
    ) {
      control++;
    }
  }
  return control / text.length;
}

/** Decodes an article file's bytes. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) {
    return { ok: false, code: 'EMPTY', detail: 'the file is empty' };
  }
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) {
    return {
      ok: false,
      code: 'BINARY',
      detail: `this is a binary file (${magic.name}), not an article`,
    };
  }
  let result: { text: string; encoding: TextEncodingName } | null;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    result = decodeWith('utf-8', bytes.subarray(3), 'utf-8-bom');
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    result = decodeWith('utf-16le', bytes.subarray(2), 'utf-16le');
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    result = decodeWith('utf-16be', bytes.subarray(2), 'utf-16be');
  } else if (bytes.includes(0)) {
    return {
      ok: false,
      code: 'BINARY',
      detail: 'this is a binary file (it contains NUL bytes), not an article',
    };
  } else {
    result = decodeWith('utf-8', bytes, 'utf-8') ?? {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
    };
  }
  if (result === null) {
    return {
      ok: false,
      code: 'BAD_ENCODING',
      detail: 'the text is not valid UTF-8, UTF-16 or Windows-1252',
    };
  }
  if (controlShare(result.text) > MAX_CONTROL_SHARE) {
    return {
      ok: false,
      code: 'BAD_ENCODING',
      detail:
        'the file is mostly control characters: it is binary or in an encoding that cannot be read as text',
    };
  }
  if (result.text.trim() === '') {
    return { ok: false, code: 'EMPTY', detail: 'the file holds only whitespace' };
  }
  return { ok: true, text: result.text, encoding: result.encoding };
}

function decodeWith(
  label: string,
  bytes: Uint8Array,
  encoding: TextEncodingName,
): { text: string; encoding: TextEncodingName } | null {
  try {
    return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding };
  } catch {
    return null;
  }
}

/**
 * Windows-1252 bytes 0x80–0x9F (curly quotes, dashes, €…); the rest of the code page is
 * Latin-1. Written out because runtimes disagree on what the "windows-1252" label decodes
 * (some decode it as ISO-8859-1, turning curly quotes into control characters).
 */
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

/** Decodes Windows-1252 (a superset of printable Latin-1). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    out += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return out;
}
