import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, waitFor } from 'xstate';
import { basicFlowMachine, type BasicFlowInput } from './basicFlow';
import { enhancedFlowMachine, type EnhancedFlowInput } from './enhancedFlow';
import { identityTestEngine, ROLES, type IdentityTestEngine } from './testEngine';
import { openSessionToken } from '../../simulator/identity/credentials';
import { IDENTITY_TARGET } from './api';

let engine: IdentityTestEngine;
beforeAll(async () => {
  engine = await identityTestEngine('identity-flow-machines');
});

const runEnhanced = (input: Omit<EnhancedFlowInput, 'api'>) => {
  const actor = createActor(enhancedFlowMachine, { input: { api: engine.api, ...input }, clock: new SimulatedClock() }).start();
  return waitFor(actor, (s) => s.status === 'done');
};
const runBasic = (input: Omit<BasicFlowInput, 'api'>) => {
  const actor = createActor(basicFlowMachine, { input: { api: engine.api, ...input }, clock: new SimulatedClock() }).start();
  return waitFor(actor, (s) => s.status === 'done');
};
const roleOf = async (sessionToken: string) => (await openSessionToken(engine.sim.state, sessionToken))?.roleArn;

describe('enhanced flow machine', () => {
  it('gives a guest credentials for the unauthenticated role, then the same identity authenticated credentials', async () => {
    const guest = await runEnhanced({});
    expect(guest.value).toBe('done');
    const identityId = guest.context.identityId!;
    expect(identityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    expect(guest.context.credentials?.accessKeyId).toMatch(/^ASIA/);
    expect(guest.context.credentials?.expiration).toBe(engine.clock.now() + 3600_000);
    expect(await roleOf(guest.context.credentials!.sessionToken)).toBe(ROLES.unauthenticated);

    const before = engine.operations.length;
    const signedIn = await runEnhanced({ identityId, logins: { [engine.provider]: await engine.idToken() } });
    expect(signedIn.value).toBe('done');
    // The kept identity id means no GetId.
    expect(engine.operations.slice(before).filter((o) => o !== 'InitiateAuth')).toEqual(['GetCredentialsForIdentity']);
    expect(signedIn.context.identityId).toBe(identityId);
    expect(await roleOf(signedIn.context.credentials!.sessionToken)).toBe(ROLES.authenticated);

    // Now authenticated, it can no longer get guest credentials.
    const again = await runEnhanced({ identityId });
    expect(again.value).toBe('failed');
    expect(again.context.error?.name).toBe('NotAuthorizedException');
  });

  it('fails with the engine error when the login is not a valid token', async () => {
    const s = await runEnhanced({ logins: { [engine.provider]: 'not-a-token' } });
    expect(s.value).toBe('failed');
    expect(s.context.error?.name).toBe('NotAuthorizedException');
  });
});

describe('basic flow machine', () => {
  it('runs GetId, GetOpenIdToken and STS for the role the app chose', async () => {
    const s = await runBasic({ roleArn: ROLES.unauthenticated, sessionName: 'guest-session' });
    expect(s.value).toBe('done');
    expect(s.context.openIdToken?.split('.')).toHaveLength(3);
    expect(s.context.assumedRoleArn).toBe('arn:aws:sts::123456789012:assumed-role/Cognito_SandboxUnauth_Role/guest-session');
    expect(await roleOf(s.context.credentials!.sessionToken)).toBe(ROLES.unauthenticated);
  });

  it('is refused by STS when a guest asks for the authenticated role', async () => {
    const s = await runBasic({ roleArn: ROLES.authenticated });
    expect(s.value).toBe('failed');
    expect(s.context.error?.name).toBe('AccessDenied');
  });

  it('is refused by the identity pool when the classic flow is off', async () => {
    await engine.sim.call(`${IDENTITY_TARGET}.UpdateIdentityPool`, {
      IdentityPoolId: engine.identityPoolId,
      IdentityPoolName: 'sandbox_identities',
      AllowUnauthenticatedIdentities: true,
      AllowClassicFlow: false,
      CognitoIdentityProviders: [{ ProviderName: engine.provider, ClientId: engine.clientId }],
    });
    const s = await runBasic({ roleArn: ROLES.unauthenticated });
    expect(s.value).toBe('failed');
    expect(s.context.error?.name).toBe('InvalidParameterException');
    expect(s.context.error?.message).toMatch(/classic|basic/i);
  });
});

describe('enhanced flow with token-based role mapping', () => {
  it('gets the role of cognito:preferred_role (the user’s group) instead of the default authenticated role', async () => {
    const e = await identityTestEngine('identity-flow-token-mapping');
    await e.sim.call('CreateGroup', { UserPoolId: e.poolId, GroupName: 'admins', RoleArn: ROLES.admins, Precedence: 1 });
    await e.sim.call('AdminAddUserToGroup', { UserPoolId: e.poolId, GroupName: 'admins', Username: 'alice' });
    await e.sim.call(`${IDENTITY_TARGET}.SetIdentityPoolRoles`, {
      IdentityPoolId: e.identityPoolId,
      Roles: { authenticated: ROLES.authenticated, unauthenticated: ROLES.unauthenticated },
      RoleMappings: { [`${e.provider}:${e.clientId}`]: { Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole' } },
    });
    const actor = createActor(enhancedFlowMachine, { input: { api: e.api, logins: { [e.provider]: await e.idToken() } }, clock: new SimulatedClock() }).start();
    const s = await waitFor(actor, (x) => x.status === 'done');
    expect(s.value).toBe('done');
    expect((await openSessionToken(e.sim.state, s.context.credentials!.sessionToken))?.roleArn).toBe(ROLES.admins);
  });
});
