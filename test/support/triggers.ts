/**
 * Test support for Lambda triggers: a simulator wired to the real
 * worker_threads runtime, and small helpers to deploy handlers and read back
 * the events Cognito sent them (each test handler logs its event, so this
 * also exercises the CloudWatch-style log capture).
 */
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../../simulator';
import { functionArn } from '../../simulator/triggers/functions';
import type { TriggerEvent } from '../../simulator/triggers/events';
import { createNodeLambdaRuntime, type NodeLambdaRuntime } from '../../server/lambdaRuntime';

export interface TriggerSandbox {
  sim: Simulator;
  clock: SimulatedClock;
  runtime: NodeLambdaRuntime;
  /** The ARN of function `name` in the simulated account. */
  arn(name: string): string;
  /** Deploys `code` as function `name` (JavaScript unless told otherwise). */
  deploy(name: string, code: string, extra?: { language?: 'javascript' | 'typescript'; latencyMs?: number; throwError?: string }): Promise<void>;
  /** The events function `name` logged with {@link recording}, oldest first. */
  events(name: string): TriggerEvent[];
  /** The last event function `name` logged. */
  lastEvent(name: string): TriggerEvent;
}

/**
 * A simulator with a Node Lambda runtime. `wallClockTimeoutMs` shortens the
 * real time an attempt may take (the recorded attempt is still Cognito's 5 s).
 */
export function triggerSandbox(seed: string, opts: { wallClockTimeoutMs?: number } = {}): TriggerSandbox {
  const clock = new SimulatedClock();
  const runtime = createNodeLambdaRuntime();
  const sim = createSimulator({ clock, random: seededRandom(seed), lambdaRuntime: runtime, lambdaWallClockTimeoutMs: opts.wallClockTimeoutMs });
  const events = (name: string): TriggerEvent[] =>
    sim
      .lambdaLogs(name)
      .map((l) => /\tINFO\tEVENT (.*)$/s.exec(l.message)?.[1])
      .filter((x): x is string => x !== undefined)
      .map((json) => JSON.parse(json) as TriggerEvent);
  return {
    sim,
    clock,
    runtime,
    arn: (name) => functionArn(sim.region, name),
    async deploy(name, code, extra = {}) {
      await sim.putLambdaFunction({ name, code, ...extra });
    },
    events,
    lastEvent(name) {
      const all = events(name);
      if (all.length === 0) throw new Error(`function ${name} logged no event`);
      return all[all.length - 1];
    },
  };
}

/**
 * A JavaScript handler that logs `EVENT <json>` (read back with
 * TriggerSandbox.events), runs `body` with `event` in scope, and returns the event.
 */
export const recording = (body = ''): string =>
  `export const handler = async (event, context) => {\n  console.log('EVENT ' + JSON.stringify(event));\n  ${body}\n  return event;\n};\n`;
