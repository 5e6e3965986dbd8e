/**
 * A project compared as it says (base, options, corrections). Its own module, left out of
 * the project index: it loads the engine, which the page runs in a worker and must not
 * carry in its own bundle (the command line and tests import it from here).
 */
import { compareArticles } from '../compare';
import type { Comparison } from '../model';
import { projectArticles, projectCompareOptions } from './details';
import type { Project } from './types';

/**
 * Compares the project's articles as the project says (base, options, corrections); with
 * `firstOnStory`, the base is the engine's choice instead (the first article on the story,
 * see `compareArticles`), for a project just made of files with no base chosen.
 */
export function compareProject(
  project: Project,
  { firstOnStory = false }: { readonly firstOnStory?: boolean } = {},
): Comparison {
  const { base, ...options } = projectCompareOptions(project);
  return compareArticles(projectArticles(project), firstOnStory ? options : { base, ...options });
}
