import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { OpenedFiles } from '../shared/ipc';
import { readFileList } from './api/web-api';
import type { LoadError, LoadWarning } from '../shared/load/load-article';
import { DEFAULT_DIFF_OPTIONS, type Comparison, type DiffOptions } from '../shared/model';
import { buildReportModel } from '../shared/report/report-model';
import { renderReport } from '../shared/report/render-report';
import { getApi } from './api/api';
import { COMMANDS, commandForKey, type CommandId } from './commands';
import { ComparisonView } from './components/ComparisonView';
import { DifferencesList } from './components/DifferencesList';
import { OverviewRuler } from './components/OverviewRuler';
import { AnalysisPanel } from './components/AnalysisPanel';
import type { UserLexicon } from '../shared/analysis/lexicon-file';
import { forgetLexicon, readLexiconFile, storedLexicon } from './lexicon-store';
import { Presentation } from './components/Presentation';
import { SimilarityMatrix } from './components/SimilarityMatrix';
import { createAnalysisClient, createEngineClient, type AnalysisAnswer } from './engine-client';
import { libraryItem, outletLabel, searchLibrary, type LibraryItem } from './library';
import { loadOpenedFiles } from './load';
import { stepDifference } from './navigation';
import { cellRanges } from './highlight';
import { loadArticle } from '../shared/load/load-article';
import { applyManifestEntry } from '../shared/load/manifest';
import { parseHtmlInBrowser } from './html-parser';

const APP_VERSION = '0.1.0';

const OPTION_LABELS: ReadonlyArray<{ key: keyof DiffOptions; label: string }> = [
  { key: 'ignoreCase', label: 'Ignore case' },
  { key: 'ignorePunctuation', label: 'Ignore punctuation' },
  { key: 'normalizeQuotes', label: 'Curly = straight quotes' },
  { key: 'ignoreWhitespace', label: 'Ignore whitespace' },
];

