/**
 * A project compared as it says (base, options, corrections). Its own module, left out of
 * the project index: it loads the engine, which the page runs in a worker and must not
 * carry in its own bundle (the command line and tests import it from here).
 */
import { compareArticles } from '../compare';
import type { Comparison } from '../model';
import { projectArticles, projectCompareOptions } from './details';
import type { Project } from './types';

/** Compares the project's articles as the project says (base, options, corrections). */
export function compareProject(project: Project): Comparison {
  return compareArticles(projectArticles(project), projectCompareOptions(project));
}
