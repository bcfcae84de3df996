/**
 * Authenticator-app codes: RFC 6238 checks (users/totp.ts) plus Cognito's
 * rule that a code is accepted once: the same code again within its validity
 * window fails with ExpiredCodeException "Your software token has already
 * been used once." Used codes are remembered in a bookkeeping record in
 * `pool.sessions` that expires with them.
 */
import type { OperationContext } from '../core/context';
import type { User, UserPool } from '../core/model';
import { fail } from '../core/errors';
import { CODES } from '../facts';
import { checkTotp } from '../users/totp';
import { AUTH_MESSAGES } from './messages';
import { BOOKKEEPING_FLOW } from './sessions';

const recordId = (user: User) => `totp-used:${user.attributes.sub}`;

/** How long an accepted code stays refused: every step it could still match in. */
const replayWindowMs = () => (2 * CODES.totpWindowSteps.value + 1) * CODES.totpPeriodSeconds.value * 1000;

function usedCodes(ctx: OperationContext, pool: UserPool, user: User): Record<string, number> {
  const rec = pool.sessions[recordId(user)];
  if (!rec) return {};
  const codes = (rec.data.codes ?? {}) as Record<string, number>;
  const now = ctx.now();
  return Object.fromEntries(Object.entries(codes).filter(([, until]) => until > now));
}

/**
 * Checks `code` against `secret` on the simulated clock. Returns false for a
 * wrong code; throws ExpiredCodeException for a code already accepted.
 */
export function acceptSoftwareTokenCode(ctx: OperationContext, pool: UserPool, user: User, secret: string, code: string): boolean {
  if (!/^[0-9]{6}$/.test(code) || !checkTotp(secret, code, ctx.now())) return false;
  const used = usedCodes(ctx, pool, user);
  if (used[code] !== undefined) throw fail('ExpiredCodeException', AUTH_MESSAGES.softwareTokenReused);
  const now = ctx.now();
  used[code] = now + replayWindowMs();
  pool.sessions[recordId(user)] = {
    id: recordId(user),
    clientId: '',
    username: user.username,
    state: 'used-codes',
    createdAt: now,
    expiresAt: Math.max(...Object.values(used)),
    data: { codes: used },
    flow: BOOKKEEPING_FLOW,
  };
  return true;
}
