/**
 * The report's media-literacy section: quotations across outlets, attribution verbs and
 * loaded language per outlet, coverage of facts, differing figures. Every text is escaped.
 */
import {
  DISCREPANCY_LABELS,
  describeSpeaker,
  describeStatus,
  type Analysis,
  type QuoteInstance,
} from '../analysis/analyze';
import type { UserLexicon } from '../analysis/lexicon-file';
import { excerpt, type ViewModel } from '../view-model/view-model';
import { escapeHtml, isolatedHtml } from './escape-html';
import type { ArticleIndex, RowIndex } from '../model';
import { rowNumbering } from '../view-model/display';
import { labelHtml, renderParts, rowLink } from './markup';

/** Appends the analysis section to `out`. */
export function renderAnalysis(
  out: string[],
  model: ViewModel,
  analysis: Analysis,
  lexicon?: UserLexicon,
): void {
  const label = (k: ArticleIndex): string => labelHtml(model, k);
  const number = rowNumbering(model);
  const onTopic = model.articles.filter((a) => !a.offTopic).map((a) => a.index);
  out.push(
    '<section id="analysis" aria-labelledby="h-analysis">\n<h2 id="h-analysis">Quotes, attribution and language</h2>\n',
    `<p class="lexicon">Lexicons: the built-in verbs and loaded terms${lexicon ? `, plus ${lexicon.terms} ${lexicon.terms === 1 ? 'term' : 'terms'} from ${isolatedHtml(lexicon.name)}` : ''}.</p>\n`,
  );

  const shared = analysis.quotes.filter((q) => q.instances.length > 1);
  out.push('<h3>Quotations carried by more than one outlet</h3>\n');
  if (shared.length === 0) {
    out.push('<p>No quotation appears in more than one outlet.</p>\n');
  } else {
    out.push(
      '<div class="scroll" role="region" aria-label="Quoted statements" tabindex="0">\n<table class="analysis-quotes">\n<caption>Each quoted statement, how each outlet carries it and to whom</caption>\n<thead><tr><th scope="col">Statement</th>',
    );
    for (const k of onTopic) {
      out.push(`<th scope="col">${label(k)}</th>`);
    }
    out.push('</tr></thead>\n<tbody>\n');
    for (const q of shared) {
      out.push(`<tr><th scope="row">“${isolatedHtml(q.reference.text)}”</th>`);
      for (const k of onTopic) {
        const status = q.statuses.find((s) => s.article === k);
        const instance = q.instances.find((i) => i.article === k);
        const who = instance
          ? ` <span class="who">(${speakerHtml(instance)}${instance.verb ? `, ${isolatedHtml(instance.verb)}` : ''})</span>`
          : '';
        const parts = status && status.status !== 'missing' ? status.parts : undefined;
        const diff = parts ? `<div class="quote-diff"><bdi>${renderParts(parts)}</bdi></div>` : '';
        const text = status ? describeStatus(status) : 'not quoted';
        out.push(`<td>${text}${who}${diff}</td>`);
      }
      out.push('</tr>\n');
    }
    out.push('</tbody>\n</table>\n</div>\n');
  }

  out.push(
    '<h3>Attribution verbs and loaded language</h3>\n<div class="scroll" role="region" aria-label="Attribution verbs and loaded language" tabindex="0">\n<table class="analysis-language">\n<caption>How each outlet introduces what people said, and its evaluative, intensifying and hedging words</caption>\n<thead><tr><th scope="col">Outlet</th><th scope="col">Neutral</th><th scope="col">Asserting</th><th scope="col">Conceding</th><th scope="col">Adversarial</th><th scope="col">Loaded and hedging terms</th></tr></thead>\n<tbody>\n',
  );
  for (const l of analysis.language) {
    const terms = Object.entries(l.loadedTerms)
      .map(([t, n]) => `${isolatedHtml(t)}${n > 1 ? ` ×${n}` : ''}`)
      .join(', ');
    out.push(
      `<tr><th scope="row">${label(l.article)}</th><td>${l.verbs.neutral}</td><td>${l.verbs.asserting}</td><td>${l.verbs.conceding}</td><td>${l.verbs.adversarial}</td><td>${terms || '—'}</td></tr>\n`,
    );
  }
  out.push('</tbody>\n</table>\n</div>\n');
  if (analysis.verbContrasts.length > 0) {
    out.push('<p>The same statement introduced differently:</p>\n<ul class="prose">\n');
    for (const v of analysis.verbContrasts) {
      const parts = v.verbs
        .filter((a) => a.terms.length > 0)
        .map(
          (a) =>
            `${label(a.article)}: ${a.terms.map((t) => `“${isolatedHtml(t.text)}”`).join(', ')}`,
        )
        .join('; ');
      out.push(`<li>${rowLink(number, v.row)}: ${parts}</li>\n`);
    }
    out.push('</ul>\n');
  }

  out.push(
    '<h3>Coverage: who reports what</h3>\n<div class="scroll" role="region" aria-label="Coverage by outlet" tabindex="0">\n<table class="analysis-coverage">\n<caption>What each outlet alone reports, and what all the others report but it leaves out</caption>\n<thead><tr><th scope="col">Outlet</th><th scope="col">Reported only here</th><th scope="col">Left out (all others report it)</th></tr></thead>\n<tbody>\n',
  );
  for (const c of analysis.coverage.byArticle) {
    const rows = (list: ReadonlyArray<RowIndex>) =>
      list.length ? list.map((r) => rowLink(number, r, String(number(r)))).join(', ') : '—';
    out.push(
      c.offTopic
        ? `<tr><th scope="row">${label(c.article)}</th><td colspan="2">off topic: not counted</td></tr>\n`
        : `<tr><th scope="row">${label(c.article)}</th><td>${c.alone.length} (rows ${rows(c.alone)})</td><td>${c.omits.length} (rows ${rows(c.omits)})</td></tr>\n`,
    );
  }
  out.push('</tbody>\n</table>\n</div>\n');
  renderCoverageTable(out, model, analysis, label);

  if (analysis.discrepancies.length > 0) {
    out.push('<h3>Figures, dates and names given differently</h3>\n<ul class="prose">\n');
    for (const d of analysis.discrepancies) {
      const values = d.values
        .map((v) => `${label(v.article)}: ${v.values.map(isolatedHtml).join(', ') || '—'}`)
        .join('; ');
      out.push(`<li>${rowLink(number, d.row)}, ${DISCREPANCY_LABELS[d.kind]}: ${values}</li>\n`);
    }
    out.push('</ul>\n');
  }
  out.push('</section>\n');
}

