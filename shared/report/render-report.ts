/**
 * The self-contained HTML report: `renderReport(view, analysis, meta) → string`, from the
 * comparison's view model and analyses (computed once by the caller, never here).
 *
 * One file that loads nothing and runs nothing: inline CSS, no script, no image, no font, and
 * a Content-Security-Policy that forbids them anyway. Every piece of text goes through
 * {@link escapeHtml}; the only markup is ours. The output is a pure function of its inputs
 * (byte-identical for the same inputs: the export date is passed in, never read).
 * Strings are built in arrays and joined once, so the cost is linear in the comparison.
 */
import type { Analysis } from '../analysis/analyze';
import type { UserLexicon } from '../analysis/lexicon-file';
import { rowIndex, type ArticleIndex, type BoilerplateReason, type RowIndex } from '../model';
import { colourProblem } from '../project/fields';
import { assertNever } from '../util/assert';
import { escapeHtml, isolatedHtml } from './escape-html';
import { isolateBidi } from '../text/bidi';
import {
  articleNumbering,
  DIFFERENCE_NO_LONGER_FOUND,
  differenceNumbering,
  paragraphNumber,
  rowNumbering,
  type RowNumbering,
} from '../view-model/display';
import { labelHtml, nameHtml, renderParts, rowId, rowLink } from './markup';
import { offTopicReason } from '../view-model/off-topic';
import { STAMP_TITLE } from '../view-model/segments';
import { renderAnalysis } from './render-analysis';
import { LANDSCAPE_CSS, REPORT_CSS } from './report-css';
import { blindModel, HIDDEN_FILE } from '../view-model/blind';
import type {
  Change,
  Difference,
  DifferenceAgainstLeftOut,
  MoveNote,
  ViewArticle,
  ViewCell,
  ViewModel,
  ViewRow,
  Segment,
} from '../view-model/view-model';

/** The name shown when the caller gives none. */
const DEFAULT_APP_NAME = 'News Compare';

/** What the report says about its making; nothing here is computed by the report itself. */
export interface ReportMeta {
  /** When the report was exported (shown in UTC, see {@link formatExportedAt}). */
  readonly exportedAt: Date;
  /** The app's version. */
  readonly appVersion: string;
  /** The app's name (default {@link DEFAULT_APP_NAME}). */
  readonly appName?: string;
  /** The user's lexicon the analyses used on top of the built-in ones, if any. */
  readonly lexicon?: UserLexicon;
  /**
   * Blind mode: the articles' names in the report ("Outlet A", …, by article index) in place
   * of their outlets, whose names and file names are then left out.
   */
  readonly blindNames?: ReadonlyArray<string>;
  /**
   * How many outlets of the reader's comparison the reader hid, and so left out of this
   * report (its outlets and rows then keep the reader's numbers, see `ViewModel.articleNumbers`
   * and `ViewModel.rowNumbers`).
   */
  readonly hiddenOutlets?: number;
  /**
   * Articles the reader ticked that the comparison leaves out (another story or event),
   * each with the reason; `name` is the article's name as its column would give it (see
   * `articleName`: the outlet, the user's over the one detected, else its first words in
   * quotes), null in blind mode.
   */
  readonly leftOut?: ReadonlyArray<{ readonly name: string | null; readonly reason: string }>;
  /** The story's name as the user set it, in place of the base article's headline. */
  readonly title?: string;
  /** Each article's address (by article index), where known: linked in the articles table. */
  readonly urls?: ReadonlyArray<string | null>;
  /** The user's notes and codes, shown beside their rows and listed in their own section. */
  readonly annotations?: ReadonlyArray<ReportAnnotation>;
  /** The user's codebook, listed with the notes and codes. */
  readonly codebook?: ReadonlyArray<ReportCode>;
  /**
   * Rows with notes or codes left out with the outlets the reader hid (rows only those
   * outlets have): counted in the notes' section, so a reader knows the list is not all.
   */
  readonly hiddenAnnotations?: number;
  /**
   * What the loader said, each a sentence naming its file: the files that were given but not
   * compared (unreadable, empty, named twice), and warnings on those compared (invalid
   * bytes). Listed under the articles; left out in blind mode (they name files).
   */
  readonly loadNotes?: {
    readonly skipped: ReadonlyArray<string>;
    readonly warnings: ReadonlyArray<string>;
  };
}

/** A code of the user's codebook, as the report shows it. */
export interface ReportCode {
  readonly name: string;
  /** `#rrggbb` (anything else is not used as a colour). */
  readonly colour: string;
  readonly description?: string;
}

/** The notes and codes on one item of the comparison: a row, or one difference in it. */
export interface ReportAnnotation {
  /** The row. */
  readonly row: RowIndex;
  /**
   * For one difference, each side's article and words (empty: the side that lacks them);
   * null for the whole row.
   */
  readonly sides: ReadonlyArray<{ readonly article: ArticleIndex; readonly text: string }> | null;
  /**
   * For one difference: its number (the app's, "difference 14") and the article whose
   * wording it is (null: an article left out of the report, which does not list it); null
   * for the whole row, or when no difference of the row shows it now.
   */
  readonly difference: {
    readonly number: number;
    readonly article: ArticleIndex | null;
  } | null;
  /** Codes applied to it. */
  readonly codes: ReadonlyArray<ReportCode>;
  /** Notes on it, oldest first. */
  readonly notes: ReadonlyArray<string>;
}

