import { describe, expect, it } from 'vitest';
import { dataUrlBytes } from './word-vectors';

describe('dataUrlBytes', () => {
  it('should decode a base64 data: URL to its bytes', () => {
    const bytes = Uint8Array.from([0, 1, 127, 128, 200, 255, 10]);
    const url = `data:application/octet-stream;base64,${btoa(String.fromCharCode(...bytes))}`;
    expect(dataUrlBytes(url, null)).toEqual(bytes);
    // The native decoder, where the runtime has one, is given the base64 part only.
    const seen: string[] = [];
    dataUrlBytes(url, (b64) => (seen.push(b64), bytes));
    expect(seen).toEqual([url.slice(url.indexOf(',') + 1)]);
  });
});
