import { useMemo, useState } from 'react';
// The labels only, from a module without the analyses (they run in a worker).
import {
  DISCREPANCY_LABELS,
  describeSpeaker,
  describeStatus,
  type Analysis,
  type ParagraphHit,
} from '../../shared/analysis/types';
import type { UserLexicon } from '../../shared/analysis/lexicon-file';
import type { ArticleIndex, ParaIndex, RowIndex } from '../../shared/model';
import { rowNumber } from '../../shared/view-model/display';
import type { ViewModel } from '../../shared/view-model/view-model';
import { paragraphRows } from '../cell-navigation';
import { ArticleName } from './ArticleName';

/** Props of {@link AnalysisPanel}. */
export interface AnalysisPanelProps {
  readonly model: ViewModel;
  readonly analysis: Analysis;
  /** The name of an article (Outlet A, B… in blind mode). */
  readonly name: (article: number) => string;
  /** Jumps to a row. */
  readonly onJump: (row: RowIndex) => void;
  /** The user's lexicon in use on top of the built-in ones, or null. */
  readonly lexicon: UserLexicon | null;
  /** Why the last lexicon file could not be used, or null. */
  readonly lexiconError: string | null;
  /** Loads a lexicon file the user picked. */
  readonly onLoadLexicon: (file: File) => void;
  /** Goes back to the built-in lexicons. */
  readonly onClearLexicon: () => void;
}

/** How many row links a list shows before "show all". */
const SHOWN_ROWS = 10;

/**
 * Rows as links (1-based, as the comparison numbers them), wrapping in the panel; a long
 * list shows its first rows and a "show all" button.
 */
function RowLinks({
  rows,
  onJump,
  label,
}: {
  readonly rows: ReadonlyArray<RowIndex>;
  readonly onJump: (row: RowIndex) => void;
  readonly label: string;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, SHOWN_ROWS);
  if (rows.length === 0) {
    return null;
  }
  return (
    <ul className="row-links" aria-label={label}>
      {shown.map((r) => (
        <li key={r}>
          <button
            type="button"
            className="row-link"
            aria-label={`Row ${rowNumber(r)}`}
            onClick={() => onJump(r)}
          >
            {rowNumber(r)}
          </button>
        </li>
      ))}
      {rows.length > SHOWN_ROWS && (
        <li>
          <button type="button" className="show-all" onClick={() => setAll(!all)}>
            {all ? 'show fewer' : `show all ${rows.length}`}
          </button>
        </li>
      )}
    </ul>
  );
}

/** Each term of one outlet with its count and the rows it occurs in. */
function TermList({
  hits,
  rowOf,
  onJump,
  label,
}: {
  readonly hits: ReadonlyArray<ParagraphHit<string>>;
  readonly rowOf: (paragraph: ParaIndex) => RowIndex | null;
  readonly onJump: (row: RowIndex) => void;
  readonly label: string;
}) {
  const terms = new Map<string, (RowIndex | null)[]>();
  for (const h of hits) {
    const rows = terms.get(h.term) ?? [];
    rows.push(rowOf(h.paragraph));
    terms.set(h.term, rows);
  }
  if (terms.size === 0) {
    return <p className="none">none</p>;
  }
  const sorted = [...terms].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return (
    <ul className="terms" aria-label={label}>
      {sorted.map(([term, rows]) => (
        <li key={term}>
          <bdi className="term">{term}</bdi> <span className="count">×{rows.length}</span>
          <RowLinks
            rows={[...new Set(rows.filter((r) => r !== null))].sort((a, b) => a - b)}
            onJump={onJump}
            label={`Where “${term}” occurs`}
          />
        </li>
      ))}
    </ul>
  );
}

/** Counts by category, as one wrapping line ("neutral 12 · asserting 3 …"). */
function Categories({ counts }: { readonly counts: Readonly<Record<string, number>> }) {
  return (
    <p className="categories">
      {Object.entries(counts).map(([category, n]) => (
        <span key={category} className={n > 0 ? 'category' : 'category zero'}>
          {category} <b>{n}</b>
        </span>
      ))}
    </p>
  );
}