/**
 * The export time as the report shows it, in UTC and saying so ("2024-05-02 14:03 UTC"):
 * the same from the app and the command line, wherever the report is read.
 */
function formatExportedAt(time: Date): string {
  return `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * From this many articles the printed report is landscape: four columns of a portrait A4
 * page are ribbons of two-word lines, and a row of them fills a page.
 */
export const LANDSCAPE_FROM_ARTICLES = 4;

// Blocks every request and every script even if escaping ever failed; only the inline
// <style> element is allowed.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const BOILERPLATE_WORDS: Readonly<Record<BoilerplateReason, string>> = {
  'icon-junk': 'icon or button text',
  navigation: 'navigation',
  'list-number': 'list number',
  'date-line': 'date line',
  'share-prompt': 'share prompt',
  'social-embed': 'social-media embed',
  byline: 'byline',
  'duplicate-heading': 'repeated heading',
  subheading: 'subheading',
  'lead-in': 'lead-in to the next paragraph',
  masthead: 'site name above the headline',
  comment: 'reader comment',
};

/**
 * Renders a comparison as one self-contained HTML document: its view model (see
 * `buildViewModel`) and its analyses (see `analyzeComparison`, with the lexicon of `meta`).
 */
export function renderReport(view: ViewModel, analysis: Analysis, meta: ReportMeta): string {
  const model = meta.blindNames ? blindModel(view, meta.blindNames) : view;
  const appName = meta.appName ?? DEFAULT_APP_NAME;
  const named = meta.title?.trim() || model.title.trim();
  const title = named === '' ? 'Untitled story' : named;
  const annotations = meta.annotations ?? [];
  const out: string[] = [];
  out.push(
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">\n`,
    '<meta name="referrer" content="no-referrer">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<meta name="generator" content="${escapeHtml(`${appName} ${meta.appVersion}`)}">\n`,
    `<title>${escapeHtml(`${isolateBidi(title)}: how ${storyArticles(model)} outlets reported it (${appName})`)}</title>\n`,
    `<style>${REPORT_CSS}${model.articles.length >= LANDSCAPE_FROM_ARTICLES ? LANDSCAPE_CSS : ''}</style>\n</head>\n<body>\n`,
  );
  const hiddenAnnotations = meta.hiddenAnnotations ?? 0;
  const annotated =
    annotations.length > 0 || (meta.codebook?.length ?? 0) > 0 || hiddenAnnotations > 0;
  renderHeader(out, model, meta, appName, title, annotated);
  out.push('<main>\n');
  renderOptions(out, model);
  // Addresses name their outlets: left out in blind mode.
  renderArticles(
    out,
    model,
    meta.blindNames ? [] : (meta.urls ?? []),
    meta.blindNames ? undefined : meta.loadNotes,
    meta.leftOut ?? [],
  );
  renderSummary(out, model);
  renderAnalysis(out, model, analysis, meta.lexicon);
  renderAligned(out, model, annotations, (meta.hiddenOutlets ?? 0) > 0);
  if (annotated) {
    renderAnnotations(out, model, annotations, meta.codebook ?? [], hiddenAnnotations);
  }
  renderDifferences(out, model);
  out.push('</main>\n');
  out.push(
    `<footer><p>Made with ${escapeHtml(appName)} ${escapeHtml(meta.appVersion)}. `,
    'This file is self-contained: it loads nothing from the network and runs no script.</p></footer>\n',
    '</body>\n</html>\n',
  );
  return out.join('');
}

function renderHeader(
  out: string[],
  model: ViewModel,
  meta: ReportMeta,
  appName: string,
  title: string,
  annotated: boolean,
): void {
  out.push(
    '<header>\n',
    `<p class="kicker">${escapeHtml(appName)} report: how ${storyArticles(model)} articles report one story${offTopicCount(model)}</p>\n`,
    `<h1>${isolatedHtml(title)}</h1>\n`,
    '<dl class="meta">',
    `<div><dt>Exported</dt><dd>${escapeHtml(formatExportedAt(meta.exportedAt))}</dd></div>`,
    `<div><dt>App version</dt><dd>${escapeHtml(`${appName} ${meta.appVersion}`)}</dd></div>`,
    `<div><dt>Base article</dt><dd>${labelHtml(model, model.base)}</dd></div>`,
    meta.blindNames
      ? '<div><dt>Outlets</dt><dd>hidden (blind mode): named Outlet A, B…</dd></div>'
      : '',
    meta.hiddenOutlets
      ? `<div><dt>Left out</dt><dd>${count(meta.hiddenOutlets, 'outlet')} of the comparison, hidden by the reader; outlets, rows and differences keep their numbers in the whole comparison (a difference found only among the outlets in this report is numbered after the others; one measured against an outlet left out is listed under its number, with the words of the outlet kept), and “only in” means among the outlets in this report</dd></div>`
      : '',
    '</dl>\n',
    '<nav aria-label="Contents"><ol>',
    '<li><a href="#options">How it was compared</a></li>',
    '<li><a href="#articles">Articles</a></li>',
    '<li><a href="#summary">Summary</a></li>',
    '<li><a href="#comparison">Aligned comparison</a></li>',
    annotated ? '<li><a href="#annotations">Notes and codes</a></li>' : '',
    '<li><a href="#differences">Every difference</a></li>',
    '</ol></nav>\n</header>\n',
  );
}

