import type { ReportModel, ReportRow } from '../../shared/report/report-model';
import { blindLabel } from '../navigation';
import { Segments } from './Segments';
import type { HighlightRange } from '../highlight';
import type { ReactNode } from 'react';

/** Props of {@link ComparisonView}. */
export interface ComparisonViewProps {
  /** The comparison, as the report model (same marks as the exported report). */
  readonly model: ReportModel;
  /** Side by side columns, or one column with the outlets' texts stacked. */
  readonly layout: 'side' | 'inline';
  /** The row of the current difference (1-based), or null. */
  readonly currentRow: number | null;
  /** Hide outlet names ("Outlet A"). */
  readonly blind: boolean;
  /** Collapse runs of identical rows. */
  readonly collapseIdentical: boolean;
  /** Loaded-language ranges of an article's cell, or none. */
  readonly highlights?: (
    article: number,
    paragraphs: ReadonlyArray<number>,
  ) => ReadonlyArray<HighlightRange>;
}

/** The aligned comparison: one column per outlet, rows as the engine aligned them. */
export function ComparisonView({
  model,
  layout,
  currentRow,
  blind,
  collapseIdentical,
  highlights,
}: ComparisonViewProps) {
  const name = (k: number): string => (blind ? blindLabel(k) : (model.articles[k]?.label ?? ''));
  const columns = model.articles.length;
  return (
    <div
      className={`comparison ${layout}`}
      role="table"
      aria-label="Aligned comparison"
      style={{ ['--columns' as string]: columns }}
    >
      {layout === 'side' && (
        <div className="row header" role="row">
          {model.articles.map((a) => (
            <div key={a.index} className="cell" role="columnheader">
              <bdi>{name(a.index)}</bdi>
              {a.isBase && <span className="badge">base</span>}
              {a.offTopic && <span className="badge warn">another story?</span>}
            </div>
          ))}
        </div>
      )}
      {model.rows.map((row) =>
        collapseIdentical && row.kind === 'shared' && row.differences.length === 0 ? null : (
          <RowView
            key={row.number}
            row={row}
            layout={layout}
            current={row.number === currentRow}
            name={name}
            highlights={highlights}
          />
        ),
      )}
    </div>
  );
}

function rowLabel(row: ReportRow, name: (k: number) => string): ReactNode {
  if (row.kind === 'unique') {
    const only = row.cells.find((c) => c.role !== 'empty');
    return only ? (
      <>
        only in <bdi>{name(only.article)}</bdi>
      </>
    ) : (
      'unique'
    );
  }
  return row.kind === 'boilerplate' ? 'boilerplate' : '';
}

function RowView({
  row,
  layout,
  current,
  name,
  highlights,
}: {
  readonly row: ReportRow;
  readonly layout: 'side' | 'inline';
  readonly current: boolean;
  readonly name: (k: number) => string;
  readonly highlights: ComparisonViewProps['highlights'];
}) {
  const label = rowLabel(row, name);
  const cells = layout === 'inline' ? row.cells.filter((c) => c.role !== 'empty') : row.cells;
  return (
    <div
      id={`row-${row.number}`}
      className={`row ${row.kind}${current ? ' current' : ''}`}
      role="row"
      data-row={row.number}
      aria-current={current ? 'true' : undefined}
    >
      {cells.map((cell) => (
        <div
          key={cell.article}
          className={`cell ${cell.role}`}
          role="cell"
          data-article={cell.article}
        >
          {layout === 'inline' && (
            <div className="cell-outlet">
              <bdi>{name(cell.article)}</bdi>
            </div>
          )}
          {cell.role !== 'empty' && label && <div className="row-label">{label}</div>}
          {cell.moved && (
            <div className="moved-label">
              moved: paragraph {cell.moved.paragraph} of {cell.moved.of} in{' '}
              <bdi>{name(cell.article)}</bdi>
            </div>
          )}
          <div className="text">
            <Segments
              segments={cell.segments}
              highlights={highlights?.(cell.article, cell.paragraphs)}
            />
          </div>
        </div>
      ))}
    </div>
  );
}
