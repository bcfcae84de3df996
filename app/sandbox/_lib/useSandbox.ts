/**
 * React access to the sandbox store. Every component that calls
 * {@link useSandbox} re-renders when the store changes; the first one to mount
 * starts the engine (once for the whole page).
 */
import { useEffect, useSyncExternalStore } from 'react';
import { getSandboxStore, INITIAL_SNAPSHOT, type SandboxSnapshot, type SandboxStore } from './sandboxStore';

const serverSnapshot = (): SandboxSnapshot => INITIAL_SNAPSHOT;

/** The shared store's current snapshot and the store itself (for its actions). */
export function useSandbox(): { state: SandboxSnapshot; store: SandboxStore } {
  const store = getSandboxStore();
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot);
  useEffect(() => {
    void store.start();
  }, [store]);
  return { state, store };
}
