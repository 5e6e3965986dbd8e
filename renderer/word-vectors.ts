/**
 * The alignment's word vectors in the app: `data/word-vectors.bin` is built into the
 * engine's bundle (inlined by Vite as base64, so no request is made, whatever scheme serves
 * the page) and installed when the comparison job's module (`compare-job.ts`) loads, in the
 * comparison's worker or, when no worker can start, on the page's thread.
 */
import dataUrl from '../data/word-vectors.bin?inline';
import { installWordVectors, parseWordVectors } from '../shared/align/word-vectors';

/** A native base64 decoder, such as Chromium's `Uint8Array.fromBase64` (Chromium 140 on). */
type FromBase64 = (base64: string) => Uint8Array;

const NATIVE_FROM_BASE64 =
  (Uint8Array as unknown as { fromBase64?: FromBase64 }).fromBase64?.bind(Uint8Array) ?? null;

/**
 * The bytes of a base64 `data:` URL, decoded by `fromBase64` (the runtime's own decoder,
 * 3-4 times faster) or, when null, by `atob` and a loop.
 */
export function dataUrlBytes(
  url: string,
  fromBase64: FromBase64 | null = NATIVE_FROM_BASE64,
): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  if (fromBase64 !== null) {
    return fromBase64(base64);
  }
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    bytes[i] = text.charCodeAt(i);
  }
  return bytes;
}

installWordVectors(parseWordVectors(dataUrlBytes(dataUrl)));
