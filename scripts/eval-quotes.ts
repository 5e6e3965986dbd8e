/**
 * Scores the analyses' quotations against the hand-made references in `eval/quotes/`
 * (see `eval/QUOTES-GUIDELINES.md`): per story and overall, quotation detection precision,
 * recall and F1, speaker accuracy and verb accuracy over the matched quotations.
 *
 * Each story's articles are read as the CLI reads them (the seeds with their manifest) and
 * compared all at once; the analyses run on the comparison as in the app.
 *
 * Usage: tsx scripts/eval-quotes.ts [--check] [--verbose] [--loso] [STORY.json...]
 *   --check    only validate the reference files against the article files (exit 1 on a fault)
 *   --verbose  list every missed, spurious and mismatched quotation
 *   --loso     leave-one-story-out: tune the analyses' thresholds on the other stories,
 *              score the one left out
 */
import '../node/word-vectors';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  analyzeComparison,
  DEFAULT_TUNING,
  type Analysis,
  type AnalysisTuning,
} from '../shared/analysis/analyze';
import { compareArticles } from '../shared/compare';
import { articleIndex, type Article } from '../shared/model';
import {
  addCounts,
  checkArticleReference,
  guidelineParagraphs,
  locateReference,
  NO_COUNTS,
  quoteScore,
  scoreArticleQuotes,
  type ArticleQuoteResult,
  type PredictedQuote,
  type QuoteCounts,
  type QuoteReferenceFile,
} from '../shared/eval/quote-score';
import { loadSeedStory, readArticleFiles } from '../node/read-articles';

const REFERENCE_DIR = join('eval', 'quotes');

function readReference(file: string): QuoteReferenceFile {
  return JSON.parse(readFileSync(file, 'utf8')) as QuoteReferenceFile;
}

/** Validates a reference file against the article files as the guidelines split them. */
function check(file: string): number {
  const ref = readReference(file);
  let faults = 0;
  const report = (msg: string) => {
    console.log(`${file}: ${msg}`);
    faults++;
  };
  if (typeof ref.story !== 'string' || typeof ref.dir !== 'string' || !ref.articles) {
    report('needs "story", "dir" and "articles"');
    return faults;
  }
  const texts = readdirSync(ref.dir).filter((f) => f.endsWith('.txt'));
  for (const f of texts) {
    if (!Object.hasOwn(ref.articles, f)) {
      report(`article ${f} of ${ref.dir} has no entry`);
    }
  }
  let quotes = 0;
  for (const [name, article] of Object.entries(ref.articles)) {
    let text: string;
    try {
      text = readFileSync(join(ref.dir, name), 'utf8');
    } catch {
      report(`${name}: cannot read ${join(ref.dir, name)}`);
      continue;
    }
    for (const problem of checkArticleReference(guidelineParagraphs(text), article)) {
      report(`${name}: ${problem}`);
    }
    quotes += article.quotes?.length ?? 0;
  }
  console.log(
    `${file}: ${ref.story}, ${Object.keys(ref.articles).length} articles, ${quotes} quotations, ${faults === 0 ? 'OK' : `${faults} fault(s)`}`,
  );
  return faults;
}

/** Reads a story's articles as the CLI does, in the reference's order. */
async function loadStory(ref: QuoteReferenceFile): Promise<ReadonlyArray<Article>> {
  const names = Object.keys(ref.articles);
  const set = existsSync(join(ref.dir, 'manifest.json'))
    ? await loadSeedStory(ref.dir)
    : await readArticleFiles(names.map((n) => join(ref.dir, n)));
  if (set.errors.length > 0) {
    throw new Error(set.errors.map((e) => e.message).join('; '));
  }
  return names.map((n) => {
    const article = set.articles.find((a) => basename(a.file) === n);
    if (!article) {
      throw new Error(`${ref.dir}/${n} was not loaded`);
    }
    return article;
  });
}

/**
 * The adapter: the analyses list every quotation with its paragraph, offsets, speaker and
 * verb, which are the scorer's predicted quotations of an article as they stand.
 */
