import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createLocalStore, type KeyValueStorage } from './localStore';
import { parseVersioned } from './storage';

const Schema = z.object({ version: z.literal(1), n: z.number() });
type V = z.infer<typeof Schema>;
const parse = (raw: string | null) => parseVersioned<V>(raw, { schema: Schema, version: 1, empty: () => ({ version: 1, n: 0 }), what: 'counter' });

function memory(initial: Record<string, string> = {}): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe('local store', () => {
  it('reads, caches and writes through', () => {
    const s = memory({ k: JSON.stringify({ version: 1, n: 3 }) });
    const store = createLocalStore('k', parse, () => s);
    const first = store.getSnapshot();
    expect(first.value.n).toBe(3);
    expect(store.getSnapshot()).toBe(first);
    const listener = vi.fn();
    store.subscribe(listener);
    store.update((v) => ({ ...v, n: v.n + 1 }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(JSON.parse(s.data.k)).toEqual({ version: 1, n: 4 });
    expect(store.getSnapshot().value.n).toBe(4);
  });

  it('replaces damaged data at once and reports it until dismissed', () => {
    const s = memory({ k: '{"version":1,"n":"lots"}' });
    const store = createLocalStore('k', parse, () => s);
    const loaded = store.getSnapshot();
    expect(loaded.value.n).toBe(0);
    expect(loaded.problem).toMatch(/damaged/);
    expect(JSON.parse(s.data.k)).toEqual({ version: 1, n: 0 });
    store.dismissProblem();
    expect(store.getSnapshot().problem).toBeNull();
  });

  it('sees changes made elsewhere (another tab) to the stored string', () => {
    const s = memory();
    const store = createLocalStore('k', parse, () => s);
    expect(store.getSnapshot().value.n).toBe(0);
    s.data.k = JSON.stringify({ version: 1, n: 9 });
    expect(store.getSnapshot().value.n).toBe(9);
  });

  it('keeps working in memory when storage throws', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    const store = createLocalStore('k', parse, () => broken);
    store.update((v) => ({ ...v, n: 2 }));
    expect(store.getSnapshot().value.n).toBe(2);
    expect(store.getServerSnapshot().value.n).toBe(0);
  });
});
