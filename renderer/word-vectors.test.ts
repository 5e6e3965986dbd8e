import { describe, expect, it } from 'vitest';
import { dataUrlBytes } from './word-vectors';

describe('dataUrlBytes', () => {
  it('should decode a base64 data: URL to its bytes', () => {
    const bytes = Uint8Array.from([0, 1, 127, 128, 200, 255, 10]);
    const url = `data:application/octet-stream;base64,${btoa(String.fromCharCode(...bytes))}`;
    expect(dataUrlBytes(url)).toEqual(bytes);
  });
});
