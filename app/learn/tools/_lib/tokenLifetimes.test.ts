import { describe, expect, it } from 'vitest';
import type { UserPool } from '../../../../simulator/core/model';
import { LIFETIMES } from '../../../../simulator/facts';
import { clientSettings } from '../../../../simulator/pools/clientConfig';
import { allowedRange, checkLifetime, formatDuration, logPosition, sessionTimeline, TOKEN_KINDS, TOKEN_UNITS, type TokenKind } from './tokenLifetimes';

/** A pool with nothing set: enough for clientSettings' token-validity checks. */
const pool = { config: {}, resourceServers: {} } as unknown as UserPool;
const FIELD: Record<TokenKind, 'IdTokenValidity' | 'AccessTokenValidity' | 'RefreshTokenValidity'> = {
  IdToken: 'IdTokenValidity',
  AccessToken: 'AccessTokenValidity',
  RefreshToken: 'RefreshTokenValidity',
};

/** Whether the engine's CreateUserPoolClient settings check accepts the value. */
function engineAccepts(kind: TokenKind, value: number, unit: (typeof TOKEN_UNITS)[number]): boolean {
  try {
    clientSettings(pool, { [FIELD[kind]]: value, TokenValidityUnits: { [kind]: unit } }, false);
    return true;
  } catch {
    return false;
  }
}

describe('token lifetimes', () => {
  it('gives the allowed range in whole units from the facts', () => {
    // ID token: 5 minutes to 1 day.
    expect(allowedRange('IdToken', 'minutes')).toEqual({ min: LIFETIMES.idToken.value.min, max: LIFETIMES.idToken.value.max });
    expect(allowedRange('IdToken', 'seconds')).toEqual({ min: 300, max: 86_400 });
    expect(allowedRange('IdToken', 'hours')).toEqual({ min: 1, max: 24 });
    expect(allowedRange('IdToken', 'days')).toEqual({ min: 1, max: 1 });
    // Refresh token: 60 minutes to 3650 days.
    expect(allowedRange('RefreshToken', 'days')).toEqual({ min: 1, max: 3650 });
  });

  it('refuses exactly what the engine refuses, at and around every boundary', () => {
    for (const kind of TOKEN_KINDS) {
      for (const unit of TOKEN_UNITS) {
        const r = allowedRange(kind, unit);
        for (const value of [r.min - 1, r.min, r.max, r.max + 1, 1]) {
          if (value <= 0) continue;
          expect(checkLifetime(kind, { value, unit }).ok, `${kind} ${value} ${unit}`).toBe(engineAccepts(kind, value, unit));
        }
      }
    }
    expect(checkLifetime('AccessToken', { value: 4, unit: 'minutes' })).toMatchObject({ ok: false, error: expect.stringContaining('Invalid range for token validity.') });
    expect(checkLifetime('AccessToken', { value: 2, unit: 'days' }).ok).toBe(false);
    expect(checkLifetime('AccessToken', { value: 1.5, unit: 'hours' }).ok).toBe(false);
    expect(checkLifetime('AccessToken', { value: 5, unit: 'minutes' })).toEqual({ ok: true, ms: 300_000 });
  });

  it('builds the session timeline with renewals until the refresh token expires', () => {
    const rows = sessionTimeline({ IdToken: 3_600_000, AccessToken: 300_000, RefreshToken: 86_400_000 });
    // 1 day / 1 hour = 24 tokens: the first plus 23 renewals; 1 day / 5 minutes = 288 tokens.
    expect(rows).toEqual([
      { kind: 'IdToken', expiresAtMs: 3_600_000, renewals: 23 },
      { kind: 'AccessToken', expiresAtMs: 300_000, renewals: 287 },
      { kind: 'RefreshToken', expiresAtMs: 86_400_000, renewals: 0 },
    ]);
    // 90 minutes of refresh with 1-hour tokens: renewed once (at 60 minutes).
    expect(sessionTimeline({ IdToken: 3_600_000, AccessToken: 3_600_000, RefreshToken: 5_400_000 })[0].renewals).toBe(1);
  });

  it('formats durations and places them on a log axis', () => {
    expect(formatDuration(30 * 86_400_000)).toBe('30 days');
    expect(formatDuration(90 * 60_000)).toBe('90 minutes');
    expect(formatDuration(3_600_000)).toBe('1 hour');
    expect(logPosition(10, 1, 100)).toBeCloseTo(0.5);
    expect(logPosition(1000, 1, 100)).toBe(1);
    expect(logPosition(0.1, 1, 100)).toBe(0);
  });
});
