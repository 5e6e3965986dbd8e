import { DISCREPANCY_LABELS, describeSpeaker, type Analysis } from '../../shared/analysis/analyze';
import type { UserLexicon } from '../../shared/analysis/lexicon-file';
import type { ReportModel } from '../../shared/report/report-model';

/** Props of {@link AnalysisPanel}. */
export interface AnalysisPanelProps {
  readonly model: ReportModel;
  readonly analysis: Analysis;
  /** The name of an article (Outlet A, B… in blind mode). */
  readonly name: (article: number) => string;
  /** Jumps to a row (0-based index into the comparison's rows). */
  readonly onJump: (row: number) => void;
  /** The user's lexicon in use on top of the built-in ones, or null. */
  readonly lexicon: UserLexicon | null;
  /** Why the last lexicon file could not be used, or null. */
  readonly lexiconError: string | null;
  /** Loads a lexicon file the user picked. */
  readonly onLoadLexicon: (file: File) => void;
  /** Goes back to the built-in lexicons. */
  readonly onClearLexicon: () => void;
}

const STATUS = { identical: 'same words', altered: 'altered', missing: 'not quoted' } as const;

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
  const rowOf = (article: number, paragraph: number): number =>
    model.rows.findIndex((r) => r.cells[article]?.paragraphs.includes(paragraph));
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
      <h2>Quotes ({analysis.quotes.filter((q) => q.instances.length > 1).length} shared)</h2>
      <ul className="quotes">
        {analysis.quotes
          .filter((q) => q.instances.length > 1)
          .map((q, i) => (
            <li key={i}>
              <button
                type="button"
                onClick={() => onJump(rowOf(q.reference.article, q.reference.paragraph))}
              >
                “{q.reference.text}”
              </button>
              <ul>
                {q.statuses.map((s) => {
                  const instance = q.instances.find((x) => x.article === s.article);
                  return (
                    <li key={s.article} className={`quote-status ${s.status}`}>
                      {name(s.article)}: {STATUS[s.status]}
                      {instance &&
                        ` (${describeSpeaker(instance)}${instance.verb ? `, ${instance.verb}` : ''})`}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
      </ul>
      <h2>Verbs and loaded language</h2>
      <table className="language">
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">neutral</th>
            <th scope="col">asserting</th>
            <th scope="col">conceding</th>
            <th scope="col">adversarial</th>
            <th scope="col">loaded</th>
          </tr>
        </thead>
        <tbody>
          {analysis.language.map((l) => (
            <tr key={l.article}>
              <th scope="row">{name(l.article)}</th>
              <td>{l.verbs.neutral}</td>
              <td>{l.verbs.asserting}</td>
              <td>{l.verbs.conceding}</td>
              <td>{l.verbs.adversarial}</td>
              <td>{Object.keys(l.loadedTerms).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Coverage</h2>
      <ul className="coverage">
        {analysis.coverage.byArticle.map((c) => (
          <li key={c.article}>
            {name(c.article)}: alone reports {c.alone.length}
            {c.alone.slice(0, 8).map((r) => (
              <button key={r} type="button" className="row-link" onClick={() => onJump(r)}>
                {r + 1}
              </button>
            ))}
            ; leaves out {c.omits.length}
            {c.omits.map((r) => (
              <button key={r} type="button" className="row-link" onClick={() => onJump(r)}>
                {r + 1}
              </button>
            ))}
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
                  row {d.row + 1}
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