function renderOptions(out: string[], model: ViewModel): void {
  out.push(
    '<section id="options" aria-labelledby="h-options">\n<h2 id="h-options">How the comparison was made</h2>\n<dl class="options">',
  );
  for (const option of model.options) {
    const value =
      option.article === undefined
        ? escapeHtml(option.value)
        : `${labelHtml(model, option.article)}${titleAfterName(model.articles[option.article])}`;
    out.push(`<dt>${escapeHtml(option.label)}</dt><dd>${value}</dd>`);
  }
  out.push('</dl>\n');
  if (model.hitLimit) {
    out.push(
      '<p class="note"><strong>Note:</strong> some paragraphs were too different to compare word by word in full; ',
      'their wording differences are shown in larger pieces.</p>\n',
    );
  }
  out.push('</section>\n');
}

/**
 * Blind mode put the article's name in place of a title made from its file name (which
 * names the outlet): the title is hidden, not a second name.
 */
function titleHidden(a: ViewArticle): boolean {
  return a.file === HIDDEN_FILE && a.title === a.name;
}

/** ": its title" after an article's label, unless the title is hidden or is the label's words. */
function titleAfterName(a: ViewArticle | undefined): string {
  return a === undefined || titleHidden(a) || a.title === a.name
    ? ''
    : `: ${isolatedHtml(a.title)}`;
}

function renderArticles(
  out: string[],
  model: ViewModel,
  urls: ReadonlyArray<string | null>,
  loadNotes: ReportMeta['loadNotes'],
  leftOut: NonNullable<ReportMeta['leftOut']>,
): void {
  out.push(
    '<section id="articles" aria-labelledby="h-articles">\n<h2 id="h-articles">The articles compared</h2>\n',
    '<div class="scroll" role="region" aria-label="Articles compared" tabindex="0">',
    '<table>\n<caption>Articles, in the order given</caption>\n<thead><tr>',
    '<th scope="col">#</th><th scope="col">Outlet</th><th scope="col">Title</th><th scope="col">Date</th>',
    '<th scope="col" class="num">Words</th><th scope="col">File</th><th scope="col">Notes</th></tr></thead>\n<tbody>\n',
  );
  const number = articleNumbering(model);
  const offTopic = model.articles.filter((a) => a.offTopic).map((a) => a.index);
  const offTopicWhy = (k: number): string => {
    const a = model.articles[k];
    return offTopicReason(
      model.similarity,
      k,
      a?.offTopicReason ? { reason: a.offTopicReason, days: a.offTopicDays } : undefined,
      offTopic,
    );
  };
  for (const a of model.articles) {
    const notes: string[] = [];
    if (a.isBase) {
      notes.push('<span class="flag">Base article</span>');
    }
    if (a.offTopic) {
      notes.push(`<span class="flag">Off-topic</span> ${escapeHtml(offTopicWhy(a.index))}`);
    }
    out.push(
      `<tr><th scope="row">${number(a.index)}</th><td>${isolatedHtml(a.name)}</td><td>${titleHidden(a) ? `<span class="sub">${HIDDEN_FILE}</span>` : titleHtml(a.title, urls[a.index])}</td>`,
      `<td class="date">${a.date === null ? '<span class="sub">no date found</span>' : isolatedHtml(a.date)}</td>`,
      `<td class="num">${a.wordCount}</td><td class="file">${isolatedHtml(a.file)}</td><td>${notes.join(' ')}</td></tr>\n`,
    );
  }
  out.push(
    '</tbody>\n</table></div>\n<p class="sub">Words are counted without boilerplate (navigation, share prompts and the like).</p>\n',
  );
  if (leftOut.length > 0) {
    out.push(
      '<p class="lead-in"><strong>Left out of the comparison:</strong></p>\n<ul class="left-out">\n',
      ...leftOut.map(
        ({ name, reason }) =>
          `<li>${name === null ? 'an article (name hidden in blind mode)' : nameHtml(name)}, ${escapeHtml(reason)}.</li>\n`,
      ),
      '</ul>\n',
    );
  }
  for (const [heading, notes] of [
    ['Files given but not compared', loadNotes?.skipped ?? []],
    ['Warnings on the files compared', loadNotes?.warnings ?? []],
  ] as const) {
    if (notes.length > 0) {
      out.push(
        `<p class="lead-in"><strong>${heading}:</strong></p>\n<ul class="load-notes">\n`,
        ...notes.map((note) => `<li>${isolatedHtml(note)}</li>\n`),
        '</ul>\n',
      );
    }
  }

  out.push(
    '<h3>Document similarity</h3>\n',
    '<p class="prose">How much of the wording two articles share, from 0% (nothing) to 100% (identical).</p>\n',
    '<div class="scroll" role="region" aria-label="Document similarity" tabindex="0">',
    '<table class="similarity">\n<caption>Similarity of each pair of articles</caption>\n<thead><tr><td></td>',
  );
  for (const a of model.articles) {
    out.push(`<th scope="col">${labelHtml(model, a.index)}</th>`);
  }
  out.push('</tr></thead>\n<tbody>\n');
  model.articles.forEach((a, i) => {
    out.push(`<tr><th scope="row">${labelHtml(model, a.index)}</th>`);
    model.articles.forEach((_, j) => {
      out.push(
        i === j
          ? '<td class="num">—<span class="visually-hidden">same article</span></td>'
          : `<td class="num">${percent(model.similarity[i]?.[j] ?? 0)}</td>`,
      );
    });
    out.push('</tr>\n');
  });
  out.push('</tbody>\n</table></div>\n</section>\n');
}

