/**
 * The sandbox's clock. Like the engine's SimulatedClock it only moves when
 * told to, but it can also be put back to an earlier instant: undo, import
 * and shared links restore the engine state together with the time it was
 * saved at.
 */
import type { Clock } from '@/simulator';
import { SimulatedClock } from '@/simulator/core/clock';

// TRIGGERS engineer: extends SimulatedClock so the engine recognises a simulated clock
// (trigger fault-injection latency and timeouts then advance this clock instead of waiting in real time).
export class SandboxClock extends SimulatedClock implements Clock {
  #now: number;

  constructor(startMs: number) {
    if (!Number.isFinite(startMs)) throw new RangeError('SandboxClock needs a finite start time');
    super(startMs);
    this.#now = Math.floor(startMs);
  }

  /** Jumps to an absolute instant at or after the current one (SimulatedClock's contract). */
  override set(ms: number): void {
    if (!Number.isFinite(ms) || ms < this.#now) throw new RangeError('The clock only moves forward; undo goes back.');
    this.#now = Math.floor(ms);
  }

  override now(): number {
    return this.#now;
  }

  /** Moves time forward by `ms` milliseconds. */
  override advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock only moves forward; undo goes back.');
    this.#now += Math.floor(ms);
  }

  /** Puts the clock at `ms` (any instant: used when a saved state is restored). */
  restore(ms: number): void {
    if (!Number.isFinite(ms)) throw new RangeError('SandboxClock needs a finite time');
    this.#now = Math.floor(ms);
  }
}
