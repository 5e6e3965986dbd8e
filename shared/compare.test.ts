import { readdirSync, readFileSync } from 'node:fs';
import { testArticle } from './testing/article';
import { describe, expect, it } from 'vitest';
import { checkCompareInput, compareArticles } from './compare';
import { wdiff } from './diff/wdiff';
import { articleIndex, paraIndex, type Comparison } from './model';
import { DEFAULT_DIFF_OPTIONS } from './model';
import { loadArticle } from './load/load-article';

const article = (file: string, paragraphs: ReadonlyArray<string>, boilerplate: number[] = []) =>
  testArticle(file, paragraphs, { boilerplate });

const A = article(
  'a.txt',
  [
    'The city council voted on Tuesday to close the Riverside library after a budget review found a deficit of four million pounds.',
    'Council leader Maria Okafor said: “We have been forced to make choices nobody wants to make, and the library is one of them.”',
    'Share this article',
    'Campaigners gathered outside the town hall with placards reading “Books not budgets” and promised to challenge the decision in court.',
    'The library opened in 1904 and was funded by a donation from the industrialist Samuel Hartley.',
  ],
  [2],
);
const B = article('b.txt', [
  'Campaigners have vowed to take the council to court, rallying outside the town hall with “Books not budgets” placards.',
  'Riverside library will close after councillors voted on Tuesday, following a budget review that uncovered a four million pound deficit.',
  'Council leader Maria Okafor said: “We have been made to make choices nobody wants to make, and the library is one of them.”',
  'A spokesperson for the union representing library staff said eleven jobs were at risk.',
]);
const C = article('c.txt', [
  'Scientists have discovered a new species of frog in the rainforests of Borneo, with a distinctive blue throat.',
  'The frog, which measures just two centimetres, was found near a waterfall by a team from the national university.',
]);

function everyParagraphOnce(c: Comparison): void {
  c.articles.forEach((a, k) => {
    const seen = c.rows.flatMap((r) => r.cells[k] ?? []).sort((x, y) => x - y);
    expect(seen).toEqual(a.paragraphs.map((_, i) => i));
  });
}

