/**
 * Corrections of the alignment, as changes to the project's manual links and unlinks.
 *
 * The engine takes `manual.links` as fixed (the two paragraphs share a row, whatever the
 * base or options) and `manual.unlinks` as pairs it never puts in one row, and re-aligns
 * everything else around them. Each correction below is expressed in those two terms,
 * given the comparison the user sees (the rows are computed, so "this row" only means
 * something in a comparison of the same project):
 *
 * - **move** a paragraph to another row: unlinked from the paragraphs of other articles in
 *   its row, linked to every paragraph of other articles in the target row (one link
 *   would do where the engine agrees; links to all keep the row whole whatever it thinks).
 *   The target row's paragraphs of its own article stay, and it sits beside them (a row may
 *   hold several paragraphs of one article, as a split or merge does): they are linked to
 *   those paragraphs of other articles as it is, else the engine, which pairs one paragraph
 *   of an article at a time, could put them out of the row to make room for it.
 * - **split out**: unlinked from every paragraph of every other article, so the engine
 *   cannot pair it with its next-best counterpart either; it stands alone.
 * - **join** two rows: their paragraphs linked along a tree (every paragraph to one
 *   paragraph of another article), any unlink between them dropped.
 * - **link** two paragraphs: a fixed link; unlinks between each and the other's row
 *   dropped, so the link's row keeps its paragraphs. Each one's links by hand to its own
 *   row give way where what they hold to it (the paragraphs joined to it by the user's
 *   links) shares an article with the other paragraph and what the user's links hold to
 *   it: keeping them would put two paragraphs of one article in one row. Paragraphs the
 *   engine placed hold nothing. So a paragraph moved into a row and then linked elsewhere
 *   leaves that row, whichever of the two was picked first, and a paragraph linked into a
 *   row the user linked keeps that row's links. The links let go are returned, for the
 *   edit's message to name; no other link is written (the rest of that row keeps the
 *   user's links among its paragraphs, and the engine judges it again).
 * - **clear** a paragraph's corrections (the engine decides again).
 *
 * A paragraph moved or split out of a row the user's links held together through it (e.g.
 * the hub of a join) leaves the rest linked, so a row the user built does not fall apart.
 * Link and Move/Split differ here: Move and Split link the rest along a tree (links the
 * user did not make pair by pair, e.g. courier–gazette for a row joined through the
 * herald, written without a word), where Link writes none and names the links it drops,
 * leaving the rest to the engine. One policy (never lose the user's work silently, never
 * write a link they did not make) would have Move and Split do as Link does: not done yet.
 *
 * A link replaces an unlink of the same pair and vice versa; pairs are stored with the
 * lower article first; existing corrections keep their order and new ones are appended,
 * so the result is deterministic. Each returns a new project (see `edits.ts`).
 */
import {
  articleIndex,
  paraIndex,
  type Comparison,
  type ManualAlignment,
  type ParagraphPair,
  type ParaIndex,
} from '../model';
import { articleLabels } from './details';
import { finish } from './edits';
import { paragraphRows } from '../view-model/paragraph-rows';
import { pairKey, rowParagraphs } from './anchors';
import { PROJECT_LIMITS, type ParagraphRef, type Project, type ProjectResult } from './types';

/**
 * A paragraph moved, with the paragraphs of its article it sits beside in the target row
 * (none, mostly), or why not.
 */
