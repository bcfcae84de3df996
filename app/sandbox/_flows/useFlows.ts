/**
 * React access to the flow runtime: the runtime's view (which actors, which
 * flow is the latest) and any actor's snapshot, each through
 * `useSyncExternalStore`, so components re-render when the chart moves.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { AnyActorRef, SnapshotFrom } from 'xstate';
import { getSandboxStore } from '../_lib/sandboxStore';
import { getFlowRuntime, type FlowRuntime, type FlowRuntimeView } from './flowRuntime';

/** The page's flow runtime and its current view. */
export function useFlows(): { runtime: FlowRuntime; view: FlowRuntimeView } {
  const runtime = getFlowRuntime(getSandboxStore());
  const view = useSyncExternalStore(runtime.subscribe, runtime.getView, runtime.getView);
  return { runtime, view };
}

/** An actor's current snapshot, re-rendering on every change. */
export function useActorSnapshot<A extends AnyActorRef>(actor: A): SnapshotFrom<A> {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const sub = actor.subscribe({ next: onChange, error: onChange });
      return () => sub.unsubscribe();
    },
    [actor],
  );
  const get = useCallback(() => actor.getSnapshot() as SnapshotFrom<A>, [actor]);
  return useSyncExternalStore(subscribe, get, get);
}
