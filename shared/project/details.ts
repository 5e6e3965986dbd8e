/**
 * A project's articles as the engine and the views see them: the user's details over the
 * detected ones, labels for columns and exports, and the comparison options.
 */
import { parseLexiconFile, type UserLexicon } from '../analysis/lexicon-file';
import {
  articleIndex,
  type Article,
  type CompareOptions,
  type DiffOptions,
  type ManualAlignment,
} from '../model';
import { DEFAULT_DIFF_OPTIONS } from '../model';
import { storyTitle } from '../view-model/story-title';
import { validateProject } from './parse';
import type { Project, ProjectArticle, ProjectLexicon, ProjectResult, UserDetails } from './types';
import { PROJECT_FORMAT, PROJECT_VERSION } from './types';

/** One detail's value and who gave it. */
export interface ArticleDetail<T> {
  /** The value in force (the user's when set, else the detected one). */
  readonly value: T;
  /** `user` when the user set it, `detected` when it is what the loader found. */
  readonly source: 'user' | 'detected';
}

/** An article's details in force, each with its source. */
export interface ArticleDetails {
  readonly title: ArticleDetail<string>;
  readonly outlet: ArticleDetail<string | null>;
  readonly date: ArticleDetail<string | null>;
  readonly url: ArticleDetail<string | null>;
}

/** The details in force for one article of a project. */
export function detailsOf(article: ProjectArticle): ArticleDetails {
  const { user, detected } = article;
  return {
    title: detail(user.title, detected.title),
    outlet: detail(user.outlet, detected.outlet),
    date: detail(user.date, detected.date),
    url: detail(user.url, detected.url),
  };
}

function detail<T>(user: T | undefined, detected: T): ArticleDetail<T> {
  return user === undefined
    ? { value: detected, source: 'detected' }
    : { value: user, source: 'user' };
}

/**
 * An article with the user's details over the detected ones. A title the user set is
 * marked `titleSource: 'user'`.
 */
export function withUserDetails(article: Article, user: UserDetails): Article {
  return {
    ...article,
    title: user.title ?? article.title,
    titleSource: user.title === undefined ? article.titleSource : 'user',
    outlet: user.outlet === undefined ? article.outlet : user.outlet,
    date: user.date === undefined ? article.date : user.date,
  };
}

/** The project's articles for the engine, with the user's details applied. */
export function projectArticles(project: Project): ReadonlyArray<Article> {
  return project.articles.map((a) =>
    withUserDetails(
      {
        file: a.file,
        title: a.detected.title,
        titleSource: a.detected.titleSource,
        outlet: a.detected.outlet,
        date: a.detected.date,
        paragraphs: a.paragraphs,
      },
      a.user,
    ),
  );
}

/** The options to compare the project's articles with (`compareArticles(articles, options)`). */
export function projectCompareOptions(project: Project): CompareOptions {
  return {
    base: articleIndex(project.base),
    diff: project.diff,
    include: project.include.map(articleIndex),
    manual: project.manual,
  };
}

/** The user's lexicon of the project, read (a valid project's lexicon always reads). */
export function projectLexicon(project: Project): UserLexicon | null {
  if (project.lexicon === null) {
    return null;
  }
  const parsed = parseLexiconFile(project.lexicon.content, project.lexicon.name);
  return parsed.ok ? parsed.lexicon : null;
}

/** What a new project is made from. */
export interface NewProject {
  /** The articles as loaded (their details become the detected ones). */
  readonly articles: ReadonlyArray<Article>;
  /** The base article (default 0). */
  readonly base?: number;
  /** Wording options (default {@link DEFAULT_DIFF_OPTIONS}). */
  readonly diff?: DiffOptions;
  /** Articles included despite an off-topic flag (default none). */
  readonly include?: ReadonlyArray<number>;
  /** Corrections of the alignment (default none). */
  readonly manual?: ManualAlignment;
  /** The user's lexicon file (default none). */
  readonly lexicon?: ProjectLexicon | null;
  /** The story's name (default none). */
  readonly story?: string;
}

/**
 * A new project from loaded articles, checked as a file would be, so that whatever is
 * saved opens again (e.g. an article with a title over the limits is refused here, naming
 * the field, rather than at reopening).
 */
export function createProject(input: NewProject): ProjectResult {
  const project: Project = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    story: input.story ?? '',
    articles: input.articles.map((a) => ({
      file: a.file,
      paragraphs: a.paragraphs.map((p) => ({ text: p.text, boilerplate: p.boilerplate })),
      detected: {
        title: a.title,
        // A title a person gave is as certain as a manifest's; the user's own go in `user`.
        titleSource: a.titleSource === 'user' ? 'manifest' : a.titleSource,
        outlet: a.outlet,
        date: a.date,
        url: a.url ?? null,
      },
      user: {},
    })),
    base: input.base ?? 0,
    diff: input.diff ?? DEFAULT_DIFF_OPTIONS,
    include: input.include ?? [],
    manual: input.manual ?? { links: [], unlinks: [] },
    notes: [],
    codebook: [],
    codings: [],
    lexicon: input.lexicon ?? null,
  };
  return validateProject(project, 'The new project');
}

/** The last part of a path (`/a/b/bbc.txt` → `bbc.txt`). */
export function baseName(file: string): string {
  return file.split(/[\\/]/u).filter(Boolean).pop() ?? file;
}

/**
 * A short, unique label per article for columns and exports: the outlet in force, else the
 * file's name; two articles with one label get their file names added, then their numbers.
 */
export function articleLabels(project: Project): ReadonlyArray<string> {
  const first = project.articles.map((a) => detailsOf(a).outlet.value ?? baseName(a.file));
  const count = (labels: ReadonlyArray<string>, label: string): number =>
    labels.filter((l) => l === label).length;
  const second = first.map((label, k) =>
    count(first, label) > 1 && label !== baseName(project.articles[k]?.file ?? '')
      ? `${label} (${baseName(project.articles[k]?.file ?? '')})`
      : label,
  );
  return second.map((label, k) => (count(second, label) > 1 ? `${label} #${k + 1}` : label));
}

/**
 * The story's name: the user's, else the story's title as the report gives it from the
 * details in force (`storyTitle`: the base article's headline, else the first other
 * article's, else the base article's title, its file name, when no article has a headline).
 * Given the comparison's `offTopic` articles, their headlines come last, as in the report.
 */
export function storyName(project: Project, offTopic: ReadonlyArray<number> = []): string {
  const named = project.story.trim();
  return named !== '' ? named : storyTitle(projectArticles(project), project.base, offTopic);
}