/** Words of a fact row's excerpt in the coverage table. */
const FACT_EXCERPT_WORDS = 14;

/** The full coverage table: one row per fact, one column per outlet, ✓ where it is reported. */
function renderCoverageTable(
  out: string[],
  model: ViewModel,
  analysis: Analysis,
  label: (k: ArticleIndex) => string,
): void {
  const number = rowNumbering(model);
  out.push(
    '<div class="scroll" role="region" aria-label="Every fact and the outlets that report it" tabindex="0">\n<table class="analysis-facts">\n<caption>Every fact (row of the comparison) and the outlets that report it</caption>\n<thead><tr><th scope="col">Row</th><th scope="col">Fact</th>',
  );
  for (const a of model.articles) {
    out.push(`<th scope="col">${label(a.index)}</th>`);
  }
  out.push('</tr></thead>\n<tbody>\n');
  analysis.coverage.rows.forEach((r, i) => {
    const row = model.rows[r];
    const cell = row?.cells.find((c) => c.role !== 'empty');
    // The fact in the outlet's words: a saved page's date stamp is the tool's, not the outlet's.
    const fact = excerpt(
      cell?.segments
        .filter((s) => s.kind !== 'stamp')
        .map((s) => s.text)
        .join('') ?? '',
      FACT_EXCERPT_WORDS,
    );
    out.push(
      `<tr><th scope="row">${rowLink(number, r, String(number(r)))}</th><td>${isolatedHtml(fact)}</td>`,
    );
    for (const a of model.articles) {
      out.push(
        analysis.coverage.carried[i]?.[a.index]
          ? '<td class="yes">✓ <span class="sr">reported</span></td>'
          : '<td class="no">— <span class="sr">not reported</span></td>',
      );
    }
    out.push('</tr>\n');
  });
  out.push('</tbody>\n</table>\n</div>\n');
}

/** Who an outlet says spoke, as HTML: the name isolated (it comes from the article). */
function speakerHtml(instance: QuoteInstance): string {
  if (instance.speaker === null) {
    return escapeHtml(describeSpeaker(instance));
  }
  return `${isolatedHtml(instance.speaker)}${instance.inferred ? ' (inferred)' : ''}`;
}
