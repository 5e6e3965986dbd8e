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
import { articleIndex, paraIndex, type Comparison, type RowIndex } from '../shared/model';
import {
  annotatedItems,
  detailsOf,
  reportAnnotations,
  storyName,
  subsetAnnotations,
  type AnnotatedItem,
} from '../shared/project';
import { articleName } from '../shared/view-model/article-name';
import { blindLabel } from '../shared/view-model/blind';
import { articleNumber, paragraphNumber, rowNumber } from '../shared/view-model/display';
import { subsetNumbers } from '../shared/view-model/subset';
import type { ViewCell } from '../shared/view-model/view-model';
import { focusTarget, paragraphRows, type CellTarget } from './cell-navigation';
import { differenceNear } from './navigation';
import { getApi } from './api/api';
import {
  displayItems,
  rulerMarks,
  shownColumns,
  slideOf,
  slideStarts,
  visibleDifferences,
} from './comparison-layout';
import { AnnotateDialog } from './components/AnnotateDialog';
import { PickBanner, ProblemBanner } from './components/Banners';
import { CellMenu } from './components/CellMenu';
import { ColumnChooser } from './components/ColumnChooser';
import { ComparisonView, type ComparisonHandle } from './components/ComparisonView';
import { LeftOutNotice } from './components/LeftOutNotice';
import { LibraryPanel } from './components/LibraryPanel';
import { NotesPanel } from './components/NotesPanel';
import { KeysHelp } from './components/KeysHelp';
import { OptionsPanel } from './components/OptionsPanel';
import { MARK_PX, OverviewRuler } from './components/OverviewRuler';
import { Presentation, type PresentationHandle } from './components/Presentation';
import { SidePanel } from './components/SidePanel';
import { SimilarityMatrix } from './components/SimilarityMatrix';
import { Toolbar } from './components/Toolbar';
import { createAnalysisClient, type AnalysisAnswer } from './engine-client';
import { cellRanges } from './highlight';
import { useCommands } from './hooks/use-commands';
import { useLibrary } from './hooks/use-library';
import { useProjectFile } from './hooks/use-project-file';
import { useAnalysisJob, useComparisonJob } from './hooks/use-worker-job';
import { useWorkbench } from './hooks/use-workbench';
import { forgetLexicon, readLexiconFile, storedLexicon } from './lexicon-store';
import { librarySearch } from './library';
import { articleNamer, blindItemName } from './naming';
import { segmentsFor } from './pivot';
import { reportFileName } from './report-file';
import {
  appReducer,
  initialState,
  selectAnalysis,
  selectAside,
  selectBaseId,
  selectChosen,
  selectComparisonTitle,
  selectComparison,
  selectCurrentAnalysis,
  selectLeftOut,
  selectProject,
  selectRequest,
  selectStatus,
  type AppState,
  type CellFocus,
} from './state/app-state';
import type { CommandEffects } from './state/command-runners';
import { shownArticle } from './workbench';

/** The app's version: package.json's, put in by the build (vite.config.ts). */
const APP_VERSION = __APP_VERSION__;

function startState(): AppState {
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const kept = storedLexicon();
  return {
    ...initialState(dark ? 'dark' : 'light', kept?.lexicon ?? null),
    lexiconSource: kept?.source ?? null,
  };
}

