/**
 * The report's inline stylesheet.
 *
 * Constraints it keeps: no `url(` and no `@import` (the file loads nothing), relative units
 * for type and spacing so browser zoom works, meaning never carried by colour alone (`ins` is
 * underlined, `del` struck through, flags carry words), and a print layout that fits every
 * column on the page without cutting text.
 */

/** The report's colours. Every text/background pair in use is listed in {@link CONTRAST_PAIRS}. */
export const PALETTE = {
  text: '#1b1b1b',
  background: '#ffffff',
  muted: '#4a4a4a',
  link: '#0b4f9c',
  rule: '#8a8a8a',
  headerBackground: '#eceff3',
  insText: '#0b3a1c',
  insBackground: '#d9f2e1',
  delText: '#7a1010',
  delBackground: '#fbe0e0',
  dimBackground: '#f1f1f1',
  flagText: '#4f3b00',
  flagBackground: '#fff1c2',
  movedText: '#1c3670',
  movedBackground: '#e3eafb',
} as const;

/** A text colour on a background colour, as used by the stylesheet. */
export interface ContrastPair {
  /** Where the pair is used. */
  readonly use: string;
  /** Text colour. */
  readonly foreground: string;
  /** Background colour. */
  readonly background: string;
}

/** Every text/background pair of the stylesheet; each must reach WCAG AA (4.5:1). */
export const CONTRAST_PAIRS: ReadonlyArray<ContrastPair> = [
  { use: 'body text', foreground: PALETTE.text, background: PALETTE.background },
  { use: 'secondary text', foreground: PALETTE.muted, background: PALETTE.background },
  { use: 'links', foreground: PALETTE.link, background: PALETTE.background },
  { use: 'table headers', foreground: PALETTE.text, background: PALETTE.headerBackground },
  {
    use: 'secondary text in headers',
    foreground: PALETTE.muted,
    background: PALETTE.headerBackground,
  },
  { use: 'links in headers', foreground: PALETTE.link, background: PALETTE.headerBackground },
  { use: 'inserted words', foreground: PALETTE.insText, background: PALETTE.insBackground },
  { use: 'deleted words', foreground: PALETTE.delText, background: PALETTE.delBackground },
  { use: 'boilerplate rows', foreground: PALETTE.muted, background: PALETTE.dimBackground },
  { use: 'links in boilerplate rows', foreground: PALETTE.link, background: PALETTE.dimBackground },
  { use: 'flags', foreground: PALETTE.flagText, background: PALETTE.flagBackground },
  { use: 'moved flags', foreground: PALETTE.movedText, background: PALETTE.movedBackground },
];

const P = PALETTE;

/** Added for reports of {@link LANDSCAPE_FROM_ARTICLES} articles or more: printed landscape. */
export const LANDSCAPE_CSS = `
@page { size: landscape; }
`;

