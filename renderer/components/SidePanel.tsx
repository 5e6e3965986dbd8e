import { Fragment, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Analysis } from '../../shared/analysis/analyze';
import type { UserLexicon } from '../../shared/analysis/lexicon-file';
import type { RowIndex } from '../../shared/model';
import type { Difference, ViewModel } from '../../shared/view-model/view-model';
import {
  differencesHeading,
  unlistedDifferences,
  unlistedHintEnd,
  unlistedTotal,
  type UnlistedDifferences,
} from '../comparison-layout';
import { rovingIndex } from '../roving';
import type { Panel } from '../state/app-state';
import { AnalysisPanel } from './AnalysisPanel';
import { ArticleName } from './ArticleName';
import { DifferencesList } from './DifferencesList';

/** Props of {@link SidePanel}. */
export interface SidePanelProps {
  readonly model: ViewModel;
  /** The differences about the outlets shown. */
  readonly differences: ReadonlyArray<Difference>;
  /** Article indices shown as columns: the others' differences are not listed. */
  readonly shown: ReadonlyArray<number>;
  /** Names the compared articles: another story's list starts at its top. */
  readonly storyKey: string;
  /** The name of an article. */
  readonly name: (article: number) => string;
  /** The tab shown. */
  readonly panel: Panel;
  readonly onPanel: (panel: Panel) => void;
  /** Index of the current difference. */
  readonly current: number;
  readonly onPick: (index: number) => void;
  /** The analyses, or null while they run or when they failed. */
  readonly analysis: Analysis | null;
  /** Why the analyses failed, or null. */
  readonly analysisError: string | null;
  /** Jumps to a row. */
  readonly onJump: (row: RowIndex) => void;
  readonly lexicon: UserLexicon | null;
  readonly lexiconError: string | null;
  readonly onLoadLexicon: (file: File) => void;
  readonly onClearLexicon: () => void;
  /** The Notes & Codes tab's content. */
  readonly notes: ReactNode;
  /** How many entries the Notes tab lists (its heading's count; the tab says so). */
  readonly noteCount: number;
}

/** The side panel's tabs: the differences list, the analyses, and the notes and codes. */
const TABS: ReadonlyArray<{ readonly id: Panel; readonly label: string }> = [
  { id: 'differences', label: 'Differences' },
  { id: 'analysis', label: 'Analysis' },
  { id: 'notes', label: 'Notes' },
];

/** The side panel: the differences list, the analyses, or the notes and codes, as tabs. */
export function SidePanel({
  model,
  differences,
  shown,
  storyKey,
  name,
  panel,
  onPanel,
  current,
  onPick,
  analysis,
  analysisError,
  onJump,
  lexicon,
  lexiconError,
  onLoadLexicon,
  onClearLexicon,
  notes,
  noteCount,
}: SidePanelProps) {
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const unlisted = useMemo(() => unlistedDifferences(model, shown), [model, shown]);
  // The tabs pattern: arrow keys move between tabs and show them (automatic activation).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const to = rovingIndex(
      event.key,
      TABS.findIndex((t) => t.id === panel),
      TABS.length,
    );
    const tab = to === null ? undefined : TABS[to];
    if (tab && to !== null) {
      event.preventDefault();
      onPanel(tab.id);
      tabs.current[to]?.focus();
    }
  };
  return (
    <aside className="side" aria-label="Differences panel">
      <div className="tabs" role="tablist" aria-label="Side panel" onKeyDown={onKeyDown}>
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(node) => {
              tabs.current[i] = node;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={panel === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={panel === t.id ? 0 : -1}
            onClick={() => onPanel(t.id)}
          >
            {t.label}
            {t.id === 'notes' && noteCount > 0 && <span className="count"> ({noteCount})</span>}
          </button>
        ))}
      </div>
      <div
        className="tab-panel"
        role="tabpanel"
        id={`panel-${panel}`}
        aria-labelledby={`tab-${panel}`}
      >
        {panel === 'notes' ? (
          notes
        ) : panel === 'differences' ? (
          <>
            <h2>{differencesHeading(differences.length, unlisted)}</h2>
            {unlisted.length > 0 && <UnlistedHint unlisted={unlisted} name={name} />}
            <DifferencesList
              key={storyKey}
              differences={differences}
              current={current}
              onPick={onPick}
              name={name}
            />
          </>
        ) : analysis ? (
          <AnalysisPanel
            model={model}
            analysis={analysis}
            name={name}
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
      </div>
    </aside>
  );
}

/** An article's number alone ("#4") when its name starts with one, else its whole name. */
function shortName(name: string): string {
  return /^#\d+/u.exec(name)?.[0] ?? name;
}

/**
 * Says which differences the list leaves out: "16 in #4 The Guardian are not listed: it has
 * no column. Tick it under Columns to list them.", or for several outlets "32 in #4, #5 and
 * #7 are not listed: …". The names are the articles' words, isolated as everywhere (see
 * {@link ArticleName}).
 */
function UnlistedHint({
  unlisted,
  name,
}: {
  readonly unlisted: ReadonlyArray<UnlistedDifferences>;
  readonly name: (article: number) => string;
}) {
  const first = unlisted[0];
  if (unlisted.length === 1 && first !== undefined) {
    return (
      <p className="unlisted hint">
        {first.count} in <ArticleName label={name(first.article)} />
        {unlistedHintEnd(unlisted)}
      </p>
    );
  }
  // Several outlets: one count, and each outlet by its number (its whole name on hover),
  // as the column chooser just above names them in full. A panel beside the comparison
  // has no room for a line of names.
  return (
    <p className="unlisted hint">
      {unlistedTotal(unlisted)} in{' '}
      {unlisted.map((u, i) => (
        <Fragment key={u.article}>
          {i === 0 ? '' : i === unlisted.length - 1 ? ' and ' : ', '}
          <span title={name(u.article)}>{shortName(name(u.article))}</span>
        </Fragment>
      ))}
      {unlistedHintEnd(unlisted)}
    </p>
  );
}
