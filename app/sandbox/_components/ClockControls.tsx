'use client';

import { useId, useState, type FormEvent } from 'react';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '@/simulator/facts';
import { useSandbox } from '../_lib/useSandbox';
import { formatSimTime, isoTime } from '../_lib/time';

const STEPS = [
  { label: '+5 min', ms: 5 * MINUTE_MS },
  { label: '+1 hour', ms: HOUR_MS },
  { label: '+1 day', ms: DAY_MS },
  { label: '+30 days', ms: 30 * DAY_MS },
] as const;

const UNITS = { minutes: MINUTE_MS, hours: HOUR_MS, days: DAY_MS } as const;
type Unit = keyof typeof UNITS;

const buttonClass =
  'rounded-md border border-slate-500 bg-background px-2.5 py-1 text-sm font-semibold hover:bg-surface disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-400';

/** The simulated time, always in view, and the controls that move it (forward; undo moves it back). */
export function ClockControls() {
  const { state, store } = useSandbox();
  const id = useId();
  const [amount, setAmount] = useState('2');
  const [unit, setUnit] = useState<Unit>('hours');
  const [error, setError] = useState<string>();
  const disabled = state.now === null || state.status !== 'ready';

  function jump(e: FormEvent) {
    e.preventDefault();
    const n = Number(amount);
    if (!Number.isFinite(n) || n <= 0) {
      setError('Enter a number greater than 0.');
      return;
    }
    setError(undefined);
    store.advanceClock(Math.round(n * UNITS[unit]), `+${n} ${unit}`);
  }

  return (
    <section aria-labelledby={`${id}-h`} className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <h2 id={`${id}-h`} className="sr-only">
        Simulated clock
      </h2>
      <p role="status" aria-label="Simulated time" className="min-w-[17rem] font-mono text-base font-semibold">
        {state.now === null ? 'Starting…' : <time dateTime={isoTime(state.now)}>{formatSimTime(state.now)}</time>}
      </p>
      <div role="group" aria-label="Move the clock forward" className="flex flex-wrap gap-1.5">
        {STEPS.map((step) => (
          <button key={step.label} type="button" className={buttonClass} disabled={disabled} onClick={() => store.advanceClock(step.ms, step.label)}>
            {step.label}
          </button>
        ))}
      </div>
      <form onSubmit={jump} noValidate className="flex flex-wrap items-center gap-1.5" aria-label="Custom jump">
        <label htmlFor={`${id}-amount`} className="text-sm">
          Jump by
        </label>
        <input
          id={`${id}-amount`}
          type="number"
          min="1"
          step="any"
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
          className="w-20 rounded-md border border-slate-500 bg-background px-2 py-1 text-sm dark:border-slate-400"
        />
        <label htmlFor={`${id}-unit`} className="sr-only">
          Unit
        </label>
        <select
          id={`${id}-unit`}
          value={unit}
          onChange={(e) => setUnit(e.target.value as Unit)}
          className="rounded-md border border-slate-500 bg-background px-2 py-1 text-sm dark:border-slate-400"
        >
          <option value="minutes">minutes</option>
          <option value="hours">hours</option>
          <option value="days">days</option>
        </select>
        <button type="submit" className={buttonClass} disabled={disabled}>
          Jump
        </button>
        <span id={`${id}-err`} role="alert" className="text-sm text-red-800 dark:text-red-300">
          {error}
        </span>
      </form>
    </section>
  );
}
