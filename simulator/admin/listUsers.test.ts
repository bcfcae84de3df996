/**
 * ListUsers end to end through the AWS SDK v3 client: the Filter grammar,
 * case rules and sort order, AttributesToGet, Limit and PaginationToken.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ListUsersCommand, paginateListUsers, type UserType } from '@aws-sdk/client-cognito-identity-provider';
import { adminTestbed, expectFailure, type AdminTestbed } from '../../test/support/adminPool';

let t: AdminTestbed;
const names = (users: UserType[] | undefined) => (users ?? []).map((u) => u.Username);
const list = (input: { Filter?: string; Limit?: number; PaginationToken?: string; AttributesToGet?: string[] } = {}) =>
  t.sdk.send(new ListUsersCommand({ UserPoolId: t.poolId, ...input }));

const people: Array<[string, Record<string, string>]> = [
  ['carol', { email: 'Carol@Example.com', given_name: 'Carol', family_name: 'Reddy', phone_number: '+13125550101' }],
  ['alice', { email: 'alice@example.com', given_name: 'Alice', family_name: 'Zeta', phone_number: '+13125550199' }],
  ['Bob', { email: 'bob@sample.org', given_name: 'Bob', family_name: 'Reddy', phone_number: '+442071838750' }],
  ['dave', { email: 'dave@example.com', given_name: 'Dave', name: 'Dave "The Rave" Doe' }],
  ['erin', { email: 'erin@example.com', preferred_username: 'erinnyc' }],
  ['bobby', { given_name: 'Bobby' }],
];

beforeAll(async () => {
  t = await adminTestbed('list-users');
  for (const [Username, attributes] of people) {
    await t.sim.call('AdminCreateUser', {
      UserPoolId: t.poolId,
      Username,
      MessageAction: 'SUPPRESS',
      UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
    });
  }
  await t.sim.call('AdminSetUserPassword', { UserPoolId: t.poolId, Username: 'alice', Password: 'Passw0rd!', Permanent: true });
  await t.sim.call('AdminSetUserPassword', { UserPoolId: t.poolId, Username: 'carol', Password: 'Passw0rd!', Permanent: true });
  await t.sim.call('AdminDisableUser', { UserPoolId: t.poolId, Username: 'dave' });
});

describe('ListUsers without a filter', () => {
  it('lists every user with all attributes and the UserType fields', async () => {
    const out = await list();
    expect(names(out.Users).sort()).toEqual(people.map(([n]) => n).sort());
    expect(out.PaginationToken).toBeUndefined();
    const alice = out.Users?.find((u) => u.Username === 'alice');
    expect(alice).toMatchObject({ Enabled: true, UserStatus: 'CONFIRMED' });
    expect(alice?.UserCreateDate).toBeInstanceOf(Date);
    expect(Object.fromEntries((alice?.Attributes ?? []).map((a) => [a.Name, a.Value]))).toMatchObject({ email: 'alice@example.com', given_name: 'Alice' });
    expect(alice?.Attributes?.[0].Name).toBe('sub');
  });

  it('treats an empty Filter as no filter', async () => {
    expect(names((await list({ Filter: '' })).Users).sort()).toEqual(names((await list()).Users).sort());
  });
});

describe('ListUsers Filter', () => {
  it.each([
    ['username = "Bob"', ['Bob']],
    ['username = "bob"', []],
    ['username ^= "bob"', ['bobby']],
    ['username ^= "B"', ['Bob']],
    ['email = "carol@example.com"', ['carol']],
    ['email ^= "BOB@"', ['Bob']],
    ['given_name ^= "bob"', ['Bob', 'bobby']],
    ['family_name = "reddy"', ['Bob', 'carol']],
    ['phone_number ^= "+1312"', ['carol', 'alice']],
    ['name = "Dave \\"The Rave\\" Doe"', ['dave']],
    ['preferred_username = "ERINNYC"', ['erin']],
    ['cognito:user_status = "confirmed"', ['alice', 'carol']],
    ['cognito:user_status = "FORCE_CHANGE_PASSWORD"', ['Bob', 'bobby', 'dave', 'erin']],
    ['status = "Disabled"', ['dave']],
    ['status = "disabled"', []],
    ['family_name = ""', []],
  ])('%s lists %j, sorted by that attribute', async (Filter, expected) => {
    expect(names((await list({ Filter })).Users)).toEqual(expected);
  });

  it('finds a user by sub', async () => {
    const sub = t.sim.state.userPools[t.poolId].users.erin.attributes.sub;
    expect(names((await list({ Filter: `sub = "${sub.toUpperCase()}"` })).Users)).toEqual(['erin']);
  });

  it('refuses filters that do not parse, changing nothing', async () => {
    for (const Filter of ['username = foo', 'username=', 'given_name = "a" and family_name = "b"']) {
      await expectFailure(t.sim, () => list({ Filter }), 'InvalidParameterException', 'Error while parsing filter.');
    }
  });

  it('refuses attributes that cannot be searched', async () => {
    await expectFailure(t.sim, () => list({ Filter: 'custom:team = "a"' }), 'InvalidParameterException', 'Invalid search attribute: custom:team');
    await expectFailure(t.sim, () => list({ Filter: 'locale = "en"' }), 'InvalidParameterException', 'Invalid search attribute: locale');
  });

  it('refuses a filter longer than the API allows', async () => {
    await expectFailure(t.sim, () => list({ Filter: `name = "${'x'.repeat(260)}"` }), 'InvalidParameterException', /^1 validation error detected: Value '.*' at 'filter' failed to satisfy constraint: Member must have length less than or equal to 256$/);
  });
});

describe('ListUsers AttributesToGet', () => {
  it('returns only the attributes asked for', async () => {
    const out = await list({ Filter: 'family_name = "Reddy"', AttributesToGet: ['email', 'given_name'] });
    for (const u of out.Users ?? []) expect((u.Attributes ?? []).map((a) => a.Name).sort()).toEqual(['email', 'given_name']);
  });

  it('returns no attributes for an empty list', async () => {
    const out = await list({ Filter: 'username = "alice"', AttributesToGet: [] });
    expect(out.Users?.[0].Attributes).toEqual([]);
  });

  it('refuses names outside the schema, and unsearchable attributes a listed user lacks', async () => {
    await expectFailure(t.sim, () => list({ AttributesToGet: ['custom:none'] }), 'InvalidParameterException', 'One or more requested attributes do not exist.');
    await expectFailure(t.sim, () => list({ AttributesToGet: ['locale'] }), 'InvalidParameterException', 'One or more requested attributes do not exist.');
    // Searchable attributes may be missing for some users.
    expect((await list({ AttributesToGet: ['phone_number'] })).Users).toHaveLength(people.length);
  });
});

describe('ListUsers paging', () => {
  it('pages with Limit and PaginationToken, without repeats or gaps', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const out = await list({ Limit: 4, PaginationToken: token });
      expect((out.Users ?? []).length).toBeLessThanOrEqual(4);
      seen.push(...names(out.Users).map(String));
      token = out.PaginationToken;
      pages++;
    } while (token);
    expect(pages).toBe(2);
    expect(seen.sort()).toEqual(people.map(([n]) => n).sort());
  });

  it('works with the SDK paginator and a filter', async () => {
    const seen: string[] = [];
    for await (const page of paginateListUsers({ client: t.sdk, pageSize: 1 }, { UserPoolId: t.poolId, Filter: 'email ^= ""' })) seen.push(...names(page.Users).map(String));
    expect(seen).toEqual(['alice', 'Bob', 'carol', 'dave', 'erin']);
  });

  it('accepts Limit 0 (the default page) and refuses more than 60', async () => {
    expect((await list({ Limit: 0 })).Users).toHaveLength(people.length);
    await expectFailure(t.sim, () => list({ Limit: 61 }), 'InvalidParameterException', "1 validation error detected: Value '61' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60");
  });

  it('refuses a token from another query or a made-up one', async () => {
    const first = await list({ Limit: 1 });
    expect(first.PaginationToken).toBeDefined();
    await expectFailure(t.sim, () => list({ Limit: 1, Filter: 'given_name ^= "b"', PaginationToken: first.PaginationToken }), 'InvalidParameterException', 'Invalid pagination token.');
    await expectFailure(t.sim, () => list({ PaginationToken: 'bm90LWEtdG9rZW4=' }), 'InvalidParameterException', 'Invalid pagination token.');
  });

  it('answers ResourceNotFoundException for an unknown pool', async () => {
    await expectFailure(t.sim, () => t.sdk.send(new ListUsersCommand({ UserPoolId: 'us-east-1_missing' })), 'ResourceNotFoundException', 'User pool us-east-1_missing does not exist.');
  });
});
