import { describe, expect, it } from 'vitest';
import { compareProject } from './compare-project';
import { rowAnchor } from './anchors';
import {
  articleLabels,
  createProject,
  detailsOf,
  projectArticles,
  projectLexicon,
  storyName,
} from './details';
import {
  addCode,
  addNote,
  applyCode,
  editCode,
  editNote,
  moveCode,
  removeCode,
  removeCodeApplication,
  removeNote,
  resetDetails,
  setBase,
  setDetails,
  setDiffOptions,
  setIncluded,
  setLexicon,
  setStory,
} from './edits';
import { parseProject } from './parse';
import { serializeProject } from './serialize';
import { bridgeArticles, bridgeProject, ok, T0 } from '../testing/project';
import type { Anchor, Coding, DifferenceSide, Note, Project } from './types';
import { PROJECT_LIMITS } from './types';

const T1 = '2025-03-04T11:00:00.000Z';

/** Deep-freezes a value, so an edit that mutates its input throws. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(frozen);
    Object.freeze(value);
  }
  return value;
}

const message = (r: { ok: boolean; message?: string }): string => (r.ok ? 'ok' : (r.message ?? ''));

function firstRow(project: Project): Anchor {
  return rowAnchor(compareProject(project), 1)!;
}

describe('setDetails and resetDetails', () => {
  it("should put the user's details over the detected ones, and take them back", () => {
    const project = frozen(bridgeProject());
    const named = ok(setDetails(project, 1, { outlet: '  The Courier ', title: 'Bridge backed' }));
    expect(named.project.articles[1]!.user).toEqual({
      title: 'Bridge backed',
      outlet: 'The Courier',
    });
    expect(detailsOf(named.project.articles[1]!)).toEqual({
      title: { value: 'Bridge backed', source: 'user' },
      outlet: { value: 'The Courier', source: 'user' },
      date: { value: null, source: 'detected' },
      url: { value: null, source: 'detected' },
    });
    const article = projectArticles(named.project)[1]!;
    expect([article.title, article.titleSource, article.outlet]).toEqual([
      'Bridge backed',
      'user',
      'The Courier',
    ]);
    expect(compareProject(named.project).articles[1]?.outlet).toBe('The Courier');
    const reset = ok(resetDetails(named.project, 1, ['outlet'])).project;
    expect(reset.articles[1]!.user).toEqual({ title: 'Bridge backed' });
    expect(projectArticles(reset)[1]?.outlet).toBeNull();
    expect(ok(resetDetails(reset, 1)).project).toStrictEqual(project);
  });

  it('should let the user say there is no outlet, date or address', () => {
    const project = ok(
      setDetails(bridgeProject(), 0, { outlet: null, date: null, url: null }),
    ).project;
    expect(project.articles[0]!.user).toEqual({ outlet: null, date: null, url: null });
    expect(detailsOf(project.articles[0]!).outlet).toEqual({ value: null, source: 'user' });
  });

  it('should refuse details that would not open again, saying which', () => {
    const project = bridgeProject();
    expect(message(setDetails(project, 0, { outlet: ' ' }))).toBe('The outlet is empty.');
    expect(message(setDetails(project, 0, { title: 'Two\nlines' }))).toBe(
      'The title holds a line break or control character.',
    );
    expect(message(setDetails(project, 0, { title: null as unknown as string }))).toBe(
      'An article always has a title.',
    );
    expect(message(setDetails(project, 0, { date: '4/3/2025' }))).toBe(
      'The date is not a date written as YYYY-MM-DD.',
    );
    expect(message(setDetails(project, 0, { url: 'javascript:alert(1)' }))).toBe(
      'The address is not an http:// or https:// address.',
    );
    expect(message(setDetails(project, 5, { outlet: 'X' }))).toBe('There is no article 6.');
  });
});

describe('project options', () => {
  it('should set the story, base, options, included articles and lexicon', () => {
    let project = frozen(bridgeProject());
    expect(storyName(project)).toBe('Bridge vote');
    project = ok(setStory(project, '')).project;
    // No headline anywhere: the base article's file name.
    expect(storyName(project)).toBe('in/herald.txt');
    // A headline, even of another article, is a better name than a file name.
    const titled = ok(setDetails(project, 2, { title: 'Council backs bridge' })).project;
    expect(storyName(titled)).toBe('Council backs bridge');
    project = ok(setBase(project, 2)).project;
    expect(compareProject(project).options.base).toBe(2);
    expect(message(setBase(project, 3))).toBe('There is no article 4.');
    project = ok(setDiffOptions(project, { ...project.diff, ignoreCase: true })).project;
    expect(project.diff.ignoreCase).toBe(true);
    project = ok(setIncluded(project, 2, true)).project;
    project = ok(setIncluded(project, 0, true)).project;
    expect(project.include).toEqual([0, 2]);
    project = ok(setIncluded(project, 2, false)).project;
    expect(project.include).toEqual([0]);
    const lexicon = { name: 'verbs.json', content: '{"verbs":{"adversarial":["rounded on"]}}' };
    project = ok(setLexicon(project, lexicon)).project;
    expect(projectLexicon(project)?.terms).toBe(1);
    expect(message(setLexicon(project, { name: 'bad.json', content: '{"nouns":[]}' }))).toBe(
      'bad.json: unknown key "nouns" (expected "verbs" and/or "loaded")',
    );
    expect(message(setLexicon(project, { ...lexicon, name: 'two\nlines.json' }))).toBe(
      "The lexicon's name holds a line break or control character.",
    );
    expect(ok(setLexicon(project, null)).project.lexicon).toBeNull();
  });
});

describe('notes', () => {
  it('should add, edit and remove notes, keeping when they were written', () => {
    const project = frozen(bridgeProject());
    const target = firstRow(project);
    const first = ok(addNote(project, target, 'All lead with the vote.', T0));
    expect(first.id).toBe('note-1');
    const second = ok(addNote(first.project, target, 'Check the date.', T0));
    expect(second.id).toBe('note-2');
    const edited = ok(editNote(second.project, 'note-1', 'All three lead with it.', T1)).project;
    expect(edited.notes[0]).toEqual({
      id: 'note-1',
      target,
      text: 'All three lead with it.',
      created: T0,
      updated: T1,
    });
    const removed = ok(removeNote(edited, 'note-1')).project;
    expect(removed.notes.map((n) => n.id)).toEqual(['note-2']);
    expect(ok(addNote(removed, target, 'Again.', T1)).id).toBe('note-3');
  });

  it('should refuse a blank note, a bad time, a note that is gone or a target that is not there', () => {
    const project = bridgeProject();
    const target = firstRow(project);
    expect(message(addNote(project, target, '  ', T0))).toBe('The note is empty.');
    expect(message(addNote(project, target, 'Fine.', 'now'))).toBe(
      'The time "now" is not a UTC time written as YYYY-MM-DDTHH:MM:SS.sssZ.',
    );
    expect(message(editNote(project, 'note-9', 'x', T0))).toBe('That note no longer exists.');
    expect(message(removeNote(project, 'note-9'))).toBe('That note no longer exists.');
    const nowhere: Anchor = { kind: 'row', paragraphs: [{ article: 0, paragraph: 40 }] };
    expect(message(addNote(project, nowhere, 'Lost.', T0))).toBe(
      'That place is not in these articles (target.paragraphs[0].paragraph: expected a paragraph index of article 0 from 0 to 3).',
    );
  });

  it('should refuse a difference that is not in the articles, as a file would be refused', () => {
    const project = bridgeProject();
    const paragraphs = [
      { article: 0, paragraph: 0 },
      { article: 1, paragraph: 1 },
    ];
    const side = (article: number, paragraph: number, offset: number, text: string) => ({
      article,
      paragraph,
      offset,
      text,
    });
    const anchor = (sides: readonly [DifferenceSide, DifferenceSide]): Anchor => ({
      kind: 'difference',
      paragraphs,
      sides,
    });
    const refusals: ReadonlyArray<[Anchor, string]> = [
      [
        anchor([side(0, 0, 500, 'x'), side(1, 1, 0, '')]),
        `target.sides[0].offset: expected a number from 0 to ${project.articles[0]!.paragraphs[0]!.text.length}`,
      ],
      [
        anchor([side(0, 0, 0, 'x'), side(0, 0, 1, 'y')]),
        'target.sides: the two sides are of one article',
      ],
      [anchor([side(0, 0, 0, ''), side(1, 1, 0, '')]), 'target.sides: both sides are empty'],
      [
        anchor([side(0, 0, 0, 'x'), side(1, 2, 0, 'y')]),
        'target.sides[1].paragraph: is not one of target.paragraphs',
      ],
      [
        { kind: 'row', paragraphs: [...paragraphs].reverse() },
        'target.paragraphs[1]: out of order (ascending by article, then paragraph, without repeats)',
      ],
    ];
    const code = ok(addCode(project, { name: 'Framing', colour: '#aa3300' }));
    for (const [target, problem] of refusals) {
      const why = `That place is not in these articles (${problem}).`;
      expect(message(addNote(project, target, 'Here.', T0))).toBe(why);
      expect(message(applyCode(code.project, code.id, target, T0))).toBe(why);
    }
  });

  it('should refuse a note, code or coding past the limits a file is read with', () => {
    const project = bridgeProject();
    const target = firstRow(project);
    const note = { id: 'n', target, text: 'x', created: T0, updated: T0 };
    const full: Project = { ...project, notes: Array<Note>(PROJECT_LIMITS.notes).fill(note) };
    expect(message(addNote(full, target, 'One more.', T0))).toBe(
      `A project holds at most ${PROJECT_LIMITS.notes} notes.`,
    );
    const codebook = Array.from({ length: PROJECT_LIMITS.codes }, (_, i) => ({
      id: `code-${i + 1}`,
      name: `Code ${i + 1}`,
      colour: '#000000',
    }));
    expect(message(addCode({ ...project, codebook }, { name: 'More', colour: '#000000' }))).toBe(
      `A project holds at most ${PROJECT_LIMITS.codes} codes.`,
    );
    const coding = { id: 'c', code: 'code-1', target, created: T0 };
    const applied: Project = {
      ...project,
      codebook: codebook.slice(0, 2),
      codings: Array<Coding>(PROJECT_LIMITS.codings).fill(coding),
    };
    expect(message(applyCode(applied, 'code-2', target, T0))).toBe(
      `A project holds at most ${PROJECT_LIMITS.codings} codes applied.`,
    );
  });
});

describe('codes', () => {
  it('should keep a codebook and apply its codes', () => {
    let project = frozen(bridgeProject());
    const framing = ok(addCode(project, { name: 'Framing', colour: '#AA3300', description: ' ' }));
    expect(framing.project.codebook).toEqual([
      { id: 'code-1', name: 'Framing', colour: '#aa3300' },
    ]);
    project = framing.project;
    const omission = ok(
      addCode(project, { name: 'Omission', colour: '#000000', description: 'Left out.' }),
    );
    project = omission.project;
    project = ok(editCode(project, 'code-1', { name: 'Frame', colour: '#112233' })).project;
    expect(project.codebook[0]).toEqual({ id: 'code-1', name: 'Frame', colour: '#112233' });
    project = ok(moveCode(project, 'code-2', 0)).project;
    expect(project.codebook.map((c) => c.id)).toEqual(['code-2', 'code-1']);
    const target = firstRow(project);
    const applied = ok(applyCode(project, 'code-1', target, T0));
    expect(applied.id).toBe('coding-1');
    project = ok(applyCode(applied.project, 'code-2', target, T0)).project;
    expect(message(applyCode(project, 'code-1', target, T1))).toBe(
      '"Frame" is already applied here.',
    );
    expect(ok(removeCodeApplication(project, 'coding-1')).project.codings.map((c) => c.id)).toEqual(
      ['coding-2'],
    );
    const removed = ok(removeCode(project, 'code-2')).project;
    expect(removed.codebook.map((c) => c.id)).toEqual(['code-1']);
    expect(removed.codings.map((c) => c.code)).toEqual(['code-1']);
  });

  it('should refuse a code name twice, a bad colour, a code that is gone', () => {
    const project = ok(addCode(bridgeProject(), { name: 'Framing', colour: '#aa3300' })).project;
    expect(message(addCode(project, { name: ' framing ', colour: '#000000' }))).toBe(
      'There is already a code named "Framing".',
    );
    expect(message(addCode(project, { name: 'Figure', colour: 'blue' }))).toBe(
      'The colour is not a colour written as #rrggbb.',
    );
    expect(message(addCode(project, { name: '', colour: '#000000' }))).toBe(
      'The code name is empty.',
    );
    expect(message(editCode(project, 'code-1', { name: 'FRAMING', colour: '#000000' }))).toBe('ok');
    expect(message(applyCode(project, 'code-7', firstRow(project), T0))).toBe(
      'That code no longer exists.',
    );
    expect(message(removeCode(project, 'code-7'))).toBe('That code no longer exists.');
  });
});

describe('every edit', () => {
  it('should give a project that opens again as it was', () => {
    let project = bridgeProject();
    const target = firstRow(project);
    const steps = [
      (p: Project) => setDetails(p, 0, { outlet: 'The Herald', url: 'https://herald.example/a' }),
      (p: Project) => addCode(p, { name: 'Framing', colour: '#aa3300', description: 'How.' }),
      (p: Project) => addNote(p, target, 'A note\nwith two lines and "quotes".', T0),
      (p: Project) => applyCode(p, 'code-1', target, T0),
      (p: Project) => setStory(p, 'Bridge'),
    ];
    for (const step of steps) {
      project = ok(step(project)).project;
      expect(parseProject(serializeProject(project), 'p')).toStrictEqual({ ok: true, project });
    }
  });
});

describe('createProject and labels', () => {
  it('should refuse fewer than two articles, naming the field', () => {
    expect(message(createProject({ articles: bridgeArticles().slice(0, 1) }))).toBe(
      'The new project: articles: a comparison needs at least two articles',
    );
  });

  it('should label articles by outlet, else file name, and tell equal labels apart', () => {
    let project = bridgeProject();
    expect(articleLabels(project)).toEqual(['herald.txt', 'courier.txt', 'gazette.txt']);
    project = ok(setDetails(project, 0, { outlet: 'Daily' })).project;
    project = ok(setDetails(project, 2, { outlet: 'Daily' })).project;
    expect(articleLabels(project)).toEqual([
      'Daily (herald.txt)',
      'courier.txt',
      'Daily (gazette.txt)',
    ]);
    project = ok(setDetails(project, 1, { outlet: 'Daily (herald.txt)' })).project;
    expect(articleLabels(project)).toEqual([
      'Daily (herald.txt) #1',
      'Daily (herald.txt) #2',
      'Daily (gazette.txt)',
    ]);
  });
});
