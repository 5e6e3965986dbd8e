import { useCallback, useEffect, useEffectEvent, useMemo, useReducer, useState } from 'react';
import type { CommandState } from '../shared/commands';
import type { Analysis } from '../shared/analysis/analyze';
import { buildReportModel } from '../shared/report/report-model';
import { renderReport } from '../shared/report/render-report';
import { getApi } from './api/api';
import { ComparisonView } from './components/ComparisonView';
import { LibraryPanel } from './components/LibraryPanel';
import { OptionsPanel } from './components/OptionsPanel';
import { OverviewRuler } from './components/OverviewRuler';
import { Presentation } from './components/Presentation';
import { SidePanel } from './components/SidePanel';
import { SimilarityMatrix } from './components/SimilarityMatrix';
import { Toolbar } from './components/Toolbar';
import { cellRanges } from './highlight';
import { useAnalysisJob } from './hooks/use-analysis-job';
import { useCommands } from './hooks/use-commands';
import { useComparisonJob } from './hooks/use-comparison-job';
import { useLibrary } from './hooks/use-library';
import { forgetLexicon, readLexiconFile, storedLexicon } from './lexicon-store';
import { searchLibrary } from './library';
import {
  appReducer,
  initialState,
  selectAnalysis,
  selectBaseIndex,
  selectChosen,
  selectComparison,
  selectRequest,
  selectStatus,
  type AppState,
} from './state/app-state';
import type { CommandEffects } from './state/command-runners';

const APP_VERSION = '0.1.0';

function startState(): AppState {
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return initialState(dark ? 'dark' : 'light', storedLexicon());
}

function scrollToRow(row: number): void {
  document.getElementById(`row-${row}`)?.scrollIntoView({ block: 'center' });
}