/** Whether two lists of ids are the same, in order. */
function sameIds(a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** A correction waiting for its target, in words. */
function pickWords(
  kind: 'move' | 'link' | 'join',
  from: CellTarget | null,
  name: (article: number) => string,
): { readonly what: string; readonly target: string } {
  const paragraph = from
    ? `paragraph ${paragraphNumber(from.paragraph ?? paraIndex(0))} of ${name(from.article)}`
    : 'the paragraph';
  switch (kind) {
    case 'move':
      return { what: `Move ${paragraph}`, target: 'the row to move it to' };
    case 'link':
      return { what: `Link ${paragraph}`, target: 'the paragraph to link it with' };
    case 'join':
      return {
        what: from ? `Join row ${rowNumber(from.row)}` : 'Join the row',
        target: 'the row to join it with',
      };
  }
}

const NO_FOLDS: ReadonlySet<string> = new Set();

/** Mac keys (⌘) in labels and help. */
const MAC = navigator.platform.startsWith('Mac');

/** The application: library on the left, comparison in the middle, differences on the right. */
export function App() {
  const [api] = useState(getApi);
  const [state, dispatch] = useReducer(appReducer, undefined, startState);
  const library = useLibrary(api, dispatch);

  // The request changes only when what is compared changes (not with notes or codes).
  const { items, selected, baseId, options, leftOut, included, workbench, lexiconSource } = state;
  const { details, manual } = workbench;
  const request = useMemo(
    () =>
      selectRequest({
        items,
        selected,
        baseId,
        options,
        leftOut,
        included,
        workbench: { details, manual },
      }),
    [items, selected, baseId, options, leftOut, included, details, manual],
  );
  useComparisonJob(request, dispatch);
  const comparison = selectComparison(state, request);
  useAnalysisJob(comparison, state.lexicon, dispatch);
  // The project of the comparison asked for: what edits and exports take (a save adds the
  // articles left out as another story and the columns hidden: `selectSavedProject`).
  const project = useMemo(
    () =>
      selectProject({
        items,
        selected,
        baseId,
        options,
        leftOut,
        included,
        workbench,
        lexiconSource,
      }),
    [items, selected, baseId, options, leftOut, included, workbench, lexiconSource],
  );
  const ids = useMemo(() => request?.ids ?? [], [request]);
  // The comparison on screen is of that project once it answers the request; notes and
  // codes stand on it as soon as it has the same articles.
  const fresh =
    comparison !== null && request !== null && state.comparedKey === request.key
      ? comparison
      : null;
  const sameArticles =
    comparison !== null && request !== null && sameIds(state.comparedIds, request.ids)
      ? comparison
      : null;

  const model = comparison ? state.model : null;
  const analysisAnswer = selectAnalysis(state, comparison);
  const analysis: Analysis | null = analysisAnswer?.ok ? analysisAnswer.analysis : null;
  const analysisError = analysisAnswer && !analysisAnswer.ok ? analysisAnswer.message : null;

  // What the reader sees: the columns chosen (or that fit), the rows and folds, the
  // differences of the outlets shown, one presentation slide per row.
  const [fit, setFit] = useState(3);
  const { columns, readerHid, comparedIds, blind, collapse } = state;
  const fitted = useMemo(
    () =>
      model
        ? shownColumns(model.articles.length, model.base, fit, (k) => {
            const id = comparedIds[k];
            return id === undefined ? undefined : columns[id];
          })
        : [],
    [model, fit, columns, comparedIds],
  );
  // Every outlet but those the reader unticked: where the window's width sets no limit (the
  // presentation, the inline view, which stacks them) and in an exported report.
  const kept = useMemo(
    () =>
      model
        ? shownColumns(model.articles.length, model.base, Infinity, (k) => {
            const id = comparedIds[k];
            return id !== undefined && readerHid.includes(id) ? false : undefined;
          })
        : [],
    [model, readerHid, comparedIds],
  );
  const shown = state.presenting || state.layout === 'inline' ? kept : fitted;
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
        ? articleNamer(model, blind)
        : (k: number) => `#${articleNumber(articleIndex(k))}`,
    [model, comparison, blind],
  );
  const segments = useMemo(
    () => (comparison ? segmentsFor(comparison, shown) : (_: RowIndex, c: ViewCell) => c.segments),
    [comparison, shown],
  );
  const differenceCount = differences.length;
  const currentRow = state.current >= 0 ? (differences[state.current]?.row ?? null) : null;
  // When the differences of the same comparison change with the outlets shown (another
  // layout, the presentation, a column ticked), the current one stays on its row.
  const last = useRef({ model, differences, row: currentRow });
  useEffect(() => {
    const before = last.current;
    last.current = { model, differences, row: currentRow };
    if (
      before.model === model &&
      before.differences !== differences &&
      before.row !== null &&
      currentRow !== before.row
    ) {
      // A row with no difference among these outlets: the next that has one, not whatever
      // difference had the same number in the other list.
      const index = differenceNear(differences, before.row);
      if (index >= 0) {
        last.current = { model, differences, row: before.row };
        dispatch({ type: 'difference-picked', index });
      }
    }
  }, [model, differences, currentRow]);

  // The selected paragraph (or empty cell), where it stands now.
  const rowOf = useMemo(
    () => (model && sameArticles ? paragraphRows(model) : null),
    [model, sameArticles],
  );
  const resolveFocus = useCallback(
    (focus: CellFocus | null): CellTarget | null =>
      focus === null || rowOf === null ? null : focusTarget(focus, comparedIds, rowOf),
    [rowOf, comparedIds],
  );
  const selection = useMemo(() => resolveFocus(state.focus), [resolveFocus, state.focus]);
  const pickFrom = useMemo(
    () => (state.pick ? resolveFocus(state.pick.from) : null),
    [resolveFocus, state.pick],
  );
  const select = useCallback(
    (target: CellTarget) =>
      dispatch({
        type: 'focus-set',
        focus: {
          item: comparedIds[target.article] ?? '',
          paragraph: target.paragraph,
          row: target.paragraph === null ? target.row : null,
        },
      }),
    [comparedIds],
  );

  // Notes and codes where they stand in the comparison on screen, numbered as on screen.
  const annotated = useMemo(
    () => (project && sameArticles && model ? annotatedItems(project, sameArticles, model) : []),
    [project, sameArticles, model],
  );
  // And those on rows of articles not compared now, with why: the Notes tab lists them all.
  const aside = useMemo(
    () => selectAside({ items, selected, baseId, leftOut, workbench, blind }, ids),
    [items, selected, baseId, leftOut, workbench, blind, ids],
  );
  const annotationsByRow = useMemo(() => {
    const byRow = new Map<RowIndex, AnnotatedItem[]>();
    for (const item of annotated) {
      if (item.row !== null) {
        byRow.set(item.row, [...(byRow.get(item.row) ?? []), item]);
      }
    }
    return byRow;
  }, [annotated]);

  // After a correction, the keyboard's focus goes back to the paragraph corrected once the
  // comparison shows it in its new place (its cell leaves the page with the rows it was in).
  const refocus = useRef(false);
  const corrected = useCallback(() => {
    refocus.current = true;
  }, []);
  const edits = useWorkbench(
    {
      state,
      project,
      ids,
      comparison: fresh,
      rowOf: fresh ? rowOf : null,
      selection,
      name,
      corrected,
    },
    dispatch,
  );
  const files = useProjectFile(api, state, project, fresh, dispatch, library.addSample);
  const [menu, setMenu] = useState<{ readonly x: number; readonly y: number } | null>(null);
  /** Gives the page's focus back to the selected cell (after a menu or dialog). */
  const focusSelection = useCallback(() => {
    requestAnimationFrame(() => {
      document.querySelector<HTMLElement>('.comparison [data-cell][tabindex="0"]')?.focus();
    });
  }, []);

  // The report shows what the reader sees: the outlets shown, named as on screen. It is made
  // of the view model and analyses in hand; with outlets hidden, of those of the outlets
  // shown (the analyses in their own worker, as on screen).
  const [analyzeForExport] = useState(createAnalysisClient);
  const currentAnalysis = selectCurrentAnalysis(state, comparison);
  const exportReport = useCallback(async () => {
    if (!comparison || !model) {
      return;
    }
    // The report's renderer (and what a subset needs) load on the first export only: the
    // page's bundle does not carry a second copy of the engine the worker runs.
    const [{ renderReport }, { compareSubset }, { buildViewModel }] = await Promise.all([
      import('../shared/report/render-report'),
      import('../shared/compare'),
      import('../shared/view-model/view-model'),
    ]);
    // The outlets the reader hid stay out; those beyond the window's width go in (the
    // report has its own layout, and a handout must not depend on the window's size).
    const hidden = comparison.articles.length - kept.length;
    const seen = hidden > 0 ? compareSubset(comparison, kept) : comparison;
    // Outlets, rows and differences keep the numbers they have on screen, where every outlet
    // is counted.
    const view = hidden > 0 ? buildViewModel(seen, subsetNumbers(comparison, kept, model)) : model;
    const answer: AnalysisAnswer =
      hidden === 0 && currentAnalysis
        ? { ok: true, analysis: currentAnalysis }
        : await analyzeForExport(seen, state.lexicon?.additions ?? {});
    if (!answer.ok) {
      dispatch({ type: 'notice', text: `The report was not saved: ${answer.message}` });
      return;
    }
    // The notes and codes, beside the rows as the reader sees them.
    const all = reportAnnotations(annotated);
    const annotations = hidden > 0 ? subsetAnnotations(all, comparison, kept) : all;
    // Rows with notes that only the outlets hidden have (the subset keeps rows one to one).
    const hiddenAnnotations =
      new Set(all.map((a) => a.row)).size - new Set(annotations.map((a) => a.row)).size;
    const urls = project ? project.articles.map((a) => detailsOf(a).url.value) : [];
    const story = project?.story ?? '';
    const html = renderReport(view, answer.analysis, {
      exportedAt: new Date(),
      appVersion: APP_VERSION,
      lexicon: state.lexicon ?? undefined,
      blindNames: blind ? kept.map((k) => blindLabel(k)) : undefined,
      hiddenOutlets: hidden,
      leftOut: selectLeftOut(state).map(({ item, reason }) => ({
        name: blind ? null : articleName(shownArticle(item, details)),
        reason,
      })),
      ...(story === '' ? {} : { title: story }),
      urls: kept.map((k) => urls[k] ?? null),
      annotations,
      codebook: project?.codebook ?? [],
      hiddenAnnotations,
    });
    const saved = await api.saveReport(html, reportFileName(seen, story, blind));
    if (saved) {
      const notes = [
        hidden > 0
          ? `${kept.length} of ${comparison.articles.length} outlets: those you hid are left out`
          : shown.length < kept.length
            ? `all ${kept.length} outlets, also those beyond the window's width`
            : '',
        blind ? 'outlets hidden' : '',
        hiddenAnnotations > 0
          ? `without ${hiddenAnnotations === 1 ? 'the notes of one row' : `the notes of ${hiddenAnnotations} rows`} that only the outlets you hid have`
          : '',
      ].filter(Boolean);
      dispatch({
        type: 'notice',
        text: `Report saved: ${saved}${notes.length ? ` (${notes.join('; ')})` : ''}`,
      });
    }
  }, [
    api,
    comparison,
    model,
    shown,
    kept,
    details,
    state,
    blind,
    project,
    annotated,
    currentAnalysis,
    analyzeForExport,
  ]);

  const presentationRef = useRef<PresentationHandle>(null);
  const effects = useMemo<CommandEffects>(
    () => ({
      keepFocusOutOfLibrary: () => {
        if (document.activeElement?.closest('.library')) {
          requestAnimationFrame(() =>
            document
              .querySelector<HTMLElement>('.toolbar [data-command="toggle-library"]')
              ?.focus(),
          );
        }
      },
      scrollSlide: (direction) => {
        const cells = document.querySelector<HTMLElement>(
          'dialog.presentation .presentation-cells',
        );
        if (!cells) {
          return false;
        }
        const rest =
          direction > 0
            ? cells.scrollHeight - cells.clientHeight - cells.scrollTop
            : cells.scrollTop;
        if (rest < 1) {
          return false;
        }
        // A screen less two lines or so, which stay in view to read on from.
        cells.scrollBy({ top: direction * Math.max(1, Math.round(cells.clientHeight * 0.85)) });
        return true;
      },
      blankSlide: () => presentationRef.current?.blank(),
      scrollSlideToTop: () => {
        document
          .querySelector<HTMLElement>('dialog.presentation .presentation-cells')
          ?.scrollTo({ top: 0 });
      },
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
      openProject: () => void files.openProject(),
      saveProject: (as) => void files.saveProject(as),
      exportCodes: () => void files.exportCodes(),
      startPick: edits.startPick,
      splitParagraph: edits.splitParagraph,
      clearCorrections: edits.clearCorrections,
      annotate: () => {
        if (selection !== null) {
          dispatch({ type: 'annotate-opened', row: selection.row });
        }
      },
    }),
    [library, exportReport, files, edits, selection],
  );
  const { layout, theme, libraryShown } = state;
  const hasComparison = comparison !== null;
  const canUndo = state.past.length > 0;
  const canRedo = state.future.length > 0;
  const hasParagraph = selection?.paragraph != null;
  const hasCell = selection !== null;
  const picking = state.pick !== null;
  const commandState = useMemo<CommandState>(
    () => ({
      hasComparison,
      differenceCount,
      inline: layout === 'inline',
      dark: theme === 'dark',
      blind,
      library: libraryShown,
      canUndo,
      canRedo,
      paragraph: hasParagraph,
      cell: hasCell,
      picking,
    }),
    [
      hasComparison,
      differenceCount,
      layout,
      theme,
      blind,
      libraryShown,
      canUndo,
      canRedo,
      hasParagraph,
      hasCell,
      picking,
    ],
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
      void api.addRecent({ title: selectComparisonTitle(state), fileIds });
    }
  });
  useEffect(() => {
    if (comparison) {
      document.body.dataset.ready = 'true';
      remember();
    }
  }, [comparison]);

  const view = useRef<ComparisonHandle>(null);
  const focusComparison = useRef(false);
  useEffect(() => {
    if (focusComparison.current && model) {
      focusComparison.current = false;
      view.current?.focus();
    }
  }, [model]);
  // A correction's paragraph takes the focus once the comparison asked for is shown, unless
  // the reader put the focus somewhere else meanwhile.
  useEffect(() => {
    if (refocus.current && fresh !== null && model !== null) {
      refocus.current = false;
      const active = document.activeElement;
      if (
        active === null ||
        active === document.body ||
        document.getElementById('aligned')?.contains(active)
      ) {
        view.current?.focusSelection();
      }
    }
  });
  // The current row stays in view when it changes, and when the layout does (a row of the
  // inline view is taller: the side-by-side scroll position would hide it).
  useEffect(() => {
    if (currentRow !== null && !state.presenting) {
      view.current?.scrollToRow(currentRow);
    }
  }, [currentRow, state.presenting, state.layout]);

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
  // The library searches and shows articles with the user's details.
  // Its index is built once per list of articles and their details, not at each keystroke.
  const search = useMemo(
    () => librarySearch(items.map((item) => ({ ...item, article: shownArticle(item, details) }))),
    [items, details],
  );
  const visible = useMemo(() => {
    const found = new Set(search(query).map((i) => i.id));
    return items.filter((i) => found.has(i.id));
  }, [items, search, query]);
  const status = selectStatus(state, request);
  const effectiveBase = selectBaseId(state);
  const leftOutItems = selectLeftOut(state);
  const blindName = state.blind ? (id: string) => blindItemName(comparedIds, id) : null;
  const include = (id: string): void => {
    dispatch({ type: 'article-included', id });
    // The button pressed goes with the notice: the keyboard's focus goes to the comparison
    // that includes the article, not to the page's start.
    focusComparison.current = true;
  };

  return (
    <div
      className={libraryShown ? 'app' : 'app without-library'}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void library.dropFiles(e.dataTransfer.files, files.openRead);
      }}
    >
      {/* To the aligned table itself once there is one: its arrow keys work at once. */}
      <a className="skip-link" href={model ? '#aligned' : '#comparison'}>
        Skip to the comparison
      </a>
      <Toolbar
        state={commandState}
        onRun={run}
        status={status}
        busy={status.startsWith('Comparing')}
        mac={MAC}
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
          onRemove={(id, name) => dispatch({ type: 'article-removed', id, name })}
          onInclude={include}
          included={state.included}
          onLeaveOut={(id) => dispatch({ type: 'article-left-out', id })}
          onDismissErrors={() => dispatch({ type: 'errors-dismissed' })}
          shown={(item) => shownArticle(item, details)}
          userDetails={(id) => workbench.details[id] ?? {}}
          onDetails={edits.setDetails}
          blindName={blindName}
        />
        <OptionsPanel
          options={state.options}
          switches={{ collapse: state.collapse, blind: state.blind, markLoaded: state.markLoaded }}
          onOption={(key, value) => dispatch({ type: 'option-changed', key, value })}
          onSwitch={(key, value) => dispatch({ type: 'view-switched', key, value })}
        />
        {model && <SimilarityMatrix model={model} blind={state.blind} flagged={flaggedArticles} />}
        <KeysHelp mac={MAC} />
      </aside>
      <main id="comparison" className="main" tabIndex={-1} aria-label="Comparison">
        <div className="main-head">
          <ProblemBanner
            problem={state.problem}
            onDismiss={() => dispatch({ type: 'problem-dismissed' })}
          />
          <PickBanner
            {...(state.pick
              ? pickWords(state.pick.kind, pickFrom, name)
              : { what: null, target: '' })}
            onCancel={() => dispatch({ type: 'pick-ended' })}
          />
          {/* Articles left out of a comparison; with fewer than two ticked, none is asked for. */}
          {state.selected.length >= 2 && (
            <LeftOutNotice
              leftOut={leftOutItems}
              shown={(item) => shownArticle(item, details)}
              blindName={blindName}
              onInclude={include}
            />
          )}
          {model && (
            <ColumnChooser
              model={model}
              shown={shown}
              kept={kept}
              name={name}
              onShow={(k, show) =>
                // From the first choice on, every column is the reader's: ticking one adds it
                // rather than swapping it for another.
                dispatch({
                  type: 'columns-chosen',
                  shown: Object.fromEntries(
                    comparedIds.map((id, j) => [id, j === k ? show : shown.includes(j)]),
                  ),
                  clicked: { id: comparedIds[k] as string, show },
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
              // Another set of articles is another story: it opens at its first row.
              key={comparedIds.join(' ')}
              ref={view}
              model={model}
              items={displayed}
              onToggleFold={toggleFold}
              layout={state.layout}
              shown={shown}
              currentRow={currentRow}
              blind={state.blind}
              name={name}
              highlights={highlights}
              segments={segments}
              flagged={flaggedArticles}
              onLeaveOut={(k) => {
                const id = comparedIds[k];
                if (id !== undefined) {
                  dispatch({ type: 'article-left-out', id });
                }
              }}
              onFit={setFit}
              selection={selection}
              onSelect={select}
              onActivate={(target, at) => {
                if (state.pick) {
                  edits.completePick(target);
                } else {
                  select(target);
                  setMenu(at);
                }
              }}
              onMenu={(target, at) => {
                select(target);
                setMenu(at);
              }}
              picking={picking}
              paragraphLength={(k, p) => comparison?.articles[k]?.paragraphs[p]?.text.length ?? 0}
              annotations={annotationsByRow}
              onAnnotations={(row) => dispatch({ type: 'annotate-opened', row })}
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
        {/* In the main landmark, as all the page's content: the menu of its cells. */}
        {menu && selection && (
          <CellMenu
            at={menu}
            state={commandState}
            onRun={run}
            onClose={() => {
              setMenu(null);
              focusSelection();
            }}
            mac={MAC}
          />
        )}
      </main>
      {model && (
        <SidePanel
          model={model}
          storyKey={comparedIds.join(' ')}
          differences={differences}
          shown={shown}
          name={name}
          panel={state.panel}
          onPanel={(panel) => dispatch({ type: 'panel-chosen', panel })}
          current={state.current}
          onPick={(index) => dispatch({ type: 'difference-picked', index })}
          analysis={analysis}
          analysisError={analysisError}
          onJump={(row) => view.current?.scrollToRow(row)}
          lexicon={state.lexicon}
          lexiconError={state.lexiconError}
          onLoadLexicon={(file) =>
            void readLexiconFile(file).then(({ result, source }) =>
              dispatch({ type: 'lexicon-read', result, source }),
            )
          }
          onClearLexicon={() => {
            forgetLexicon();
            dispatch({ type: 'lexicon-cleared' });
          }}
          // As many as the Notes tab lists (a row's note and codes are one entry there).
          noteCount={annotated.length + aside.length}
          notes={
            <NotesPanel
              items={annotated}
              aside={aside}
              codebook={workbench.codebook}
              story={workbench.story}
              storyDefault={project ? storyName({ ...project, story: '' }) : ''}
              name={name}
              onJump={(row) => {
                view.current?.scrollToRow(row);
                const cell = comparison?.rows[row]?.cells.findIndex((c) => c.length > 0) ?? -1;
                const paragraph = comparison?.rows[row]?.cells[cell]?.[0];
                if (paragraph !== undefined) {
                  select({ row, article: cell, paragraph });
                }
              }}
              onStory={edits.setStory}
              onEditNote={edits.editNote}
              onRemoveNote={edits.removeNote}
              onRemoveCoding={edits.removeCoding}
              onAddCode={edits.addCode}
              onEditCode={edits.editCode}
              onMoveCode={edits.moveCode}
              onRemoveCode={edits.removeCode}
              onExportCodes={() => void files.exportCodes()}
            />
          }
        />
      )}
      {state.annotating && sameArticles && model && (
        <AnnotateDialog
          key={state.annotating.row}
          row={state.annotating.row}
          comparison={sameArticles}
          view={model}
          items={annotationsByRow.get(state.annotating.row) ?? []}
          codebook={workbench.codebook}
          name={name}
          onSave={edits.annotate}
          onAddCode={edits.addCode}
          onRemoveNote={edits.removeNote}
          onClose={() => {
            dispatch({ type: 'annotate-closed' });
            focusSelection();
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
          focusComparison={() => view.current?.focus()}
          ref={presentationRef}
        />
      )}
    </div>
  );
}
