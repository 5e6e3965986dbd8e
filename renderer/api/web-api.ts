/**
 * The browser implementation of the typed API ("web mode"): a file input instead of the
 * native open dialog, a download instead of the save dialog, the sample story fetched from
 * the server that serves the app.
 */
import type { Api, OpenedFile, OpenedFiles, SampleStory } from '../../shared/ipc';
import { ARTICLE_EXTENSIONS } from '../../shared/load/load-article';
import { parseManifest } from '../../shared/load/manifest';

/** Lets the user pick files with a hidden file input; null when cancelled. */
function pickFiles(directory: boolean): Promise<OpenedFiles | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = directory
      ? ''
      : [...ARTICLE_EXTENSIONS.map((e) => `.${e}`), 'text/plain', 'text/html'].join(',');
    if (directory) {
      input.setAttribute('webkitdirectory', '');
    }
    input.style.display = 'none';
    input.addEventListener('change', () => {
      void readFileList(input.files).then(resolve);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/** Reads browser File objects as bytes. */
export async function readFileList(
  list: FileList | ReadonlyArray<File> | null,
): Promise<OpenedFiles> {
  const files: OpenedFile[] = [];
  for (const file of Array.from(list ?? [])) {
    files.push({ file: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return { files, unreadable: [] };
}

/** The sample story from the server: its manifest checked (it comes over the network). */
async function readSampleStory(): Promise<SampleStory> {
  const response = await fetch('seeds/manifest.json');
  const parsed = parseManifest(await response.text(), 'seeds/manifest.json');
  if (!parsed.ok) {
    throw new Error(parsed.message);
  }
  const manifest = parsed.manifest;
  const files = await Promise.all(
    manifest.articles.map(async (entry) => {
      const bytes = new Uint8Array(await (await fetch(`seeds/${entry.file}`)).arrayBuffer());
      return { ...entry, file: `seeds/${entry.file}`, bytes };
    }),
  );
  return { story: manifest.story, files };
}

/** Offers a string as a file download. */
function download(html: string, suggestedName: string): Promise<string | null> {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = suggestedName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return Promise.resolve(suggestedName);
}

/** The web API. */
export const webApi: Api = {
  platform: 'web',
  openArticles: () => pickFiles(false),
  openFolder: () => pickFiles(true),
  readSampleStory,
  saveReport: download,
  // Browsers give pages no file paths, so there is nothing to reopen later.
  addRecent: () => Promise.resolve(),
  // No native menu to keep in step.
  setCommandState: () => Promise.resolve(),
};
