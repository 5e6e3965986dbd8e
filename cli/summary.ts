/**
 * The readable output of `npm run compare`: a comparison and its analyses (computed once by
 * the caller, never here) as plain text for a terminal.
 *
 * Indices are 0-based everywhere, as in `--base` and the JSON output: `[2]` is the third
 * article, `¶4` its fifth paragraph, `#7` the eighth row (a project's notes and codes,
 * `cli/project.ts`, name their rows the same way, with the number the report shows beside:
 * `#7 (row 8 in the report)`). Wording differences read like
 * `wdiff`: `[-old-]{+new+}`, with a few words of context around each change.
 */
import {
  describeSpeaker,
  describeStatus,
  DISCREPANCY_LABELS,
  type Analysis,
} from '../shared/analysis/analyze';
import type { UserLexicon } from '../shared/analysis/lexicon-file';
import {
  articleIndex,
  type Article,
  type Comparison,
  type DiffPart,
  type Row,
} from '../shared/model';
import { wdiff } from '../shared/diff/wdiff';
import { offTopicReason } from '../shared/view-model/off-topic';
import { WEAK_ROW_CONFIDENCE } from '../shared/view-model/view-model';
import { assertNever } from '../shared/util/assert';
import { escapeForTerminal, oneLine } from './terminal';

/**
 * Words of unchanged context kept on each side of a change. Four is enough to find the
 * place in the article and short enough that a paragraph with two changes fits a line or two.
 */
const CONTEXT_WORDS = 4;

/** Shown where two paragraphs of one cell (or the lines of one paragraph) meet. */
const PARAGRAPH_MARK = ' ¶ ';

/**
 * The whole summary: articles, similarity, off-topic flag, rows, altered quotes. Safe to
 * print: control characters from the files are escaped, and no text from them breaks a line.
 */
export function renderSummary(
  comparison: Comparison,
  analysis: Analysis,
  lexicon?: UserLexicon,
): string {
  const sections = [
    renderArticles(comparison),
    renderSimilarity(comparison),
    renderOffTopic(comparison),
    renderRows(comparison),
    renderAlteredQuotes(comparison),
    renderAnalysis(analysis, lexicon),
  ];
  if (comparison.hitLimit) {
    sections.push(
      'Note: some paragraphs differ too much to compare word by word; they are shown as one replacement.',
    );
  }
  return escapeForTerminal(`${sections.filter((s) => s !== '').join('\n\n')}\n`);
}

/** How an article is named in rows: `[k] outlet`, or `[k] file name` when the outlet is unknown. */
export function articleLabel(article: Article, index: number): string {
  return `[${index}] ${oneLine(article.outlet ?? fileName(article.file))}`;
}

/** The articles: title, outlet, date, paragraph counts and file, the base marked. */
export function renderArticles(comparison: Comparison): string {
  const base = comparison.options.base;
  const baseOut = comparison.offTopic.includes(base)
    ? ', itself probably about another story or event: choose another with --base'
    : base > 0 && range(base).every((k) => comparison.offTopic.includes(articleIndex(k)))
      ? ', the first article not off topic'
      : '';
  const lines = [
    `Articles (${comparison.articles.length}; rows follow the base, [${base}]${baseOut})`,
  ];
  comparison.articles.forEach((article, k) => {
    const boilerplate = article.paragraphs.filter((p) => p.boilerplate !== null).length;
    const facts = [
      oneLine(article.outlet ?? 'outlet unknown'),
      oneLine(article.date ?? 'date unknown'),
      `${count(article.paragraphs.length, 'paragraph')}${boilerplate > 0 ? ` (${boilerplate} boilerplate)` : ''}`,
    ];
    lines.push(`  [${k}]${k === base ? '*' : ' '} ${flatten(article.title)}`);
    lines.push(`       ${facts.join(' · ')}`);
    lines.push(`       ${oneLine(article.file)}`);
  });
  return lines.join('\n');
}

/** The document similarity matrix, two decimals. */
export function renderSimilarity(comparison: Comparison): string {
  const n = comparison.articles.length;
  const header = ['      ', ...range(n).map((k) => pad(`[${k}]`, 6))].join('');
  const lines = ['Document similarity (0 = nothing in common, 1 = same text)', header];
  comparison.similarity.forEach((line, k) => {
    lines.push(['  ', pad(`[${k}]`, 4, 'left'), ...line.map((x) => pad(x.toFixed(2), 6))].join(''));
  });
  return lines.join('\n');
}