function renderSummary(out: string[], model: ViewModel): void {
  const s = model.summary;
  const n = model.articles.length;
  out.push(
    '<section id="summary" aria-labelledby="h-summary">\n<h2 id="h-summary">Summary</h2>\n<ul class="figures prose">\n',
  );
  out.push(
    `<li><strong>${count(s.sharedByAll, 'row')}</strong> of ${s.rows} ${s.sharedByAll === 1 ? 'is' : 'are'} reported by all ${n} articles`,
    `; <strong>${s.sharedBySome}</strong> more by some of them.</li>\n`,
  );
  if (s.sharedByAllOnTopic !== null) {
    const offTopic = model.articles.filter((a) => a.offTopic).map((a) => labelHtml(model, a.index));
    out.push(
      `<li>Leaving out the off-topic ${offTopic.length === 1 ? 'article' : 'articles'} (${offTopic.join(', ')}), `,
      `<strong>${count(s.sharedByAllOnTopic, 'row')}</strong> ${s.sharedByAllOnTopic === 1 ? 'is' : 'are'} reported by all the others.</li>\n`,
    );
  }
  out.push(
    `<li><strong>${count(s.identicalRows, 'shared row')}</strong> ${s.identicalRows === 1 ? 'reads' : 'read'} word for word the same in every article that has ${s.identicalRows === 1 ? 'it' : 'them'}.</li>\n`,
    `<li><strong>${count(s.movedRows, 'row')}</strong> ${s.movedRows === 1 ? 'holds' : 'hold'} paragraphs that an outlet placed in a different order`,
    s.movedPlacements !== s.movedRows ? ` (${count(s.movedPlacements, 'placement')})` : '',
    '.</li>\n',
    `<li><strong>${count(s.uniqueRows, 'row')}</strong> ${s.uniqueRows === 1 ? 'appears' : 'appear'} in one outlet only (per outlet below)`,
    s.offTopicRows > 0
      ? `; ${count(s.offTopicRows, 'more row')} ${s.offTopicRows === 1 ? 'holds' : 'hold'} what only the off-topic ${model.articles.filter((a) => a.offTopic).length === 1 ? 'article says' : 'articles say'}`
      : '',
    '.</li>\n',
    `<li><strong>${count(s.alteredQuotes, 'quotation')}</strong> ${s.alteredQuotes === 1 ? 'is' : 'are'} worded differently by different outlets.</li>\n`,
    `<li><strong>${count(s.differences, 'difference')}</strong> in all, each listed under <a href="#differences">Every difference</a>.</li>\n`,
    '</ul>\n',
  );

  out.push(
    '<h3>Paragraphs unique to each outlet</h3>\n',
    '<div class="scroll" role="region" aria-label="Paragraphs unique to each outlet" tabindex="0">',
    '<table>\n<caption>Paragraphs with no counterpart in any other article</caption>\n<thead><tr>',
    '<th scope="col">Article</th><th scope="col">Unique paragraphs</th><th scope="col">Paragraphs</th><th scope="col">Boilerplate</th></tr></thead>\n<tbody>\n',
  );
  for (const a of model.articles) {
    out.push(
      `<tr><th scope="row">${labelHtml(model, a.index)}</th><td class="num">${a.uniqueParagraphs}</td>`,
      `<td class="num">${a.paragraphCount}</td><td class="num">${a.boilerplateParagraphs}</td></tr>\n`,
    );
  }
  out.push('</tbody>\n</table></div>\n');

  out.push('<h3>Notable wording substitutions</h3>\n');
  if (model.substitutions.length === 0) {
    out.push('<p>No short rewording was found.</p>\n');
  } else {
    out.push(
      '<p class="prose">Short phrases one outlet words differently from another, the shortest and most specific first.</p>\n',
      '<ol class="substitutions prose">\n',
    );
    for (const sub of model.substitutions) {
      out.push(
        `<li><del>${isolatedHtml(sub.base)}</del> → <ins>${isolatedHtml(sub.other)}</ins> `,
        `<span class="where">(${labelHtml(model, sub.article)} → ${labelHtml(model, sub.otherArticle)}, `,
        `<a href="#d-${differenceNumbering(model)(sub.difference)}">row ${rowNumbering(model)(sub.row)}</a>`,
        sub.occurrences > 1 ? `; ${sub.occurrences} times in all` : '',
        ')</span></li>\n',
      );
    }
    out.push('</ol>\n');
  }

  out.push('<h3>Altered quotes</h3>\n');
  if (model.quotes.length === 0) {
    out.push('<p>No quotation is worded differently by two outlets.</p>\n');
  } else {
    out.push('<ol class="quotes prose">\n');
    for (const q of model.quotes) {
      out.push(
        `<li><p class="quote"><strong>${labelHtml(model, q.article)}:</strong> “${isolatedHtml(q.text)}”</p>`,
        `<p class="quote"><strong>${labelHtml(model, q.otherArticle)}:</strong> “${isolatedHtml(q.otherText)}”</p>`,
        `<p class="quote">Changes: <bdi>${renderParts(q.parts)}</bdi> <span class="where">(${rowLink(rowNumbering(model), q.row)})</span></p></li>\n`,
      );
    }
    out.push('</ol>\n');
  }
  out.push('</section>\n');
}

