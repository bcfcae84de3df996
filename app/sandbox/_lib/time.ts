/**
 * Showing simulated time. The sandbox's clock is the engine's SimulatedClock,
 * so every time on the page is written in UTC, the same way whatever the
 * learner's time zone or locale, and never read from the wall clock.
 */

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const two = (n: number): string => String(n).padStart(2, '0');

/** A simulated instant (epoch ms) as `Thu 1 Jan 2026, 09:00:00 UTC`. */
export function formatSimTime(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return 'invalid time';
  const date = `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return `${date}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC`;
}

/** A simulated instant as an ISO 8601 string, for `<time dateTime>`. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

const UNITS = [
  { ms: 86_400_000, one: 'day', many: 'days' },
  { ms: 3_600_000, one: 'hour', many: 'hours' },
  { ms: 60_000, one: 'minute', many: 'minutes' },
  { ms: 1000, one: 'second', many: 'seconds' },
] as const;

/**
 * A length of time in words, with at most its two largest units
 * (`1 hour 5 minutes`, `59 minutes`, `3 days 2 hours`). Sub-second remainders
 * are dropped; anything under a second is `less than a second`.
 */
export function formatDuration(ms: number): string {
  let rest = Math.floor(Math.abs(ms) / 1000) * 1000;
  if (rest === 0) return 'less than a second';
  const parts: string[] = [];
  for (const unit of UNITS) {
    const n = Math.floor(rest / unit.ms);
    if (n > 0) {
      parts.push(`${n} ${n === 1 ? unit.one : unit.many}`);
      rest -= n * unit.ms;
    } else if (parts.length > 0) {
      // Stop at the first gap: "1 day 0 hours 5 minutes" reads as "1 day".
      break;
    }
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}

/** A simulated instant in short form for logs: `1 Jan 09:00:00`. */
export function formatSimTimeShort(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return 'invalid time';
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}