/** Which articles are probably about another story or event (left out of the rows). */
export function renderOffTopic(comparison: Comparison): string {
  if (comparison.offTopic.length === 0) {
    return 'Off topic: none (all articles seem to report the same story)';
  }
  const lines = ['Off topic (probably about another story or event; left out of the rows):'];
  for (const k of comparison.offTopic) {
    const article = comparison.articles[k];
    // The same words as the app's and the report's.
    const why = offTopicReason(
      comparison.similarity,
      k,
      comparison.offTopicReasons.find((o) => o.article === k),
      comparison.offTopic,
    );
    lines.push(
      `  ${article ? `${articleLabel(article, k)}: ${flatten(article.title)}` : `[${k}]`} (${why})`,
    );
  }
  return lines.join('\n');
}

/** The rows: shared rows with each outlet's wording differences, unique rows, moved marks. */
export function renderRows(comparison: Comparison): string {
  const counts = { shared: 0, unique: 0, boilerplate: 0 };
  const offTopic = new Set<number>(comparison.offTopic);
  // An off-topic article's own rows: listed with it above, not among the story's rows.
  const leftOut = (row: Row) => row.kind === 'unique' && offTopic.has(row.pivot);
  let leftOutRows = 0;
  for (const row of comparison.rows) {
    if (leftOut(row)) {
      leftOutRows++;
    } else {
      counts[row.kind]++;
    }
  }
  const hidden = [
    ...(counts.boilerplate > 0 ? [count(counts.boilerplate, 'boilerplate row')] : []),
    ...(leftOutRows > 0
      ? [
          `${count(leftOutRows, 'row')} of the off-topic ${offTopic.size === 1 ? 'article' : 'articles'}`,
        ]
      : []),
  ];
  const lines = [
    `Rows: ${counts.shared} shared, ${counts.unique} unique` +
      (hidden.length > 0 ? ` (${hidden.join(' and ')} not shown)` : ''),
  ];
  comparison.rows.forEach((row, index) => {
    if (row.kind !== 'boilerplate' && !leftOut(row)) {
      lines.push('', ...renderRow(comparison, row, index));
    }
  });
  return lines.join('\n');
}

/**
 * How sure the alignment is of a shared row, as the app says it: its confidence, and "weak:
 * look twice" below {@link WEAK_ROW_CONFIDENCE}, or that the reader set it by hand.
 */
function rowSureness(row: Row): string {
  if (row.manual) {
    return 'corrected by hand';
  }
  // A weak row never shows as 0.50: rounded down, its figure stays under the mark.
  return row.confidence < WEAK_ROW_CONFIDENCE
    ? `confidence ${(Math.floor(Math.round(row.confidence * 1000) / 10) / 100).toFixed(2)} (weak: look twice)`
    : `confidence ${row.confidence.toFixed(2)}`;
}

/** One row as lines of text. */
function renderRow(comparison: Comparison, row: Row, index: number): ReadonlyArray<string> {
  const label = (k: number): string => {
    const article = comparison.articles[k];
    return article ? articleLabel(article, k) : `[${k}]`;
  };
  const text = (k: number): string => {
    const article = comparison.articles[k];
    const cell = row.cells[k] ?? [];
    return cell.map((i) => flatten(article?.paragraphs[i]?.text ?? '')).join(PARAGRAPH_MARK);
  };
  const moved = new Set<number>(row.moved);
  const movedNote = (k: number): string => (moved.has(k) ? ' (moved)' : '');
  switch (row.kind) {
    case 'boilerplate':
    case 'unique': {
      const k = row.pivot;
      const kind = row.kind === 'unique' ? 'only in' : 'boilerplate of';
      return [
        `#${index} ${kind} ${label(k)}${movedNote(k)}`,
        `  ${paragraphRef(row.cells[k] ?? [])}  ${text(k)}`,
      ];
    }
    case 'shared': {
      const present = row.cells.flatMap((cell, k) => (cell.length > 0 ? [k] : []));
      const lines = [
        `#${index} shared by ${present.map((k) => `[${k}]`).join(' ')} · ${rowSureness(row)}` +
          (row.moved.length > 0 ? ` · moved: ${row.moved.map((k) => `[${k}]`).join(' ')}` : ''),
        `  ${label(row.pivot)} ${paragraphRef(row.cells[row.pivot] ?? [])}${movedNote(row.pivot)}: ${text(row.pivot)}`,
      ];
      for (const diff of row.diffs) {
        const k = diff.article;
        const change = isIdentical(diff.parts)
          ? 'same wording'
          : `${Math.round(diff.sameness * 100)}% same: ${renderDiffPhrases(diff.parts)}`;
        lines.push(`  ${label(k)} ${paragraphRef(row.cells[k] ?? [])}${movedNote(k)}: ${change}`);
      }
      return lines;
    }
    default:
      return assertNever(row.kind, 'unknown row kind');
  }
}

