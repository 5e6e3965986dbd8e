import { describe, expect, it } from 'vitest';
import { testArticle } from '../testing/article';
import { alignArticles } from './align';
import { OFF_TOPIC_SIMILARITY } from './story';

// Three reports of one story. The base tells all of it; the other two each retell a
// different half of it, and between them they share only one fact, told in other words (a link the model is fairly, not nearly, sure of):
// as a pair they look like two stories, beside the base they are plainly one.
const base = testArticle('base.txt', [
  'The city council voted on Tuesday to close the Riverside library after a budget review found a deficit of four million pounds.',
  'Council leader Maria Okafor said the authority had been forced to make choices nobody wanted to make.',
  'Campaigners gathered outside the town hall with placards and promised to challenge the decision in court.',
  'The library opened in 1904 and was funded by a donation from the industrialist Samuel Hartley.',
  'A union representing library staff said eleven jobs were at risk and called the closure a betrayal of readers.',
  'The building will be sold next spring, and its collection moved to the central library across the river.',
  'Opposition councillors accused the ruling group of rushing the vote without consulting residents.',
  'Its reading room, designed by the architect Edith Marlowe, is listed for its stained-glass ceiling.',
  'A petition against the closure has gathered more than twelve thousand signatures since March.',
  'Local historians hope the Hartley archive of letters and maps will stay together after the move.',
]);
const first = testArticle('first.txt', [
  'Riverside library will close after councillors voted on Tuesday, following a budget review that uncovered a four million pound deficit.',
  'Council leader Maria Okafor said the authority had been forced into choices nobody wanted to make.',
  'Campaigners rallied outside the town hall with placards, vowing to take the council to court.',
  'Opposition councillors accused the ruling group of rushing through the vote without asking residents.',
  'More than twelve thousand people have signed a petition against the closure since March.',
  'Staff described the mood as grim, and their union fears for eleven posts.',
]);
const second = testArticle('second.txt', [
  'Founded in 1904 with money from the industrialist Samuel Hartley, the library has served the district for well over a century.',
  'Its collection is to move to the central library across the river once the building is sold next spring.',
  'The reading room, by the architect Edith Marlowe, is listed for its stained-glass ceiling.',
  'Historians hope the Hartley archive of letters and maps will be kept together.',
  'Eleven employees could lose their livelihoods, the staff union warned.',
]);

describe('alignArticles: two articles the story check keeps', () => {
  it('links them under the normal thresholds even when, as a pair, they look like two stories', () => {
    const all = alignArticles([base, first, second], 0);
    expect(all.offTopic).toEqual([]);
    // The premise: the two retellings share too little to pass the pair's story check.
    expect(all.similarity[1]?.[2]).toBeLessThan(OFF_TOPIC_SIMILARITY);
    const between = all.links.filter((l) => l.articleA === 1 && l.articleB === 2);
    expect(between.map((l) => [l.paraA, l.paraB])).toEqual([[5, 4]]);
    // Alone, the two look like two stories: the second is flagged and linked to nothing.
    const pair = alignArticles([first, second], 0);
    expect(pair.offTopic).toEqual([{ article: 1, reason: 'another-story' }]);
    expect(pair.links).toEqual([]);
  });
});
