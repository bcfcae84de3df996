/**
 * A deep, plain copy of JSON data. Unlike `structuredClone`, it also copies
 * Immer drafts (operations read the state through draft proxies).
 */
export function plain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
