import { describe, expect, it } from 'vitest';
import { writeErrorReason } from './write-error';

describe('writeErrorReason', () => {
  it('should say what a write error means and what to do, with its code', () => {
    const error = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    expect(writeErrorReason(error)).toBe(
      'its folder does not exist; create the folder or choose another path (ENOENT)',
    );
    expect(writeErrorReason(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toMatch(
      /^the disk is full/u,
    );
    // A socket named as a file (a program's stdout that is one), a device that fails.
    expect(writeErrorReason(Object.assign(new Error('x'), { code: 'ENXIO' }))).toMatch(
      /^it is a socket or a device that cannot be opened by name; give a file or a pipe/u,
    );
    expect(writeErrorReason(Object.assign(new Error('x'), { code: 'EIO' }))).toMatch(
      /^the system could not write to it/u,
    );
  });

  it('should give an unlisted code as it is, and a plain error’s message', () => {
    expect(writeErrorReason(Object.assign(new Error('x'), { code: 'EWEIRD' }))).toBe('EWEIRD');
    expect(writeErrorReason(new Error('broken'))).toBe('broken');
  });
});