describe('compareArticles', () => {
  it('should put every paragraph of every article in exactly one row', () => {
    everyParagraphOnce(compareArticles([A, B]));
    everyParagraphOnce(compareArticles([A, B, C], { base: 1 }));
  });

  it('should align reordered paragraphs and mark the moved one', () => {
    const c = compareArticles([A, B]);
    const rowOf = (k: number, i: number) =>
      c.rows.findIndex((r) => r.cells[k]?.includes(paraIndex(i)));
    expect(rowOf(0, 0)).toBe(rowOf(1, 1));
    expect(rowOf(0, 1)).toBe(rowOf(1, 2));
    expect(rowOf(0, 3)).toBe(rowOf(1, 0));
    expect(c.rows[rowOf(1, 0)]?.moved).toEqual([1]);
    expect(c.rows[rowOf(1, 1)]?.moved).toEqual([]);
  });

  it('should keep rows in the base reading order', () => {
    const c = compareArticles([A, B]);
    const basePositions = c.rows.flatMap((r) => r.cells[0] ?? []);
    expect(basePositions).toEqual([...basePositions].sort((x, y) => x - y));
    const c2 = compareArticles([A, B], { base: 1 });
    const positions = c2.rows.flatMap((r) => r.cells[1] ?? []);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
  });

  it('should mark unique and boilerplate rows and never align boilerplate', () => {
    const c = compareArticles([A, B]);
    const share = c.rows.find((r) => r.cells[0]?.includes(paraIndex(2)));
    expect(share?.kind).toBe('boilerplate');
    expect(share?.cells[1]).toEqual([]);
    expect(c.rows.find((r) => r.cells[1]?.includes(paraIndex(3)))?.kind).toBe('unique');
    expect(c.rows.find((r) => r.cells[0]?.includes(paraIndex(4)))?.kind).toBe('unique');
  });

  it('should show a reworded phrase as one substitution', () => {
    const c = compareArticles([A, B]);
    const row = c.rows.find((r) => r.cells[0]?.includes(paraIndex(1)));
    expect(wdiff(row?.diffs[0]?.parts ?? [])).toBe(
      'Council leader Maria Okafor said: “We have been [-forced-]{+made+} to make choices nobody wants to make, and the library is one of them.”',
    );
  });

  it('should flag a quotation carried with different words as altered', () => {
    const c = compareArticles([A, B]);
    expect(c.alteredQuotes.map((q) => `${q.text} | ${q.otherText}`)).toEqual([
      'We have been forced to make choices nobody wants to make, and the library is one of them. | We have been made to make choices nobody wants to make, and the library is one of them.',
    ]);
  });

  it('should flag an article about another story and link nothing to it', () => {
    const c = compareArticles([A, B, C]);
    expect(c.offTopic).toEqual([2]);
    expect(
      c.rows.filter((r) => (r.cells[2]?.length ?? 0) > 0).every((r) => r.kind === 'unique'),
    ).toBe(true);
    expect(c.similarity[0]?.[1]).toBeGreaterThan(c.similarity[0]?.[2] ?? 1);
  });

  it('should give a symmetric similarity matrix with ones on the diagonal', () => {
    const s = compareArticles([A, B, C]).similarity;
    s.forEach((row, i) => {
      expect(row[i]).toBe(1);
      row.forEach((v, j) => expect(v).toBe(s[j]?.[i]));
    });
  });

  it('should be deterministic', () => {
    expect(JSON.stringify(compareArticles([A, B, C]))).toBe(
      JSON.stringify(compareArticles([A, B, C])),
    );
  });

  it('should respect the ignore options in word diffs', () => {
    const x = article('x.txt', [
      'The Mayor said the plan was “unacceptable” and would be withdrawn.',
    ]);
    const y = article('y.txt', [
      'The mayor said the plan was "unacceptable" and would be withdrawn',
    ]);
    const strict = compareArticles([x, y], {
      diff: {
        ignoreCase: false,
        ignorePunctuation: false,
        normalizeQuotes: false,
        ignoreWhitespace: true,
      },
    });
    expect(strict.rows[0]?.diffs[0]?.parts.some((p) => p.kind !== 'equal')).toBe(true);
    const lenient = compareArticles([x, y], {
      diff: {
        ignoreCase: true,
        ignorePunctuation: true,
        normalizeQuotes: true,
        ignoreWhitespace: true,
      },
    });
    expect(lenient.rows[0]?.diffs[0]?.parts.map((p) => p.kind)).toEqual(['equal']);
  });

  it("should not compare the wording of a scraper's date stamp, and keep it in the text", () => {
    const lead =
      'The city council voted on Tuesday to close the Riverside library after a budget review found a deficit of four million pounds.';
    const tail =
      'Campaigners gathered outside the town hall with placards reading “Books not budgets” and promised to challenge the decision in court.';
    const x = article('x.txt', [` date 2022-02-18 ${lead}`, tail]);
    const y = article('y.txt', [`date 2022-02-17 ${lead}`, tail]);
    const z = article('z.txt', [lead, tail]);
    for (const [a, b] of [
      [x, y],
      [x, z],
      [z, x],
    ] as const) {
      const c = compareArticles([a, b]);
      const row = c.rows.find((r) => r.cells[0]?.includes(paraIndex(0)));
      const diff = row?.diffs[0];
      expect(diff?.parts.every((p) => p.kind === 'equal')).toBe(true);
      expect(diff?.sameness).toBe(1);
      // Nothing is lost: each side's parts still spell its whole text, stamp included.
      const side = (key: 'base' | 'other') =>
        (diff?.parts ?? [])
          .map((p) => (key in p ? (p as Record<string, string>)[key] : ''))
          .join('');
      expect(side('base')).toBe(a.paragraphs[0]?.text);
      expect(side('other')).toBe(b.paragraphs[0]?.text);
    }
    // A different lead is still a difference; the stamps stand side by side as an unchanged part.
    const w = article('w.txt', [`date 2022-02-17 ${lead.replace('close', 'shut')}`, tail]);
    const parts = compareArticles([x, w]).rows[0]?.diffs[0]?.parts ?? [];
    expect(wdiff(parts)).toBe(
      `[= date 2022-02-18 |date 2022-02-17 =]${lead.replace('close', '[-close-]{+shut+}')}`,
    );
  });
});

