import { beforeAll, describe, expect, it } from 'vitest';
import { SimulatedClock } from '../core/clock';
import { seededRandom } from '../core/random';
import type { OperationContext } from '../core/context';
import type { SimState, User, UserPool, UserPoolClient } from '../core/model';
import { SNAPSHOT_VERSION } from '../core/model';
import { generateEncryptionKey, generateSigningKey } from './keys';
import { issueTokens, newAuthEvent, openRefreshToken } from './issue';
import { presentedTokenKind, readRefreshToken } from './refresh';
import { revokeAllSignIns, revokeSignIn } from '../signout/revoke';

/** A minimal engine context around a hand-built state (no operations involved). */
function contextFor(state: SimState, clock: SimulatedClock): OperationContext {
  return {
    state,
    clock,
    random: seededRandom('refresh-test'),
    crypto: { modPow: () => 0n },
    options: { passwordHashIterations: 1 },
    keyCache: new Map(),
    now: () => clock.now(),
    send: () => {
      throw new Error('not used');
    },
  };
}

async function makePool(id: string): Promise<UserPool> {
  const rng = seededRandom(id);
  return {
    id,
    createdAt: 0,
    updatedAt: 0,
    config: { Id: id, Name: id },
    keys: { id: await generateSigningKey(rng), access: await generateSigningKey(rng), refresh: await generateEncryptionKey(rng) },
    clients: {},
    users: {},
    groups: {},
    sessions: {},
    authEvents: {},
  };
}

const client = (id: string): UserPoolClient => ({ createdAt: 0, updatedAt: 0, config: { ClientId: id, ClientName: id } });

const user = (username: string): User => ({
  username,
  attributes: { sub: `sub-${username}` },
  status: 'CONFIRMED',
  enabled: true,
  createdAt: 0,
  updatedAt: 0,
  passwordHistory: [],
  mfa: { smsEnabled: false, totpEnabled: false, emailEnabled: false },
  codes: {},
  lockout: { failures: 0, lockedUntil: 0 },
  groups: [],
});

describe('refresh tokens, read without judging', () => {
  const clock = new SimulatedClock();
  let ctx: OperationContext;
  let poolA: UserPool;
  let poolB: UserPool;

  beforeAll(async () => {
    poolA = await makePool('us-east-1_PoolA');
    poolB = await makePool('us-east-1_PoolB');
    poolA.clients.appa = client('appa');
    poolA.users.alice = user('alice');
    poolA.users.bob = user('bob');
    const state: SimState = { version: SNAPSHOT_VERSION, region: 'us-east-1', userPools: { [poolA.id]: poolA, [poolB.id]: poolB }, outbox: [], nextMessageId: 1 };
    ctx = contextFor(state, clock);
  });

  const signIn = async (username: string) => {
    const ev = newAuthEvent(ctx, poolA, poolA.clients.appa, poolA.users[username]);
    return { ev, tokens: await issueTokens(ctx, poolA, poolA.clients.appa, poolA.users[username], ev, true) };
  };

  it('tells refresh tokens from ID and access tokens', async () => {
    const { tokens } = await signIn('alice');
    expect(presentedTokenKind(tokens.RefreshToken as string)).toBe('refresh');
    expect(presentedTokenKind(tokens.IdToken)).toBe('id');
    expect(presentedTokenKind(tokens.AccessToken)).toBe('access');
    expect(presentedTokenKind('not-a-token')).toBe('unknown');
    expect(presentedTokenKind('a.b.c')).toBe('unknown');
  });

  it('reads its pool, sign-in event, user and client', async () => {
    const { ev, tokens } = await signIn('alice');
    const body = await readRefreshToken(ctx, poolA, tokens.RefreshToken as string);
    expect(body).toEqual({ poolId: poolA.id, originJti: ev.originJti, username: 'alice', clientId: 'appa' });
  });

  it('gives nothing for another pool or a damaged token', async () => {
    const { tokens } = await signIn('alice');
    const rt = tokens.RefreshToken as string;
    expect(await readRefreshToken(ctx, poolB, rt)).toBeUndefined();
    const parts = rt.split('.');
    parts[3] = parts[3].slice(0, -4) + (parts[3].endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(await readRefreshToken(ctx, poolA, parts.join('.'))).toBeUndefined();
  });

  it('still reads a revoked or expired token, which openRefreshToken refuses', async () => {
    const { ev, tokens } = await signIn('alice');
    const rt = tokens.RefreshToken as string;
    revokeSignIn(ev);
    await expect(openRefreshToken(ctx, poolA, 'appa', rt)).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Refresh Token has been revoked' });
    expect((await readRefreshToken(ctx, poolA, rt))?.originJti).toBe(ev.originJti);
  });

  it('revokes every sign-in of one user and no one else', async () => {
    const a1 = await signIn('alice');
    const a2 = await signIn('alice');
    const b1 = await signIn('bob');
    const live = Object.values(poolA.authEvents).filter((e) => e.username === 'alice' && !e.revoked).length;
    expect(revokeAllSignIns(poolA, 'alice')).toBe(live);
    expect(a1.ev.revoked && a2.ev.revoked).toBe(true);
    expect(b1.ev.revoked).toBe(false);
    expect(revokeAllSignIns(poolA, 'alice')).toBe(0);
    await expect(openRefreshToken(ctx, poolA, 'appa', b1.tokens.RefreshToken as string)).resolves.toBe(b1.ev);
  });
});
