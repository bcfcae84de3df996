/**
 * Groups end to end through the AWS SDK v3 client: CreateGroup, GetGroup,
 * UpdateGroup, DeleteGroup, ListGroups, AdminAddUserToGroup,
 * AdminRemoveUserFromGroup, AdminListGroupsForUser, ListUsersInGroup, and the
 * group claims in the tokens of a member.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AdminAddUserToGroupCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  CreateGroupCommand,
  DeleteGroupCommand,
  GetGroupCommand,
  ListGroupsCommand,
  ListUsersInGroupCommand,
  UpdateGroupCommand,
  type GroupType,
} from '@aws-sdk/client-cognito-identity-provider';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { QUOTAS } from '../facts';
import { adminTestbed, expectFailure, extraPool, type AdminTestbed } from '../../test/support/adminPool';
import { signInDirect } from '../../test/support/tokens';

let t: AdminTestbed;
const ROLE = (name: string) => `arn:aws:iam::123456789012:role/${name}`;
const groupNames = (groups: GroupType[] | undefined) => (groups ?? []).map((g) => g.GroupName);

const createGroup = (GroupName: string, extra: { Description?: string; RoleArn?: string; Precedence?: number } = {}, UserPoolId = t.poolId) =>
  t.sdk.send(new CreateGroupCommand({ UserPoolId, GroupName, ...extra }));
const addUser = (Username: string, GroupName: string) => t.sdk.send(new AdminAddUserToGroupCommand({ UserPoolId: t.poolId, Username, GroupName }));
const removeUser = (Username: string, GroupName: string) => t.sdk.send(new AdminRemoveUserFromGroupCommand({ UserPoolId: t.poolId, Username, GroupName }));
const groupsOfUser = async (Username: string) => groupNames((await t.sdk.send(new AdminListGroupsForUserCommand({ UserPoolId: t.poolId, Username }))).Groups);

async function newUser(Username: string): Promise<void> {
  await t.sim.call('AdminCreateUser', { UserPoolId: t.poolId, Username, MessageAction: 'SUPPRESS' });
}

beforeAll(async () => {
  t = await adminTestbed('groups');
});

describe('CreateGroup and GetGroup', () => {
  it('creates a group and returns GroupType with epoch-second dates', async () => {
    const now = t.clock.now();
    const { Group } = await createGroup('admins', { Description: 'Administrators', RoleArn: ROLE('Admin'), Precedence: 1 });
    expect(Group).toMatchObject({ GroupName: 'admins', UserPoolId: t.poolId, Description: 'Administrators', RoleArn: ROLE('Admin'), Precedence: 1 });
    expect(Group?.CreationDate?.getTime()).toBe(now);
    expect(Group?.LastModifiedDate?.getTime()).toBe(now);
    const got = await t.sdk.send(new GetGroupCommand({ UserPoolId: t.poolId, GroupName: 'admins' }));
    expect(got.Group).toEqual(Group);
  });

  it('leaves out the settings that were not given', async () => {
    const { Group } = await createGroup('plain');
    expect(Group?.Description).toBeUndefined();
    expect(Group?.RoleArn).toBeUndefined();
    expect(Group?.Precedence).toBeUndefined();
  });

  it('refuses a name already taken (names are case-sensitive)', async () => {
    await createGroup('taken');
    await expectFailure(t.sim, () => createGroup('taken'), 'GroupExistsException', 'A group with the name already exists.');
    await createGroup('Taken');
  });

  it('checks the request against the API constraints', async () => {
    await expectFailure(
      t.sim,
      () => createGroup('neg', { Precedence: -1 }),
      'InvalidParameterException',
      "1 validation error detected: Value '-1' at 'precedence' failed to satisfy constraint: Member must have value greater than or equal to 0",
    );
    await expectFailure(t.sim, () => createGroup('badarn', { RoleArn: 'not-an-arn-at-all-really' }), 'InvalidParameterException', /^1 validation error detected: Value 'not-an-arn-at-all-really' at 'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern: /);
    await expectFailure(t.sim, () => createGroup('x'.repeat(129)), 'InvalidParameterException', /at 'groupName' failed to satisfy constraint: Member must have length less than or equal to 128$/);
    await expectFailure(t.sim, () => createGroup('long', { Description: 'd'.repeat(2049) }), 'InvalidParameterException', /at 'description' failed to satisfy constraint: Member must have length less than or equal to 2048$/);
    await expectFailure(t.sim, () => createGroup('nopool', {}, 'us-east-1_missing'), 'ResourceNotFoundException', 'User pool us-east-1_missing does not exist.');
  });

  it('answers "Group not found." for an unknown group', async () => {
    await expectFailure(t.sim, () => t.sdk.send(new GetGroupCommand({ UserPoolId: t.poolId, GroupName: 'nope' })), 'ResourceNotFoundException', 'Group not found.');
  });

  it('limits the number of groups in a pool', async () => {
    const poolId = await extraPool(t.sim, {});
    const max = QUOTAS.groupsPerPool.value;
    // Fill the pool up to the quota directly (10,000 calls would only be slow), then ask for one more.
    const state = t.sim.exportState();
    const now = t.clock.now();
    for (let i = 0; i < max; i++) state.userPools[poolId].groups[`g${i}`] = { GroupName: `g${i}`, createdAt: now, updatedAt: now };
    await t.sim.importState(state);
    await expect(createGroup('one-too-many', {}, poolId)).rejects.toMatchObject({ name: 'LimitExceededException' });
    expect(Object.keys(t.sim.state.userPools[poolId].groups)).toHaveLength(max);
    await t.sim.call('DeleteUserPool', { UserPoolId: poolId });
  });
});

describe('UpdateGroup and DeleteGroup', () => {
  it('changes only the settings given and moves LastModifiedDate', async () => {
    await createGroup('editors', { Description: 'Edit', RoleArn: ROLE('Editor'), Precedence: 5 });
    const created = t.clock.now();
    t.clock.advance(60_000);
    const { Group } = await t.sdk.send(new UpdateGroupCommand({ UserPoolId: t.poolId, GroupName: 'editors', Precedence: 2 }));
    expect(Group).toMatchObject({ GroupName: 'editors', Description: 'Edit', RoleArn: ROLE('Editor'), Precedence: 2 });
    expect(Group?.CreationDate?.getTime()).toBe(created);
    expect(Group?.LastModifiedDate?.getTime()).toBe(t.clock.now());
    await expectFailure(t.sim, () => t.sdk.send(new UpdateGroupCommand({ UserPoolId: t.poolId, GroupName: 'ghost', Precedence: 1 })), 'ResourceNotFoundException', 'Group not found.');
  });

  it('deletes a group and every membership of it; members stay in the pool', async () => {
    await createGroup('doomed');
    await createGroup('kept');
    await newUser('member1');
    await addUser('member1', 'doomed');
    await addUser('member1', 'kept');
    await t.sdk.send(new DeleteGroupCommand({ UserPoolId: t.poolId, GroupName: 'doomed' }));
    expect(await groupsOfUser('member1')).toEqual(['kept']);
    expect(t.sim.state.userPools[t.poolId].users.member1).toBeDefined();
    await expectFailure(t.sim, () => t.sdk.send(new DeleteGroupCommand({ UserPoolId: t.poolId, GroupName: 'doomed' })), 'ResourceNotFoundException', 'Group not found.');
  });
});

describe('memberships', () => {
  it('adds and removes members; doing either twice changes nothing', async () => {
    await createGroup('team-a');
    await createGroup('team-b');
    await newUser('uma');
    await addUser('uma', 'team-b');
    await addUser('uma', 'team-a');
    await addUser('uma', 'team-a');
    expect(await groupsOfUser('uma')).toEqual(['team-a', 'team-b']);
    expect(t.sim.state.userPools[t.poolId].users.uma.groups).toHaveLength(2);

    await removeUser('uma', 'team-a');
    await removeUser('uma', 'team-a');
    expect(await groupsOfUser('uma')).toEqual(['team-b']);
  });

  it('finds users by alias or sub, and refuses unknown users and groups', async () => {
    await createGroup('team-c');
    await newUser('vic');
    const sub = t.sim.state.userPools[t.poolId].users.vic.attributes.sub;
    await addUser(sub, 'team-c');
    expect(await groupsOfUser('vic')).toEqual(['team-c']);
    await expectFailure(t.sim, () => addUser('nobody', 'team-c'), 'UserNotFoundException', 'User does not exist.');
    await expectFailure(t.sim, () => addUser('vic', 'no-such-group'), 'ResourceNotFoundException', 'Group not found.');
    await expectFailure(t.sim, () => removeUser('vic', 'no-such-group'), 'ResourceNotFoundException', 'Group not found.');
    await expectFailure(t.sim, () => t.sdk.send(new AdminListGroupsForUserCommand({ UserPoolId: t.poolId, Username: 'nobody' })), 'UserNotFoundException', 'User does not exist.');
  });

  it('lets a user belong to at most the quota of groups', async () => {
    const max = QUOTAS.groupsPerUser.value;
    await newUser('joiner');
    const state = t.sim.exportState();
    const now = t.clock.now();
    const pool = state.userPools[t.poolId];
    for (let i = 0; i < max + 1; i++) pool.groups[`club-${String(i).padStart(3, '0')}`] = { GroupName: `club-${String(i).padStart(3, '0')}`, createdAt: now, updatedAt: now };
    pool.users.joiner.groups = Array.from({ length: max }, (_, i) => `club-${String(i).padStart(3, '0')}`);
    await t.sim.importState(state);
    await expectFailure(t.sim, () => addUser('joiner', `club-${String(max).padStart(3, '0')}`), 'LimitExceededException');
    // Adding a group the user already has is still fine at the limit.
    await addUser('joiner', 'club-000');
  });
});

describe('ListGroups, ListUsersInGroup and AdminListGroupsForUser paging', () => {
  let poolId: string;
  beforeAll(async () => {
    poolId = await extraPool(t.sim, {});
    for (const name of ['g-e', 'g-a', 'g-c', 'g-b', 'g-d']) await createGroup(name, {}, poolId);
    for (const name of ['w', 'y', 'x', 'z']) {
      await t.sim.call('AdminCreateUser', { UserPoolId: poolId, Username: name, MessageAction: 'SUPPRESS' });
      await t.sim.call('AdminAddUserToGroup', { UserPoolId: poolId, Username: name, GroupName: 'g-c' });
    }
    for (const g of ['g-e', 'g-a', 'g-d']) await t.sim.call('AdminAddUserToGroup', { UserPoolId: poolId, Username: 'x', GroupName: g });
  });

  async function collect<T>(fetch: (token?: string) => Promise<{ items: T[]; next?: string }>): Promise<{ items: T[]; pages: number }> {
    const items: T[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await fetch(token);
      items.push(...page.items);
      token = page.next;
      pages++;
    } while (token);
    return { items, pages };
  }

  it('ListGroups pages through every group by name', async () => {
    const { items, pages } = await collect(async (NextToken) => {
      const out = await t.sdk.send(new ListGroupsCommand({ UserPoolId: poolId, Limit: 2, NextToken }));
      return { items: groupNames(out.Groups), next: out.NextToken };
    });
    expect(items).toEqual(['g-a', 'g-b', 'g-c', 'g-d', 'g-e']);
    expect(pages).toBe(3);
    const all = await t.sdk.send(new ListGroupsCommand({ UserPoolId: poolId }));
    expect(all.NextToken).toBeUndefined();
    expect(all.Groups?.[0]).toMatchObject({ GroupName: 'g-a', UserPoolId: poolId });
  });

  it('ListUsersInGroup pages through the members', async () => {
    const { items, pages } = await collect(async (NextToken) => {
      const out = await t.sdk.send(new ListUsersInGroupCommand({ UserPoolId: poolId, GroupName: 'g-c', Limit: 3, NextToken }));
      return { items: (out.Users ?? []).map((u) => u.Username), next: out.NextToken };
    });
    expect(items).toEqual(['w', 'x', 'y', 'z']);
    expect(pages).toBe(2);
    const one = await t.sdk.send(new ListUsersInGroupCommand({ UserPoolId: poolId, GroupName: 'g-c', Limit: 1 }));
    expect(one.Users?.[0]).toMatchObject({ Username: 'w', Enabled: true, UserStatus: 'FORCE_CHANGE_PASSWORD' });
    expect(one.Users?.[0].Attributes?.[0].Name).toBe('sub');
    await expectFailure(t.sim, () => t.sdk.send(new ListUsersInGroupCommand({ UserPoolId: poolId, GroupName: 'g-zz' })), 'ResourceNotFoundException', 'Group not found.');
  });

  it('AdminListGroupsForUser pages through a user’s groups', async () => {
    const { items, pages } = await collect(async (NextToken) => {
      const out = await t.sdk.send(new AdminListGroupsForUserCommand({ UserPoolId: poolId, Username: 'x', Limit: 3, NextToken }));
      return { items: groupNames(out.Groups), next: out.NextToken };
    });
    expect(items).toEqual(['g-a', 'g-c', 'g-d', 'g-e']);
    expect(pages).toBe(2);
  });

  it('refuses tokens from another list and a Limit above 60', async () => {
    const groups = await t.sdk.send(new ListGroupsCommand({ UserPoolId: poolId, Limit: 1 }));
    await expectFailure(
      t.sim,
      () => t.sdk.send(new AdminListGroupsForUserCommand({ UserPoolId: poolId, Username: 'x', NextToken: groups.NextToken })),
      'InvalidParameterException',
      'Invalid pagination token.',
    );
    await expectFailure(
      t.sim,
      () => t.sdk.send(new ListGroupsCommand({ UserPoolId: poolId, Limit: 61 })),
      'InvalidParameterException',
      "1 validation error detected: Value '61' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60",
    );
  });
});

describe('group claims in tokens', () => {
  it('puts a member’s groups, roles and preferred role (lowest precedence) in the ID token, and the groups in the access token', async () => {
    await createGroup('viewers', { RoleArn: ROLE('Viewer'), Precedence: 10 });
    await createGroup('owners', { RoleArn: ROLE('Owner'), Precedence: 0 });
    await createGroup('no-role', { Precedence: 3 });
    await newUser('tokenholder');
    for (const g of ['viewers', 'no-role', 'owners']) await addUser('tokenholder', g);

    const tokens = await signInDirect(t.sim, t.poolId, t.clientId, 'tokenholder');
    const jwks = createLocalJWKSet(t.sim.jwks(t.poolId));
    const { payload: id } = await jwtVerify(tokens.IdToken, jwks, { currentDate: new Date(t.clock.now()) });
    expect(id['cognito:groups']).toEqual(['owners', 'no-role', 'viewers']);
    expect(id['cognito:roles']).toEqual([ROLE('Owner'), ROLE('Viewer')]);
    expect(id['cognito:preferred_role']).toBe(ROLE('Owner'));
    expect(decodeJwt(tokens.AccessToken)['cognito:groups']).toEqual(['owners', 'no-role', 'viewers']);

    // After UpdateGroup and a removal, the next tokens follow.
    await t.sdk.send(new UpdateGroupCommand({ UserPoolId: t.poolId, GroupName: 'viewers', Precedence: 0 }));
    await t.sdk.send(new UpdateGroupCommand({ UserPoolId: t.poolId, GroupName: 'owners', Precedence: 20 }));
    await removeUser('tokenholder', 'no-role');
    const next = decodeJwt((await signInDirect(t.sim, t.poolId, t.clientId, 'tokenholder')).IdToken);
    expect(next['cognito:groups']).toEqual(['viewers', 'owners']);
    expect(next['cognito:preferred_role']).toBe(ROLE('Viewer'));
  });

  it('leaves the group claims out for a user in no group', async () => {
    await newUser('loner');
    const id = decodeJwt((await signInDirect(t.sim, t.poolId, t.clientId, 'loner')).IdToken);
    expect(id['cognito:groups']).toBeUndefined();
    expect(id['cognito:roles']).toBeUndefined();
  });
});
