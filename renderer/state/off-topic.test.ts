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
    expect(offTopicBadge(null, offTopicReason(similarity, 2, 'another-event'))).toBe(
      'another event?',
    );
    expect(offTopicBadge(null, offTopicReason(similarity, 2, 'another-story'))).toBe(
      'another story?',
    );
  });
});
