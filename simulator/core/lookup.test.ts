import { beforeAll, describe, expect, it } from 'vitest';
import { createDraft } from 'immer';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import type { SimState, User, UserPool } from './model';
import { findUser } from './lookup';

// findUser answers from an index of the users record (core/userIndex.ts). These tests
// check it against what Cognito requires (sub, usernames-as-attributes, verified
// aliases only) and against a plain scan of every user, before and after changes.

const PASSWORD = 'Correct-Horse-9';

/** The lookup as a scan of every user (what findUser did before the index): the reference. */
function scanFind(pool: UserPool, name: string): User | undefined {
  const cs = (pool.config.UsernameConfiguration as { CaseSensitive?: boolean } | undefined)?.CaseSensitive ?? true;
  const direct = pool.users[cs ? name : name.toLowerCase()];
  if (direct) return direct;
  const viaUsername = (pool.config.UsernameAttributes as string[] | undefined) ?? [];
  const viaAlias = (pool.config.AliasAttributes as string[] | undefined) ?? [];
  for (const user of Object.values(pool.users)) {
    if (user.attributes.sub === name) return user;
    for (const a of [...new Set([...viaUsername, ...viaAlias])]) {
      const v = user.attributes[a];
      if (v === undefined) continue;
      if (!(a === 'phone_number' ? v === name : v.toLowerCase() === name.toLowerCase())) continue;
      if (viaUsername.includes(a) || a === 'preferred_username' || user.attributes[`${a}_verified`] === 'true') return user;
    }
  }
  return undefined;
}

async function pool(sim: Simulator, request: Record<string, unknown>): Promise<string> {
  return (await sim.call<{ UserPool: { Id: string } }>('CreateUserPool', { PoolName: 'p', ...request })).UserPool.Id;
}

const attrs = (o: Record<string, string>) => Object.entries(o).map(([Name, Value]) => ({ Name, Value }));

async function createUser(sim: Simulator, poolId: string, username: string, attributes: Record<string, string>) {
  await sim.call('AdminCreateUser', { UserPoolId: poolId, Username: username, MessageAction: 'SUPPRESS', TemporaryPassword: PASSWORD, UserAttributes: attrs(attributes) });
}

let sim: Simulator;
beforeAll(() => {
  sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('lookup-index'), passwordHashIterations: 1 });
});

describe('findUser in an alias pool', () => {
  let id: string;
  const p = () => sim.state.userPools[id];
  const found = (name: string) => findUser(p(), name)?.username;

  beforeAll(async () => {
    id = await pool(sim, { AliasAttributes: ['email', 'phone_number', 'preferred_username'], UsernameConfiguration: { CaseSensitive: false } });
    await createUser(sim, id, 'ann', { email: 'Ann@Example.com', email_verified: 'true', phone_number: '+15555550101', preferred_username: 'annie' });
    await createUser(sim, id, 'bob', { email: 'bob@example.com', phone_number: '+15555550102' });
  });

  it('finds a user by sub, by verified email (any case) and by preferred_username', () => {
    expect(found(p().users.ann.attributes.sub)).toBe('ann');
    expect(found('ann@example.COM')).toBe('ann');
    expect(found('ANNIE')).toBe('ann');
  });

  it('does not sign in with an alias that is not verified', () => {
    expect(found('bob@example.com')).toBeUndefined();
    expect(found('+15555550102')).toBeUndefined();
    expect(found('+15555550101')).toBeUndefined(); // ann's phone is not verified either
  });

  it('follows updates: a newly verified alias, a changed value, a deleted user', async () => {
    await sim.call('AdminUpdateUserAttributes', { UserPoolId: id, Username: 'bob', UserAttributes: attrs({ phone_number_verified: 'true' }) });
    expect(found('+15555550102')).toBe('bob');
    await sim.call('AdminUpdateUserAttributes', { UserPoolId: id, Username: 'ann', UserAttributes: attrs({ email: 'ann@new.example', email_verified: 'true' }) });
    expect(found('ann@example.com')).toBeUndefined();
    expect(found('ANN@new.example')).toBe('ann');
    const sub = p().users.ann.attributes.sub;
    await sim.call('AdminDeleteUser', { UserPoolId: id, Username: 'ann' });
    expect(found(sub)).toBeUndefined();
    expect(found('ann@new.example')).toBeUndefined();
  });

  it('keeps answering for an older state as it was (one index per users record)', async () => {
    const before = sim.state;
    await createUser(sim, id, 'cy', { preferred_username: 'cee' });
    expect(found('cee')).toBe('cy');
    expect(findUser(before.userPools[id], 'cee')).toBeUndefined();
  });
});

