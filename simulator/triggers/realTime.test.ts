/**
 * The "real time" choice for injected latency: by default latency only moves
 * the simulated clock; a function deployed with `realTime` makes the trigger
 * call actually wait (and still moves the simulated clock by as much). The
 * test drives real time with Vitest's fake timers, so it never waits itself.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulator, isCognitoError, SimulatedClock, seededRandom, type LambdaRuntime } from '../index';
import { createPoolAndClient } from '../../test/support/flows';
import { functionArn } from './functions';

/** A runtime that must not be reached: latency of 5 s or more times out before the handler runs. */
const unreachable: LambdaRuntime = {
  invoke: () => Promise.reject(new Error('the handler must not run: the injected latency is a timeout')),
};

async function setup(realTime: boolean) {
  const clock = new SimulatedClock();
  const sim = createSimulator({ clock, random: seededRandom(`real-time-${realTime}`), lambdaRuntime: unreachable });
  const arn = functionArn(sim.region, 'slow');
  const { poolId, clientId } = await createPoolAndClient(sim, { pool: { LambdaConfig: { PreSignUp: arn } } });
  await sim.putLambdaFunction({ name: 'slow', code: 'export const handler = async (e) => e;', latencyMs: 6000, realTime });
  const signUp = () => sim.call('SignUp', { ClientId: clientId, Username: 'slow-sam', Password: 'Passw0rd!' });
  return { sim, clock, poolId, signUp };
}

/** Settles `p` into a flag and the error it failed with, without awaiting it. */
function watch(p: Promise<unknown>) {
  const seen: { done: boolean; error?: unknown } = { done: false };
  p.then(
    () => (seen.done = true),
    (e: unknown) => Object.assign(seen, { done: true, error: e }),
  );
  return seen;
}

describe('injected latency in real time', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is stored with the function and defaults to simulated', async () => {
    const { sim } = await setup(false);
    expect(sim.getLambdaFunction('slow')?.realTime).toBeUndefined();
    await sim.putLambdaFunction({ name: 'slow', code: 'export const handler = async (e) => e;', latencyMs: 6000, realTime: true });
    expect(sim.getLambdaFunction('slow')?.realTime).toBe(true);
    // Real time without latency means nothing: it is not kept.
    await sim.putLambdaFunction({ name: 'slow', code: 'export const handler = async (e) => e;', realTime: true });
    expect(sim.getLambdaFunction('slow')?.realTime).toBeUndefined();
  });

  it('simulated (the default): the call fails at once and the clock moves 15 s', async () => {
    const { clock, signUp } = await setup(false);
    const before = clock.now();
    const seen = watch(signUp());
    await vi.advanceTimersByTimeAsync(0);
    await vi.waitFor(() => expect(seen.done).toBe(true));
    expect(isCognitoError(seen.error) && seen.error.name).toBe('UnexpectedLambdaException');
    expect(clock.now() - before).toBe(15_000);
  });

  it('real time: each attempt waits its 5 s, three attempts, then the same error; the simulated clock moves as much', async () => {
    const { sim, clock, poolId, signUp } = await setup(true);
    const before = clock.now();
    const seen = watch(signUp());
    await vi.advanceTimersByTimeAsync(4_999);
    expect(seen.done).toBe(false);
    expect(sim.lambdaInvocations(poolId)).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(seen.done).toBe(false);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(seen.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(seen.done).toBe(true));
    expect(isCognitoError(seen.error) && [seen.error.name, seen.error.message]).toEqual([
      'UnexpectedLambdaException',
      'PreSignUp invocation failed due to error Socket timeout while invoking Lambda function.',
    ]);
    expect(clock.now() - before).toBe(15_000);
    expect(sim.lambdaInvocations(poolId).map((a) => [a.attempt, a.outcome, a.durationMs])).toEqual([
      [1, 'timeout', 5000],
      [2, 'timeout', 5000],
      [3, 'timeout', 5000],
    ]);
  });
});