describe('checkCompareInput', () => {
  it('should refuse fewer than two articles', () => {
    expect(checkCompareInput([A])?.code).toBe('TOO_FEW_ARTICLES');
    expect(checkCompareInput([])?.code).toBe('TOO_FEW_ARTICLES');
  });

  it('should refuse a base that does not exist', () => {
    expect(checkCompareInput([A, B], { base: 2 })?.code).toBe('BAD_BASE');
    expect(checkCompareInput([A, B], { base: 1, diff: DEFAULT_DIFF_OPTIONS })).toBeNull();
  });

  it('should refuse corrections that name no paragraph of two different articles', () => {
    const pair = (a: number, paragraphA: number, b: number, paragraphB: number) => ({
      a,
      paragraphA,
      b,
      paragraphB,
    });
    const bad = [pair(0, 99, 1, 0), pair(0, 0, 0, 1), pair(0, 0, 5, 0), pair(0, -1, 1, 0)];
    for (const p of bad) {
      expect(checkCompareInput([A, B], { manual: { links: [p], unlinks: [] } })?.code).toBe(
        'BAD_CORRECTION',
      );
      expect(checkCompareInput([A, B], { manual: { links: [], unlinks: [p] } })?.code).toBe(
        'BAD_CORRECTION',
      );
      expect(() => compareArticles([A, B], { manual: { links: [p], unlinks: [] } })).toThrow();
    }
    expect(checkCompareInput([A, B], { include: [2] })?.code).toBe('BAD_CORRECTION');
    expect(
      checkCompareInput([A, B], { manual: { links: [pair(0, 0, 1, 0)], unlinks: [] } }),
    ).toBeNull();
  });
});

/** The sample story's articles, loaded as the app loads them. */
function sampleStory() {
  return readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const r = loadArticle({ file: f, bytes: new Uint8Array(readFileSync(`seeds/${f}`)) });
      if (!r.ok) {
        throw new Error(r.error.message);
      }
      return r.article;
    });
}

