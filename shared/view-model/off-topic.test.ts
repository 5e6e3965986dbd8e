import { describe, expect, it } from 'vitest';
import { offTopicBadge, offTopicReason } from './off-topic';

describe('offTopicBadge', () => {
  const similarity = [
    [1, 0.4, 0.2],
    [0.4, 1, 0.25],
    [0.2, 0.25, 1],
  ];

  it('should name another event where that is the reason, else another story', () => {
    expect(offTopicBadge('another-event', undefined)).toBe('another event?');
    expect(offTopicBadge('another-story', undefined)).toBe('another story?');
    expect(offTopicBadge(null, undefined)).toBe('another story?');
    // Included by the reader, the article is no longer flagged: the reason it was left out
    // for still names the badge.
    expect(offTopicBadge(null, offTopicReason(similarity, 2, { reason: 'another-event' }))).toBe(
      'another event?',
    );
    expect(offTopicBadge(null, offTopicReason(similarity, 2, { reason: 'another-story' }))).toBe(
      'another story?',
    );
  });
});

describe('offTopicReason', () => {
  const similarity = [
    [1, 0.4, 0.35],
    [0.4, 1, 0.25],
    [0.35, 0.25, 1],
  ];

  it('should name the days that set another event apart, in words a class can check', () => {
    expect(
      offTopicReason(similarity, 2, {
        reason: 'another-event',
        days: { own: ['Monday'], others: ['Friday'] },
      }),
    ).toBe(
      'probably another event: it names the same people and places, but its opening tells of Monday, where the others tell of Friday',
    );
    // Another story says how little it shares, against what the others share.
    expect(offTopicReason(similarity, 2)).toBe(
      'probably another story (at most 35% in common with the others; they share 40%–40% with each other)',
    );
  });

  it('should measure an article of another story against the story, not against a second one', () => {
    // 2 and 3 are both off topic; 0 and 1 are the story.
    const four = [
      [1, 0.5, 0.12, 0],
      [0.5, 1, 0.1, 0],
      [0.12, 0.1, 1, 0.3],
      [0, 0, 0.3, 1],
    ];
    expect(offTopicReason(four, 2, undefined, [2, 3])).toBe(
      'probably another story (at most 12% in common with the others; they share 50%–50% with each other)',
    );
  });
});
