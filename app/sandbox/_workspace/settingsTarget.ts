/**
 * What every settings form needs: the pool and app client the forms change
 * (read from the engine), and where an engine error belongs (under a field,
 * or with the form).
 */
import type { ReactNode } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import type { SandboxError } from '../_lib/sandboxStore';
import { memberOfError } from './updateRequests';

export type Config = Readonly<Record<string, unknown>>;
/** A form's last outcome: the engine's refusal, or what was saved. */
export type Feedback = { error?: SandboxError; success?: ReactNode };

/** The error for a field when AWS's validation message names its member; otherwise undefined (the form shows it). */
export const errorFor = (error: SandboxError | undefined, member: string): SandboxError | undefined => (memberOfError(error) === member.toLowerCase() ? error : undefined);

/** The error the form itself shows: any error that no field in `members` shows. */
export const formError = (error: SandboxError | undefined, members: readonly string[]): SandboxError | undefined => {
  const m = memberOfError(error);
  return m && members.some((x) => x.toLowerCase() === m) ? undefined : error;
};

/** The forms' pool and app client, with their current settings as the engine holds them. */
export function useSettingsTarget() {
  const { state, store } = useSandbox();
  const pool = state.pool ? store.simulator?.state.userPools[state.pool.userPoolId] : undefined;
  const client = state.pool && pool ? pool.clients[state.pool.clientId] : undefined;
  return {
    state,
    store,
    poolId: state.pool?.userPoolId ?? '',
    clientId: state.pool?.clientId ?? '',
    poolConfig: (pool?.config ?? {}) as Config,
    clientConfig: (client?.config ?? {}) as Config,
    ready: state.status === 'ready' && !!pool && !!client,
  };
}
