/**
 * Test support for the flow machines: a real in-process engine with a pool,
 * an app client and a {@link FlowApi} over it, the way the sandbox page wires
 * its store. (Imported only by `*.test.ts`.)
 */
import { createSimulator, SimulatedClock, seededRandom, type OutboxMessage, type Simulator } from '../../simulator';
import { createPoolAndClient, type PoolAndClientOverrides } from '../../test/support/flows';
import type { FlowApi } from './api';

export interface TestEngine {
  sim: Simulator;
  clock: SimulatedClock;
  api: FlowApi;
  poolId: string;
  clientId: string;
  /** Operation names of every call made so far, in order. */
  operations: string[];
  /** The newest message the pool sent to `to` (email or phone). */
  lastMessageTo(to: string): OutboxMessage | undefined;
}

export async function testEngine(seed: string, overrides: PoolAndClientOverrides = {}): Promise<TestEngine> {
  const clock = new SimulatedClock(Date.UTC(2026, 0, 5, 10, 0, 0));
  const sim = createSimulator({ clock, random: seededRandom(seed), passwordHashIterations: 10 });
  const operations: string[] = [];
  sim.onCall((r) => operations.push(r.operation));
  const { poolId, clientId } = await createPoolAndClient(sim, {
    pool: { AutoVerifiedAttributes: ['email'], ...overrides.pool },
    client: overrides.client,
  });
  const api: FlowApi = {
    userPoolId: poolId,
    clientId,
    now: () => clock.now(),
    async call<T>(operation: string, input: unknown) {
      try {
        return { ok: true as const, value: await sim.call<T>(operation, input) };
      } catch (e) {
        const err = e as Error;
        return { ok: false as const, error: { name: err.name, message: err.message } };
      }
    },
  };
  return {
    sim,
    clock,
    api,
    poolId,
    clientId,
    operations,
    lastMessageTo(to) {
      return [...sim.outbox].reverse().find((m) => m.destination === to);
    },
  };
}
