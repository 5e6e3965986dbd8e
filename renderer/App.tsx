import {
  useCallback,
  useEffect,
  useEffectEvent,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import type { Analysis } from '../shared/analysis/analyze';
import type { CommandState } from '../shared/commands';
import type { Comparison } from '../shared/model';
import type { ReportCell } from '../shared/report/report-model';
import { getApi } from './api/api';
import {
  displayItems,
  rulerMarks,
  shownColumns,
  slideOf,
  slideStarts,
  visibleDifferences,
} from './comparison-layout';
import { ColumnChooser } from './components/ColumnChooser';
import { ComparisonView, type ComparisonHandle } from './components/ComparisonView';
import { LeftOutNotice } from './components/LeftOutNotice';
import { LibraryPanel } from './components/LibraryPanel';
import { OptionsPanel } from './components/OptionsPanel';
import { MARK_PX, OverviewRuler } from './components/OverviewRuler';
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
import { articleNamer } from './naming';
import { segmentsFor } from './pivot';
import { blindLabel } from './navigation';
import { reportFileName } from './report-file';
import {
  appReducer,
  initialState,
  selectAnalysis,
  selectBaseIndex,
  selectChosen,
  selectComparison,
  selectLeftOut,
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

const NO_FOLDS: ReadonlySet<string> = new Set();

/** The application: library on the left, comparison in the middle, differences on the right. */
export function App() {
  const [api] = useState(getApi);
  const [state, dispatch] = useReducer(appReducer, undefined, startState);
  const library = useLibrary(api, dispatch);

  // The request changes only when what is compared changes.
  const { items, selected, baseId, options, leftOut, included } = state;
  const request = useMemo(
    () => selectRequest({ items, selected, baseId, options, leftOut, included }),
    [items, selected, baseId, options, leftOut, included],
  );
  useComparisonJob(request, dispatch);
  const comparison = selectComparison(state, request);
  useAnalysisJob(comparison, state.lexicon, dispatch);

  const model = comparison ? state.model : null;
  const analysisAnswer = selectAnalysis(state, comparison);
  const analysis: Analysis | null = analysisAnswer?.ok ? analysisAnswer.analysis : null;
  const analysisError = analysisAnswer && !analysisAnswer.ok ? analysisAnswer.message : null;

  // What the reader sees: the columns chosen (or that fit), the rows and folds, the
  // differences of the outlets shown, one presentation slide per row.
  const [fit, setFit] = useState(3);
  const { columns, comparedIds, blind, collapse } = state;
  const shown = useMemo(
    () =>
      model
        ? shownColumns(model.articles.length, model.base, fit, (k) => {
            const id = comparedIds[k];
            return id === undefined ? undefined : columns[id];
          })
        : [],
    [model, fit, columns, comparedIds],
  );
  const [folds, setFolds] = useState<{
    readonly comparison: Comparison | null;
    readonly open: ReadonlySet<string>;
  }>({ comparison: null, open: NO_FOLDS });
  const open = folds.comparison === comparison ? folds.open : NO_FOLDS;
  const toggleFold = useCallback(
    (key: string) =>
      setFolds((old) => {
        const next = new Set(old.comparison === comparison ? old.open : NO_FOLDS);
        if (!next.delete(key)) {
          next.add(key);
        }
        return { comparison, open: next };
      }),
    [comparison],
  );
  const displayed = useMemo(
    () => (model ? displayItems(model, { shown, collapseIdentical: collapse, open }) : []),
    [model, shown, collapse, open],
  );
  const differences = useMemo(
    () => (model ? visibleDifferences(model, shown) : []),
    [model, shown],
  );
  const slides = useMemo(() => slideStarts(differences), [differences]);
  const [rulerHeight, setRulerHeight] = useState(600);
  const marks = useMemo(
    () => rulerMarks(differences, displayed, (MARK_PX + 1) / Math.max(1, rulerHeight)),
    [differences, displayed, rulerHeight],
  );
  // Articles flagged as another story that the reader included: still marked as such.
  const { flagged } = state;
  const flaggedArticles = useMemo(
    () =>
      new Map(
        comparedIds.flatMap((id, k) => {
          const reason = flagged[id];
          return reason === undefined ? [] : [[k, reason] as const];
        }),
      ),
    [comparedIds, flagged],
  );
  const name = useMemo(
    () =>
      model && comparison
        ? articleNamer(model, comparison.articles, blind)
        : (k: number) => `#${k + 1}`,
    [model, comparison, blind],
  );
  const segments = useMemo(
    () => (comparison ? segmentsFor(comparison, shown) : (_: number, c: ReportCell) => c.segments),
    [comparison, shown],
  );
  const differenceCount = differences.length;
  const currentRow = state.current >= 0 ? (differences[state.current]?.row ?? null) : null;

  // The report shows what the reader sees: the outlets shown, named as on screen.
  const exportReport = useCallback(async () => {
    if (!comparison) {
      return;
    }
    // The report's renderer (and the analyses it runs) load on the first export only: the
    // page's bundle does not carry a second copy of the engine the worker runs.
    const [{ renderReport }, { compareSubset }] = await Promise.all([
      import('../shared/report/render-report'),
      import('../shared/compare'),
    ]);
    const hidden = comparison.articles.length - shown.length;
    const seen = hidden > 0 ? compareSubset(comparison, shown) : comparison;
    const html = renderReport(seen, {
      exportedAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
      appVersion: APP_VERSION,
      lexicon: state.lexicon ?? undefined,
      blindNames: blind ? shown.map((k) => blindLabel(k)) : undefined,
      hiddenOutlets: hidden,
    });
    const saved = await api.saveReport(html, reportFileName(seen));
    if (saved) {
      const notes = [
        hidden > 0 ? `${shown.length} of ${comparison.articles.length} outlets, as shown` : '',
        blind ? 'outlets hidden' : '',
      ].filter(Boolean);
      dispatch({
        type: 'notice',
        text: `Report saved: ${saved}${notes.length ? ` (${notes.join('; ')})` : ''}`,
      });
    }
  }, [api, comparison, shown, blind, state.lexicon]);

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
  const { layout, theme, libraryShown } = state;
  const hasComparison = comparison !== null;
  const commandState = useMemo<CommandState>(
    () => ({
      hasComparison,
      differenceCount,
      inline: layout === 'inline',
      dark: theme === 'dark',
      blind,
      library: libraryShown,
    }),
    [hasComparison, differenceCount, layout, theme, blind, libraryShown],
  );
  const run = useCommands(api, commandState, slides, state.presenting, dispatch, effects);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  // Each comparison shown of the user's own files is remembered (desktop).
  const remember = useEffectEvent(() => {
    const chosen = selectChosen(state);
    // Remembered when every file is one the main process knows (it gave it an id).
    const fileIds = chosen.flatMap((i) => (i.fileId === undefined ? [] : [i.fileId]));
    if (api.platform === 'desktop' && fileIds.length === chosen.length) {
      const title = chosen[selectBaseIndex(state)]?.article.title ?? 'Comparison';
      void api.addRecent({ title, fileIds });
    }
  });
  useEffect(() => {
    if (comparison) {
      document.body.dataset.ready = 'true';
      remember();
    }
  }, [comparison]);

  const view = useRef<ComparisonHandle>(null);
  useEffect(() => {
    if (currentRow !== null && !state.presenting) {
      view.current?.scrollToRow(currentRow);
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
  const leftOutItems = selectLeftOut(state);
  const include = (id: string): void => dispatch({ type: 'article-included', id });

  return (
    <div
      className={libraryShown ? 'app' : 'app without-library'}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void library.dropFiles(e.dataTransfer.files);
      }}
    >
      <a className="skip-link" href="#comparison">
        Skip to the comparison
      </a>
      <Toolbar
        state={commandState}
        onRun={run}
        status={status}
        busy={status.startsWith('Comparing')}
        mac={navigator.platform.startsWith('Mac')}
      />
      <aside className="library" aria-label="Library" hidden={!libraryShown}>
        <LibraryPanel
          items={visible}
          errors={state.errors}
          selected={state.selected}
          leftOut={leftOutItems.map((l) => l.item.id)}
          baseId={effectiveBase}
          query={state.query}
          onQuery={(q) => dispatch({ type: 'query-changed', query: q })}
          onTick={(id, ticked) => dispatch({ type: 'article-ticked', id, ticked })}
          onBase={(id) => dispatch({ type: 'base-chosen', id })}
          onRemove={(id) => dispatch({ type: 'article-removed', id })}
          onInclude={include}
          onDismissError={(index) => dispatch({ type: 'error-dismissed', index })}
        />
        <OptionsPanel
          options={state.options}
          switches={{ collapse: state.collapse, blind: state.blind, markLoaded: state.markLoaded }}
          onOption={(key, value) => dispatch({ type: 'option-changed', key, value })}
          onSwitch={(key, value) => dispatch({ type: 'view-switched', key, value })}
        />
        {model && <SimilarityMatrix model={model} blind={state.blind} flagged={flaggedArticles} />}
      </aside>
      <main id="comparison" className="main" tabIndex={-1} aria-label="Comparison">
        <div className="main-head">
          <LeftOutNotice leftOut={leftOutItems} onInclude={include} />
          {model && (
            <ColumnChooser
              model={model}
              shown={shown}
              name={name}
              onShow={(k, show) =>
                // From the first choice on, every column is the reader's: ticking one adds it
                // rather than swapping it for another.
                dispatch({
                  type: 'columns-chosen',
                  shown: Object.fromEntries(
                    comparedIds.map((id, j) => [id, j === k ? show : shown.includes(j)]),
                  ),
                })
              }
            />
          )}
          <p className="legend">
            <del>struck</del> missing or reworded in another outlet · <ins>underlined</ins> added or
            reworded here
          </p>
        </div>
        <div className="main-body">
          {model ? (
            <ComparisonView
              ref={view}
              model={model}
              items={displayed}
              onToggleFold={toggleFold}
              layout={state.layout}
              shown={shown}
              currentRow={currentRow}
              name={name}
              highlights={highlights}
              segments={segments}
              flagged={flaggedArticles}
              onFit={setFit}
            />
          ) : (
            <p className="empty">{status}</p>
          )}
          {model && (
            <OverviewRuler
              marks={marks}
              current={state.current}
              onPick={(index) => dispatch({ type: 'difference-picked', index })}
              onHeight={setRulerHeight}
            />
          )}
        </div>
      </main>
      {model && (
        <SidePanel
          model={model}
          differences={differences}
          name={name}
          panel={state.panel}
          onPanel={(panel) => dispatch({ type: 'panel-chosen', panel })}
          current={state.current}
          onPick={(index) => dispatch({ type: 'difference-picked', index })}
          analysis={analysis}
          analysisError={analysisError}
          onJump={(row) => view.current?.scrollToRow(row + 1)}
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
          differences={differences}
          slides={slides}
          slide={slideOf(slides, state.current)}
          shown={shown}
          name={name}
          segments={segments}
          state={commandState}
          onRun={run}
        />
      )}
    </div>
  );
}