/** Quotes, attribution verbs, loaded language and coverage, each item jumping to its row. */
export function AnalysisPanel({
  model,
  analysis,
  name,
  onJump,
  lexicon,
  lexiconError,
  onLoadLexicon,
  onClearLexicon,
}: AnalysisPanelProps) {
  const rows = useMemo(() => paragraphRows(model), [model]);
  const rowOf = (article: ArticleIndex, paragraph: ParaIndex): RowIndex | null =>
    rows[article]?.[paragraph] ?? null;
  const shared = analysis.quotes.filter((q) => q.instances.length > 1);
  return (
    <section className="analysis" aria-label="Analysis">
      <div className="lexicon-bar">
        <span data-testid="lexicon-status">
          Lexicons: built-in
          {lexicon &&
            `, plus ${lexicon.terms} ${lexicon.terms === 1 ? 'term' : 'terms'} from ${lexicon.name}`}
        </span>
        <label className="button">
          Load lexicon…
          <input
            type="file"
            accept=".json,application/json"
            aria-label="Load a lexicon file (JSON)"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) {
                onLoadLexicon(file);
              }
            }}
          />
        </label>
        {lexicon && (
          <button type="button" onClick={onClearLexicon}>
            Built-in only
          </button>
        )}
        {lexiconError && (
          <p role="alert" className="lexicon-error">
            {lexiconError}
          </p>
        )}
      </div>
      <h2>Quotes ({shared.length} shared)</h2>
      <ul className="quotes">
        {shared.map((q, i) => (
          <li key={i}>
            <button
              type="button"
              onClick={() => {
                const row = rowOf(q.reference.article, q.reference.paragraph);
                if (row !== null) {
                  onJump(row);
                }
              }}
            >
              “<bdi>{q.reference.text}</bdi>”
            </button>
            <ul>
              {q.statuses.map((s) => {
                const instance = q.instances.find((x) => x.article === s.article);
                return (
                  <li
                    key={s.article}
                    className={`quote-status ${s.status}${s.status === 'identical' && s.extent ? ` ${s.extent}` : ''}`}
                  >
                    <ArticleName label={name(s.article)} />: {describeStatus(s)}
                    {instance && (
                      <>
                        {' ('}
                        <bdi>{describeSpeaker(instance)}</bdi>
                        {instance.verb && (
                          <>
                            , <bdi>{instance.verb}</bdi>
                          </>
                        )}
                        {')'}
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      <h2>Verbs and loaded language</h2>
      {analysis.language.map((l) => (
        <section
          key={l.article}
          className="outlet-language"
          aria-label={`Verbs and loaded language: ${name(l.article)}`}
        >
          <h3>
            <ArticleName label={name(l.article)} />
          </h3>
          <h4>Attribution verbs</h4>
          <Categories counts={l.verbs} />
          <TermList
            hits={l.verbHits}
            rowOf={(p) => rowOf(l.article, p)}
            onJump={onJump}
            label={`Attribution verbs: ${name(l.article)}`}
          />
          <h4>Loaded and hedging terms</h4>
          <Categories counts={l.loaded} />
          <TermList
            hits={l.loadedHits}
            rowOf={(p) => rowOf(l.article, p)}
            onJump={onJump}
            label={`Loaded and hedging terms: ${name(l.article)}`}
          />
        </section>
      ))}
      <h2>Coverage</h2>
      <ul className="coverage">
        {analysis.coverage.byArticle.map((c) => (
          <li key={c.article}>
            <h3>
              <ArticleName label={name(c.article)} />
            </h3>
            {c.offTopic ? (
              <p>Probably about another story or event: not counted.</p>
            ) : (
              <>
                <p>
                  Alone reports <b>{c.alone.length}</b> {c.alone.length === 1 ? 'row' : 'rows'}
                  {c.alone.length > 0 ? ':' : '.'}
                </p>
                <RowLinks
                  rows={c.alone}
                  onJump={onJump}
                  label={`Rows only ${name(c.article)} reports`}
                />
                <p>
                  Leaves out <b>{c.omits.length}</b> {c.omits.length === 1 ? 'row' : 'rows'} all the
                  others report{c.omits.length > 0 ? ':' : '.'}
                </p>
                <RowLinks
                  rows={c.omits}
                  onJump={onJump}
                  label={`Rows ${name(c.article)} leaves out`}
                />
              </>
            )}
          </li>
        ))}
      </ul>
      {analysis.discrepancies.length > 0 && (
        <>
          <h2>Figures, dates and names given differently</h2>
          <ul>
            {analysis.discrepancies.map((d) => (
              <li key={`${d.row}-${d.kind}`}>
                <button type="button" className="row-link" onClick={() => onJump(d.row)}>
                  row {rowNumber(d.row)}
                </button>{' '}
                {DISCREPANCY_LABELS[d.kind]}:{' '}
                {d.values
                  .map((v) => `${name(v.article)}: ${v.values.join(', ') || '—'}`)
                  .join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
