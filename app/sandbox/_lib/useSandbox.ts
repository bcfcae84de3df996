/**
 * React access to the sandbox store. Every component that calls
 * {@link useSandbox} re-renders when the store changes; the first one to mount
 * schedules the engine's start (once for the whole page), in idle time after
 * the page's first render, so the page shell paints and hydrates first.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { getSandboxStore, INITIAL_SNAPSHOT, setLambdaRuntimeFactory, setPolicyEvaluator, type SandboxSnapshot, type SandboxStore } from './sandboxStore';
import { whenIdle } from './whenIdle';
import { createLazyWorkerLambdaRuntime } from '../_workspace/lazyLambdaRuntime';
import { createLazyPolicyEvaluator } from '../_identity/lazyPolicyEvaluator';

const serverSnapshot = (): SandboxSnapshot => INITIAL_SNAPSHOT;

let startScheduled = false;

/** Starts the page's store once the browser is idle after the first render (at most half a second later). */
function scheduleStart(store: SandboxStore): void {
  if (startScheduled) return;
  startScheduled = true;
  // Trigger code runs in Web Workers; the worker runtime is fetched when a trigger first runs.
  if (typeof Worker !== 'undefined') setLambdaRuntimeFactory(createLazyWorkerLambdaRuntime);
  // IAM decisions (sim.aws S3/DynamoDB, e.g. from the Code lab) run in the policy worker, fetched on the first decision.
  if (typeof Worker !== 'undefined') setPolicyEvaluator(createLazyPolicyEvaluator());
  whenIdle(() => void store.start());
}

/** The shared store's current snapshot and the store itself (for its actions). */
export function useSandbox(): { state: SandboxSnapshot; store: SandboxStore } {
  const store = getSandboxStore();
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot);
  useEffect(() => {
    scheduleStart(store);
  }, [store]);
  return { state, store };
}
