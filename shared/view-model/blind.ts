/**
 * The view model as the reader chose to see it (pure): in blind mode, outlets are named
 * "Outlet A", "Outlet B"… and their outlets and file names are left out, so that a handout
 * does not give away what the class is asked to guess.
 */
import { titleFromFileName } from '../load/metadata';
import type { ViewModel } from './view-model';

/** Blind names: "Outlet A", "Outlet B", … "Outlet Z", "Outlet A1", … */
export function blindLabel(index: number): string {
  return `Outlet ${String.fromCharCode(65 + (index % 26))}${index >= 26 ? String(Math.floor(index / 26)) : ''}`;
}

/** The story's title in blind mode where the only one is a file name. */
export const BLIND_STORY_TITLE = 'Untitled story';

/** Shown in blind mode where a file name would be. */
export const HIDDEN_FILE = 'hidden (blind mode)';

/**
 * The model with the articles named `names[k]` (default {@link blindLabel}) and their
 * outlets and file names left out (a title made from the file name too). Everything else
 * (texts, headlines, figures) is unchanged:
 * an option naming an article (the base) is shown from its `article`, by the name here, never
 * from its `value`.
 */
export function blindModel(model: ViewModel, names: ReadonlyArray<string> = []): ViewModel {
  const nameOf = (k: number): string => names[k] ?? blindLabel(k);
  // A story titled by a file name (no article has a headline) is titled by an outlet.
  const byFile = model.articles.some((a) => model.title === titleFromFileName(a.file));
  return {
    ...model,
    title: byFile ? BLIND_STORY_TITLE : model.title,
    articles: model.articles.map((a) => {
      const name = nameOf(a.index);
      // A title made from the file name ("theherald.txt") names the outlet as much as it does.
      const title = a.title === titleFromFileName(a.file) ? name : a.title;
      return { ...a, name, label: name, title, outlet: null, file: HIDDEN_FILE };
    }),
  };
}