/** The altered quotations, each as a word diff. */
export function renderAlteredQuotes(comparison: Comparison): string {
  if (comparison.alteredQuotes.length === 0) {
    return '';
  }
  const lines = [`Altered quotes (${comparison.alteredQuotes.length})`];
  for (const quote of comparison.alteredQuotes) {
    lines.push(
      `  #${quote.row} [${quote.article}] → [${quote.otherArticle}]: “${renderDiffPhrases(quote.parts, Infinity)}”`,
    );
  }
  return lines.join('\n');
}

/**
 * A word diff as `[-old-]{+new+}` phrases with `context` words of unchanged text around
 * each change; longer unchanged stretches are elided with `…`.
 *
 * Example: `Scotland Yard has been [-forced to admit-]{+issued an apology saying+} it was …`.
 * Whitespace at the end of a change is moved outside the brackets so they hug the words.
 */
export function renderDiffPhrases(parts: ReadonlyArray<DiffPart>, context = CONTEXT_WORDS): string {
  return wdiff(parts, { context, text: flatten, hug: true, equal: 'other' }).trim();
}

/** True when a diff has no changes. */
function isIdentical(parts: ReadonlyArray<DiffPart>): boolean {
  return parts.every((p) => p.kind === 'equal');
}

/** `¶3` or `¶3+4` for the paragraphs of a cell. */
function paragraphRef(cell: ReadonlyArray<number>): string {
  return `¶${cell.join('+')}`;
}

/** One line of text: line breaks (within or between paragraphs) become ` ¶ `. */
export function flatten(text: string): string {
  return text.replace(/[^\S\n]*\n\s*/g, PARAGRAPH_MARK);
}

/** The last component of a path, either separator. */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function range(n: number): ReadonlyArray<number> {
  return Array.from({ length: n }, (_, i) => i);
}

function pad(text: string, width: number, side: 'left' | 'right' = 'right'): string {
  return side === 'right' ? text.padStart(width) : text.padEnd(width);
}

/** The analyses in brief: quotes carried or altered, verbs and loaded terms per outlet, coverage. */
function renderAnalysis(analysis: Analysis, lexicon?: UserLexicon): string {
  const name = (k: number): string => `[${k}]`;
  const lines: string[] = [];
  if (lexicon) {
    lines.push(`Lexicons: built-in, plus ${lexicon.terms} terms from ${oneLine(lexicon.name)}`, '');
  }
  lines.push('Quotations carried by two or more outlets');
  const shared = analysis.quotes.filter((q) => q.instances.length > 1);
  if (shared.length === 0) {
    lines.push('  none');
  }
  for (const g of shared) {
    const statuses = g.statuses.map((s) => `${name(s.article)} ${describeStatus(s)}`).join(', ');
    const speakers = [...new Set(g.instances.map(describeSpeaker))].map(flatten).join(' / ');
    lines.push(`  “${truncate(flatten(g.reference.text), 70)}” (${speakers}): ${statuses}`);
  }
  lines.push('', 'Attribution verbs and loaded language per outlet');
  for (const l of analysis.language) {
    const verbs = Object.entries(l.verbs)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    const loaded = Object.entries(l.loadedTerms)
      .map(([t, n]) => (n > 1 ? `${oneLine(t)} ×${n}` : oneLine(t)))
      .join(', ');
    lines.push(`  ${name(l.article)} verbs: ${verbs}; loaded: ${loaded || 'none'}`);
  }
  lines.push('', 'Coverage (fact rows)');
  for (const c of analysis.coverage.byArticle) {
    lines.push(
      c.offTopic
        ? `  ${name(c.article)} off topic: not counted`
        : `  ${name(c.article)} alone reports ${c.alone.length}, leaves out ${c.omits.length} that all other outlets report`,
    );
  }
  for (const d of analysis.discrepancies) {
    lines.push(
      `  ${DISCREPANCY_LABELS[d.kind]} differ in row #${d.row}: ${d.values.map((v) => `${name(v.article)} ${v.values.map(flatten).join(', ') || '—'}`).join('; ')}`,
    );
  }
  return lines.join('\n');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