export function predictedQuotes(analysis: Analysis, k: number): ReadonlyArray<PredictedQuote> {
  return analysis.quotations
    .filter((q) => q.article === k)
    .map((q) => ({
      paragraph: q.paragraph,
      start: q.start,
      end: q.endExclusive,
      speaker: q.speaker,
      verb: q.verb,
    }));
}

const pct = (x: number) => x.toFixed(3);

function row(label: string, c: QuoteCounts): string {
  const s = quoteScore(c);
  return [
    label.padEnd(28),
    String(c.reference).padStart(4),
    String(c.predicted).padStart(5),
    String(c.matched).padStart(5),
    pct(s.precision).padStart(6),
    pct(s.recall).padStart(6),
    pct(s.f1).padStart(6),
    pct(s.recallFull).padStart(6),
    pct(s.recallPartial).padStart(6),
    pct(s.speakerAccuracy).padStart(6),
    pct(s.verbAccuracy).padStart(6),
  ].join(' ');
}

const HEADER = [
  ''.padEnd(28),
  'ref'.padStart(4),
  'pred'.padStart(5),
  'match'.padStart(5),
  'P'.padStart(6),
  'R'.padStart(6),
  'F1'.padStart(6),
  'R-full'.padStart(6),
  'R-part'.padStart(6),
  'spkr'.padStart(6),
  'verb'.padStart(6),
].join(' ');

function details(
  name: string,
  paragraphs: ReadonlyArray<string>,
  result: ArticleQuoteResult,
): void {
  const show = (s: { paragraph: number; start: number; end: number }) =>
    `#${s.paragraph} ${JSON.stringify((paragraphs[s.paragraph] ?? '').slice(s.start, s.end).slice(0, 70))}`;
  for (const q of result.missed) {
    console.log(`  ${name} MISSED   ${show(q)} (${q.reference.kind}, ${q.reference.speaker})`);
  }
  for (const q of result.spurious) {
    console.log(`  ${name} SPURIOUS ${show(q)} (${q.speaker ?? 'no speaker'})`);
  }
  for (const p of result.pairs) {
    if (!p.speakerRight) {
      console.log(
        `  ${name} SPEAKER  ${show(p.reference)}: ${JSON.stringify(p.predicted.speaker)} for ${JSON.stringify(p.reference.reference.speaker)}`,
      );
    }
    if (!p.verbRight) {
      console.log(
        `  ${name} VERB     ${show(p.reference)}: ${JSON.stringify(p.predicted.verb)} for ${JSON.stringify(p.reference.reference.verb)}`,
      );
    }
  }
}

/** A story read and compared once, scored under any tuning. */
interface LoadedStory {
  readonly ref: QuoteReferenceFile;
  readonly articles: ReadonlyArray<Article>;
  readonly comparison: ReturnType<typeof compareArticles>;
}

/** A story's counts under a tuning. */
function storyCounts(story: LoadedStory, tuning: Partial<AnalysisTuning>): QuoteCounts {
  const analysis = analyzeComparison(story.comparison, {}, tuning);
  let counts = NO_COUNTS;
  Object.values(story.ref.articles).forEach((articleRef, k) => {
    counts = addCounts(counts, scoreArticle(story.articles, k, articleRef, analysis).counts);
  });
  return counts;
}

/** One article of a story scored against its reference. */
function scoreArticle(
  articles: ReadonlyArray<Article>,
  k: number,
  articleRef: QuoteReferenceFile['articles'][string],
  analysis: Analysis,
) {
  const paragraphs = (articles[k] as Article).paragraphs.map((p) => p.text);
  return {
    paragraphs,
    ...scoreArticleQuotes(locateReference(paragraphs, articleRef), predictedQuotes(analysis, k)),
  };
}

/** The grid of tunings tried leave-one-story-out, the defaults first (they win ties). */
const GRID: ReadonlyArray<AnalysisTuning> = [
  DEFAULT_TUNING,
  ...[2, 3, 4, 5, 6, 8].flatMap((minUnattributedWords) =>
    [1, 2, 3, 4, 6, 8].map((theyReach) => ({ minUnattributedWords, theyReach })),
  ),
];

