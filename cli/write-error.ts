/**
 * Why a file could not be written, in words a user can act on: the system's error code
 * alone ("ENOENT") says nothing to most people.
 */

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'its folder does not exist; create the folder or choose another path',
  ENOTDIR: 'a part of its path is a file, not a folder; choose another path',
  EISDIR: 'it is a folder; give a file name',
  EEXIST: 'a file of that name is in the way of a folder; choose another path',
  EACCES: 'permission denied; choose a folder you may write to',
  EPERM: 'permission denied; choose a folder you may write to',
  EROFS: 'the disk is read-only; choose another place',
  ENOSPC: 'the disk is full; free some space or choose another disk',
  EDQUOT: 'the disk quota is used up; free some space or choose another disk',
  EPIPE: 'the program reading the output stopped',
  ENXIO: 'it is a socket or a device that cannot be opened by name; give a file or a pipe',
  EIO: 'the system could not write to it (an input/output error); choose a file on a disk',
};

/** "its folder does not exist; …" for ENOENT; the code itself for one not listed. */
export function writeErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === undefined) {
    return error instanceof Error ? error.message : String(error);
  }
  const reason = REASONS[code];
  return reason === undefined ? code : `${reason} (${code})`;
}