/** The application: library on the left, comparison on the right. */
export function App() {
  const api = useMemo(getApi, []);
  const compare = useMemo(createEngineClient, []);
  const [items, setItems] = useState<ReadonlyArray<LibraryItem>>([]);
  const [errors, setErrors] = useState<ReadonlyArray<LoadError | LoadWarning>>([]);
  const [selected, setSelected] = useState<ReadonlyArray<string>>([]);
  const [baseId, setBaseId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<DiffOptions>(DEFAULT_DIFF_OPTIONS);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [status, setStatus] = useState('Loading the sample story…');
  const [layout, setLayout] = useState<'side' | 'inline'>('side');
  const [current, setCurrent] = useState(-1);
  const [presenting, setPresenting] = useState(false);
  const [blind, setBlind] = useState(false);
  const [collapse, setCollapse] = useState(false);
  const [markLoaded, setMarkLoaded] = useState(true);
  const nextId = useRef(0);

  const addItems = useCallback(
    (added: ReadonlyArray<LibraryItem>, failed: ReadonlyArray<LoadError | LoadWarning>) => {
      setItems((old) => [...old, ...added]);
      setErrors((old) => [...old, ...failed]);
      setSelected((old) =>
        old.length >= 2
          ? old
          : [...old, ...added.map((i) => i.id)].slice(0, Math.max(2, old.length)),
      );
    },
    [],
  );

  const addSample = useCallback(async () => {
    const story = await api.readSampleStory();
    const loaded: LibraryItem[] = [];
    const failed: LoadError[] = [];
    for (const f of story.files) {
      const result = loadArticle(f, { parseHtml: parseHtmlInBrowser });
      if (result.ok) {
        const article = applyManifestEntry(result.article, f);
        loaded.push(libraryItem(`a${nextId.current++}`, article, 'sample'));
      } else {
        failed.push(result.error);
      }
    }
    setItems((old) => [...old, ...loaded]);
    setErrors((old) => [...old, ...failed]);
    setSelected((old) => (old.length > 0 ? old : loaded.map((i) => i.id)));
  }, [api]);

  useEffect(() => {
    void addSample();
  }, [addSample]);

  const addOpened = useCallback(
    (opened: OpenedFiles) => {
      const { items: added, errors: failed } = loadOpenedFiles(opened, nextId.current);
      nextId.current += opened.files.length;
      addItems(added, failed);
    },
    [addItems],
  );

  const openArticles = useCallback(async () => {
    const opened = await api.openArticles();
    if (opened) {
      addOpened(opened);
    }
  }, [api, addOpened]);

  const openFolder = useCallback(async () => {
    const opened = await api.openFolder();
    if (opened) {
      addOpened(opened);
    }
  }, [api, addOpened]);

  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      event.preventDefault();
      const files = Array.from(event.dataTransfer.files);
      void (api.openDropped ? api.openDropped(files) : readFileList(files)).then(addOpened);
    },
    [api, addOpened],
  );

  useEffect(() => {
    api.onFilesOpened?.(addOpened);
  }, [api, addOpened]);

  const chosen = useMemo(() => items.filter((i) => selected.includes(i.id)), [items, selected]);
  const baseIndex = Math.max(
    0,
    chosen.findIndex((i) => i.id === baseId),
  );

  useEffect(() => {
    if (chosen.length < 2) {
      setComparison(null);
      setStatus(items.length ? 'Tick two or more articles to compare them.' : status);
      return;
    }
    let cancelled = false;
    setStatus(`Comparing ${chosen.length} articles…`);
    void compare(
      chosen.map((i) => i.article),
      { base: baseIndex, diff: options },
    ).then((answer) => {
      if (cancelled || (!answer.ok && answer.superseded)) {
        return;
      }
      if (answer.ok) {
        setComparison(answer.comparison);
        // Remembered when every file is one the main process knows (it gave it an id).
        const fileIds = chosen.flatMap((i) => (i.fileId === undefined ? [] : [i.fileId]));
        if (api.platform === 'desktop' && fileIds.length === chosen.length) {
          const title = chosen[baseIndex]?.article.title ?? 'Comparison';
          void api.addRecent({ title, fileIds });
        }
        setCurrent(-1);
        setStatus('');
        document.body.dataset.ready = 'true';
      } else {
        setStatus(answer.message);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [chosen, baseIndex, options, compare, api]);

  const model = useMemo(() => (comparison ? buildReportModel(comparison) : null), [comparison]);
  const [lexicon, setLexicon] = useState<UserLexicon | null>(storedLexicon);
  const [lexiconError, setLexiconError] = useState<string | null>(null);
  const loadLexicon = useCallback((file: File) => {
    void readLexiconFile(file).then((result) => {
      // A bad file leaves the lexicon in use as it was.
      setLexiconError(result.ok ? null : result.message);
      if (result.ok) {
        setLexicon(result.lexicon);
      }
    });
  }, []);
  const clearLexicon = useCallback(() => {
    forgetLexicon();
    setLexicon(null);
    setLexiconError(null);
  }, []);
  // The analyses run in their own worker once the comparison is on screen: they never
  // delay it, and a new comparison or lexicon replaces a run still going.
  const analyze = useMemo(createAnalysisClient, []);
  // Kept with the comparison it belongs to: a new lexicon shows the old analyses until the
  // new ones come; a new comparison shows none until its own come.
  const [analyzed, setAnalyzed] = useState<{
    readonly comparison: Comparison;
    readonly answer: AnalysisAnswer;
  } | null>(null);
  const analysis =
    analyzed?.comparison === comparison && analyzed.answer.ok ? analyzed.answer.analysis : null;
  const analysisError =
    analyzed?.comparison === comparison && !analyzed.answer.ok ? analyzed.answer.message : null;
  useEffect(() => {
    if (!comparison) {
      return;
    }
    let cancelled = false;
    void analyze(comparison, lexicon?.additions ?? {}).then((answer) => {
      if (!cancelled && (answer.ok || !answer.superseded)) {
        setAnalyzed({ comparison, answer });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [comparison, lexicon, analyze]);
  const [panel, setPanel] = useState<'differences' | 'analysis'>('differences');
  const highlights = useMemo(() => {
    if (!analysis || !comparison || !markLoaded) {
      return undefined;
    }
    return (article: number, paragraphs: ReadonlyArray<number>) =>
      cellRanges(
        paragraphs,
        (p) => comparison.articles[article]?.paragraphs[p]?.text ?? '',
        analysis.language[article]?.loadedHits ?? [],
      );
  }, [analysis, comparison, markLoaded]);
  const jumpToRow = useCallback((row: number) => {
    document.getElementById(`row-${row + 1}`)?.scrollIntoView({ block: 'center' });
  }, []);
  const differenceCount = model?.differences.length ?? 0;
  const currentRow = model && current >= 0 ? (model.differences[current]?.row ?? null) : null;

  const step = useCallback(
    (direction: 1 | -1) => {
      setCurrent((c) => stepDifference(differenceCount, c, direction));
    },
    [differenceCount],
  );

  useEffect(() => {
    if (currentRow !== null && !presenting) {
      document.getElementById(`row-${currentRow}`)?.scrollIntoView({ block: 'center' });
    }
  }, [currentRow, presenting]);

  const exportReport = useCallback(async () => {
    if (!comparison) {
      return;
    }
    const html = renderReport(comparison, {
      exportedAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
      appVersion: APP_VERSION,
      lexicon: lexicon ?? undefined,
    });
    const saved = await api.saveReport(html, 'news-comparison.html');
    if (saved) {
      setStatus(`Report saved: ${saved}`);
    }
  }, [api, comparison, lexicon]);

  const run = useCallback(
    (id: CommandId) => {
      switch (id) {
        case 'open-articles':
          void openArticles();
          break;
        case 'add-sample':
          void addSample();
          break;
        case 'open-folder':
          void openFolder();
          break;
        case 'next-difference':
          step(1);
          break;
        case 'previous-difference':
          step(-1);
          break;
        case 'toggle-inline':
          setLayout((l) => (l === 'side' ? 'inline' : 'side'));
          break;
        case 'presentation':
          if (differenceCount > 0) {
            setCurrent((c) => (c < 0 ? 0 : c));
            setPresenting(true);
            // Full screen where the platform allows it (a user gesture started this).
            void document.documentElement.requestFullscreen?.().catch(() => undefined);
          }
          break;
        case 'export-report':
          void exportReport();
          break;
        case 'toggle-theme': {
          const root = document.documentElement;
          const dark = root.dataset.theme
            ? root.dataset.theme === 'dark'
            : matchMedia('(prefers-color-scheme: dark)').matches;
          root.dataset.theme = dark ? 'light' : 'dark';
          break;
        }
      }
    },
    [openArticles, openFolder, addSample, step, differenceCount, exportReport],
  );

  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    api.onCommand?.((id) => {
      if (COMMANDS.some((c) => c.id === id)) {
        runRef.current(id as CommandId);
      }
    });
  }, [api]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (presenting) {
        if (event.key === 'Escape') {
          setPresenting(false);
          if (document.fullscreenElement) {
            void document.exitFullscreen().catch(() => undefined);
          }
        } else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
          step(1);
        } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
          step(-1);
        } else {
          return;
        }
        event.preventDefault();
        return;
      }
      const target = event.target as HTMLElement | null;
      const typing =
        target?.tagName === 'TEXTAREA' ||
        (target instanceof HTMLInputElement &&
          !['checkbox', 'radio', 'button'].includes(target.type));
      const id = commandForKey(event, typing);
      if (id) {
        event.preventDefault();
        run(id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, run, step]);

  const visible = useMemo(() => searchLibrary(items, query), [items, query]);
  const state = { hasComparison: comparison !== null, differenceCount };

  return (
    <div className="app" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <header className="toolbar" role="toolbar" aria-label="Commands">
        <h1>News Compare</h1>
        {COMMANDS.map((c) => (
          <button
            key={c.id}
            type="button"
            data-command={c.id}
            disabled={!c.isEnabled(state)}
            title={c.shortcut ?? undefined}
            onClick={() => run(c.id)}
            aria-pressed={c.id === 'toggle-inline' ? layout === 'inline' : undefined}
          >
            {c.label}
          </button>
        ))}
        <span className="status" role="status">
          {status.startsWith('Comparing') && <progress aria-label="Comparing" />}
          {status}
        </span>
      </header>
      <aside className="library" aria-label="Library">
        <input
          type="search"
          placeholder="Search title, outlet, text…"
          aria-label="Search the library"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {errors.length > 0 && (
          <ul className="errors" role="alert">
            {errors.map((e, i) => (
              <li key={i}>
                {/* The file name comes from the user's disk: isolated like article text. */}
                {e.file !== '' && e.message.startsWith(e.file) ? (
                  <>
                    <bdi>{e.file}</bdi>
                    {e.message.slice(e.file.length)}
                  </>
                ) : (
                  e.message
                )}{' '}
                <button
                  type="button"
                  aria-label={`Dismiss error about ${e.file}`}
                  onClick={() => setErrors((old) => old.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <ul className="items">
          {visible.map((item) => (
            <li key={item.id} className="item" data-testid="library-item">
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(item.id)}
                  onChange={(e) =>
                    setSelected((old) =>
                      e.target.checked ? [...old, item.id] : old.filter((id) => id !== item.id),
                    )
                  }
                />
                <bdi className="item-title">{item.article.title}</bdi>
              </label>
              <div className="item-meta">
                <bdi>{outletLabel(item.article)}</bdi> · <bdi>{item.article.date ?? 'no date'}</bdi>{' '}
                · {item.wordCount} words
              </div>
              {selected.includes(item.id) && (
                <label className="base-choice">
                  <input
                    type="radio"
                    name="base"
                    checked={(chosen[baseIndex]?.id ?? null) === item.id}
                    onChange={() => setBaseId(item.id)}
                  />{' '}
                  base
                </label>
              )}
            </li>
          ))}
        </ul>
        <fieldset className="options">
          <legend>Compare wording</legend>
          {OPTION_LABELS.map((o) => (
            <label key={o.key}>
              <input
                type="checkbox"
                checked={options[o.key]}
                onChange={(e) => setOptions((old) => ({ ...old, [o.key]: e.target.checked }))}
              />{' '}
              {o.label}
            </label>
          ))}
          <label>
            <input
              type="checkbox"
              checked={collapse}
              onChange={(e) => setCollapse(e.target.checked)}
            />{' '}
            Collapse identical rows
          </label>
          <label>
            <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} />{' '}
            Blind (hide outlets)
          </label>
          <label>
            <input
              type="checkbox"
              checked={markLoaded}
              onChange={(e) => setMarkLoaded(e.target.checked)}
            />{' '}
            Mark loaded language
          </label>
        </fieldset>
        {model && <SimilarityMatrix model={model} blind={blind} />}
      </aside>
      <main className="main">
        <div className="legend" aria-label="Legend">
          <del>struck through</del> = missing or reworded in another outlet · <ins>underlined</ins>{' '}
          = added or reworded here · rows marked “only in …” exist in one outlet
        </div>
        {model && <OverviewRuler model={model} current={current} onPick={setCurrent} />}
        {model ? (
          <ComparisonView
            model={model}
            layout={layout}
            currentRow={currentRow}
            blind={blind}
            collapseIdentical={collapse}
            highlights={highlights}
          />
        ) : (
          <p className="empty">{status}</p>
        )}
      </main>
      {model && (
        <aside className="side" aria-label="Differences panel">
          <div className="tabs" role="tablist" aria-label="Side panel">
            <button
              type="button"
              role="tab"
              aria-selected={panel === 'differences'}
              onClick={() => setPanel('differences')}
            >
              Differences
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={panel === 'analysis'}
              onClick={() => setPanel('analysis')}
            >
              Analysis
            </button>
          </div>
          {panel === 'differences' ? (
            <>
              <h2>Differences ({differenceCount})</h2>
              <DifferencesList model={model} current={current} onPick={setCurrent} blind={blind} />
            </>
          ) : analysis ? (
            <AnalysisPanel
              model={model}
              analysis={analysis}
              blind={blind}
              onJump={jumpToRow}
              lexicon={lexicon}
              lexiconError={lexiconError}
              onLoadLexicon={loadLexicon}
              onClearLexicon={clearLexicon}
            />
          ) : (
            <p role={analysisError ? 'alert' : 'status'}>
              {analysisError ?? 'Analysing quotes, verbs and coverage…'}
            </p>
          )}
        </aside>
      )}
      {presenting && model && (
        <Presentation
          model={model}
          current={Math.max(0, current)}
          blind={blind}
          onToggleBlind={() => setBlind((b) => !b)}
          onStep={step}
          onClose={() => setPresenting(false)}
        />
      )}
    </div>
  );
}
