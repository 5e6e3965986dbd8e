/**
 * Writing a project file: deterministic (the same project gives the same bytes, keys in
 * the order of `docs/project-format.md`, two-space indentation, a final newline), so files
 * diff well under version control and a save that changed nothing changes nothing.
 *
 * Law: `parseProject(serializeProject(p), name)` gives back `p` (deep-equal) for every
 * valid project `p`.
 */
import type { ParagraphPair } from '../model';
import type { Anchor, Project, ProjectArticle, UserDetails } from './types';
import { DETAIL_FIELDS } from './types';

/** The project as the text of a project file. */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(projectJson(project), null, 2)}\n`;
}

/**
 * The project as plain JSON data with its keys in file order (what
 * {@link serializeProject} writes), e.g. to embed it in another JSON document.
 */
export function projectJson(project: Project): unknown {
  const hidden = project.hidden ?? [];
  const shown = project.shown ?? [];
  return {
    format: project.format,
    version: fileVersion(project),
    story: project.story,
    articles: project.articles.map(articleJson),
    base: project.base,
    diff: {
      ignoreCase: project.diff.ignoreCase,
      ignorePunctuation: project.diff.ignorePunctuation,
      normalizeQuotes: project.diff.normalizeQuotes,
      ignoreWhitespace: project.diff.ignoreWhitespace,
    },
    include: [...project.include],
    ...(hidden.length === 0 ? {} : { hidden: [...hidden] }),
    ...(shown.length === 0 ? {} : { shown: [...shown] }),
    manual: {
      links: project.manual.links.map(pairJson),
      unlinks: project.manual.unlinks.map(pairJson),
    },
    notes: project.notes.map((n) => ({
      id: n.id,
      target: anchorJson(n.target),
      text: n.text,
      created: n.created,
      updated: n.updated,
    })),
    codebook: project.codebook.map((c) => ({
      id: c.id,
      name: c.name,
      colour: c.colour,
      ...(c.description === undefined ? {} : { description: c.description }),
    })),
    codings: project.codings.map((c) => ({
      id: c.id,
      code: c.code,
      target: anchorJson(c.target),
      created: c.created,
    })),
    lexicon:
      project.lexicon === null
        ? null
        : { name: project.lexicon.name, content: project.lexicon.content },
  };
}

/**
 * The format version a project is written as: the oldest that holds all of it, so that a
 * project using nothing newer still opens in an older News Compare (1), one that hides
 * outlets is refused there rather than shown with them (2), and one with outlets shown by
 * hand is refused by a version that would not show them (3).
 */
export function fileVersion(project: Pick<Project, 'hidden' | 'shown'>): 1 | 2 | 3 {
  if ((project.shown ?? []).length > 0) {
    return 3;
  }
  return (project.hidden ?? []).length > 0 ? 2 : 1;
}

function articleJson(article: ProjectArticle): unknown {
  const user: Record<string, unknown> = {};
  for (const field of DETAIL_FIELDS) {
    const value: UserDetails[typeof field] = article.user[field];
    if (value !== undefined) {
      user[field] = value;
    }
  }
  return {
    file: article.file,
    paragraphs: article.paragraphs.map((p) => ({ text: p.text, boilerplate: p.boilerplate })),
    detected: {
      title: article.detected.title,
      titleSource: article.detected.titleSource,
      outlet: article.detected.outlet,
      date: article.detected.date,
      url: article.detected.url,
    },
    user,
  };
}

function pairJson(p: ParagraphPair): unknown {
  return { a: p.a, paragraphA: p.paragraphA, b: p.b, paragraphB: p.paragraphB };
}

function anchorJson(anchor: Anchor): unknown {
  const paragraphs = anchor.paragraphs.map((p) => ({ article: p.article, paragraph: p.paragraph }));
  return anchor.kind === 'row'
    ? { kind: anchor.kind, paragraphs }
    : {
        kind: anchor.kind,
        paragraphs,
        sides: anchor.sides.map((s) => ({
          article: s.article,
          paragraph: s.paragraph,
          offset: s.offset,
          text: s.text,
        })),
      };
}
