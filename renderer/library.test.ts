import type FuseType from 'fuse.js';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../shared/model';
import { leadExcerpt, librarySearch, libraryItem, sameArticle, titlePieces } from './library';

/** Fuse indexes built (each `new Fuse` builds one over every article). */
const indexes = vi.hoisted(() => ({ built: 0 }));
vi.mock('fuse.js', async (original) => {
  const { default: Fuse } = await original<{ default: typeof FuseType }>();
  return {
    default: class extends Fuse<unknown> {
      constructor(...args: ConstructorParameters<typeof Fuse<unknown>>) {
        super(...args);
        indexes.built++;
      }
    },
  };
});

const article = (
  title: string,
  outlet: string | null,
  text: string,
  file = `${title}.txt`,
): Article => ({
  file,
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
    article(
      'Mayor denies ultimatum',
      'The Herald',
      'Sadiq Khan denied giving Cressida Dick an ultimatum.',
    ),
    'sample',
  ),
  libraryItem(
    'b',
    article(
      'Library to close',
      'Evening Post',
      'The council voted to close the library.',
      'seeds/003_a3dc487f.txt',
    ),
    'user',
  ),
  libraryItem(
    'c',
    article('Budget passes', null, 'The budget passed after the judges ruled on the appeal.'),
    'user',
  ),
];

describe('libraryItem', () => {
  it('should count words outside boilerplate', () => {
    expect(items.map((i) => i.wordCount)).toEqual([8, 7, 10]);
  });
});

describe('librarySearch', () => {
  const searchLibrary = (list: typeof items, query: string) => librarySearch(list)(query);

  it('should find articles by title, outlet or text, a slip allowed', () => {
    expect(searchLibrary(items, 'ultimatim').map((i) => i.id)).toEqual(['a']);
    expect(searchLibrary(items, 'evenng post').map((i) => i.id)).toEqual(['b']);
    expect(searchLibrary(items, 'council').map((i) => i.id)).toEqual(['b']);
    expect(searchLibrary(items, '  ').map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('should find a name or word only where it is (the search was once fuzzy enough to match everything)', () => {
    expect(searchLibrary(items, 'Cressida').map((i) => i.id)).toEqual(['a']);
    expect(searchLibrary(items, 'judge').map((i) => i.id)).toEqual(['c']);
    expect(searchLibrary(items, 'budget').map((i) => i.id)).toEqual(['c']);
    expect(searchLibrary(items, 'Cressida council')).toEqual([]);
  });

  it('should build its index once, at the first query, for every query after', () => {
    const before = indexes.built;
    const search = librarySearch(items);
    expect(search('').map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(indexes.built).toBe(before);
    // Keystrokes: each query searches the same index.
    for (const query of ['co', 'cou', 'coun', 'counc', 'counci']) {
      search(query);
    }
    expect(search('council').map((i) => i.id)).toEqual(['b']);
    expect(indexes.built).toBe(before + 1);
  });

  it('should search file names', () => {
    expect(searchLibrary(items, '003_a3dc487f').map((i) => i.id)).toEqual(['b']);
  });
});

describe('sameArticle', () => {
  it('should know a file opened twice, and tell apart the same name with other text', () => {
    const a = article('T', null, 'Text.');
    expect(sameArticle(a, article('T', null, 'Text.'))).toBe(true);
    expect(sameArticle(a, article('T', null, 'Other text.'))).toBe(false);
    expect(
      sameArticle(article('T', null, 'Text.', 'a/T.txt'), article('T', null, 'Text.', 'b/T.txt')),
    ).toBe(false);
  });

  it('should know a file picked without its folder (a browser) as the one opened from it', () => {
    const sample = article('T', null, 'Text.', 'seeds/T.txt');
    expect(sameArticle(sample, article('T', null, 'Text.', 'T.txt'))).toBe(true);
    expect(sameArticle(article('T', null, 'Text.', 'T.txt'), sample)).toBe(true);
    expect(sameArticle(sample, article('T', null, 'Text.', 'C:\\news\\T.txt'))).toBe(false);
    expect(sameArticle(sample, article('T', null, 'Other.', 'T.txt'))).toBe(false);
    expect(sameArticle(sample, article('U', null, 'Text.', 'U.txt'))).toBe(false);
  });
});

describe('leadExcerpt', () => {
  it('should give the first words of an article titled by its file name only', () => {
    const untitled: Article = {
      ...article(
        '000_69ff',
        null,
        'Scotland Yard has been forced to admit it was unacceptable for one of its official accounts to criticise the mayor.',
      ),
      titleSource: 'file-name',
    };
    expect(leadExcerpt(untitled)).toBe(
      'Scotland Yard has been forced to admit it was unacceptable for one of its…',
    );
    expect(leadExcerpt(article('Mayor denies', null, 'Text.'))).toBeNull();
    expect(
      leadExcerpt({
        ...article('001', null, ' date 2022-02-18 Scotland Yard said.'),
        titleSource: 'file-name',
      }),
    ).toBe('Scotland Yard said.');
  });
});

describe('titlePieces', () => {
  it('should let a file name wrap after its underscores, dots and slashes, not mid-number', () => {
    expect(titlePieces('000_69ff7826295806f7')).toEqual(['000_', '69ff7826295806f7']);
    expect(titlePieces('Seen on www.example.org/news/today_live')).toEqual([
      'Seen on www.',
      'example.',
      'org/',
      'news/',
      'today_',
      'live',
    ]);
  });

  it('should leave words and short runs whole: they wrap at their spaces', () => {
    expect(titlePieces('Met police admit tweet, e.g. U.S._style')).toEqual([
      'Met police admit tweet, e.g. U.S._style',
    ]);
    expect(titlePieces('a_b')).toEqual(['a_b']);
    expect(titlePieces('')).toEqual(['']);
  });

  it('should give pieces that join to the title', () => {
    for (const title of ['000_69ff7826295806f7', ' x__y..z//w_long_enough_here ', 'a.b. c_d']) {
      expect(titlePieces(title).join('')).toBe(title);
    }
  });
});
