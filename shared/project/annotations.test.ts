import { describe, expect, it } from 'vitest';
import { compareSubset } from '../compare';
import { differenceAnchor, rowAnchor } from './anchors';
import { moveParagraphToRow } from './alignment-edits';
import { analyzeComparison } from '../analysis/analyze';
import { renderReport } from '../report/render-report';
import { DIFFERENCE_NO_LONGER_FOUND } from '../view-model/display';
import { subsetNumbers } from '../view-model/subset';
import { buildViewModel } from '../view-model/view-model';
import { reportAnnotations, subsetAnnotations } from './annotations';
import { subsetSources } from '../view-model/subset';
import { compareProject } from './compare-project';
import { createProject } from './details';
import { REFERENCE_ELSEWHERE_ARTICLES } from '../testing/sample-articles';
import { addCode, addNote, applyCode, setBase } from './edits';
import {
  annotatedProject,
  bridgeProject,
  firstDifference,
  itemsOf,
  ok,
  T0,
} from '../testing/project';
import { reportOf } from '../testing/report';
import { paraIndex, rowIndex } from '../model';

const META = { exportedAt: new Date(Date.UTC(2025, 2, 4, 10)), appVersion: '9.9.9' };

describe('annotatedItems', () => {
  it('should group the notes and codes of one item, rows first, codes in codebook order', () => {
    const project = annotatedProject();
    const comparison = compareProject(project);
    const items = itemsOf(project, comparison);
    expect(items.map((i) => i.target.kind)).toEqual(['row', 'difference']);
    const [row, difference] = items;
    expect(row?.row).toBe(1);
    expect(row?.notes.map((n) => n.text)).toEqual(['All three lead with the vote.']);
    expect(row?.codes.map((c) => c.code.name)).toEqual(['Framing']);
    // Applied Figure first, then Framing: listed as the codebook orders them.
    expect(difference?.codes.map((c) => c.code.name)).toEqual(['Framing', 'Figure']);
    expect(difference?.notes.map((n) => n.text)).toEqual(['Forced to admit: loaded.']);
    expect(difference?.part).not.toBeNull();
  });

  it('should follow the rows when the base changes', () => {
    const project = annotatedProject();
    const before = itemsOf(project, compareProject(project));
    const moved = ok(setBase(project, 2)).project;
    const comparison = compareProject(moved);
    const after = itemsOf(moved, comparison);
    expect(after.map((i) => i.notes.map((n) => n.text))).toEqual(
      before.map((i) => i.notes.map((n) => n.text)),
    );
    // The row note stands on the row that holds the same paragraphs.
    const note = after.find((i) => i.target.kind === 'row');
    const cells = comparison.rows[note?.row ?? -1]?.cells;
    const anchored = note?.target.paragraphs ?? [];
    expect(anchored.every((p) => cells?.[p.article]?.includes(paraIndex(p.paragraph)))).toBe(true);
  });
});