/** The whole stylesheet, placed in the report's one `<style>` element. */
export const REPORT_CSS = `
:root { color-scheme: light; }
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 120rem;
  font-family: Georgia, "Times New Roman", serif; font-size: 1rem; line-height: 1.5;
  color: ${P.text}; background: ${P.background};
}
h1, h2, h3, .kicker, nav, table, .legend, .meta, footer, .notes, .flag {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
}
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.2rem 0 0.8rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 0.8rem; padding-top: 0.6rem; border-top: 0.15rem solid ${P.text}; }
h3 { font-size: 1.15rem; margin: 1.8rem 0 0.6rem; }
p, li, dd, dt, caption { overflow-wrap: anywhere; }
/* In a table, "anywhere" would let the browser size a column to one letter ("R/o/w"): a long
   word breaks only when it cannot fit its column. */
td, th { overflow-wrap: break-word; }
a { color: ${P.link}; }
a:focus-visible, .scroll:focus-visible { outline: 0.2rem solid ${P.link}; outline-offset: 0.1rem; }
.kicker { margin: 0; color: ${P.muted}; font-size: 0.95rem; }
.prose { max-width: 50rem; }
.meta { display: flex; flex-wrap: wrap; gap: 0.3rem 2rem; margin: 0; }
.meta div { display: flex; gap: 0.5rem; }
/* A label keeps its width beside a long value, which wraps instead ("Left out", not "Lef/t/ou/t"). */
.meta dt { font-weight: 600; flex: none; }
.meta dd { margin: 0; min-width: 0; }
.options { display: grid; grid-template-columns: fit-content(40%) minmax(0, 1fr); gap: 0.3rem 1.5rem; max-width: 60rem; }
.options dt { font-weight: 600; }
.options dd { margin: 0; }
nav ol { display: flex; flex-wrap: wrap; gap: 0.3rem 1.5rem; padding: 0; list-style: none; }
.note { padding: 0.6rem 0.9rem; border-left: 0.3rem solid ${P.flagText}; background: ${P.flagBackground}; color: ${P.flagText}; max-width: 50rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { border: 1px solid ${P.rule}; padding: 0.35rem 0.55rem; vertical-align: top; text-align: left; }
thead th { background: ${P.headerBackground}; }
tbody th { background: ${P.headerBackground}; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
th.num, td.num, td.date { white-space: nowrap; }
td.file { overflow-wrap: anywhere; }
.sub { display: block; font-weight: 400; color: ${P.muted}; font-size: 0.85em; }
.flag {
  display: inline-block; padding: 0 0.35em; border: 1px solid currentColor; border-radius: 0.25em;
  background: ${P.flagBackground}; color: ${P.flagText}; font-size: 0.85em; font-weight: 600;
}
.flag.moved { background: ${P.movedBackground}; color: ${P.movedText}; }
.stamp { color: ${P.muted}; font-size: 0.85em; }
ins, del { padding: 0 0.08em; border-radius: 0.15em; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
ins { color: ${P.insText}; background: ${P.insBackground}; text-decoration: underline; text-decoration-thickness: 0.1em; text-underline-offset: 0.18em; }
del { color: ${P.delText}; background: ${P.delBackground}; text-decoration: line-through; text-decoration-thickness: 0.1em; }
ins::before, ins::after, del::before, del::after, .visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(100%); white-space: nowrap;
}
ins::before { content: " [added: "; }
del::before { content: " [removed: "; }
ins::after, del::after { content: "] "; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1.5rem; padding: 0.6rem 0.9rem; border: 1px solid ${P.rule}; margin: 0.5rem 0 1rem; }
.legend p { margin: 0; }
.figures li { margin: 0.2rem 0; }
.substitutions li, .quotes > li { margin: 0.45rem 0; }
.where { color: ${P.muted}; font-size: 0.9em; }
.quote { margin: 0.15rem 0; }
.scroll { overflow-x: auto; position: relative; }
.aligned { table-layout: fixed; width: 100%; min-width: calc(7rem + var(--columns, 2) * 15rem); font-size: 0.95rem; }
.aligned th.rowhead { width: 7rem; }
.aligned tbody th { overflow-wrap: normal; }
.aligned tbody th { font-weight: 400; }
.aligned tbody th a { font-weight: 700; }
.aligned .text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; text-align: start; }
.aligned .notes { margin: 0.4rem 0 0; font-size: 0.82rem; color: ${P.muted}; }
.aligned .notes > * { margin-right: 0.5em; }
.aligned td.pivot { border-left-width: 0.2rem; }
.aligned tr.boilerplate th, .aligned tr.boilerplate td { background: ${P.dimBackground}; color: ${P.muted}; font-size: 0.85rem; }
.aligned tr.boilerplate td .text { font-style: italic; }
.differences { list-style: none; padding: 0; }
.differences > li { margin: 0.6rem 0; padding: 0.4rem 0 0.5rem 0.8rem; border-left: 0.2rem solid ${P.rule}; }
.differences > li:target { border-left-color: ${P.link}; background: ${P.headerBackground}; }
.aligned tr:target th, .aligned tr:target td { outline: 0.15rem solid ${P.link}; outline-offset: -0.15rem; }
.differences p { margin: 0; }
.differences .excerpt { margin: 0.2rem 0 0; padding-left: 0.8rem; border-left: 0.15rem solid ${P.rule}; }
.aligned summary { cursor: pointer; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
.changes { margin: 0.3rem 0 0; padding-left: 1.2rem; }
.changes li { margin: 0.15rem 0; }
.aligned tr.annotations th, .aligned tr.annotations td { border-top-style: dotted; background: ${P.background}; }
ul.annotations { margin: 0; padding: 0; list-style: none; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; font-size: 0.88rem; }
ul.annotations > li + li { margin-top: 0.3rem; }
.about { color: ${P.muted}; }
.code {
  display: inline-block; padding: 0 0.4em; border: 1px solid ${P.rule}; border-left-width: 0.5em; border-radius: 0.25em;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; font-size: 0.88em; font-weight: 600;
}
.note-text { display: block; white-space: pre-wrap; margin-top: 0.15rem; padding-left: 0.6rem; border-left: 0.15rem solid ${P.rule}; }
.annotation-list > li { margin: 0.5rem 0; }
footer { margin-top: 3rem; padding-top: 0.8rem; border-top: 1px solid ${P.rule}; color: ${P.muted}; font-size: 0.9rem; }

/* Narrow windows and strong zoom (em-based, so zoom triggers it): one column of options. */
@media (max-width: 40em) {
  body { padding: 1rem; }
  .options { grid-template-columns: minmax(0, 1fr); }
  .options dd { margin-bottom: 0.4rem; }
}

.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.analysis-facts tbody td:first-of-type { min-width: 12rem; }
.analysis-facts td.yes { text-align: center; }
.analysis-facts td.no { text-align: center; color: ${PALETTE.muted}; }
@page { margin: 14mm 12mm; } /* paper size follows the printer: A4 and Letter both fit these margins */
tr.print-fold, .print-only { display: none; }
@media print {
  html { font-size: 10pt; }
  body { padding: 0; max-width: none; }
  nav { display: none; }
  /* A handout: sections follow each other (a page break before each left the first page
     nearly empty); long rows may break across pages rather than leave half pages blank. */
  h2 { margin-top: 1.5rem; }
  h2, h3, caption, .lead-in { break-after: avoid; }
  thead { display: table-header-group; }
  .differences > li, .substitutions li, .quotes > li, table:not(.aligned) tr { break-inside: avoid; }
  .scroll { overflow: visible; }
  .aligned { min-width: 0; width: 100%; font-size: 0.95rem; }
  /* The tables with a column per outlet share the page's width between them, however many
     outlets (the page would cut what is wider): the statement and the fact keep a share. */
  .similarity, .analysis-quotes, .analysis-facts { table-layout: fixed; width: 100%; }
  .similarity thead td:first-child { width: 14%; }
  .analysis-quotes thead th:first-child { width: 25%; }
  .analysis-facts thead th:first-child { width: 3rem; }
  .analysis-facts thead th:nth-child(2) { width: 30%; }
  .aligned th.rowhead { width: 4.5rem; }
  .aligned tr.identical, .aligned tr.boilerplate:not(.annotated), .aligned tr.off-topic:not(.annotated) { display: none; }
  .aligned tr.print-fold { display: table-row; }
  .print-only { display: block; }
  .screen-only, #differences .differences, .aligned .notes a[href^="#d-"], .aligned .notes .against-left-out { display: none; }
  .aligned tr.print-fold td { padding: 0.1rem 0.3rem; font-style: italic; color: ${P.muted}; border-style: dotted; }
  .legend p:last-child { display: none; }
  th, td { padding: 0.2rem 0.3rem; }
  a { color: inherit; }
  /* Collapsed boilerplate is printed open where the browser allows it (::details-content). */
  details > summary { display: none; }
  details::details-content { content-visibility: visible; display: contents; }
  .aligned tr.annotations { break-before: avoid; }
  ins, del, .flag, .code, tbody th, thead th, tr.boilerplate td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
