import { describe, expect, it } from 'vitest';
import type { Article } from '../shared/model';
import { libraryItem, searchLibrary } from './library';

const article = (title: string, outlet: string | null, text: string): Article => ({
  file: `${title}.txt`,
  title,
  titleSource: 'text',
  outlet,
  date: null,
  paragraphs: [
    { text, boilerplate: null },
    { text: 'Share this article', boilerplate: 'share-prompt' },
  ],
});

const items = [
  libraryItem(
    'a',
    article('Mayor denies ultimatum', 'The Herald', 'Sadiq Khan denied giving an ultimatum.'),
    'sample',
  ),
  libraryItem(
    'b',
    article('Library to close', 'Evening Post', 'The council voted to close the library.'),
    'user',
  ),
];

describe('libraryItem', () => {
  it('should count words outside boilerplate', () => {
    expect(items.map((i) => i.wordCount)).toEqual([6, 7]);
  });
});

describe('searchLibrary', () => {
  it('should find articles by fuzzy title, outlet or text', () => {
    expect(searchLibrary(items, 'ultimatim').map((i) => i.id)).toEqual(['a']);
    expect(searchLibrary(items, 'evening pst').map((i) => i.id)).toEqual(['b']);
    expect(searchLibrary(items, 'council').map((i) => i.id)).toEqual(['b']);
    expect(searchLibrary(items, '  ').map((i) => i.id)).toEqual(['a', 'b']);
  });
});
