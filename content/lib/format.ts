/**
 * Helpers that turn facts.ts values into prose, so lesson and question text
 * never types a Cognito number itself.
 */
import { UNIT_MS, type TimeUnit } from '../../simulator/facts';
import type { Option } from '../schema';

/** A number with thousands separators, e.g. `num(x)` → "10,000". */
export function num(value: number): string {
  return value.toLocaleString('en-US');
}

/** Converts a duration between time units (exact; throws if the result is not a whole or simple number). */
export function convert(value: number, from: TimeUnit, to: TimeUnit): number {
  const result = (value * UNIT_MS[from]) / UNIT_MS[to];
  if (!Number.isFinite(result)) throw new Error(`cannot convert ${value} ${from} to ${to}`);
  return result;
}

const SINGULAR: Record<TimeUnit, string> = { seconds: 'second', minutes: 'minute', hours: 'hour', days: 'day' };

/** A duration as words, e.g. `dur(1440, 'minutes', 'hours')` → "24 hours"; `dur(1, 'hours')` → "1 hour". */
export function dur(value: number, unit: TimeUnit, as: TimeUnit = unit): string {
  const v = convert(value, unit, as);
  return `${num(v)} ${v === 1 ? SINGULAR[as] : as}`;
}

/** Pluralises a noun for a count: `count(n, 'rule')` → "25 rules". */
export function count(value: number, noun: string, plural = `${noun}s`): string {
  return `${num(value)} ${value === 1 ? noun : plural}`;
}

/** A correct option. */
export function ok(text: string, explanation: string): Option {
  return { text, explanation, correct: true };
}

/** A wrong option (a distractor). */
export function no(text: string, explanation: string): Option {
  return { text, explanation, correct: false };
}