/** The application: library on the left, comparison in the middle, differences on the right. */
export function App() {
  const [api] = useState(getApi);
  const [state, dispatch] = useReducer(appReducer, undefined, startState);
  const library = useLibrary(api, dispatch);

  // The request changes only when what is compared changes.
  const { items, selected, baseId, options } = state;
  const request = useMemo(
    () => selectRequest({ items, selected, baseId, options }),
    [items, selected, baseId, options],
  );
  useComparisonJob(request, dispatch);
  const comparison = selectComparison(state, request);
  useAnalysisJob(comparison, state.lexicon, dispatch);

  const model = useMemo(() => (comparison ? buildReportModel(comparison) : null), [comparison]);
  const analysisAnswer = selectAnalysis(state, comparison);
  const analysis: Analysis | null = analysisAnswer?.ok ? analysisAnswer.analysis : null;
  const analysisError = analysisAnswer && !analysisAnswer.ok ? analysisAnswer.message : null;
  const differenceCount = model?.differences.length ?? 0;
  const currentRow =
    model && state.current >= 0 ? (model.differences[state.current]?.row ?? null) : null;

  const exportReport = useCallback(async () => {
    if (!comparison) {
      return;
    }
    const html = renderReport(comparison, {
      exportedAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
      appVersion: APP_VERSION,
      lexicon: state.lexicon ?? undefined,
    });
    const saved = await api.saveReport(html, 'news-comparison.html');
    if (saved) {
      dispatch({ type: 'notice', text: `Report saved: ${saved}` });
    }
  }, [api, comparison, state.lexicon]);

  const effects = useMemo<CommandEffects>(
    () => ({
      openArticles: () => void library.openArticles(),
      openFolder: () => void library.openFolder(),
      addSample: () => void library.addSample(),
      exportReport: () => void exportReport(),
      enterFullscreen: () =>
        void document.documentElement.requestFullscreen?.().catch(() => undefined),
      exitFullscreen: () => {
        if (document.fullscreenElement) {
          void document.exitFullscreen().catch(() => undefined);
        }
      },
    }),
    [library, exportReport],
  );
  const { layout, theme, blind } = state;
  const hasComparison = comparison !== null;
  const commandState = useMemo<CommandState>(
    () => ({
      hasComparison,
      differenceCount,
      inline: layout === 'inline',
      dark: theme === 'dark',
      blind,
    }),
    [hasComparison, differenceCount, layout, theme, blind],
  );
  const run = useCommands(api, commandState, state.presenting, dispatch, effects);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  // Each comparison shown of the user's own files is remembered (desktop).
  const remember = useEffectEvent(() => {
    const chosen = selectChosen(state);
    const files = chosen.filter((i) => i.source === 'user').map((i) => i.article.file);
    if (api.platform === 'desktop' && files.length === chosen.length) {
      const title = chosen[selectBaseIndex(state)]?.article.title ?? 'Comparison';
      void api.addRecent({ name: `${title} (${files.length} articles)`, files });
    }
  });
  useEffect(() => {
    if (comparison) {
      document.body.dataset.ready = 'true';
      remember();
    }
  }, [comparison]);

  useEffect(() => {
    if (currentRow !== null && !state.presenting) {
      scrollToRow(currentRow);
    }
  }, [currentRow, state.presenting]);

  const highlights = useMemo(() => {
    if (!analysis || !comparison || !state.markLoaded) {
      return undefined;
    }
    return (article: number, paragraphs: ReadonlyArray<number>) =>
      cellRanges(
        paragraphs,
        (p) => comparison.articles[article]?.paragraphs[p]?.text ?? '',
        analysis.language[article]?.loadedHits ?? [],
      );
  }, [analysis, comparison, state.markLoaded]);

  const { query } = state;
  const visible = useMemo(() => searchLibrary(items, query), [items, query]);
  const status = selectStatus(state, request);
  const chosen = selectChosen(state);
  const effectiveBase = chosen[selectBaseIndex(state)]?.id ?? null;

  return (
    <div
      className="app"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void library.dropFiles(e.dataTransfer.files);
      }}
    >
      <Toolbar
        state={commandState}
        onRun={run}
        status={status}
        busy={status.startsWith('Comparing')}
        mac={navigator.platform.startsWith('Mac')}
      />
      <aside className="library" aria-label="Library">
        <LibraryPanel
          items={visible}
          errors={state.errors}
          selected={state.selected}
          baseId={effectiveBase}
          query={state.query}
          onQuery={(query) => dispatch({ type: 'query-changed', query })}
          onTick={(id, ticked) => dispatch({ type: 'article-ticked', id, ticked })}
          onBase={(id) => dispatch({ type: 'base-chosen', id })}
          onDismissError={(index) => dispatch({ type: 'error-dismissed', index })}
        />
        <OptionsPanel
          options={state.options}
          switches={{ collapse: state.collapse, blind: state.blind, markLoaded: state.markLoaded }}
          onOption={(key, value) => dispatch({ type: 'option-changed', key, value })}
          onSwitch={(key, value) => dispatch({ type: 'view-switched', key, value })}
        />
        {model && <SimilarityMatrix model={model} blind={state.blind} />}
      </aside>
      <main className="main">
        <div className="legend" aria-label="Legend">
          <del>struck through</del> = missing or reworded in another outlet · <ins>underlined</ins>{' '}
          = added or reworded here · rows marked “only in …” exist in one outlet
        </div>
        {model && (
          <OverviewRuler
            model={model}
            current={state.current}
            onPick={(index) => dispatch({ type: 'difference-picked', index })}
          />
        )}
        {model ? (
          <ComparisonView
            model={model}
            layout={state.layout}
            currentRow={currentRow}
            blind={state.blind}
            collapseIdentical={state.collapse}
            highlights={highlights}
          />
        ) : (
          <p className="empty">{status}</p>
        )}
      </main>
      {model && (
        <SidePanel
          model={model}
          panel={state.panel}
          onPanel={(panel) => dispatch({ type: 'panel-chosen', panel })}
          current={state.current}
          onPick={(index) => dispatch({ type: 'difference-picked', index })}
          blind={state.blind}
          analysis={analysis}
          analysisError={analysisError}
          onJump={(row) => scrollToRow(row + 1)}
          lexicon={state.lexicon}
          lexiconError={state.lexiconError}
          onLoadLexicon={(file) =>
            void readLexiconFile(file).then((result) => dispatch({ type: 'lexicon-read', result }))
          }
          onClearLexicon={() => {
            forgetLexicon();
            dispatch({ type: 'lexicon-cleared' });
          }}
        />
      )}
      {state.presenting && model && (
        <Presentation
          model={model}
          current={Math.max(0, state.current)}
          blind={state.blind}
          state={commandState}
          onRun={run}
        />
      )}
    </div>
  );
}
