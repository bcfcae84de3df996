/** Filtering the API inspector's list of calls: by operation, by outcome and by text. */
import type { CallRecord } from '@/simulator';
import { maskSecrets } from './mask';

export type Outcome = 'all' | 'success' | 'error';

export interface CallFilter {
  /** An operation name, or 'all'. */
  operation: string;
  outcome: Outcome;
  /** Text to look for (case-insensitive) in the operation, the error and the request and response bodies. */
  query: string;
  /** Search the real values of secrets too (only when they are shown). */
  reveal?: boolean;
}

/** Whether a call passes the filter. Hidden secrets are not searchable, so a search never reveals one. */
export function matchesFilter(call: CallRecord, f: CallFilter): boolean {
  if (f.operation !== 'all' && call.operation !== f.operation) return false;
  if (f.outcome === 'success' && call.error) return false;
  if (f.outcome === 'error' && !call.error) return false;
  const q = f.query.trim().toLowerCase();
  if (!q) return true;
  const show = (v: unknown) => JSON.stringify(f.reveal ? v : maskSecrets(v)) ?? '';
  const haystack = [call.target, call.operation, call.error?.__type ?? '', call.error?.message ?? '', show(call.request), show(call.response)].join('\n').toLowerCase();
  return haystack.includes(q);
}

/** The calls that pass the filter, newest first. */
export function filterCalls(calls: readonly CallRecord[], f: CallFilter): CallRecord[] {
  return calls.filter((c) => matchesFilter(c, f)).reverse();
}

/** The operations present in a call list, sorted, for the operation filter. */
export function operationsIn(calls: readonly CallRecord[]): string[] {
  return [...new Set(calls.map((c) => c.operation))].sort();
}