function renderAligned(
  out: string[],
  model: ViewModel,
  annotations: ReadonlyArray<ReportAnnotation>,
  someHidden: boolean,
): void {
  const n = model.articles.length;
  const byRow = new Map<RowIndex, ReportAnnotation[]>();
  for (const a of annotations) {
    byRow.set(a.row, [...(byRow.get(a.row) ?? []), a]);
  }
  out.push(
    '<section id="comparison" aria-labelledby="h-comparison">\n<h2 id="h-comparison">Aligned comparison</h2>\n',
    `<p class="prose">Paragraphs that report the same thing stand side by side. Rows follow the reading order of the base article, ${labelHtml(model, model.base)}.</p>\n`,
    '<div class="legend" aria-label="Legend">',
    '<p><del>Struck through</del>: in the row’s reference text (the base article, or the first article with text when the base has none), words that another outlet left out or worded differently.</p>',
    '<p><ins>Underlined</ins>: words an outlet added or worded differently from the reference.</p>',
    '<p><span class="flag moved">Moved</span>: placed elsewhere in that article’s own order.</p>',
    `<p><span class="flag">Only in …</span>: no counterpart in any other article${someHidden ? ' of this report' : ''}.</p>`,
    '<p>Grey rows in italics: boilerplate (navigation, share prompts…), kept so nothing is hidden.</p>',
    '</div>\n',
    '<div class="scroll rows" role="region" aria-label="Rows of the aligned comparison" tabindex="0">\n',
    `<table class="aligned" style="--columns: ${n}">\n`,
    `<caption>${model.rows.length} rows, ${n} articles</caption>\n<thead><tr><th scope="col" class="rowhead">Row</th>`,
  );
  for (const a of model.articles) {
    out.push(
      `<th scope="col">${labelHtml(model, a.index)}`,
      a.isBase ? ' <span class="flag">Base</span>' : '',
      a.offTopic ? ' <span class="flag">Off-topic</span>' : '',
      `<span class="sub">${isolatedHtml(a.title)}</span></th>`,
    );
  }
  out.push('</tr></thead>\n<tbody>\n');
  // Runs of rows a handout leaves out (identical, boilerplate) get one line that only the
  // printed page shows; on screen the rows themselves stay.
  let run: ViewRow[] = [];
  const flush = (): void => {
    if (run.length > 0) {
      out.push(
        `<tr class="print-fold"><td colspan="${n + 1}">${escapeHtml(foldWords(model, run))}</td></tr>\n`,
      );
      for (const row of run) {
        renderRow(out, model, row, []);
      }
      run = [];
    }
  };
  for (const row of model.rows) {
    const notes = byRow.get(row.index) ?? [];
    // A row the user annotated is always printed, with its notes and codes.
    if (printFolds(model, row) && notes.length === 0) {
      run.push(row);
    } else {
      flush();
      renderRow(out, model, row, notes);
    }
  }
  flush();
  out.push('</tbody>\n</table>\n</div>\n</section>\n');
}

/**
 * Rows the printed report folds: boilerplate, shared rows with no difference, and what only
 * an article about another story or event says (no fact of this story).
 */
function printFolds(model: ViewModel, row: ViewRow): boolean {
  return (
    offTopicOnly(model, row) ||
    (row.differences.length === 0 &&
      againstLeftOutOf(model, row).length === 0 &&
      (row.kind === 'boilerplate' || row.kind === 'shared'))
  );
}

/** The differences on screen that a report of some of the outlets has on a row apart from its own. */
function againstLeftOutOf(model: ViewModel, row: ViewRow): ReadonlyArray<DifferenceAgainstLeftOut> {
  return (model.differencesAgainstLeftOut ?? []).filter((d) => d.row === row.index);
}

/** A row of what only an article left out as another story or event says. */
function offTopicOnly(model: ViewModel, row: ViewRow): boolean {
  return row.kind === 'unique' && model.articles[row.pivot]?.offTopic === true;
}

