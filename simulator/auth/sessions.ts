/**
 * Challenge sessions: the `Session` string a challenge hands out and the
 * record behind it in `pool.sessions` (the auth-session chart's state and the
 * data the next step needs). A session expires after the app client's
 * AuthSessionValidity and can be answered once; an answered session is kept
 * until it would have expired, so a second answer gets AWS's "can only be
 * used once" rather than "expired".
 */
import type { OperationContext } from '../core/context';
import type { AuthSessionRecord, Json, UserPool, UserPoolClient } from '../core/model';
import { fail, MESSAGES } from '../core/errors';
import { LIFETIMES, SIGN_IN, validityMs } from '../facts';
import { AUTH_MESSAGES } from './messages';

/** Records in `pool.sessions` that are bookkeeping, not challenge sessions, use this `flow`. */
export const BOOKKEEPING_FLOW = 'ENGINE_BOOKKEEPING';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A new opaque Session string (random base64url, as long as the service's). */
export function newSessionString(ctx: OperationContext): string {
  const length = SIGN_IN.sessionStringLength.value;
  const bytes = ctx.random.bytes(length);
  let s = '';
  for (let i = 0; i < length; i++) s += BASE64URL[bytes[i] & 63];
  return s;
}

/** The client's AuthSessionValidity in milliseconds (3 minutes unless set). */
export function authSessionValidityMs(client: UserPoolClient): number {
  const minutes = client.config.AuthSessionValidity as number | undefined;
  const fact = LIFETIMES.authSession.value;
  return validityMs(minutes ?? fact.default, fact.unit);
}

/** Deletes records whose time is up. */
export function pruneSessions(ctx: OperationContext, pool: UserPool): void {
  const now = ctx.now();
  for (const [id, rec] of Object.entries(pool.sessions)) if (rec.expiresAt <= now) delete pool.sessions[id];
}

export interface NewSession {
  client: UserPoolClient;
  /** Internal username of the user signing in. */
  username: string;
  /** The auth-session chart's state. */
  state: string;
  /** The AuthFlow that started the sign-in. */
  flow: string;
  data: { [k: string]: Json };
  /** Shorter lifetime than AuthSessionValidity, if any (PASSWORD_VERIFIER). */
  lifetimeMs?: number;
}

/** Stores a new challenge session and returns its record (its `id` is the Session string). */
export function openSession(ctx: OperationContext, pool: UserPool, init: NewSession): AuthSessionRecord {
  pruneSessions(ctx, pool);
  const now = ctx.now();
  let id = newSessionString(ctx);
  while (pool.sessions[id]) id = newSessionString(ctx);
  const lifetime = Math.min(init.lifetimeMs ?? Infinity, authSessionValidityMs(init.client));
  const rec: AuthSessionRecord = {
    id,
    clientId: init.client.config.ClientId as string,
    username: init.username,
    state: init.state,
    createdAt: now,
    expiresAt: now + lifetime,
    data: init.data,
    flow: init.flow,
  };
  pool.sessions[id] = rec;
  return rec;
}

const expired = () => fail('NotAuthorizedException', MESSAGES.invalidSession);

/**
 * The open session `sessionId` of `clientId`, or Cognito's error: unknown or
 * expired → "Invalid session for the user, session is expired."; answered
 * before → "… session can only be used once.".
 */
export function requireSession(ctx: OperationContext, pool: UserPool, clientId: string, sessionId: string | undefined): AuthSessionRecord {
  if (sessionId === undefined) throw fail('InvalidParameterException', AUTH_MESSAGES.missingParameter('Session'));
  const rec = pool.sessions[sessionId];
  if (!rec || rec.flow === BOOKKEEPING_FLOW || rec.clientId !== clientId) throw expired();
  if (ctx.now() >= rec.expiresAt) throw expired();
  if (rec.data.answeredAt !== undefined) throw fail('NotAuthorizedException', AUTH_MESSAGES.sessionUsedOnce);
  return rec;
}

/** Finds a session in any pool (AssociateSoftwareToken and VerifySoftwareToken name no client). */
export function findSessionAnywhere(ctx: OperationContext, sessionId: string): { pool: UserPool; session: AuthSessionRecord } {
  for (const pool of Object.values(ctx.state.userPools)) {
    const rec = pool.sessions[sessionId];
    if (rec && rec.flow !== BOOKKEEPING_FLOW) return { pool, session: requireSession(ctx, pool, rec.clientId, sessionId) };
  }
  throw expired();
}

/** Marks a session as answered: it cannot be used again. */
export function closeSession(ctx: OperationContext, rec: AuthSessionRecord): void {
  rec.data.answeredAt = ctx.now();
}
