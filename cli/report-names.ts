/**
 * The file names of a batch's reports (`--html-dir`): each story folder's name with
 * `.html`, cut short and made unique where a disk would refuse it or take two for one.
 */

/** The extension of every report. */
const EXTENSION = '.html';

/**
 * Longest report name, in UTF-8 bytes, its extension included: the limit of the strictest
 * file systems in use (eCryptfs, which encrypted home folders use, takes 143; ext4, NTFS,
 * APFS and FAT take 255). A folder's name may be up to 255 bytes, so `NAME.html` may not
 * fit even on the disk the folder is on.
 */
export const REPORT_NAME_MAX_BYTES = 143;

const encoder = new TextEncoder();
const bytes = (text: string): number => encoder.encode(text).length;

/**
 * What a name is on a disk that does not tell case apart (macOS, Windows), nor, on macOS,
 * the ways of writing an accented letter ("é" as one character or as "e" and an accent):
 * names with the same key are one file there. Upper case and back folds "ß" with "ss" too,
 * which some disks do not: a name made unique when it need not be is harmless.
 */
export function fileNameKey(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
}

/** Made when a name is first cut: making one loads ICU's rules (some 4 ms at start-up). */
let graphemes: Intl.Segmenter | null = null;

/**
 * The longest start of `text` within `budget` UTF-8 bytes, cut between characters as a
 * reader sees them (an accent stays on its letter, an emoji whole), with the spaces it
 * then ends with dropped; cut between code points when not even its first character fits.
 */
function fit(text: string, budget: number): string {
  if (bytes(text) <= budget) {
    return text;
  }
  let kept = '';
  let used = 0;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) {
    const size = bytes(segment);
    if (used + size > budget) {
      break;
    }
    kept += segment;
    used += size;
  }
  if (kept === '') {
    for (const point of text) {
      const size = bytes(point);
      if (used + size > budget) {
        break;
      }
      kept += point;
      used += size;
    }
  }
  return kept.trimEnd() || kept;
}

/**
 * The report names of a batch's stories, one per folder name, in the same order. A name is
 * the folder's with `.html`, cut to {@link REPORT_NAME_MAX_BYTES}. Where two folders would
 * make one file on some disk (names that differ only in case, "Story" and "story", or long
 * names the same once cut), the first keeps the name and the others get `~2`, `~3`…
 * before `.html`, never a name another folder's report has. A name not cut comes before
 * one that was: folders are taken in the order given (the batch's name order), those
 * whose names fit first.
 */
export function reportFileNames(folders: ReadonlyArray<string>): ReadonlyArray<string> {
  const budget = REPORT_NAME_MAX_BYTES - bytes(EXTENSION);
  const stems = folders.map((name) => fit(name, budget));
  // Every folder's own name is kept from the suffixed ones, whichever folder gets it.
  const own = new Set(stems.map(fileNameKey));
  const taken = new Set<string>();
  const names: string[] = new Array<string>(folders.length);
  const order = folders
    .map((_, i) => i)
    .sort((a, b) => Number(stems[a] !== folders[a]) - Number(stems[b] !== folders[b]) || a - b);
  for (const i of order) {
    const folder = folders[i] as string;
    const stem = stems[i] as string;
    let name = stem;
    for (let n = 2; taken.has(fileNameKey(name)); n++) {
      const suffix = `~${n}`;
      const suffixed = `${fit(folder, budget - bytes(suffix))}${suffix}`;
      // Never another folder's own name (a folder called "story~2"): try the next number.
      name = own.has(fileNameKey(suffixed)) ? stem : suffixed;
    }
    taken.add(fileNameKey(name));
    names[i] = `${name}${EXTENSION}`;
  }
  return names;
}