/** The printed line standing for folded rows: "Rows 5–7 not printed (2 the same in every article, 1 boilerplate)…". */
function foldWords(model: ViewModel, rows: ReadonlyArray<ViewRow>): string {
  const number = rowNumbering(model);
  const first = number(rows[0]?.index ?? rowIndex(0));
  const last = rows.length > 0 ? number((rows[rows.length - 1] as ViewRow).index) : first;
  const identical = rows.filter((r) => r.kind === 'shared').length;
  const offTopic = rows.filter((r) => offTopicOnly(model, r)).length;
  const boilerplate = rows.length - identical - offTopic;
  const what = [
    identical > 0 ? `${identical} the same in every article` : '',
    boilerplate > 0 ? `${boilerplate} boilerplate` : '',
    offTopic > 0 ? `${offTopic} only in an off-topic article` : '',
  ].filter(Boolean);
  return `${first === last ? `Row ${first}` : `Rows ${first}–${last}`} not printed (${what.join(', ')}); the HTML file has them.`;
}

function renderRow(
  out: string[],
  model: ViewModel,
  row: ViewRow,
  annotations: ReadonlyArray<ReportAnnotation>,
): void {
  const identical =
    row.kind === 'shared' && row.differences.length === 0 && annotations.length === 0
      ? ' identical'
      : '';
  const annotated = annotations.length > 0 ? ' annotated' : '';
  const offTopic = offTopicOnly(model, row) ? ' off-topic' : '';
  const number = rowNumbering(model);
  out.push(
    `<tr id="${rowId(number, row.index)}" class="${row.kind}${identical}${offTopic}${annotated}"><th scope="row">${rowLink(number, row.index, String(number(row.index)))}`,
  );
  out.push(`<span class="sub">${escapeHtml(rowKindWords(model, row))}</span>`);
  if (row.manual) {
    out.push('<span class="sub mark">corrected by hand</span>');
  } else if (row.weak) {
    out.push('<span class="sub mark">weak alignment: check</span>');
  }
  out.push('</th>');
  for (const cell of row.cells) {
    renderCell(out, model, row, cell);
  }
  out.push('</tr>\n');
  if (annotations.length > 0) {
    out.push(
      `<tr class="annotations"><th scope="row"><span class="sub">notes and codes on row ${number(row.index)}</span></th>`,
      `<td colspan="${model.articles.length}"><ul class="annotations">`,
    );
    for (const a of annotations) {
      out.push(`<li>${annotationHtml(model, a)}</li>`);
    }
    out.push('</ul></td></tr>\n');
  }
}

/** One item's codes and notes, with what it is about when it is one difference. */
function annotationHtml(model: ViewModel, a: ReportAnnotation): string {
  const parts: string[] = [];
  if (a.sides !== null) {
    const sides = a.sides.map((s) =>
      s.text === ''
        ? `${labelHtml(model, s.article)} has nothing here`
        : `${labelHtml(model, s.article)}: “${isolatedHtml(s.text)}”`,
    );
    const which =
      a.difference === null
        ? DIFFERENCE_NO_LONGER_FOUND
        : a.difference.article === null
          ? `difference ${a.difference.number}, of an outlet left out of this report`
          : `<a href="#d-${a.difference.number}">difference ${a.difference.number}</a>`;
    parts.push(`<span class="about">On ${which}: ${sides.join(' / ')}</span>`);
  }
  for (const code of a.codes) {
    parts.push(codeHtml(code));
  }
  for (const note of a.notes) {
    parts.push(
      `<span class="note-text"><span class="sr">Note: </span>${isolatedHtml(note)}</span>`,
    );
  }
  return parts.join(' ');
}

/** A code as a labelled chip; its colour is a border, the name says what it is. */
function codeHtml(code: ReportCode): string {
  const colour = colourProblem(code.colour) === null ? code.colour : null;
  return `<span class="code"${colour === null ? '' : ` style="border-left-color: ${colour}"`}><span class="sr">Code: </span>${isolatedHtml(code.name)}</span>`;
}

/** The user's codebook and every annotated item, with links to their rows. */
function renderAnnotations(
  out: string[],
  model: ViewModel,
  annotations: ReadonlyArray<ReportAnnotation>,
  codebook: ReadonlyArray<ReportCode>,
  hidden: number,
): void {
  out.push(
    '<section id="annotations" aria-labelledby="h-annotations">\n<h2 id="h-annotations">Notes and codes</h2>\n',
  );
  if (hidden > 0) {
    out.push(
      `<p class="sub">${hidden === 1 ? 'One row with notes or codes is' : `${hidden} rows with notes or codes are`} not in this report: only the outlets left out of it (hidden by the reader) have ${hidden === 1 ? 'it' : 'them'}.</p>\n`,
    );
  }
  if (codebook.length > 0) {
    const uses = (name: string): number =>
      annotations.reduce((n, a) => n + a.codes.filter((c) => c.name === name).length, 0);
    out.push(
      '<div class="scroll" role="region" aria-label="Codebook" tabindex="0">',
      '<table>\n<caption>Codebook</caption>\n<thead><tr><th scope="col">Code</th><th scope="col">Meaning</th><th scope="col">Applied</th></tr></thead>\n<tbody>\n',
    );
    for (const code of codebook) {
      out.push(
        `<tr><th scope="row">${codeHtml(code)}</th><td>${isolatedHtml(code.description ?? '')}</td><td class="num">${uses(code.name)}</td></tr>\n`,
      );
    }
    out.push('</tbody>\n</table></div>\n');
  }
  if (annotations.length === 0) {
    out.push('<p>No row carries a note or a code.</p>\n</section>\n');
    return;
  }
  out.push('<ol class="annotation-list prose">\n');
  for (const a of annotations) {
    out.push(
      `<li>${rowLink(rowNumbering(model), a.row, `Row ${rowNumbering(model)(a.row)}`)}: ${annotationHtml(model, a)}</li>\n`,
    );
  }
  out.push('</ol>\n</section>\n');
}

