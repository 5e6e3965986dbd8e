/** The figures a reader takes in first: how many rows are shared, identical, moved, unique. */
import { articleIndex, type Comparison } from '../model';
import { assertNever } from '../util/assert';

/** The figures a reader takes in first. */
export interface ViewSummary {
  /** All rows. */
  readonly rows: number;
  /** Shared rows with text from every article. */
  readonly sharedByAll: number;
  /** Shared rows with text from some but not all articles. */
  readonly sharedBySome: number;
  /** Shared rows with text from every article not flagged off-topic (null when none is flagged). */
  readonly sharedByAllOnTopic: number | null;
  /** Shared rows whose wording is identical in every article (under the options). */
  readonly identicalRows: number;
  /** Rows in which at least one article's paragraphs moved. */
  readonly movedRows: number;
  /** (row, article) placements out of the base's order. */
  readonly movedPlacements: number;
  /** Rows of one article's unique text (not counting an off-topic article's: no part of the story). */
  readonly uniqueRows: number;
  /** Rows of an off-topic article's own text. */
  readonly offTopicRows: number;
  /** Rows of boilerplate. */
  readonly boilerplateRows: number;
  /** Number of numbered differences. */
  readonly differences: number;
  /** Number of altered quotations. */
  readonly alteredQuotes: number;
}

/** The summary figures of a comparison whose view lists `differences` differences. */
export function summarize(comparison: Comparison, differences: number): ViewSummary {
  const n = comparison.articles.length;
  const onTopic = comparison.articles
    .map((_, k) => articleIndex(k))
    .filter((k) => !comparison.offTopic.includes(k));
  let sharedByAll = 0;
  let sharedBySome = 0;
  let sharedByAllOnTopic = 0;
  let identicalRows = 0;
  let movedRows = 0;
  let movedPlacements = 0;
  let uniqueRows = 0;
  let offTopicRows = 0;
  let boilerplateRows = 0;
  for (const row of comparison.rows) {
    const kind = row.kind;
    switch (kind) {
      case 'shared': {
        const withText = row.cells.filter((c) => c.length > 0).length;
        if (withText === n) {
          sharedByAll++;
        } else {
          sharedBySome++;
        }
        if (onTopic.every((k) => (row.cells[k]?.length ?? 0) > 0)) {
          sharedByAllOnTopic++;
        }
        if (row.diffs.every((d) => d.parts.every((p) => p.kind === 'equal'))) {
          identicalRows++;
        }
        break;
      }
      case 'unique':
        if (comparison.offTopic.includes(row.pivot)) {
          offTopicRows++;
        } else {
          uniqueRows++;
        }
        break;
      case 'boilerplate':
        boilerplateRows++;
        break;
      default:
        assertNever(kind, 'unknown row kind');
    }
    if (row.moved.length > 0) {
      movedRows++;
      movedPlacements += row.moved.length;
    }
  }
  return {
    rows: comparison.rows.length,
    sharedByAll,
    sharedBySome,
    sharedByAllOnTopic: comparison.offTopic.length > 0 ? sharedByAllOnTopic : null,
    identicalRows,
    movedRows,
    movedPlacements,
    uniqueRows,
    offTopicRows,
    boilerplateRows,
    differences,
    alteredQuotes: comparison.alteredQuotes.length,
  };
}
