/**
 * `npm run eval`: scores the alignment on every reference story in `eval/` exactly as
 * `eval/score-story.sh` (the judged scorer) does: all articles at once and every pair on
 * its own, strict and lenient. The figures that count are leave-one-story-out: each story
 * is scored with a model and thresholds learned on the other stories only. The shipped
 * weights (learned on all of them) are scored too, for reference.
 *
 * Usage: tsx scripts/eval.ts [--quick]   (--quick: shipped weights only, no re-learning)
 */
import '../node/word-vectors';
import { alignArticles, DEFAULT_ALIGN_TUNING } from '../shared/align/align';
import { leaveOneStoryOut, rowsWith } from './learn';
import {
  expectedOffTopic,
  loadReferenceStories,
  scoreStory,
  type ReferenceStory,
  type StoryResult,
} from './stories';

const quick = process.argv.includes('--quick');
const stories = await loadReferenceStories('.');

const f = (x: number): string => x.toFixed(3);

function table(
  title: string,
  results: ReadonlyArray<{ story: ReferenceStory; result: StoryResult }>,
): void {
  console.log(`\n${title}`);
  console.log(
    '| story | all-at-once strict | all-at-once lenient | pairwise strict | pairwise lenient | min strict | **min lenient** |',
  );
  console.log('|---|---|---|---|---|---|---|');
  let strict = 0;
  let lenient = 0;
  for (const { story, result: r } of results) {
    strict += r.minStrict;
    lenient += r.minLenient;
    console.log(
      `| ${story.name} | ${f(r.allStrict.f1)} | ${f(r.allLenient.f1)} | ${f(r.pairStrict.f1)} | ${f(r.pairLenient.f1)} | ${f(r.minStrict)} | **${f(r.minLenient)}** |`,
    );
  }
  console.log(
    `| mean | | | | | ${f(strict / results.length)} | **${f(lenient / results.length)}** |`,
  );
}

if (!quick) {
  table(
    'Alignment, each story scored with weights learned on the other stories (leave-one-story-out):',
    leaveOneStoryOut(stories),
  );
}
table(
  'Alignment with the shipped weights (learned on all stories: in-sample, for reference):',
  stories.map((story) => ({ story, result: scoreStory(story, rowsWith(DEFAULT_ALIGN_TUNING)) })),
);

console.log(
  "\nArticles about another story or event (expected: the reference's off-topic files, and articles it links to none other):",
);
for (const story of stories) {
  const expected = expectedOffTopic(story);
  const flagged = alignArticles(story.articles, 0).offTopic;
  const name = (k: number) => story.articles[k]?.file.split('/').pop() ?? String(k);
  console.log(
    `- ${story.name}: flagged ${flagged.map((o) => `${name(o.article)} (${o.reason})`).join(', ') || 'none'}; expected ${expected.map(name).join(', ') || 'none'}`,
  );
}
