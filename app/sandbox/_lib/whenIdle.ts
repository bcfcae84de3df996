/**
 * Deferring work until the page has painted: the sandbox shows its shell
 * first, then starts the engine and loads what is below the fold.
 */

/**
 * Runs `task` when the browser is next idle (after the current rendering and
 * paint), and after `timeoutMs` at the latest. Outside a browser it runs on
 * the next macrotask. Returns a function that cancels it if it has not run.
 */
export function whenIdle(task: () => void, timeoutMs = 500): () => void {
  if (typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
}