describe('the report with notes and codes', () => {
  it('should carry them beside their rows and in their own section', () => {
    const project = annotatedProject();
    const comparison = compareProject(project);
    const annotations = reportAnnotations(itemsOf(project, comparison));
    // Row 2, index 1.
    expect(annotations.map((a) => a.row)).toEqual([1, annotations[1]?.row]);
    const html = reportOf(comparison, {
      ...META,
      title: 'Bridge vote',
      annotations,
      codebook: project.codebook,
    });
    expect(html).toContain('<h1><bdi>Bridge vote</bdi></h1>');
    // Right after row 2, a row of its notes and codes.
    const row2 = html.slice(html.indexOf('<tr id="r-2"'));
    const next = row2.indexOf('</tr>\n') + '</tr>\n'.length;
    expect(row2.slice(next)).toMatch(/^<tr class="annotations">/);
    expect(row2.slice(next, row2.indexOf('</tr>', next))).toContain(
      'All three lead with the vote.',
    );
    expect(html).toContain('<section id="annotations"');
    expect(html).toContain('<a href="#annotations">Notes and codes</a>');
    expect(html).toContain('How the vote is framed.');
    expect(html).toContain('border-left-color: #aa3300');
    // A note on a difference names it by its number, linked to it, and by its words.
    const number = itemsOf(project, comparison).find((i) => i.difference !== null)?.difference;
    expect(number).toBeGreaterThan(0);
    const about = `On <a href="#d-${number}">difference ${number}</a>: #1 <bdi>The Herald</bdi>: “<bdi>The council approved the new</bdi>”`;
    expect(row2.slice(next, row2.indexOf('</tr>', next))).toContain(about);
    const section = html.slice(html.indexOf('<section id="annotations"'));
    expect(section.slice(0, section.indexOf('</section>'))).toContain(about);
    expect(html).toContain(`<li id="d-${number}">`);
  });

  it('should say when the difference a note is about is no longer found, and when its outlet is left out', () => {
    let project = bridgeProject();
    const c = compareProject(project);
    // A note on a difference of the gazette in the cost row; the gazette's paragraph then
    // moves out of that row, and the difference with it.
    const costRow = c.rows.findIndex((r) => r.cells[0]?.includes(paraIndex(1)));
    const gazette = c.rows[costRow]?.diffs.find((d) => d.article === 2);
    const part = gazette?.parts.findIndex((p) => p.kind !== 'equal') ?? -1;
    const anchor = differenceAnchor(c, costRow, 2, part);
    expect(anchor).not.toBeNull();
    project = ok(addNote(project, anchor!, 'The gazette’s figure.', T0)).project;
    const [before] = itemsOf(project, c);
    const view = buildViewModel(c);
    expect(before?.difference).toBe(
      view.differences.find((d) => d.kind === 'wording' && d.row === costRow && d.article === 2)
        ?.id,
    );
    // With the gazette hidden, the report keeps the note and its number, without a link.
    const keep = [0, 1];
    const seen = compareSubset(c, keep);
    const hidden = renderReport(
      buildViewModel(seen, subsetNumbers(c, keep, view)),
      analyzeComparison(seen),
      {
        ...META,
        hiddenOutlets: 1,
        annotations: subsetAnnotations(reportAnnotations(itemsOf(project, c)), c, keep),
      },
    );
    expect(hidden).toContain(
      `On difference ${before?.difference}, of an outlet left out of this report: #1 `,
    );
    expect(hidden).not.toContain(`href="#d-${before?.difference}"`);
    // Moved out, the note stands on the row, and says the difference is no longer found.
    const moved = ok(
      moveParagraphToRow(
        project,
        c,
        { article: 2, paragraph: 1 },
        c.rows.findIndex((r) => r.cells[0]?.includes(paraIndex(3))),
      ),
    ).project;
    const after = compareProject(moved);
    const [item] = itemsOf(moved, after);
    expect(item?.target.kind).toBe('difference');
    expect(item?.part).toBeNull();
    expect(item?.difference).toBeNull();
    const html = reportOf(after, {
      ...META,
      annotations: reportAnnotations(itemsOf(moved, after)),
    });
    // In the words the app and the command line use too.
    expect(html).toContain(`On ${DIFFERENCE_NO_LONGER_FOUND}: #1 `);
    expect(DIFFERENCE_NO_LONGER_FOUND).toBe('a difference no longer found in its row');
  });

  it('should link a note to its difference when the report measures its row against another outlet', () => {
    const made = createProject({ articles: REFERENCE_ELSEWHERE_ARTICLES });
    if (!made.ok) {
      throw new Error(made.message);
    }
    const c = compareProject(made.project);
    // A note on the Post's wording, measured on screen against the Herald's.
    const row = c.rows.findIndex((r) => r.pivot === 1 && r.diffs.some((d) => d.article === 2));
    const part =
      c.rows[row]?.diffs.find((d) => d.article === 2)?.parts.findIndex((p) => p.kind !== 'equal') ??
      -1;
    const project = ok(
      addNote(made.project, differenceAnchor(c, row, 2, part)!, 'Softer.', T0),
    ).project;
    const [item] = itemsOf(project, c);
    const number = item?.difference;
    expect(number).toBeGreaterThan(0);
    // The Herald hidden: the Post is the row's reference text in the report, and the note
    // still leads to the difference under its number.
    const keep = [0, 2, 3];
    const seen = compareSubset(c, keep);
    const html = renderReport(
      buildViewModel(seen, subsetNumbers(c, keep, buildViewModel(c))),
      analyzeComparison(seen),
      {
        ...META,
        hiddenOutlets: 1,
        annotations: subsetAnnotations(reportAnnotations(itemsOf(project, c)), c, keep),
      },
    );
    expect(html).toContain(`On <a href="#d-${number}">difference ${number}</a>: `);
    expect(html).toContain(`<li id="d-${number}">`);
  });

  it('should show hostile notes, code names and colours as text', () => {
    let project = bridgeProject();
    const comparison = compareProject(project);
    const code = ok(addCode(project, { name: '<img src=x onerror=alert(1)>', colour: '#123456' }));
    project = code.project;
    const row = rowAnchor(comparison, 0);
    const difference = firstDifference(comparison);
    if (row === null || difference === null) {
      throw new Error('no row');
    }
    project = ok(addNote(project, row, '</td></tr><script>alert("note")</script>', T0)).project;
    project = ok(applyCode(project, code.id, difference, T0)).project;
    const annotations = reportAnnotations(itemsOf(project, comparison));
    const html = reportOf(comparison, {
      ...META,
      title: '<script>alert("title")</script>',
      urls: ['javascript:alert(1)', 'https://a.example/"><script>', null],
      annotations: [
        ...annotations,
        // A colour that is not #rrggbb never reaches the style attribute.
        {
          row: rowIndex(0),
          sides: null,
          difference: null,
          codes: [{ name: 'x', colour: 'red;background:url(x)' }],
          notes: [],
        },
      ],
      codebook: project.codebook,
    });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('url(x)');
    expect(html).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;script&gt;alert(&quot;note&quot;)');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain(
      '<h1><bdi>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</bdi></h1>',
    );
    // Addresses are text, never links.
    expect(html).toContain('javascript:alert(1)</bdi></span>');
    expect(html).not.toMatch(/href="(?!#)/u);
  });

  it('should leave addresses out in blind mode', () => {
    const project = bridgeProject();
    const comparison = compareProject(project);
    const html = reportOf(comparison, {
      ...META,
      urls: ['https://herald.example/bridge', null, null],
      blindNames: ['Outlet A', 'Outlet B', 'Outlet C'],
    });
    expect(html).not.toContain('herald.example');
    const seen = reportOf(comparison, { ...META, urls: ['https://herald.example/bridge'] });
    expect(seen).toContain('https://herald.example/bridge');
  });

  it('should print annotated rows, even identical ones', () => {
    let project = bridgeProject();
    const comparison = compareProject(project);
    const identical = comparison.rows.findIndex(
      (r) => r.kind === 'shared' && r.diffs.every((d) => d.parts.every((p) => p.kind === 'equal')),
    );
    // The bridge story has no identical row: make the check about a row without differences.
    const quiet =
      identical >= 0 ? identical : comparison.rows.findIndex((r) => r.diffs.length === 0);
    const anchor = rowAnchor(comparison, quiet);
    if (anchor === null) {
      throw new Error('no row');
    }
    project = ok(addNote(project, anchor, 'Worth a look.', T0)).project;
    const html = reportOf(comparison, {
      ...META,
      annotations: reportAnnotations(itemsOf(project, comparison)),
    });
    const tag = new RegExp(`<tr id="r-${quiet + 1}" class="([^"]*)"`, 'u').exec(html)?.[1] ?? '';
    expect(tag.split(' ')).toContain('annotated');
    expect(tag.split(' ')).not.toContain('identical');
  });
});

