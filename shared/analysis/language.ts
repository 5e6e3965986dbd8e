/**
 * Language per outlet: attribution verbs by category and loaded or hedging terms, each with
 * where it occurs; and the shared rows whose outlets introduce a statement with verbs of
 * different categories ("said" in one, "issued an apology" in another).
 */
import { articleIndex, paraIndex, rowIndex, type ArticleIndex, type Comparison } from '../model';
import { containedIn, type Span } from '../util/spans';
import { LEXICON_CATEGORIES, type LoadedCategory, type VerbCategory } from './lexicon';
import type { TermHit } from './terms';
import type { OutletLanguage, ParagraphHit, VerbContrast } from './types';

/** Finds lexicon terms in a paragraph's text. */
export type Finder<C extends string> = (text: string) => ReadonlyArray<TermHit<C>>;

function tally<C extends string>(hits: ReadonlyArray<TermHit<C>>, categories: ReadonlyArray<C>) {
  const byCategory = Object.fromEntries(categories.map((c) => [c, 0])) as Record<C, number>;
  // No prototype: a term such as "constructor" must not find Object's own property.
  const byTerm: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const h of hits) {
    byCategory[h.category] += 1;
    byTerm[h.term] = (byTerm[h.term] ?? 0) + 1;
  }
  return { byCategory, byTerm };
}

/**
 * One outlet's verbs and loaded terms, over its paragraphs that are not boilerplate. Verbs
 * inside its quotations (`quoted`) are the speaker's, not the outlet's attributions;
 * `extraVerbs` are the verbs that count only where they attribute a quotation.
 */
export function outletLanguage(
  comparison: Comparison,
  k: ArticleIndex,
  findVerbs: Finder<VerbCategory>,
  findLoaded: Finder<LoadedCategory>,
  extraVerbs: ReadonlyArray<ParagraphHit<VerbCategory>> = [],
  quoted: ReadonlyArray<{ paragraph: number; start: number; endExclusive: number }> = [],
): OutletLanguage {
  const verbHits: ParagraphHit<VerbCategory>[] = [];
  const loadedHits: ParagraphHit<LoadedCategory>[] = [];
  // The quotations by paragraph, in order (they are disjoint).
  const quotedIn = new Map<number, Span[]>();
  for (const q of quoted) {
    const list = quotedIn.get(q.paragraph);
    if (list === undefined) {
      quotedIn.set(q.paragraph, [q]);
    } else {
      list.push(q);
    }
  }
  for (const list of quotedIn.values()) {
    list.sort((a, b) => a.start - b.start);
  }
  (comparison.articles[k]?.paragraphs ?? []).forEach((p, index) => {
    const i = paraIndex(index);
    if (p.boilerplate === null) {
      const inside = quotedIn.get(i) ?? [];
      for (const h of findVerbs(p.text)) {
        if (!containedIn(inside, h.start, h.endExclusive)) {
          verbHits.push({ ...h, paragraph: i });
        }
      }
      loadedHits.push(...findLoaded(p.text).map((h) => ({ ...h, paragraph: i })));
    }
  });
  verbHits.push(...extraVerbs);
  verbHits.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  // A word is one part of speech: read as the verb that attributes words ("officers claimed
  // comments made by Khan undermined…"), it is not also the hedging adjective ("the claimed
  // benefits"). A loaded phrase around a verb ("forced to" in "forced to admit") stays.
  const span = (h: ParagraphHit<string>) => `${h.paragraph}:${h.start}:${h.endExclusive}`;
  const verbAt = new Set(verbHits.map(span));
  const loadedOnly = loadedHits.filter((h) => !verbAt.has(span(h)));
  const v = tally(verbHits, LEXICON_CATEGORIES.verbs);
  const l = tally(loadedOnly, LEXICON_CATEGORIES.loaded);
  return {
    article: k,
    verbs: v.byCategory,
    verbTerms: v.byTerm,
    verbHits,
    loaded: l.byCategory,
    loadedTerms: l.byTerm,
    loadedHits: loadedOnly,
  };
}

/**
 * Shared rows whose outlets introduce their statements with verbs of different categories,
 * from each outlet's verbs as {@link outletLanguage} counts them: a verb inside a quotation
 * is the speaker's ('The mayor said: "I insist…"' against 'The mayor said: "I want…"' is no
 * contrast).
 */
export function verbContrasts(
  comparison: Comparison,
  language: ReadonlyArray<OutletLanguage>,
): ReadonlyArray<VerbContrast> {
  // Each outlet's verbs by paragraph, in reading order.
  const byParagraph = language.map((outlet) => {
    const map = new Map<number, TermHit<VerbCategory>[]>();
    for (const { paragraph, ...hit } of outlet.verbHits) {
      const list = map.get(paragraph);
      if (list === undefined) {
        map.set(paragraph, [hit]);
      } else {
        list.push(hit);
      }
    }
    return map;
  });
  const out: VerbContrast[] = [];
  comparison.rows.forEach((row, r) => {
    if (row.kind !== 'shared') {
      return;
    }
    const byArticle = row.cells.flatMap((cell, k) => {
      if (cell.length === 0) {
        return [];
      }
      const terms = cell.flatMap((i) => byParagraph[k]?.get(i) ?? []);
      return [{ article: articleIndex(k), terms }];
    });
    const withVerbs = byArticle.filter((a) => a.terms.length > 0);
    const categories = new Set(
      withVerbs.map((a) => [...new Set(a.terms.map((t) => t.category))].sort().join('+')),
    );
    if (withVerbs.length >= 2 && categories.size > 1) {
      out.push({ row: rowIndex(r), verbs: byArticle });
    }
  });
  return out;
}
