import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '@/simulator';
import { clientSettingMembers, updatablePoolMembers } from '@/simulator/pools/shapes';
import { memberOfError, UPDATABLE_CLIENT_MEMBERS, UPDATABLE_POOL_MEMBERS, updateUserPoolClientRequest, updateUserPoolRequest } from './updateRequests';

let sim: Simulator;
let poolId: string;
let clientId: string;
const pool = () => sim.state.userPools[poolId];

beforeAll(async () => {
  sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('update-requests') });
  poolId = (await sim.call<{ UserPool: { Id: string } }>('CreateUserPool', { PoolName: 'p', AutoVerifiedAttributes: ['email'], AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } })).UserPool.Id;
  clientId = (
    await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
      UserPoolId: poolId,
      ClientName: 'c',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      AccessTokenValidity: 30,
      TokenValidityUnits: { AccessToken: 'minutes' },
    })
  ).UserPoolClient.ClientId;
});

describe('update requests', () => {
  it('list exactly the members the engine treats as updatable', () => {
    expect([...UPDATABLE_POOL_MEMBERS].sort()).toEqual(Object.keys(updatablePoolMembers).sort());
    expect([...UPDATABLE_CLIENT_MEMBERS].sort()).toEqual(Object.keys(clientSettingMembers).sort());
  });

  it('change one pool setting and keep the others (UpdateUserPool resets what is left out)', async () => {
    await sim.call('UpdateUserPool', updateUserPoolRequest(poolId, pool().config, { Policies: { PasswordPolicy: { MinimumLength: 12 } } }));
    expect(pool().config.AutoVerifiedAttributes).toEqual(['email']);
    expect(pool().config.AdminCreateUserConfig).toMatchObject({ AllowAdminCreateUserOnly: true });
    expect((pool().config.Policies as { PasswordPolicy: { MinimumLength: number } }).PasswordPolicy.MinimumLength).toBe(12);
    // Left out on purpose, the same setting goes back to its default: the reason for merging.
    await sim.call('UpdateUserPool', { UserPoolId: poolId });
    expect(pool().config.AdminCreateUserConfig).toMatchObject({ AllowAdminCreateUserOnly: false });
  });

  it('change one client setting and keep the others', async () => {
    const client = () => pool().clients[clientId].config;
    await sim.call('UpdateUserPoolClient', updateUserPoolClientRequest(poolId, clientId, client(), { PreventUserExistenceErrors: 'ENABLED' }));
    expect(client()).toMatchObject({ PreventUserExistenceErrors: 'ENABLED', AccessTokenValidity: 30, ClientName: 'c', TokenValidityUnits: { AccessToken: 'minutes' } });
    expect(client().ExplicitAuthFlows).toEqual(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
  });

  it("finds the member a validation error is about, in AWS's wording", async () => {
    const err = await sim.call('UpdateUserPool', updateUserPoolRequest(poolId, pool().config, { Policies: { PasswordPolicy: { MinimumLength: 3 } } })).catch((e: Error) => e);
    expect(err).toMatchObject({ name: 'InvalidParameterException' });
    expect(memberOfError(err as Error)).toBe('minimumlength');
    expect(memberOfError({ name: 'X', message: 'other' })).toBeUndefined();
  });
});
