/**
 * Identity pool administration through the official
 * @aws-sdk/client-cognito-identity client: create, describe, update, list,
 * delete, roles and role mappings, with the API model's validation and
 * AWS's errors; snapshots carry identity pools.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CreateIdentityPoolCommand,
  DeleteIdentityPoolCommand,
  DescribeIdentityPoolCommand,
  GetIdentityPoolRolesCommand,
  ListIdentityPoolsCommand,
  SetIdentityPoolRolesCommand,
  UpdateIdentityPoolCommand,
  type CognitoIdentityClient,
} from '@aws-sdk/client-cognito-identity';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../../index';
import { identitySdkClient } from '../../../test/support/identitySdk';

const role = (name: string) => `arn:aws:iam::123456789012:role/${name}`;
const USER_POOL_PROVIDER = 'cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI';

/** The rejection of a promise (fails the test when it resolves). */
async function rejection(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  return p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: Error) => ({ name: e.name, message: e.message }),
  );
}

describe('identity pools', () => {
  let sim: Simulator;
  let sdk: CognitoIdentityClient;

  beforeAll(() => {
    sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('identity-pools') });
    sdk = identitySdkClient(sim);
  });

  it('creates a pool with a REGION:GUID id and returns the settings given', async () => {
    const out = await sdk.send(
      new CreateIdentityPoolCommand({
        IdentityPoolName: 'My app pool',
        AllowUnauthenticatedIdentities: true,
        SupportedLoginProviders: { 'accounts.google.com': 'google-app-id.apps.googleusercontent.com' },
        CognitoIdentityProviders: [{ ProviderName: USER_POOL_PROVIDER, ClientId: 'client123', ServerSideTokenCheck: false }],
        DeveloperProviderName: 'login.example.app',
        IdentityPoolTags: { team: 'blue' },
      }),
    );
    expect(out.IdentityPoolId).toMatch(/^us-east-1:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(out.IdentityPoolId!.length).toBeLessThanOrEqual(55);
    expect(out.IdentityPoolName).toBe('My app pool');
    expect(out.AllowUnauthenticatedIdentities).toBe(true);
    expect(out.AllowClassicFlow).toBeUndefined();
    expect(out.SupportedLoginProviders).toEqual({ 'accounts.google.com': 'google-app-id.apps.googleusercontent.com' });
    expect(out.CognitoIdentityProviders).toEqual([{ ProviderName: USER_POOL_PROVIDER, ClientId: 'client123', ServerSideTokenCheck: false }]);
    expect(out.IdentityPoolTags).toEqual({ team: 'blue' });

    const described = await sdk.send(new DescribeIdentityPoolCommand({ IdentityPoolId: out.IdentityPoolId }));
    expect(described).toEqual(out);
  });

  it('validates input with the API model constraints and AWS wording', async () => {
    const bad = await rejection(sdk.send(new CreateIdentityPoolCommand({ IdentityPoolName: 'no/slashes', AllowUnauthenticatedIdentities: false })));
    expect(bad).toEqual({
      name: 'InvalidParameterException',
      message: "1 validation error detected: Value 'no/slashes' at 'identityPoolName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+",
    });
    const long = await rejection(sdk.send(new CreateIdentityPoolCommand({ IdentityPoolName: 'x'.repeat(129), AllowUnauthenticatedIdentities: false })));
    expect(long.message).toBe(`1 validation error detected: Value '${'x'.repeat(129)}' at 'identityPoolName' failed to satisfy constraint: Member must have length less than or equal to 128`);
    const badId = await rejection(sdk.send(new DescribeIdentityPoolCommand({ IdentityPoolId: 'us-east-1_notAnIdentityPool' })));
    expect(badId).toEqual({
      name: 'InvalidParameterException',
      message: "1 validation error detected: Value 'us-east-1_notAnIdentityPool' at 'identityPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+",
    });
    const limit = await rejection(sdk.send(new ListIdentityPoolsCommand({ MaxResults: 61 })));
    expect(limit.message).toBe("1 validation error detected: Value '61' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 60");
    const dev = await rejection(sdk.send(new CreateIdentityPoolCommand({ IdentityPoolName: 'p', AllowUnauthenticatedIdentities: false, DeveloperProviderName: 'has space' })));
    expect(dev.message).toContain("at 'developerProviderName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w._-]+");
  });

  it('answers ResourceNotFoundException for a pool that does not exist', async () => {
    const id = 'us-east-1:00000000-0000-4000-8000-000000000000';
    expect(await rejection(sdk.send(new DescribeIdentityPoolCommand({ IdentityPoolId: id })))).toEqual({ name: 'ResourceNotFoundException', message: `IdentityPool '${id}' not found.` });
    expect((await rejection(sdk.send(new DeleteIdentityPoolCommand({ IdentityPoolId: id })))).name).toBe('ResourceNotFoundException');
  });

  it('updates by replacing the settings, keeping the developer provider name and tags', async () => {
    const { IdentityPoolId } = await sdk.send(
      new CreateIdentityPoolCommand({
        IdentityPoolName: 'to-update',
        AllowUnauthenticatedIdentities: false,
        DeveloperProviderName: 'dev.example',
        SupportedLoginProviders: { 'graph.facebook.com': '12345' },
        IdentityPoolTags: { env: 'test' },
      }),
    );
    const updated = await sdk.send(new UpdateIdentityPoolCommand({ IdentityPoolId, IdentityPoolName: 'updated', AllowUnauthenticatedIdentities: true, AllowClassicFlow: true }));
    expect(updated).toMatchObject({ IdentityPoolId, IdentityPoolName: 'updated', AllowUnauthenticatedIdentities: true, AllowClassicFlow: true, DeveloperProviderName: 'dev.example', IdentityPoolTags: { env: 'test' } });
    expect(updated.SupportedLoginProviders).toBeUndefined();
    const change = await rejection(sdk.send(new UpdateIdentityPoolCommand({ IdentityPoolId, IdentityPoolName: 'updated', AllowUnauthenticatedIdentities: true, DeveloperProviderName: 'other.example' })));
    expect(change.name).toBe('InvalidParameterException');
  });

  it('lists pools MaxResults at a time with a NextToken', async () => {
    const fresh = createSimulator({ clock: new SimulatedClock(), random: seededRandom('list-identity-pools') });
    const client = identitySdkClient(fresh);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await client.send(new CreateIdentityPoolCommand({ IdentityPoolName: `pool ${i}`, AllowUnauthenticatedIdentities: false }))).IdentityPoolId!);
    const first = await client.send(new ListIdentityPoolsCommand({ MaxResults: 3 }));
    expect(first.IdentityPools).toHaveLength(3);
    expect(first.NextToken).toBeDefined();
    const second = await client.send(new ListIdentityPoolsCommand({ MaxResults: 3, NextToken: first.NextToken }));
    expect(second.NextToken).toBeUndefined();
    expect([...first.IdentityPools!, ...second.IdentityPools!].map((p) => p.IdentityPoolId).sort()).toEqual([...ids].sort());
    expect(second.IdentityPools![0]).toEqual({ IdentityPoolId: expect.any(String), IdentityPoolName: expect.stringMatching(/^pool \d$/) });
    await client.send(new DeleteIdentityPoolCommand({ IdentityPoolId: ids[0] }));
    expect((await client.send(new ListIdentityPoolsCommand({ MaxResults: 60 }))).IdentityPools).toHaveLength(4);
  });

  describe('roles', () => {
    let IdentityPoolId: string;
    beforeAll(async () => {
      ({ IdentityPoolId } = (await sdk.send(
        new CreateIdentityPoolCommand({
          IdentityPoolName: 'roles',
          AllowUnauthenticatedIdentities: true,
          CognitoIdentityProviders: [{ ProviderName: USER_POOL_PROVIDER, ClientId: 'client123' }],
          SupportedLoginProviders: { 'accounts.google.com': 'google-app' },
        }),
      )) as { IdentityPoolId: string });
    });

    it('sets and gets default roles and role mappings', async () => {
      const RoleMappings = {
        [`${USER_POOL_PROVIDER}:client123`]: { Type: 'Token' as const, AmbiguousRoleResolution: 'Deny' as const },
        'accounts.google.com': {
          Type: 'Rules' as const,
          AmbiguousRoleResolution: 'AuthenticatedRole' as const,
          RulesConfiguration: { Rules: [{ Claim: 'hd', MatchType: 'Equals' as const, Value: 'example.com', RoleARN: role('Staff') }] },
        },
      };
      await sdk.send(new SetIdentityPoolRolesCommand({ IdentityPoolId, Roles: { authenticated: role('Auth'), unauthenticated: role('Guest') }, RoleMappings }));
      const got = await sdk.send(new GetIdentityPoolRolesCommand({ IdentityPoolId }));
      expect(got.IdentityPoolId).toBe(IdentityPoolId);
      expect(got.Roles).toEqual({ authenticated: role('Auth'), unauthenticated: role('Guest') });
      expect(got.RoleMappings).toEqual(RoleMappings);
      // Setting roles again replaces the mappings too.
      await sdk.send(new SetIdentityPoolRolesCommand({ IdentityPoolId, Roles: { authenticated: role('Auth') } }));
      const replaced = await sdk.send(new GetIdentityPoolRolesCommand({ IdentityPoolId }));
      expect(replaced.Roles).toEqual({ authenticated: role('Auth') });
      expect(replaced.RoleMappings).toBeUndefined();
    });

    it('refuses what is not a role ARN, with AWS wording', async () => {
      expect(await rejection(sdk.send(new SetIdentityPoolRolesCommand({ IdentityPoolId, Roles: { authenticated: 'my-stack-SomeRole-KBKHTR8P6UC2' } })))).toEqual({
        name: 'NotAuthorizedException',
        message: "Access to Role 'my-stack-SomeRole-KBKHTR8P6UC2' is forbidden.",
      });
      const key = await rejection(sdk.send(new SetIdentityPoolRolesCommand({ IdentityPoolId, Roles: { admin: role('Admin') } })));
      expect(key.message).toBe("1 validation error detected: Value 'admin' at 'roles.admin.key' failed to satisfy constraint: Member must satisfy regular expression pattern: (un)?authenticated");
    });

    it('refuses a mapping for a provider the pool does not have, or one without its required parts', async () => {
      const Roles = { authenticated: role('Auth') };
      const unknown = await rejection(
        sdk.send(new SetIdentityPoolRolesCommand({ IdentityPoolId, Roles, RoleMappings: { [`${USER_POOL_PROVIDER}:otherclient`]: { Type: 'Token', AmbiguousRoleResolution: 'Deny' } } })),
      );
      expect(unknown).toEqual({ name: 'InvalidParameterException', message: `(${USER_POOL_PROVIDER}:otherclient) is not a valid RoleMapping ProviderName or is not a configured provider.` });
      const noResolution = await rejection(sdk.send(new SetIdentityPoolRolesCommand({ IdentityPoolId, Roles, RoleMappings: { 'accounts.google.com': { Type: 'Token' } } })));
      expect(noResolution.name).toBe('InvalidParameterException');
      const noRules = await rejection(
        sdk.send(new SetIdentityPoolRolesCommand({ IdentityPoolId, Roles, RoleMappings: { 'accounts.google.com': { Type: 'Rules', AmbiguousRoleResolution: 'Deny' } } })),
      );
      expect(noRules.name).toBe('InvalidParameterException');
      const tooMany = Array.from({ length: 26 }, (_, i) => ({ Claim: 'sub', MatchType: 'Equals' as const, Value: `u${i}`, RoleARN: role('R') }));
      const over = await rejection(
        sdk.send(
          new SetIdentityPoolRolesCommand({
            IdentityPoolId,
            Roles,
            RoleMappings: { 'accounts.google.com': { Type: 'Rules', AmbiguousRoleResolution: 'Deny', RulesConfiguration: { Rules: tooMany } } },
          }),
        ),
      );
      expect(over.message).toContain("at 'roleMappings.accounts.google.com.member.rulesConfiguration.rules' failed to satisfy constraint: Member must have length less than or equal to 25");
    });

    it('a failed call leaves the state exactly as it was', async () => {
      const before = JSON.stringify(sim.exportState());
      await rejection(
        sdk.send(
          new SetIdentityPoolRolesCommand({
            IdentityPoolId,
            Roles: { authenticated: role('Changed'), unauthenticated: 'not-a-role-arn-at-all' },
          }),
        ),
      );
      await rejection(sdk.send(new UpdateIdentityPoolCommand({ IdentityPoolId, IdentityPoolName: 'bad/name', AllowUnauthenticatedIdentities: true })));
      expect(JSON.stringify(sim.exportState())).toBe(before);
    });
  });

  it('snapshots carry identity pools, and a snapshot without them still loads', async () => {
    const snapshot = sim.exportState();
    expect(Object.keys(snapshot.identityPools ?? {}).length).toBeGreaterThan(0);
    const copy = createSimulator({ clock: new SimulatedClock(), snapshot: JSON.parse(JSON.stringify(snapshot)) });
    expect(copy.exportState()).toEqual(snapshot);
    const [id] = Object.keys(snapshot.identityPools!);
    const described = await identitySdkClient(copy).send(new DescribeIdentityPoolCommand({ IdentityPoolId: id }));
    expect(described.IdentityPoolId).toBe(id);

    const withoutIdentityPools: Record<string, unknown> = { ...JSON.parse(JSON.stringify(snapshot)) };
    delete withoutIdentityPools.identityPools;
    const older = createSimulator({ snapshot: withoutIdentityPools });
    expect(older.exportState().identityPools).toBeUndefined();
    expect((await identitySdkClient(older).send(new ListIdentityPoolsCommand({ MaxResults: 10 }))).IdentityPools).toEqual([]);

    const damaged = JSON.parse(JSON.stringify(snapshot));
    damaged.identityPools[id].id = 'us-east-1:ffffffff-ffff-4fff-8fff-ffffffffffff';
    expect(() => createSimulator({ snapshot: damaged })).toThrow(/damaged/);
  });
});