describe('subsetSources and subsetAnnotations', () => {
  it('should say where each row and article of compareSubset comes from', () => {
    const project = annotatedProject();
    const comparison = compareProject(project);
    for (const keep of [
      [0, 1],
      [0, 2],
      [0, 1, 2],
      [0, 2, 2, 7],
    ]) {
      const subset = compareSubset(comparison, keep);
      const sources = subsetSources(comparison, keep);
      expect(sources.articles.map((k) => comparison.articles[k])).toEqual(subset.articles);
      expect(sources.rows).toHaveLength(subset.rows.length);
      sources.rows.forEach((from, to) => {
        const expected = sources.articles.map((k) => comparison.rows[from]?.cells[k] ?? []);
        expect(subset.rows[to]?.cells).toEqual(expected);
      });
    }
  });

  it('should move each note to the subset row holding its row, dropping the sides of hidden articles', () => {
    const project = annotatedProject();
    const comparison = compareProject(project);
    const annotations = reportAnnotations(itemsOf(project, comparison));
    const keep = [0, 2];
    const subset = compareSubset(comparison, keep);
    const moved = subsetAnnotations(annotations, comparison, keep);
    const kept = annotations.filter((a) =>
      keep.some((k) => (comparison.rows[a.row]?.cells[k]?.length ?? 0) > 0),
    );
    expect(moved).toHaveLength(kept.length);
    moved.forEach((a, i) => {
      const from = comparison.rows[kept[i]!.row];
      expect(subset.rows[a.row]?.cells).toEqual(keep.map((k) => from?.cells[k] ?? []));
      for (const side of a.sides ?? []) {
        expect([0, 1]).toContain(side.article);
      }
    });
  });
});
