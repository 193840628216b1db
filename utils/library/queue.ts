/**
 * The library's one writer: every change to library keys runs here, one after another, each
 * as one storage.local.set (atomic). This promise chain is the only state the service worker
 * keeps; if the worker dies, only tasks not yet acknowledged are lost (clients retry, saves are
 * idempotent).
 */
let tail: Promise<unknown> = Promise.resolve();

export function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}