describe('compareArticles: articles of another story beside each other', () => {
  // Twelve paragraphs about a festival, with a vocabulary of their own: beside the sample
  // story, they change the weight of every word the story's articles share.
  const festival = article(
    'festival.txt',
    Array.from(
      { length: 12 },
      (_, i) =>
        `Stall ${i + 1} at the harbour festival sold ${['smoked fish', 'lemon cake', 'cider', 'oysters'][i % 4]} to visitors from ${['Brest', 'Cork', 'Vigo'][i % 3]} until the tide turned.`,
    ),
  );
  const seeds = sampleStory();
  const flaggedAlone = compareArticles(seeds).offTopic;

  it('should flag an article of another story whether or not a second one is compared', () => {
    // The premise: the sample holds one article of another story.
    expect(flaggedAlone).toHaveLength(1);
    const both = compareArticles([...seeds, festival]);
    expect(both.offTopic).toEqual([...flaggedAlone, seeds.length]);
    expect(
      both.rows.every((r) =>
        both.offTopic.every((k) => (r.cells[k]?.length ?? 0) === 0 || r.kind === 'unique'),
      ),
    ).toBe(true);
  });

  it('should still flag the other one when the user includes one of them', () => {
    const included = compareArticles([...seeds, festival], { include: [seeds.length] });
    expect(included.offTopic).toEqual(flaggedAlone);
  });

  it("should put the rows of the articles left out after the story's rows", () => {
    const all = compareArticles(seeds);
    const leftOnly = (row: Comparison['rows'][number]) =>
      row.cells.every((c, k) => c.length === 0 || all.offTopic.includes(articleIndex(k)));
    const first = all.rows.findIndex(leftOnly);
    expect(first).toBeGreaterThan(0);
    expect(all.rows.slice(first).every(leftOnly)).toBe(true);
    // So the base's lead has the number it has in the story compared without them, as the
    // app compares it (the rows before it are the same).
    const kept = seeds.flatMap((_, k) => (all.offTopic.includes(articleIndex(k)) ? [] : [k]));
    const alone = compareArticles(kept.map((k) => seeds[k]!));
    const lead = (c: Comparison) => c.rows.findIndex((r) => r.cells[0]!.includes(paraIndex(0)));
    expect(lead(all)).toBe(lead(alone));
  });

  it('should follow the first article on the story when no base is given and the first is off topic', () => {
    const festivalFirst = compareArticles([festival, ...seeds]);
    expect(festivalFirst.offTopic).toContain(0);
    expect(festivalFirst.options.base).toBe(1);
    expect(festivalFirst.rows.find((r) => r.kind === 'shared')?.pivot).toBe(1);
    // A base the caller chose stays, off topic or not.
    expect(compareArticles([festival, ...seeds], { base: 0 }).options.base).toBe(0);
    expect(compareArticles(seeds).options.base).toBe(0);
  });

  it("should judge a story again on its texts, the user's links kept in its rows", () => {
    // Judged again without the festival, the story keeps the links the user made; they do
    // not weigh in on the similarities, there or in the first judgement.
    const linked = compareArticles([...seeds, festival], {
      manual: {
        links: [
          { a: 0, paragraphA: 4, b: 1, paragraphB: 16 },
          { a: 0, paragraphA: 5, b: 1, paragraphB: 17 },
        ],
        unlinks: [],
      },
    });
    const plain = compareArticles([...seeds, festival]);
    expect(linked.offTopic).toEqual(plain.offTopic);
    expect(linked.similarity).toEqual(plain.similarity);
    expect(linked.links.filter((l) => l.manual)).toHaveLength(2);
  });

  it('should flag the same articles when the festival comes before them', () => {
    const mixed = compareArticles([seeds[0]!, festival, ...seeds.slice(1)]);
    expect(mixed.offTopic).toEqual([1, ...flaggedAlone.map((k) => k + 1)]);
  });
});

describe('compareArticles: moved paragraphs and the order of the files (issue 9)', () => {
  it('should mark the same paragraphs moved whatever the order of the other files', () => {
    const seeds = sampleStory();
    /**
     * Per original article k: the rows it shares with the base (as `base cell/k cell`), and
     * those of them where k is marked moved. `order[p]` is the seed at position p.
     */
    const movedBySeed = (order: ReadonlyArray<number>) => {
      const comparison = compareArticles(
        order.map((i) => seeds[i]!),
        { base: 0 },
      );
      return seeds.map((_, k) => {
        const p = order.indexOf(k);
        const shared = comparison.rows.filter(
          (row) => row.kind === 'shared' && row.cells[0]!.length > 0 && row.cells[p]!.length > 0,
        );
        const id = (row: (typeof shared)[number]) =>
          `${row.cells[0]!.join('+')}/${row.cells[p]!.join('+')}`;
        return {
          rows: shared.map(id).sort().join(' '),
          moved: shared
            .filter((row) => row.moved.includes(articleIndex(p)))
            .map(id)
            .sort()
            .join(' '),
        };
      });
    };
    const reference = movedBySeed([1, 0, 2, 3, 4]);
    expect(reference.some((r) => r.moved !== '')).toBe(true);
    for (const order of [
      [1, 4, 3, 2, 0],
      [1, 2, 0, 4, 3],
      [1, 3, 4, 0, 2],
    ]) {
      const result = movedBySeed(order);
      result.forEach((r, k) => {
        // Where the alignment gives the same rows with the base, the marks are the same.
        if (r.rows === reference[k]!.rows) {
          expect(r.moved, `seed ${k}, order ${order.join('')}`).toBe(reference[k]!.moved);
        }
      });
    }
  });
});
