/**
 * Bytes → text, with the encodings articles arrive in: UTF-8 (with or without BOM),
 * UTF-16 (with a BOM, or without one when its NUL bytes show it), and Windows-1252 /
 * Latin-1 for old saved pages. Anything else is a typed failure, never mojibake.
 *
 * A UTF-8 file with a few invalid bytes (a truncated character, a stray byte pasted in)
 * stays UTF-8: each invalid sequence becomes U+FFFD (�) and the result says how many, so
 * the loader can warn. Reading the whole file as Windows-1252 instead would turn every
 * correct character into mojibake ("â€œ" for "“") without a word. A file is taken for
 * Windows-1252 only when its invalid sequences outnumber its valid non-ASCII characters
 * (ASCII reads the same in both, so it says nothing either way). A saved page that is not
 * UTF-8 and declares another encoding in its first bytes (Russian pages in windows-1251,
 * Korean ones in EUC-KR, Japanese in Shift_JIS) is read in that encoding, as a browser does.
 * A few stray NUL bytes (a damaged file) or a run of them at the end (a save cut short) are
 * left out, and the result says how many; a file with NULs throughout is binary.
 */

/**
 * An encoding the loader recognises; `declared:<label>` is the one a saved page declares
 * for itself (`<meta charset="windows-1251">`), when its bytes are not UTF-8.
 */
export type TextEncodingName =
  'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' | `declared:${string}`;

/** Result of decoding. */
export type DecodeResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: TextEncodingName;
      /** Invalid UTF-8 sequences shown as U+FFFD (0 for a clean file). */
      readonly replaced: number;
      /**
       * Stray NUL characters left out of the text (0 for a clean file): a few in a damaged
       * file, or a run that pads its end.
       */
      readonly nuls: number;
      /**
       * Read as Windows-1252 though this many of its characters were valid UTF-8: a file
       * that mixes the two, whose UTF-8 characters now show as "Ã©" (0 otherwise).
       */
      readonly mixed: number;
    }
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

/**
 * The bytes decoded as `label`, or null when they are not valid in that encoding. A
 * byte-order mark of that encoding at the start is dropped (TextDecoder's default).
 */
function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The bytes as UTF-8 text, or null when they are not valid UTF-8 (a leading BOM dropped). */
export function strictUtf8(bytes: Uint8Array): string | null {
  return decodeStrict('utf-8', bytes);
}

/**
 * Share of UTF-16 code units whose high byte is NUL above which NUL bytes at one parity only
 * mean UTF-16 without a BOM: text in Latin scripts has them on nearly every unit, and even
 * Cyrillic or Greek text on its spaces, digits and punctuation.
 */
export const MIN_UTF16_NUL_SHARE = 0.1;

/** Share of NULs allowed at the other parity (characters such as U+0100 have a NUL low byte). */
export const MAX_UTF16_OTHER_NUL_SHARE = 0.01;

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

/** Control characters but tab, LF, CR and FF (see {@link MAX_CONTROL_SHARE}). */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/gu;

function controlShare(text: string): number {
  if (text.length === 0) {
    return 0;
  }
  return (text.match(CONTROL)?.length ?? 0) / text.length;
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
  let result: {
    text: string;
    encoding: TextEncodingName;
    replaced?: number;
    mixed?: number;
  } | null;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    result = decodeUtf8(bytes.subarray(3), 'utf-8-bom');
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    result = decodeWith('utf-16le', bytes.subarray(2), 'utf-16le');
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    result = decodeWith('utf-16be', bytes.subarray(2), 'utf-16be');
  } else if (bytes.includes(0)) {
    // UTF-16, or text with a few stray NULs (see below), or binary.
    const utf16 = utf16WithoutBom(bytes);
    result = utf16 === null ? decodeUtf8(bytes, 'utf-8') : decodeWith(utf16, bytes, utf16);
  } else {
    result = decodeUtf8(bytes, 'utf-8');
  }
  if (result === null) {
    return {
      ok: false,
      code: 'BAD_ENCODING',
      detail: 'the text is not valid UTF-8, UTF-16 or Windows-1252',
    };
  }
  // A few NULs in a damaged file, or a run of them padding its end (a download or a save
  // cut short), are left out; a file with more is binary.
  const nuls = withoutStrayNuls(result.text);
  const control = nuls !== null && controlShare(nuls.text) > MAX_CONTROL_SHARE;
  if (nuls === null || (control && nuls.dropped > 0)) {
    return {
      ok: false,
      code: 'BINARY',
      detail: 'this is a binary file (it contains NUL bytes), not an article',
    };
  }
  const text = nuls.text;
  if (control) {
    return {
      ok: false,
      code: 'BAD_ENCODING',
      detail:
        'the file is mostly control characters: it is binary or in an encoding that cannot be read as text',
    };
  }
  if (text.trim() === '') {
    return { ok: false, code: 'EMPTY', detail: 'the file holds only whitespace' };
  }
  return {
    ok: true,
    text,
    encoding: result.encoding,
    replaced: result.replaced ?? 0,
    nuls: nuls.dropped,
    mixed: result.mixed ?? 0,
  };
}

/**
 * A decoded text without its NUL characters, and how many there were, when they are stray
 * as no binary file has them: at most {@link MAX_CONTROL_SHARE} of it, or all in one run at
 * its end; null when there are more, or nothing else.
 */