/** What a tuning is chosen by: quotation F1 plus speaker accuracy, on the training stories. */
function objective(c: QuoteCounts): number {
  const s = quoteScore(c);
  return s.f1 + s.speakerAccuracy;
}

/**
 * Leave-one-story-out: for each story, the tuning that does best on the other stories,
 * scored on the story left out; the held-out counts add up to the figures reported.
 */
function leaveOneStoryOut(stories: ReadonlyArray<LoadedStory>): void {
  const table = stories.map((story) => GRID.map((tuning) => storyCounts(story, tuning)));
  let overall = NO_COUNTS;
  console.log('\nleave-one-story-out (tuned on the other stories, scored on the one left out)');
  console.log(`${HEADER}  tuning chosen`);
  stories.forEach((story, held) => {
    let best = 0;
    let bestScore = -1;
    GRID.forEach((_, g) => {
      const train = table.reduce(
        (sum, counts, i) => (i === held ? sum : addCounts(sum, counts[g] as QuoteCounts)),
        NO_COUNTS,
      );
      const score = objective(train);
      if (score > bestScore + 1e-9) {
        best = g;
        bestScore = score;
      }
    });
    const counts = table[held]?.[best] as QuoteCounts;
    const t = GRID[best] as AnalysisTuning;
    console.log(
      `${row(story.ref.story, counts)}  words ${t.minUnattributedWords}, they ${t.theyReach}`,
    );
    overall = addCounts(overall, counts);
  });
  console.log(row('overall (held out)', overall));
  console.log('\ntuning    training (all stories)');
  GRID.slice(1).forEach((t, g) => {
    const all = table.reduce(
      (sum, counts) => addCounts(sum, counts[g + 1] as QuoteCounts),
      NO_COUNTS,
    );
    const sc = quoteScore(all);
    console.log(
      `words ${t.minUnattributedWords}, they ${t.theyReach}`.padEnd(20) +
        ` F1 ${sc.f1.toFixed(3)}  speaker ${sc.speakerAccuracy.toFixed(3)}`,
    );
  });
}

async function main(args: ReadonlyArray<string>): Promise<number> {
  const checkOnly = args.includes('--check');
  const verbose = args.includes('--verbose');
  const named = args.filter((a) => !a.startsWith('--'));
  const referenceFiles =
    named.length > 0
      ? named
      : readdirSync(REFERENCE_DIR)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(REFERENCE_DIR, f));
  if (checkOnly) {
    let faults = 0;
    for (const file of referenceFiles) {
      faults += check(file);
    }
    return faults === 0 ? 0 : 1;
  }
  if (args.includes('--loso')) {
    const stories: LoadedStory[] = [];
    for (const file of referenceFiles) {
      const ref = readReference(file);
      const articles = await loadStory(ref);
      stories.push({ ref, articles, comparison: compareArticles(articles) });
    }
    leaveOneStoryOut(stories);
    return 0;
  }
  let overall = NO_COUNTS;
  const storyRows: string[] = [];
  for (const file of referenceFiles) {
    const ref = readReference(file);
    const articles = await loadStory(ref);
    const comparison = compareArticles(articles);
    const analysis = analyzeComparison(comparison);
    let story = NO_COUNTS;
    console.log(`\n${ref.story} (${file})`);
    console.log(HEADER);
    Object.entries(ref.articles).forEach(([name, articleRef], k) => {
      const { paragraphs, ...result } = scoreArticle(articles, k, articleRef, analysis);
      const off = comparison.offTopic.includes(articleIndex(k)) ? ' (off-topic)' : '';
      console.log(row(`${name}${off}`.slice(0, 28), result.counts));
      if (verbose) {
        details(name, paragraphs, result);
      }
      story = addCounts(story, result.counts);
    });
    console.log(row('story', story));
    storyRows.push(row(ref.story, story));
    overall = addCounts(overall, story);
  }
  console.log('\nall stories');
  console.log(HEADER);
  for (const r of storyRows) {
    console.log(r);
  }
  console.log(row('overall (micro)', overall));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
