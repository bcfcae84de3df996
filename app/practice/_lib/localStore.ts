/**
 * A tiny external store over one localStorage key, for React's
 * useSyncExternalStore: parsed once per stored string, validated by the
 * caller's parser, written back on every update. Damaged data is replaced by
 * the parser's empty value at once, and the reason is kept until dismissed.
 * No React import: the storage is injected, so it runs in tests too.
 */
import type { Loaded } from './storage';

/** The subset of the Web Storage API the store needs. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface LocalStore<T> {
  subscribe(listener: () => void): () => void;
  /** The current value and any problem found when it was read. Same object until something changes. */
  getSnapshot(): Loaded<T>;
  /** The value used while rendering on the server (the empty value). */
  getServerSnapshot(): Loaded<T>;
  /** Applies a change and saves it. */
  update(change: (value: T) => T): void;
  /** Forgets the "data was reset" message. */
  dismissProblem(): void;
}

/**
 * Creates a store for `key`. `storage` is a function so the store can be
 * created at module level, before `window` exists.
 */
export function createLocalStore<T>(key: string, parse: (raw: string | null) => Loaded<T>, storage: () => KeyValueStorage | undefined): LocalStore<T> {
  const listeners = new Set<() => void>();
  const serverSnapshot = parse(null);
  let cache: { raw: string | null; loaded: Loaded<T> } | undefined;
  let memoryOnly: string | null = null;

  const read = (): string | null => {
    try {
      const s = storage();
      return s ? s.getItem(key) : memoryOnly;
    } catch {
      return memoryOnly;
    }
  };
  const write = (raw: string) => {
    memoryOnly = raw;
    try {
      storage()?.setItem(key, raw);
    } catch {
      // Storage full or blocked: keep the value in memory for this page.
    }
  };
  const notify = () => listeners.forEach((l) => l());

  const snapshot = (): Loaded<T> => {
    const raw = read();
    if (cache && cache.raw === raw) return cache.loaded;
    const loaded = parse(raw);
    if (loaded.problem) {
      // Replace the damaged data now, so it is never read again.
      const clean = JSON.stringify(loaded.value);
      write(clean);
      cache = { raw: clean, loaded };
    } else {
      cache = { raw, loaded };
    }
    return loaded;
  };

  const onStorage = (event: { key: string | null }) => {
    if (event.key === key || event.key === null) notify();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
    getSnapshot: snapshot,
    getServerSnapshot: () => serverSnapshot,
    update(change) {
      const current = snapshot();
      const next = change(current.value);
      if (next === current.value) return;
      const raw = JSON.stringify(next);
      write(raw);
      cache = { raw, loaded: { value: next, problem: current.problem } };
      notify();
    },
    dismissProblem() {
      const current = snapshot();
      if (!current.problem) return;
      cache = { raw: cache?.raw ?? null, loaded: { value: current.value, problem: null } };
      notify();
    },
  };
}