/**
 * An article's title, with its address under it as text (the report links only within
 * itself, so a reader sees where a link would lead before copying it).
 */
function titleHtml(title: string, url: string | null | undefined): string {
  return url
    ? `${isolatedHtml(title)}<span class="sub url">${isolatedHtml(url)}</span>`
    : isolatedHtml(title);
}

/** The articles that report the story: all but those off topic. */
function storyArticles(model: ViewModel): number {
  return model.articles.filter((a) => !a.offTopic).length;
}

/** ", beside 1 article off topic" (or nothing). */
function offTopicCount(model: ViewModel): string {
  const n = model.articles.length - storyArticles(model);
  return n === 0 ? '' : `, beside ${n === 1 ? 'one article' : `${n} articles`} off topic`;
}

function rowKindWords(model: ViewModel, row: ViewRow): string {
  switch (row.kind) {
    case 'shared':
      return `shared by ${row.articlesWithText} of ${storyArticles(model)}`;
    case 'unique':
      // Not counted with the unique rows: what only another story or event says.
      return offTopicOnly(model, row) ? 'only in an off-topic article' : 'unique';
    case 'boilerplate':
      return 'boilerplate';
    default:
      return assertNever(row.kind, 'unknown row kind');
  }
}

function renderCell(out: string[], model: ViewModel, row: ViewRow, cell: ViewCell): void {
  if (cell.role === 'empty') {
    out.push('<td></td>');
    return;
  }
  out.push(cell.role === 'pivot' ? '<td class="pivot">' : '<td>');
  // Long boilerplate (icon junk, share bars) would drown the rows around it: it stays in the
  // file, behind a native <details> that opens without script. The paragraph is its own
  // block and takes its own direction, as in the app (an inner <bdi> would hide its text
  // from dir="auto"): a right-to-left one starts its lines at the right.
  out.push(
    cell.collapsed
      ? '<details><summary>Show this boilerplate</summary><div class="text" dir="auto">'
      : '<div class="text" dir="auto">',
  );
  renderSegments(out, cell.segments);
  out.push(cell.collapsed ? '</div></details>' : '</div>');
  const notes: string[] = [];
  if (row.kind === 'unique') {
    notes.push(`<span class="flag">Only in ${labelHtml(model, cell.article)}</span>`);
  }
  if (row.kind === 'boilerplate') {
    notes.push(
      `<span class="flag">Boilerplate${row.boilerplate ? `: ${escapeHtml(BOILERPLATE_WORDS[row.boilerplate])}` : ''}</span>`,
    );
  }
  if (cell.role === 'pivot' && row.pivot !== model.base) {
    notes.push('<span>Reference text for this row (the base article has none).</span>');
  }
  if (cell.moved) {
    notes.push(
      `<span class="flag moved">Moved</span> <span>${moveWords(rowNumbering(model), cell.moved)}</span>`,
    );
  }
  if (cell.sameness !== null) {
    notes.push(`<span>${percent(cell.sameness)} same words</span>`);
  }
  const difference = differenceNumbering(model);
  for (const number of cell.differences.map(difference)) {
    notes.push(`<a href="#d-${number}">difference ${number}</a>`);
  }
  // One on screen, measured there against an outlet left out: said so, lest it read as
  // measured against the text of this row (this cell's own, when it is the reference).
  for (const d of againstLeftOutOf(model, row).filter((a) => a.article === cell.article)) {
    notes.push(
      `<span class="against-left-out"><a href="#d-${d.number}">difference ${d.number}</a>, against an outlet left out of this report</span>`,
    );
  }
  if (notes.length > 0) {
    out.push(`<p class="notes">${notes.join(' ')}</p>`);
  }
  out.push('</td>');
}

function renderSegments(out: string[], segments: ReadonlyArray<Segment>): void {
  for (const segment of segments) {
    const text = escapeHtml(segment.text);
    out.push(
      segment.kind === 'same'
        ? text
        : segment.kind === 'ins'
          ? `<ins>${text}</ins>`
          : segment.kind === 'stamp'
            ? `<span class="stamp" dir="ltr" title="${escapeHtml(STAMP_TITLE)}">${text}</span>`
            : `<del>${text}</del>`,
    );
  }
}

