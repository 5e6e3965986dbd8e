import { describe, expect, it } from 'vitest';
import { testArticle } from '../testing/article';
import { alignArticles } from './align';
import { OFF_TOPIC_SIMILARITY } from './story';

// Three reports of one story. The base tells all of it; the other two each retell a
// different half of it, and between them they share only one fact, told in other words (a
// link the model is fairly, not nearly, sure of): as a pair they look like two stories,
// beside the base they are plainly one.
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
  'The volunteer-run café on the ground floor will close on the same day.',
]);
const second = testArticle('second.txt', [
  'Founded in 1904 with money from the industrialist Samuel Hartley, the library has served the district for well over a century.',
  'Its collection is to move to the central library across the river once the building is sold next spring.',
  'The reading room, by the architect Edith Marlowe, is listed for its stained-glass ceiling.',
  'Historians hope the Hartley archive of letters and maps will be kept together.',
  'Eleven employees could lose their livelihoods, the staff union warned.',
]);

// Two reports of another story (a museum's closure), one of which says one thing much as
// the library story's first retelling does (a café run by volunteers closing that day).
const museum = testArticle('museum.txt', [
  'The Harbour museum will shut its doors in January after trustees failed to find a buyer for its maritime collection.',
  'The collection of ship models and naval paintings will be auctioned in London next year.',
  'A coffee counter run by volunteers will stop serving on that day as well.',
  'Visitor numbers had fallen by half since the pandemic, the trustees said in a statement.',
]);
const museumAgain = testArticle('museum-again.txt', [
  'Trustees of the Harbour museum said it would close in January, having found no buyer for the maritime collection.',
  'Its ship models and naval paintings are to go under the hammer in London next year.',
  'Visitor numbers have halved since the pandemic, according to a statement from the trustees.',
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

  it('links them normally only when a third article shares the story with both', () => {
    const all = alignArticles([base, first, museum, museumAgain], 0);
    // Two reports of another story keep each other in the comparison...
    expect(all.offTopic).toEqual([]);
    expect(all.similarity[1]?.[2]).toBeLessThan(OFF_TOPIC_SIMILARITY);
    // ...but no article shares a story with both the retelling and the museum report, so
    // their one resemblance is not a link...
    const between = (links: typeof all.links) =>
      links.filter((l) => l.articleA === 1 && l.articleB === 2).map((l) => [l.paraA, l.paraB]);
    expect(between(all.links)).toEqual([]);
    // ...though it is one once the user includes the museum report in the story.
    const included = alignArticles([base, first, museum, museumAgain], 0, undefined, {
      include: [2],
    });
    expect(between(included.links)).toEqual([[6, 2]]);
  });
});