export type MoveResult =
  | {
      readonly ok: true;
      readonly project: Project;
      /**
       * The paragraphs of the moved paragraph's article that were in the target row already,
       * kept there beside it, in order.
       */
      readonly beside: ReadonlyArray<ParaIndex>;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Moves a paragraph out of its row into another row of the comparison, beside the paragraphs
 * of its article already there.
 */
export function moveParagraphToRow(
  project: Project,
  comparison: Comparison,
  paragraph: ParagraphRef,
  targetRow: number,
): MoveResult {
  const problem =
    staleProblem(project, comparison) ??
    paragraphProblem(project, paragraph) ??
    rowProblem(comparison, targetRow);
  if (problem !== null) {
    return fail(problem);
  }
  const from = rowOf(paragraphRows(comparison), paragraph);
  if (from === targetRow) {
    return fail(`That paragraph is already in row ${targetRow + 1}.`);
  }
  const target = alignable(project, rowParagraphs(comparison, targetRow));
  const partners = target.filter((p) => p.article !== paragraph.article);
  if (partners.length === 0) {
    return fail(
      `Row ${targetRow + 1} has no paragraph of another article to align this paragraph with.`,
    );
  }
  const beside = target.filter((p) => p.article === paragraph.article);
  const manual = new ManualEditor(project.manual);
  leaveRow(project, manual, paragraph, rowParagraphs(comparison, from));
  for (const p of [paragraph, ...beside]) {
    for (const partner of partners) {
      manual.link(p, partner);
    }
  }
  const result = withManual(project, manual.result());
  return result.ok ? { ...result, beside: beside.map((p) => paraIndex(p.paragraph)) } : result;
}

/** Takes a paragraph out of its row into a row of its own. */
export function splitOut(
  project: Project,
  comparison: Comparison,
  paragraph: ParagraphRef,
): ProjectResult {
  const problem = staleProblem(project, comparison) ?? paragraphProblem(project, paragraph);
  if (problem !== null) {
    return fail(problem);
  }
  const row = rowOf(paragraphRows(comparison), paragraph);
  if (!rowParagraphs(comparison, row).some((p) => p.article !== paragraph.article)) {
    return fail('That paragraph already stands in a row of its own.');
  }
  const manual = new ManualEditor(project.manual);
  leaveRow(project, manual, paragraph, rowParagraphs(comparison, row));
  project.articles.forEach((article, k) => {
    if (k !== paragraph.article) {
      article.paragraphs.forEach((p, i) => {
        if (p.boilerplate === null) {
          manual.unlink(paragraph, { article: k, paragraph: i });
        }
      });
    }
  });
  return withManual(project, manual.result());
}

/** Joins two rows of the comparison into one. */
export function joinRows(
  project: Project,
  comparison: Comparison,
  rowA: number,
  rowB: number,
): ProjectResult {
  const problem =
    staleProblem(project, comparison) ??
    rowProblem(comparison, rowA) ??
    rowProblem(comparison, rowB);
  if (problem !== null) {
    return fail(problem);
  }
  if (rowA === rowB) {
    return fail('Pick two different rows to join.');
  }
  const a = alignable(project, rowParagraphs(comparison, rowA));
  const b = alignable(project, rowParagraphs(comparison, rowB));
  const all = [...a, ...b];
  if (a.length === 0 || b.length === 0 || !all.some((p) => p.article !== all[0]?.article)) {
    return fail(
      'These rows cannot be joined: they hold paragraphs of one article only, or boilerplate.',
    );
  }
  const manual = new ManualEditor(project.manual);
  for (const p of a) {
    for (const q of b) {
      manual.forgetUnlink(p, q);
    }
  }
  manual.linkTree(all);
  return withManual(project, manual.result());
}

/**
 * Links by hand that a link let go of: a paragraph's links with the paragraphs of its row
 * (`mates`) that would have pulled that row into the other one.
 */
export interface LinksLetGo {
  readonly paragraph: ParagraphRef;
  readonly mates: ReadonlyArray<ParagraphRef>;
}

/**
 * A link made, with the user's links it let go of and the pairs they kept apart that it
 * dropped (none, mostly), or why not.
 */
export type LinkResult =
  | {
      readonly ok: true;
      readonly project: Project;
      readonly letGo: ReadonlyArray<LinksLetGo>;
      /**
       * The user's pairs kept apart of each paragraph with the other's row (`mates`), dropped
       * so that the link's row keeps its paragraphs (the two linked are not among them: a
       * link replaces an unlink of the same pair).
       */
      readonly apart: ReadonlyArray<LinksLetGo>;
    }
  | { readonly ok: false; readonly message: string };

/** Links two paragraphs of different articles: they will share a row. */
export function linkParagraphs(
  project: Project,
  comparison: Comparison,
  first: ParagraphRef,
  second: ParagraphRef,
): LinkResult {
  const problem =
    staleProblem(project, comparison) ??
    paragraphProblem(project, first) ??
    paragraphProblem(project, second) ??
    (first.article === second.article
      ? 'Two paragraphs of one article cannot be linked; move one of them instead.'
      : null);
  if (problem !== null) {
    return fail(problem);
  }
  const manual = new ManualEditor(project.manual);
  if (manual.isLinked(first, second)) {
    return fail('These paragraphs are already linked.');
  }
  const rows = paragraphRows(comparison);
  const [ownRow, targetRow] = [rowOf(rows, first), rowOf(rows, second)];
  const letGo: LinksLetGo[] = [];
  const apart: LinksLetGo[] = [];
  for (const [p, other, row] of [
    [first, second, targetRow],
    [second, first, ownRow],
  ] as const) {
    const mates: ParagraphRef[] = [];
    for (const q of rowParagraphs(comparison, row)) {
      if (!sameParagraph(q, other) && manual.forgetUnlink(p, q)) {
        mates.push(q);
      }
    }
    if (mates.length > 0) {
      apart.push({ paragraph: p, mates });
    }
  }
  if (ownRow !== targetRow) {
    // Each side is the paragraph and what the user's links pull along from its row; the
    // engine places the rest of either row again. A side's links give way when what they
    // pull along shares an article with the other side: keeping them would put two
    // paragraphs of one article in one row. Both sides are judged alike, so the pick order
    // does not matter.
    const side = (p: ParagraphRef, row: number) => {
      const paragraphs = rowParagraphs(comparison, row);
      return { p, paragraphs, pulled: heldByHand(project, manual, p, paragraphs) };
    };
    const sides = [side(first, ownRow), side(second, targetRow)] as const;
    const clashing = sides.map(({ pulled }, i) => {
      const other = sides[1 - i] as (typeof sides)[number];
      const there = new Set([other.p, ...other.pulled].map((q) => q.article));
      return pulled.some((q) => there.has(q.article));
    });
    sides.forEach(({ p, paragraphs }, i) => {
      if (clashing[i] === true) {
        const mates = letGoOfRow(project, manual, p, paragraphs);
        if (mates.length > 0) {
          letGo.push({ paragraph: p, mates });
        }
      }
    });
  }
  manual.link(first, second);
  const result = withManual(project, manual.result());
  return result.ok ? { ...result, letGo, apart } : result;
}

/** Drops every correction that names this paragraph: the engine places it again. */
export function clearCorrections(project: Project, paragraph: ParagraphRef): ProjectResult {
  const names = (p: ParagraphPair): boolean =>
    (p.a === paragraph.article && p.paragraphA === paragraph.paragraph) ||
    (p.b === paragraph.article && p.paragraphB === paragraph.paragraph);
  return withManual(project, {
    links: project.manual.links.filter((p) => !names(p)),
    unlinks: project.manual.unlinks.filter((p) => !names(p)),
  });
}

/**
 * The project with these corrections, unless there are more of a kind than a project file
 * holds (the pairs themselves are made of paragraphs checked by the edit).
 */
function withManual(project: Project, manual: ManualAlignment): ProjectResult {
  const limit = PROJECT_LIMITS.pairs;
  return manual.links.length > limit || manual.unlinks.length > limit
    ? fail(`A project holds at most ${limit} corrections of each kind (links, pairs kept apart).`)
    : finish({ ...project, manual });
}

/** Edits a manual alignment pair by pair, keeping the order of what stays. */
class ManualEditor {
  private readonly links: Map<string, ParagraphPair>;
  private readonly unlinks: Map<string, ParagraphPair>;

  constructor(manual: ManualAlignment) {
    this.links = new Map(manual.links.map((p) => [pairKey(p), p]));
    this.unlinks = new Map(manual.unlinks.map((p) => [pairKey(p), p]));
  }

  isLinked(p: ParagraphRef, q: ParagraphRef): boolean {
    return this.links.has(pairKey(pairOf(p, q)));
  }

  isUnlinked(p: ParagraphRef, q: ParagraphRef): boolean {
    return this.unlinks.has(pairKey(pairOf(p, q)));
  }

  link(p: ParagraphRef, q: ParagraphRef): void {
    const pair = pairOf(p, q);
    const key = pairKey(pair);
    this.unlinks.delete(key);
    if (!this.links.has(key)) {
      this.links.set(key, pair);
    }
  }

  unlink(p: ParagraphRef, q: ParagraphRef): void {
    const pair = pairOf(p, q);
    const key = pairKey(pair);
    this.links.delete(key);
    if (!this.unlinks.has(key)) {
      this.unlinks.set(key, pair);
    }
  }

  /**
   * Links paragraphs of two or more articles into one row along a tree: the first to every
   * paragraph of another article, the first of another article to the first one's own.
   */
  linkTree(refs: ReadonlyArray<ParagraphRef>): void {
    const hub = refs[0];
    const otherHub = refs.find((p) => p.article !== hub?.article);
    if (hub === undefined || otherHub === undefined) {
      return;
    }
    for (const p of refs.slice(1)) {
      this.link(p.article === hub.article ? otherHub : hub, p);
    }
  }

  forgetLink(p: ParagraphRef, q: ParagraphRef): void {
    this.links.delete(pairKey(pairOf(p, q)));
  }

  /** Drops the pair kept apart, if it was: whether it was. */
  forgetUnlink(p: ParagraphRef, q: ParagraphRef): boolean {
    return this.unlinks.delete(pairKey(pairOf(p, q)));
  }

  result(): ManualAlignment {
    return { links: [...this.links.values()], unlinks: [...this.unlinks.values()] };
  }
}

/**
 * Separates a paragraph from the other articles' paragraphs of its row. When the user's
 * links held that row together through this paragraph, the rest stays linked (a row the
 * user built does not fall apart when one of its paragraphs leaves).
 */
function leaveRow(
  project: Project,
  manual: ManualEditor,
  paragraph: ParagraphRef,
  row: ReadonlyArray<ParagraphRef>,
): void {
  const rest = alignable(project, row).filter((p) => !sameParagraph(p, paragraph));
  const heldByIt = rest.some((p) => manual.isLinked(paragraph, p));
  for (const mate of rest) {
    if (mate.article !== paragraph.article) {
      manual.unlink(paragraph, mate);
    }
  }
  if (heldByIt) {
    manual.linkTree(rest);
  }
}

/** Whether two references name one paragraph. */
function sameParagraph(a: ParagraphRef, b: ParagraphRef): boolean {
  return a.article === b.article && a.paragraph === b.paragraph;
}

/**
 * What the user's links hold to a paragraph in its row: the paragraphs of the row joined to
 * it by links by hand, directly or through each other (a row the user built, or a paragraph
 * moved into a row with its links to all there). The rest of the row is the engine's.
 */
function heldByHand(
  project: Project,
  manual: ManualEditor,
  paragraph: ParagraphRef,
  row: ReadonlyArray<ParagraphRef>,
): ReadonlyArray<ParagraphRef> {
  const rest = alignable(project, row).filter((p) => !sameParagraph(p, paragraph));
  const pulled = rest.filter((p) => manual.isLinked(paragraph, p));
  for (let i = 0; i < pulled.length; i++) {
    const from = pulled[i] as ParagraphRef;
    for (const p of rest) {
      if (!pulled.includes(p) && manual.isLinked(from, p)) {
        pulled.push(p);
      }
    }
  }
  return pulled;
}

/**
 * Lets go of a paragraph's links by hand with the paragraphs of its row, when it is linked
 * into another row that they would bring a second paragraph of one article into. Its mates
 * are not kept apart from it: the engine judges them again. No link is written in their
 * place (the user's links among the rest stay): the mates let go are returned, for the
 * edit to say so.
 */
function letGoOfRow(
  project: Project,
  manual: ManualEditor,
  paragraph: ParagraphRef,
  row: ReadonlyArray<ParagraphRef>,
): ReadonlyArray<ParagraphRef> {
  const held = alignable(project, row).filter((p) => manual.isLinked(paragraph, p));
  for (const mate of held) {
    manual.forgetLink(paragraph, mate);
  }
  return held;
}

/** The pair with the lower article first. */
function pairOf(p: ParagraphRef, q: ParagraphRef): ParagraphPair {
  const [first, second] = p.article < q.article ? [p, q] : [q, p];
  return {
    a: articleIndex(first.article),
    paragraphA: paraIndex(first.paragraph),
    b: articleIndex(second.article),
    paragraphB: paraIndex(second.paragraph),
  };
}

/** The row holding a paragraph in a table of {@link paragraphRows}, or -1. */
function rowOf(rows: ReadonlyArray<ReadonlyArray<number | undefined>>, p: ParagraphRef): number {
  return rows[p.article]?.[p.paragraph] ?? -1;
}

/** The paragraphs that may be aligned (boilerplate never is). */
function alignable(project: Project, refs: ReadonlyArray<ParagraphRef>): ParagraphRef[] {
  return refs.filter(
    (p) => project.articles[p.article]?.paragraphs[p.paragraph]?.boilerplate === null,
  );
}

/**
 * A comparison of another state of the project (e.g. still being recomputed after the
 * last edit) would place the correction wrongly: refused.
 */
function staleProblem(project: Project, comparison: Comparison): string | null {
  const sameArticles =
    comparison.articles.length === project.articles.length &&
    project.articles.every(
      (a, k) => comparison.articles[k]?.paragraphs.length === a.paragraphs.length,
    );
  const manual = comparison.options.manual ?? { links: [], unlinks: [] };
  const sameManual =
    manual === project.manual ||
    (sameKeys(manual.links, project.manual.links) &&
      sameKeys(manual.unlinks, project.manual.unlinks));
  return sameArticles && sameManual
    ? null
    : 'The comparison is still being updated; try again when it is shown.';
}

function sameKeys(x: ReadonlyArray<ParagraphPair>, y: ReadonlyArray<ParagraphPair>): boolean {
  if (x.length !== y.length) {
    return false;
  }
  const keys = new Set(x.map(pairKey));
  return y.every((p) => keys.has(pairKey(p)));
}

function paragraphProblem(project: Project, p: ParagraphRef): string | null {
  const article = project.articles[p.article];
  const paragraph = article?.paragraphs[p.paragraph];
  if (paragraph === undefined) {
    return `There is no paragraph ${p.paragraph + 1} in article ${p.article + 1}.`;
  }
  return paragraph.boilerplate === null
    ? null
    : `Paragraph ${p.paragraph + 1} of ${articleLabels(project)[p.article] ?? 'the article'} is boilerplate, which is never aligned.`;
}

function rowProblem(comparison: Comparison, row: number): string | null {
  return comparison.rows[row] === undefined ? `There is no row ${row + 1}.` : null;
}

function fail(message: string): { readonly ok: false; readonly message: string } {
  return { ok: false, message };
}