describe('findUser in a pool with email and phone as usernames', () => {
  let id: string;
  let client: string;
  beforeAll(async () => {
    id = await pool(sim, { UsernameAttributes: ['email', 'phone_number'] });
    client = (await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', { UserPoolId: id, ClientName: 'c' })).UserPoolClient.ClientId;
  });

  it('finds an unverified email used as a username, and SignUp refuses it a second time (the lookup inside a call)', async () => {
    await sim.call('SignUp', { ClientId: client, Username: 'dee@example.com', Password: PASSWORD });
    expect(findUser(sim.state.userPools[id], 'DEE@example.com')?.attributes.email).toBe('dee@example.com');
    await expect(sim.call('SignUp', { ClientId: client, Username: 'Dee@Example.com', Password: PASSWORD })).rejects.toMatchObject({ name: 'UsernameExistsException' });
  });

  it('inside a call, sees users and values the call has just changed', () => {
    const draft = createDraft(sim.state as SimState);
    const pd = draft.userPools[id];
    const key = Object.keys(pd.users)[0];
    pd.users[key].attributes.phone_number = '+15555550199';
    expect(findUser(pd, '+15555550199')?.attributes.email).toBe('dee@example.com');
    expect(findUser(sim.state.userPools[id], '+15555550199')).toBeUndefined();
  });
});

describe('findUser against a scan of every user', () => {
  it('gives the same user for every name, with many users sharing values', async () => {
    // Cognito keeps verified aliases unique, so users sharing values are written into a snapshot directly.
    const id = await pool(sim, { AliasAttributes: ['email', 'phone_number', 'preferred_username'] });
    await createUser(sim, id, 'template', {});
    const snapshot = structuredClone(sim.exportState()) as unknown as { userPools: Record<string, { users: Record<string, User> }> };
    const users = snapshot.userPools[id].users;
    const template = users.template;
    delete users.template;
    const names: string[] = [];
    for (let i = 0; i < 60; i++) {
      // Values repeat across users (i % 7, i % 5), some verified and some not, so the first match in order matters.
      const a: Record<string, string> = { sub: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, email: `u${i % 7}@example.com`, phone_number: `+1555555${String(i % 5).padStart(4, '0')}` };
      if (i % 3 === 0) a.email_verified = 'true';
      if (i % 4 === 0) a.phone_number_verified = 'true';
      if (i % 2 === 0) a.preferred_username = `nick${i % 9}`;
      users[`user${i}`] = { ...structuredClone(template), username: `user${i}`, attributes: a };
      names.push(a.email.toUpperCase(), a.phone_number, `nick${i % 9}`, `user${i}`, a.sub);
    }
    names.push('nobody@example.com', '+19999999999');
    const other = createSimulator({ clock: new SimulatedClock(), random: seededRandom('lookup-scan') });
    await other.importState(snapshot);
    const p = other.state.userPools[id];
    for (const name of names) expect(findUser(p, name)?.username, name).toBe(scanFind(p, name)?.username);
    expect(names.filter((n) => findUser(p, n) !== undefined).length).toBeGreaterThan(names.length / 2);
  });
});
