'use client';

import { HOUR_MS } from '@/simulator/facts';
import { useSandbox } from '../_lib/useSandbox';
import { formatSimTime, isoTime } from '../_lib/time';
import { secondaryButtonClass } from './ui';

/** The simulated time and the buttons that move it. */
export function ClockControls() {
  const { state, store } = useSandbox();
  return (
    <div className="space-y-3">
      <p role="status" className="font-mono text-lg font-semibold">
        {state.now === null ? 'Starting…' : <time dateTime={isoTime(state.now)}>{formatSimTime(state.now)}</time>}
      </p>
      <button type="button" className={secondaryButtonClass} disabled={state.now === null} onClick={() => store.advanceClock(HOUR_MS)}>
        +1 hour
      </button>
    </div>
  );
}
