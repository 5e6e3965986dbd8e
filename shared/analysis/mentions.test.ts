import { describe, expect, it } from 'vitest';
import { Discourse, mentionKind, personName } from './mentions';

describe('mentions', () => {
  it('should find the person a phrase ends with, titles and roles dropped', () => {
    expect(personName('Reuters chief executive Tom Glocer')).toBe('Tom Glocer');
    expect(personName('Acting Chief Justice Moon Hyung-bae')).toBe('Moon Hyung-bae');
    expect(personName('Mr Khan')).toBe('Khan');
    expect(personName('the Constitutional Court')).toBeNull();
    expect(personName('Charing Cross Station')).toBeNull();
    expect(personName('the Evening Standard')).toBeNull();
    expect(personName('Evening Standard editor Jane Doe')).toBe('Jane Doe');
  });

  it('should tell people, bodies and groups by the head of the phrase', () => {
    expect(mentionKind('a spokesperson for the Met')).toBe('person');
    expect(mentionKind('the Met Police Taskforce')).toBe('body');
    expect(mentionKind('The body representing 2,000 nurses')).toBe('body');
    expect(mentionKind('Reporters journalists')).toBe('group');
    expect(mentionKind('Thousands of people at a rally')).toBe('group');
    expect(mentionKind('she')).toBe('pronoun');
    expect(mentionKind('Vantor')).toBe('unknown');
    expect(mentionKind('Ellis', new Set(['ellis']))).toBe('person');
  });

  it('should take a capitalised name after "the" for a body, whatever its words', () => {
    expect(mentionKind('the Met')).toBe('body');
    expect(mentionKind('the Evening Standard')).toBe('body');
    expect(mentionKind('the Globe and Mail')).toBe('body');
    expect(mentionKind('The Daily Planet')).toBe('body');
    expect(mentionKind('the Rev Jesse Jackson')).toBe('person');
    expect(mentionKind('the mayor')).toBe('person');
    expect(mentionKind('the other side')).toBe('unknown');
  });
});

describe('Discourse', () => {
  it('should give a surname, a family name or a role the full name the article used', () => {
    const d = new Discourse();
    d.mention('Prime Minister Han Duck-soo', true);
    d.mention('Sadiq Khan', false);
    expect(d.fullName('Khan')).toBe('Sadiq Khan');
    expect(d.fullName('Han')).toBe('Han Duck-soo');
    expect(d.fullName('the prime minister')).toBe('Han Duck-soo');
  });

  it('should leave a surname two people share as written', () => {
    const d = new Discourse();
    d.mention('Roy Thomson', false);
    d.mention('David Thomson', true);
    expect(d.fullName('Thomson')).toBe('Thomson');
  });

  it('should resolve "he" to the subject of the last sentence naming a person', () => {
    const d = new Discourse();
    d.startSentence();
    d.mention('Vantor', true);
    d.mention('Mark Ellis', true);
    d.startSentence();
    d.mention('the Met Police Taskforce', true);
    expect(d.resolve('he')?.name).toBe('Mark Ellis');
    expect(d.resolve('it')?.name).toBe('the Met Police Taskforce');
  });

  it('should leave "they" unresolved when two bodies are in reach', () => {
    const d = new Discourse();
    d.startSentence();
    d.mention('a spokesperson for the council', true);
    expect(d.resolve('they')?.name).toBe('a spokesperson for the council');
    d.startSentence();
    d.mention('The City Watch account', true);
    expect(d.resolve('they')).toBeNull();
  });

  it('should look for "they" only within reach of the latest sentence with a candidate', () => {
    const d = new Discourse(2);
    d.startSentence();
    d.mention('the council', true);
    for (let i = 0; i < 5; i++) {
      d.startSentence();
      d.mention('Dana Wells', false);
    }
    // Out of reach, but still the latest candidate.
    expect(d.resolve('they')?.name).toBe('the council');
    d.startSentence();
    d.mention('the Met Police Taskforce', true);
    // The council is five sentences back from the taskforce: out of reach, no rival.
    expect(d.resolve('they')?.name).toBe('the Met Police Taskforce');
    // A reach of two: the latest sentence with a candidate and the one before it.
    d.startSentence();
    d.mention('the council', true);
    expect(d.resolve('they')).toBeNull();
    d.startSentence();
    d.startSentence();
    d.mention('the Home Office', true);
    expect(d.resolve('they')?.name).toBe('the Home Office');
    expect(new Discourse(3).resolve('he')).toBeNull();
  });
});
