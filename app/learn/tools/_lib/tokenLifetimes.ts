/**
 * The token-lifetime explorer's logic, free of React: the allowed range of
 * each token's validity (from `LIFETIMES` in the engine's facts), the range
 * check CreateUserPoolClient applies, and when each token of a session
 * expires after sign-in.
 */
import { DEFAULT_TOKEN_UNITS, LIFETIMES, UNIT_MS, type RangeFact, type TimeUnit } from '../../../../simulator/facts';

/** The token kinds, named as `TokenValidityUnits` names them. */
export type TokenKind = 'IdToken' | 'AccessToken' | 'RefreshToken';
export const TOKEN_KINDS: readonly TokenKind[] = ['IdToken', 'AccessToken', 'RefreshToken'];
export const TOKEN_LABELS: Record<TokenKind, string> = { IdToken: 'ID token', AccessToken: 'Access token', RefreshToken: 'Refresh token' };
/** The units `TokenValidityUnits` accepts. */
export const TOKEN_UNITS: readonly TimeUnit[] = ['seconds', 'minutes', 'hours', 'days'];

/** The facts entry holding a token kind's range. */
export function rangeFact(kind: TokenKind): RangeFact {
  return kind === 'IdToken' ? LIFETIMES.idToken.value : kind === 'AccessToken' ? LIFETIMES.accessToken.value : LIFETIMES.refreshToken.value;
}

/** The unit Cognito assumes when `TokenValidityUnits` leaves the kind out. */
export function defaultUnit(kind: TokenKind): TimeUnit {
  return DEFAULT_TOKEN_UNITS.value[kind];
}

/** A token's validity setting. */
export interface LifetimeSetting {
  value: number;
  unit: TimeUnit;
}

/** The range in whole numbers of `unit` (the API takes integers); `min > max` when no whole number fits. */
export function allowedRange(kind: TokenKind, unit: TimeUnit): { min: number; max: number } {
  const fact = rangeFact(kind);
  const minMs = fact.min * UNIT_MS[fact.unit];
  const maxMs = fact.max * UNIT_MS[fact.unit];
  return { min: Math.ceil(minMs / UNIT_MS[unit]), max: Math.floor(maxMs / UNIT_MS[unit]) };
}

/** Default validity of a kind in milliseconds (what a client gets when it leaves the setting out). */
export function defaultMs(kind: TokenKind): number {
  const fact = rangeFact(kind);
  return fact.default * UNIT_MS[fact.unit];
}

/**
 * Checks a validity setting as CreateUserPoolClient does: the duration
 * (value × unit) must lie within the fact's range, both ends included.
 * Returns the duration in milliseconds, or an error text.
 */
export function checkLifetime(kind: TokenKind, setting: LifetimeSetting): { ok: true; ms: number } | { ok: false; error: string } {
  const { value, unit } = setting;
  if (!Number.isInteger(value)) return { ok: false, error: `${TOKEN_LABELS[kind]}: enter a whole number of ${unit}.` };
  const fact = rangeFact(kind);
  const ms = value * UNIT_MS[unit];
  if (ms < fact.min * UNIT_MS[fact.unit] || ms > fact.max * UNIT_MS[fact.unit]) {
    const r = allowedRange(kind, unit);
    const range = r.min <= r.max ? `${r.min}–${r.max} ${unit}` : `no whole number of ${unit}`;
    return { ok: false, error: `${TOKEN_LABELS[kind]}: Invalid range for token validity. Allowed: ${formatDuration(fact.min * UNIT_MS[fact.unit])} to ${formatDuration(fact.max * UNIT_MS[fact.unit])} (${range}).` };
  }
  return { ok: true, ms };
}

const NAMED: Array<[number, string]> = [
  [UNIT_MS.days, 'day'],
  [UNIT_MS.hours, 'hour'],
  [UNIT_MS.minutes, 'minute'],
  [UNIT_MS.seconds, 'second'],
];

/** A duration in the largest unit that divides it evenly ("30 days", "90 minutes"). */
export function formatDuration(ms: number): string {
  for (const [size, name] of NAMED) {
    if (ms >= size && ms % size === 0) {
      const n = ms / size;
      return `${n.toLocaleString('en-US')} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return `${ms} ms`;
}

/** One row of the session timeline. */
export interface TimelineRow {
  kind: TokenKind;
  /** When the token issued at sign-in expires, in ms after sign-in. */
  expiresAtMs: number;
  /** Renewals of this token the refresh token allows before it expires (0 for the refresh token itself). */
  renewals: number;
}

/**
 * When each token of a session expires after sign-in. ID and access tokens
 * can be renewed with the refresh token until the refresh token itself
 * expires (it is not extended by using it); `renewals` counts how many times
 * a client that refreshes exactly at each expiry would renew them.
 */
export function sessionTimeline(ms: Record<TokenKind, number>): TimelineRow[] {
  const refresh = ms.RefreshToken;
  return TOKEN_KINDS.map((kind) => ({
    kind,
    expiresAtMs: ms[kind],
    renewals: kind === 'RefreshToken' ? 0 : Math.max(0, Math.ceil(refresh / ms[kind]) - 1),
  }));
}

/**
 * Position of a duration on a logarithmic axis from `fromMs` to `toMs`, as a
 * fraction 0..1 (clamped). The spans differ by up to six orders of magnitude,
 * so a linear axis would hide the short tokens.
 */
export function logPosition(ms: number, fromMs: number, toMs: number): number {
  const x = (Math.log(ms) - Math.log(fromMs)) / (Math.log(toMs) - Math.log(fromMs));
  return Math.min(1, Math.max(0, x));
}
