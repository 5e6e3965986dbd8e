/**
 * Hand-written fixtures with plain numbers where the engine's types have indices: a test
 * writes `cells: [[0], [1]]` and gets `ParaIndex`es, as the engine would have made them.
 */

/** `T` with every index type (a branded number) written as a plain number. */
export type Unbranded<T> = T extends number
  ? number
  : T extends string | boolean | null | undefined
    ? T
    : T extends ReadonlyArray<infer U>
      ? ReadonlyArray<Unbranded<U>>
      : { readonly [K in keyof T]: Unbranded<T[K]> };

/** A fixture of type `T` written with plain numbers (types only: the values are the same). */
export function withIndices<T>(plain: Unbranded<T>): T {
  return plain as unknown as T;
}
