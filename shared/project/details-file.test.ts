import { describe, expect, it } from 'vitest';
import { detailsOf } from './details';
import { applyDetailsFile, parseDetailsFile } from './details-file';
import { bridgeProject, ok } from '../testing/project';

function entries(json: unknown) {
  return ok(parseDetailsFile(JSON.stringify(json), 'details.json')).entries;
}

describe('details files', () => {
  it('should set outlets, titles, dates and addresses by path or file name', () => {
    const project = ok(
      applyDetailsFile(
        bridgeProject(),
        entries({
          'in/herald.txt': { outlet: 'The Herald', date: '2025-03-04' },
          'courier.txt': { outlet: 'The Courier', url: 'https://courier.example/bridge' },
          'gazette.txt': { title: 'Bridge vote', outlet: null },
        }),
        'details.json',
      ),
    ).project;
    const [herald, courier, gazette] = project.articles.map(detailsOf);
    expect(herald?.outlet).toEqual({ value: 'The Herald', source: 'user' });
    expect(herald?.date).toEqual({ value: '2025-03-04', source: 'user' });
    expect(courier?.url).toEqual({ value: 'https://courier.example/bridge', source: 'user' });
    expect(gazette?.title).toEqual({ value: 'Bridge vote', source: 'user' });
    expect(gazette?.outlet).toEqual({ value: null, source: 'user' });
    expect(courier?.title.source).toBe('detected');
  });

  it('should name an article by any path the caller takes for the same file', () => {
    const samePath = (key: string, file: string) => key.replace(/^\/home\/me\//u, '') === file;
    const project = ok(
      applyDetailsFile(
        bridgeProject(),
        entries({ '/home/me/in/herald.txt': { outlet: 'The Herald' } }),
        'details.json',
        samePath,
      ),
    ).project;
    expect(detailsOf(project.articles[0]!).outlet).toEqual({ value: 'The Herald', source: 'user' });
  });

  it('should refuse a file with a fault, naming the file and the entry', () => {
    const fault = (text: string): string => {
      const parsed = parseDetailsFile(text, 'details.json');
      return parsed.ok ? 'read' : parsed.message;
    };
    expect(fault('{"a.txt": ')).toMatch(
      /^details\.json: not valid JSON \(.+\); a details file is one JSON object, e\.g\. \{ "a\.txt": \{ "outlet": "The Herald" \} \}$/u,
    );
    expect(fault('[]')).toBe('details.json: expected an object whose keys are article files');
    expect(fault('{"a.txt": "BBC"}')).toMatch(/^details\.json: "a\.txt": expected an object/u);
    expect(fault('{"a.txt": {"publisher": "BBC"}}')).toBe(
      'details.json: "a.txt": unknown field "publisher" (expected outlet, title, date, url)',
    );
    expect(fault('{"a.txt": {"title": null}}')).toBe(
      'details.json: "a.txt".title: expected a string',
    );
    expect(fault('{"a.txt": {"outlet": 3}}')).toBe(
      'details.json: "a.txt".outlet: expected a string or null',
    );
    expect(fault('{"__proto__": {"outlet": "x"}}')).toBe('read');
    const apply = (json: unknown): string => {
      const applied = applyDetailsFile(bridgeProject(), entries(json), 'details.json');
      return applied.ok ? 'applied' : applied.message;
    };
    expect(apply({ 'nowhere.txt': { outlet: 'X' } })).toBe(
      'details.json: "nowhere.txt" names none of the articles compared',
    );
    // A path names the article at that path, never another of the same file name.
    expect(apply({ 'elsewhere/herald.txt': { outlet: 'X' } })).toBe(
      'details.json: "elsewhere/herald.txt" names none of the articles compared',
    );
    expect(apply({ 'herald.txt': { date: '4 March 2025' } })).toBe(
      'details.json: "herald.txt": The date is not a date written as YYYY-MM-DD.',
    );
    expect(apply({ 'herald.txt': { url: 'javascript:alert(1)' } })).toMatch(
      /is not an http:\/\/ or https:\/\/ address/u,
    );
  });
});
