/** Promise wrapper around the comparison worker; only the latest request's answer counts. */
import type { Article, CompareOptions, Comparison } from '../shared/model';

/** The worker's answer. */
export type CompareAnswer =
  | { readonly ok: true; readonly comparison: Comparison }
  | { readonly ok: false; readonly message: string };

/** Creates a client with its own worker. */
export function createEngineClient(): (
  articles: ReadonlyArray<Article>,
  options: CompareOptions,
) => Promise<CompareAnswer> {
  const worker = new Worker(new URL('./worker/compare.worker.ts', import.meta.url), {
    type: 'module',
  });
  let next = 0;
  const pending = new Map<number, (answer: CompareAnswer) => void>();
  worker.onmessage = (event: MessageEvent<CompareAnswer & { id: number }>) => {
    const { id, ...answer } = event.data;
    pending.get(id)?.(answer as CompareAnswer);
    pending.delete(id);
  };
  return (articles, options) =>
    new Promise((resolve) => {
      const id = ++next;
      pending.set(id, resolve);
      worker.postMessage({ id, articles, options });
    });
}
