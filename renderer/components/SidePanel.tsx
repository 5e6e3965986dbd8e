import type { Analysis } from '../../shared/analysis/analyze';
import type { UserLexicon } from '../../shared/analysis/lexicon-file';
import type { ReportModel } from '../../shared/report/report-model';
import type { Panel } from '../state/app-state';
import { AnalysisPanel } from './AnalysisPanel';
import { DifferencesList } from './DifferencesList';

/** Props of {@link SidePanel}. */
export interface SidePanelProps {
  readonly model: ReportModel;
  /** The tab shown. */
  readonly panel: Panel;
  readonly onPanel: (panel: Panel) => void;
  /** Index of the current difference. */
  readonly current: number;
  readonly onPick: (index: number) => void;
  readonly blind: boolean;
  /** The analyses, or null while they run or when they failed. */
  readonly analysis: Analysis | null;
  /** Why the analyses failed, or null. */
  readonly analysisError: string | null;
  /** Jumps to a row (0-based). */
  readonly onJump: (row: number) => void;
  readonly lexicon: UserLexicon | null;
  readonly lexiconError: string | null;
  readonly onLoadLexicon: (file: File) => void;
  readonly onClearLexicon: () => void;
}

/** The side panel: the differences list or the analyses, as tabs. */
export function SidePanel({
  model,
  panel,
  onPanel,
  current,
  onPick,
  blind,
  analysis,
  analysisError,
  onJump,
  lexicon,
  lexiconError,
  onLoadLexicon,
  onClearLexicon,
}: SidePanelProps) {
  return (
    <aside className="side" aria-label="Differences panel">
      <div className="tabs" role="tablist" aria-label="Side panel">
        <button
          type="button"
          role="tab"
          aria-selected={panel === 'differences'}
          onClick={() => onPanel('differences')}
        >
          Differences
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={panel === 'analysis'}
          onClick={() => onPanel('analysis')}
        >
          Analysis
        </button>
      </div>
      {panel === 'differences' ? (
        <>
          <h2>Differences ({model.differences.length})</h2>
          <DifferencesList model={model} current={current} onPick={onPick} blind={blind} />
        </>
      ) : analysis ? (
        <AnalysisPanel
          model={model}
          analysis={analysis}
          blind={blind}
          onJump={onJump}
          lexicon={lexicon}
          lexiconError={lexiconError}
          onLoadLexicon={onLoadLexicon}
          onClearLexicon={onClearLexicon}
        />
      ) : (
        <p role={analysisError ? 'alert' : 'status'}>
          {analysisError ?? 'Analysing quotes, verbs and coverage…'}
        </p>
      )}
    </aside>
  );
}
