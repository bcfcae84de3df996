/**
 * How trigger calls reach the runtime and the state from inside an operation.
 *
 * An operation runs on a draft that is thrown away when it fails, but what the
 * triggers logged (and every attempt) must survive that failure: that is
 * exactly what a learner wants to see after three timeouts. So trigger calls
 * write their records to a side buffer ({@link LambdaHost.record}); the
 * Simulator appends the buffer to the state after the call, whatever its
 * outcome. Asynchronous invocations (custom sender triggers) start only once
 * the operation has succeeded, and their records are appended between calls.
 */
import type { Clock } from '../core/clock';
import type { RandomSource } from '../core/random';
import type { SimState } from '../core/model';
import { appendLambdaRecords, type LambdaRecordEntry } from './functions';
import type { LambdaRuntime } from './runtime';

/** What an asynchronous invocation may use once its operation is over. */
export interface DetachedLambdaEnv {
  readonly runtime: LambdaRuntime | undefined;
  readonly wallClockTimeoutMs: number | undefined;
  readonly clock: Clock;
  readonly random: RandomSource;
  record(entry: LambdaRecordEntry): void;
}

/** A job to run after the operation succeeded (the caller does not wait for it). */
export type AsyncLambdaJob = (env: DetachedLambdaEnv) => Promise<void>;

/** The trigger side of an operation's context. */
export interface LambdaHost {
  readonly runtime: LambdaRuntime | undefined;
  /** Real milliseconds one attempt may run; Cognito's limit (facts LAMBDA.timeoutSeconds) when undefined. */
  readonly wallClockTimeoutMs: number | undefined;
  /** Keeps a log line or attempt record, even if the operation fails. */
  record(entry: LambdaRecordEntry): void;
  /** Starts `job` after the operation has succeeded, without the caller waiting for it. */
  afterSuccess(job: AsyncLambdaJob): void;
}

export interface LambdaSupportOptions {
  runtime?: LambdaRuntime;
  wallClockTimeoutMs?: number;
  clock: Clock;
  random: RandomSource;
  /** Applies a change to the committed state between calls (the Simulator's queue). */
  enqueue(change: (state: SimState) => SimState): void;
}

/** The Simulator's helper for trigger records and asynchronous invocations. */
export class LambdaSupport {
  readonly #opts: LambdaSupportOptions;
  readonly #pending = new Set<Promise<void>>();

  constructor(opts: LambdaSupportOptions) {
    this.#opts = opts;
  }

  /** A host for one operation call, and `settle` to run when the call is over. */
  forCall(): { host: LambdaHost; settle(state: SimState, succeeded: boolean): SimState } {
    const records: LambdaRecordEntry[] = [];
    const jobs: AsyncLambdaJob[] = [];
    const host: LambdaHost = {
      runtime: this.#opts.runtime,
      wallClockTimeoutMs: this.#opts.wallClockTimeoutMs,
      record: (entry) => records.push(entry),
      afterSuccess: (job) => jobs.push(job),
    };
    return {
      host,
      settle: (state, succeeded) => {
        const next = appendLambdaRecords(state, records);
        if (succeeded) for (const job of jobs) this.#start(job);
        return next;
      },
    };
  }

  #start(job: AsyncLambdaJob): void {
    const records: LambdaRecordEntry[] = [];
    const env: DetachedLambdaEnv = {
      runtime: this.#opts.runtime,
      wallClockTimeoutMs: this.#opts.wallClockTimeoutMs,
      clock: this.#opts.clock,
      random: this.#opts.random,
      record: (entry) => records.push(entry),
    };
    const run = job(env)
      .catch(() => undefined)
      .then(() => this.#opts.enqueue((state) => appendLambdaRecords(state, records)));
    this.#pending.add(run);
    void run.finally(() => this.#pending.delete(run));
  }

  /** Resolves once every asynchronous invocation started so far has finished. */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }
}