function withoutStrayNuls(
  text: string,
): { readonly text: string; readonly dropped: number } | null {
  if (!text.includes('\u0000')) {
    return { text, dropped: 0 };
  }
  const kept = text.replaceAll('\u0000', '');
  const dropped = text.length - kept.length;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) {
    end--;
  }
  const stray = dropped <= text.length * MAX_CONTROL_SHARE || dropped === text.length - end;
  return stray && kept.trim() !== '' ? { text: kept, dropped } : null;
}

/**
 * UTF-8, or Windows-1252 when the bytes are not UTF-8 at all: invalid sequences outnumber
 * valid non-ASCII characters (a Windows-1252 file's curly quotes and accents are each an
 * invalid sequence, and it has no valid one). Otherwise invalid sequences become U+FFFD.
 */
function decodeUtf8(
  bytes: Uint8Array,
  encoding: 'utf-8' | 'utf-8-bom',
): { text: string; encoding: TextEncodingName; replaced: number; mixed: number } {
  const strict = decodeWith('utf-8', bytes, encoding);
  if (strict) {
    return { ...strict, replaced: 0, mixed: 0 };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  let replacements = 0;
  let valid = 0;
  for (const ch of text) {
    if (ch === '\ufffd') {
      replacements++;
    } else if (ch > '\u007f') {
      valid++;
    }
  }
  // A U+FFFD the file itself holds (bytes EF BF BD) is a valid character, not a replacement.
  const literal = countSequence(bytes, [0xef, 0xbf, 0xbd]);
  const invalid = replacements - literal;
  if (valid + literal >= invalid) {
    return { text, encoding, replaced: invalid, mixed: 0 };
  }
  // Not UTF-8: the encoding the page declares, when it has no UTF-8 byte-order mark and
  // declares one that reads all of it; else Windows-1252.
  const declared = encoding === 'utf-8' ? declaredCharset(bytes) : null;
  if (declared !== null && !LATIN_OR_UTF8.test(declared)) {
    const legacy = decodeStrict(declared, bytes);
    if (legacy !== null) {
      return { text: legacy, encoding: `declared:${declared}`, replaced: 0, mixed: 0 };
    }
  }
  return {
    text: decodeWindows1252(bytes),
    encoding: 'windows-1252',
    replaced: 0,
    mixed: valid + literal,
  };
}

/**
 * Labels read by this module's own rules: UTF-8 (tried first) and the Latin code pages that
 * Windows-1252 covers; and those HTML reads as one of them whatever a page says (a page
 * declaring UTF-16 in its own ASCII bytes is UTF-8, and "x-user-defined" is Windows-1252).
 */
const LATIN_OR_UTF8 =
  /^(?:utf-?8|unicode-1-1-utf-8|windows-1252|cp1252|iso-8859-1|iso8859-1|latin-?1|l1|us-ascii|ascii|iso-ir-100|ibm819|cp819|x-cp1252|utf-?16(?:le|be)?|ucs-?2|unicode(?:fffe|feff)?|csunicode|x-user-defined)$/u;

/** How far into a file a page declares its encoding (HTML says within its first 1,024 bytes). */
const DECLARATION_BYTES = 4096;

/**
 * The encoding a saved page or an XML file declares in its first bytes, lower-cased:
 * `<meta charset="…">`, `<meta http-equiv="Content-Type" content="text/html; charset=…">`
 * or `<?xml … encoding="…"?>`; null when it declares none.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1Head(bytes, DECLARATION_BYTES);
  const match =
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w:.-]+)/iu.exec(head) ??
    /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w:.-]+)/iu.exec(head);
  return match ? (match[1] as string).toLowerCase() : null;
}

/**
 * A file's first `length` bytes, each as the character of its value: enough to read the
 * ASCII a file declares itself with (a `<meta charset>`, a web archive's headers) before it
 * is decoded.
 */
export function latin1Head(bytes: Uint8Array, length: number): string {
  return String.fromCharCode(...bytes.subarray(0, length));
}

function countSequence(bytes: Uint8Array, sequence: ReadonlyArray<number>): number {
  let count = 0;
  for (
    let i = bytes.indexOf(sequence[0] ?? 0);
    i !== -1;
    i = bytes.indexOf(sequence[0] ?? 0, i + 1)
  ) {
    if (sequence.every((b, j) => bytes[i + j] === b)) {
      count++;
    }
  }
  return count;
}

/**
 * UTF-16 without a byte-order mark, told by where its NUL bytes fall: the high byte of
 * every ASCII character is NUL, so little-endian text has NULs at odd offsets and almost
 * none at even ones (big-endian the reverse). A binary file has NULs at both.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = Math.floor(bytes.length / 2);
  if (units === 0 || bytes.length % 2 !== 0) {
    return null;
  }
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < units * 2; i += 2) {
    evenNul += bytes[i] === 0 ? 1 : 0;
    oddNul += bytes[i + 1] === 0 ? 1 : 0;
  }
  const clear = (high: number, low: number): boolean =>
    high / units >= MIN_UTF16_NUL_SHARE && low / units <= MAX_UTF16_OTHER_NUL_SHARE;
  return clear(oddNul, evenNul) ? 'utf-16le' : clear(evenNul, oddNul) ? 'utf-16be' : null;
}

/** {@link decodeStrict}, with the name the result gives the encoding. */
function decodeWith(
  label: string,
  bytes: Uint8Array,
  encoding: TextEncodingName,
): { text: string; encoding: TextEncodingName } | null {
  const text = decodeStrict(label, bytes);
  return text === null ? null : { text, encoding };
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
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    out += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return out;
}
