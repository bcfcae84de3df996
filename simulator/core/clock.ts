/**
 * Time for the engine. Nothing in `simulator/` reads the wall clock: every
 * expiry rule asks the injected {@link Clock}, so a learner (or a test) can
 * fast-forward and watch codes, sessions and tokens expire.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, in simulated time. */
  now(): number;
}

/** A clock that only moves when told to. */
export class SimulatedClock implements Clock {
  #now: number;

  constructor(startMs: number = Date.UTC(2026, 0, 1, 9, 0, 0)) {
    if (!Number.isFinite(startMs)) throw new RangeError('SimulatedClock needs a finite start time');
    this.#now = Math.floor(startMs);
  }

  now(): number {
    return this.#now;
  }

  /** Moves time forward by `ms` milliseconds (never backwards). */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('SimulatedClock can only move forward');
    this.#now += Math.floor(ms);
  }

  /** Jumps to an absolute instant at or after the current one. */
  set(ms: number): void {
    if (!Number.isFinite(ms) || ms < this.#now) throw new RangeError('SimulatedClock can only move forward');
    this.#now = Math.floor(ms);
  }
}

/** A clock that follows the host's real time (for the HTTP endpoint). */
export const systemClock: Clock = { now: () => Date.now() };

/** Whole seconds since the epoch, as JWT `iat`/`exp` use. */
export const epochSeconds = (ms: number): number => Math.floor(ms / 1000);
