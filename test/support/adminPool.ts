/**
 * Test support for the administrator operations: a simulator on a simulated
 * clock with one user pool (and app client) made by the real CreateUserPool
 * and CreateUserPoolClient, the AWS SDK client wired to it, and a check that
 * a failing call leaves the state exactly as it was.
 */
import { expect } from 'vitest';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator, seededRandom, SimulatedClock, type OutboxMessage, type Simulator } from '../../simulator';
import { createPoolAndClient } from './flows';
import { sdkClient } from './sdk';

export interface AdminTestbed {
  sim: Simulator;
  clock: SimulatedClock;
  sdk: CognitoIdentityProviderClient;
  poolId: string;
  clientId: string;
}

/** A fresh simulator with one pool (CreateUserPool `pool` input added to PoolName) and one app client. */
export async function adminTestbed(seed: string, pool: Record<string, unknown> = {}): Promise<AdminTestbed> {
  const clock = new SimulatedClock();
  const sim = createSimulator({ clock, random: seededRandom(seed) });
  const { poolId, clientId } = await createPoolAndClient(sim, { pool: { PoolName: `pool-${seed}`, ...pool } });
  return { sim, clock, sdk: sdkClient(sim), poolId, clientId };
}

/** Another pool in the same simulator (for pool settings a test needs of its own). */
export async function extraPool(sim: Simulator, input: Record<string, unknown>): Promise<string> {
  const { UserPool } = await sim.call<{ UserPool: { Id: string } }>('CreateUserPool', { PoolName: 'extra', ...input });
  return UserPool.Id;
}

/**
 * Runs a call that must fail with `name` (and `message`, when given) and
 * checks that `sim.exportState()` is unchanged afterwards.
 */
export async function expectFailure(sim: Simulator, call: () => Promise<unknown>, name: string, message?: string | RegExp): Promise<void> {
  const before = sim.exportState();
  const err = await call().then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(err, `expected ${name}`).toBeInstanceOf(Error);
  expect(err?.name).toBe(name);
  if (typeof message === 'string') expect(err?.message).toBe(message);
  else if (message) expect(err?.message).toMatch(message);
  expect(sim.exportState()).toEqual(before);
}

/** The messages sent to `username` (internal user name), oldest first. */
export const messagesTo = (sim: Simulator, username: string): OutboxMessage[] => sim.outbox.filter((m) => m.username === username);

/** The last message sent to `username`, or a clear failure. */
export function lastMessageTo(sim: Simulator, username: string): OutboxMessage {
  const all = messagesTo(sim, username);
  if (all.length === 0) throw new Error(`no message was sent to ${username}`);
  return all[all.length - 1];
}
