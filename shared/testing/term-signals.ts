/**
 * Reference definitions of the pair model's term inputs (`cosine` and `overlap` in
 * `shared/align/pair-model.ts`, which computes both in one pass): the tests hold the fast
 * path to these.
 */
import { dot, type SparseVector } from '../align/features';

/**
 * tf-idf cosine of two term vectors (sublinear tf as weights) under the given idf: the
 * reference definition of the pair model's `cosine` input.
 */
export function weightedCosine(
  a: SparseVector,
  b: SparseVector,
  idf: (id: number) => number,
): number {
  const norm = (v: SparseVector) =>
    Math.sqrt(v.weights.reduce((sum, w, i) => sum + (w * idf(v.ids[i] as number)) ** 2, 0));
  const weighted = (v: SparseVector): SparseVector => ({
    ids: v.ids,
    weights: v.weights.map((w, i) => w * idf(v.ids[i] as number)),
  });
  const na = norm(a);
  const nb = norm(b);
  return na > 0 && nb > 0 ? dot(weighted(a), weighted(b)) / (na * nb) : 0;
}

/**
 * Weighted containment: the idf mass of shared terms over the smaller side's mass (the
 * reference definition of the pair model's `overlap` input). Unlike the cosine it is not
 * diluted when one outlet says in one long paragraph what the other says in a short one.
 */
export function weightedContainment(
  a: SparseVector,
  b: SparseVector,
  idf: (id: number) => number,
): number {
  const mass = (v: SparseVector) => [...v.ids].reduce((sum, id) => sum + idf(id), 0);
  const shared = [...a.ids]
    .filter((id) => b.ids.includes(id))
    .reduce((sum, id) => sum + idf(id), 0);
  const smaller = Math.min(mass(a), mass(b));
  return smaller > 0 ? shared / smaller : 0;
}