/** Where a moved paragraph stands in its article, in words (links to the preceding row). */
function moveWords(number: RowNumbering, move: MoveNote): string {
  const where = `paragraph ${paragraphNumber(move.paragraph)} of ${move.of} in this article`;
  return move.afterRow === null
    ? `${where}, where it comes first`
    : `${where}, after its paragraph in ${rowLink(number, move.afterRow)}`;
}

function renderDifferences(out: string[], model: ViewModel): void {
  out.push(
    '<section id="differences" aria-labelledby="h-differences">\n<h2 id="h-differences">Every difference</h2>\n',
  );
  const apart = model.differencesAgainstLeftOut ?? [];
  if (model.differences.length + apart.length === 0) {
    out.push('<p>The articles read the same, paragraph for paragraph.</p>\n</section>\n');
    return;
  }
  out.push(
    '<p class="prose screen-only">Each difference has its own link (for example <code>#d-1</code>) to share or cite; “row” leads back to the aligned comparison. Long passages are shortened here (…); the comparison has them in full.</p>\n',
    // A handout shows the differences in the aligned comparison; the list stays in the file.
    `<p class="print-only">The ${count(model.differences.length + apart.length, 'difference')}, each with its own link, are listed in the HTML file; on paper, the aligned comparison above marks them.</p>\n`,
    '<ol class="differences prose">\n',
  );
  // Those on screen measured against an outlet left out go among the others (both are in
  // row order): on their row, before the first with a higher number.
  const number = differenceNumbering(model);
  let next = 0;
  const before = (row: number, n: number): void => {
    for (let d = apart[next]; d && (d.row < row || (d.row === row && d.number < n));) {
      renderAgainstLeftOut(out, model, d);
      d = apart[++next];
    }
  };
  for (const d of model.differences) {
    before(d.row, number(d.id));
    renderDifference(out, model, d);
  }
  before(Infinity, Infinity);
  out.push('</ol>\n</section>\n');
}

/**
 * A difference on screen that a report of some of the outlets does not find among its own:
 * an outlet kept worded a row differently from an outlet left out. Shown by the kept
 * outlet's text with its own words marked, in their sentence (those words alone where its
 * text is not marked), and by how many passages of the outlet left out it lacks; nothing of
 * the outlet left out.
 */
function renderAgainstLeftOut(out: string[], model: ViewModel, d: DifferenceAgainstLeftOut): void {
  const label = labelHtml(model, d.article);
  out.push(
    `<li id="d-${d.number}"><p><strong><a href="#d-${d.number}">Difference ${d.number}</a></strong> · ${rowLink(rowNumbering(model), d.row)} · `,
    `${label} words it differently from an outlet left out of this report `,
    `(${percent(d.sameness)} same words). On screen this row is measured against that outlet; `,
    'here, against the outlets kept.</p>\n',
  );
  if (d.segments.length > 0) {
    out.push('<p class="excerpt" dir="auto">');
    renderSegments(out, d.segments);
    out.push('</p>\n');
  }
  if (d.lacks > 0) {
    const passages = d.lacks === 1 ? 'one passage' : `${d.lacks} passages`;
    out.push(
      `<p>${label} ${d.segments.length > 0 ? 'also lacks' : 'lacks'} ${passages} that the outlet left out has.</p>\n`,
    );
  }
  out.push('</li>\n');
}

function renderDifference(out: string[], model: ViewModel, d: Difference): void {
  const number = differenceNumbering(model)(d.id);
  out.push(
    `<li id="d-${number}"><p><strong><a href="#d-${number}">Difference ${number}</a></strong> · ${rowLink(rowNumbering(model), d.row)} · `,
  );
  switch (d.kind) {
    case 'wording':
      out.push(
        `${labelHtml(model, d.article)} words it differently from ${labelHtml(model, d.pivot)} `,
        `(${percent(d.sameness)} same words)</p>\n<ul class="changes">`,
      );
      for (const change of d.changes) {
        out.push(`<li>${changeHtml(change)}</li>`);
      }
      out.push('</ul></li>\n');
      break;
    case 'unique':
      out.push(
        `only in ${labelHtml(model, d.article)}`,
        d.paragraphs > 1 ? ` (${d.paragraphs} paragraphs)` : '',
        `:</p><p class="excerpt" dir="auto">${escapeHtml(d.excerpt)}</p></li>\n`,
      );
      break;
    case 'moved':
      out.push(
        `${labelHtml(model, d.article)} places this elsewhere: ${moveWords(rowNumbering(model), d.move)}.</p></li>\n`,
      );
      break;
    default:
      assertNever(d, 'unknown difference');
  }
}

function changeHtml(change: Change): string {
  switch (change.kind) {
    case 'delete':
      return `left out: <del>${isolatedHtml(change.base)}</del>`;
    case 'insert':
      return `added: <ins>${isolatedHtml(change.other)}</ins>`;
    case 'replace':
      return `<del>${isolatedHtml(change.base)}</del> → <ins>${isolatedHtml(change.other)}</ins>`;
    default:
      return assertNever(change.kind, 'unknown change');
  }
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
