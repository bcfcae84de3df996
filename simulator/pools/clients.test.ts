import { beforeAll, describe, expect, it } from 'vitest';
import {
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DeleteUserPoolClientCommand,
  DescribeUserPoolClientCommand,
  ListUserPoolClientsCommand,
  UpdateUserPoolClientCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { sdkClient } from '../../test/support/sdk';
import { CLIENT_DEFAULTS, CLIENT_SECRETS, ID_FORMATS, QUOTAS } from '../facts';
import { tokenValidityMs } from '../tokens/issue';

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { name: string; message: string };
  }
  throw new Error('expected the call to fail');
}

async function failsWithoutChange(sim: Simulator, p: () => Promise<unknown>): Promise<{ name: string; message: string }> {
  const before = JSON.stringify(sim.exportState());
  const err = await failure(p());
  expect(JSON.stringify(sim.exportState())).toBe(before);
  return err;
}

let sim: Simulator;
let clock: SimulatedClock;
let idp: CognitoIdentityProviderClient;
let poolId: string;

beforeAll(async () => {
  clock = new SimulatedClock();
  sim = createSimulator({ clock, random: seededRandom('clients') });
  idp = sdkClient(sim);
  const { UserPool } = await idp.send(
    new CreateUserPoolCommand({ PoolName: 'apps', Schema: [{ Name: 'email', Required: true }, { Name: 'plan', AttributeDataType: 'String' }] }),
  );
  poolId = UserPool!.Id!;
});

describe('CreateUserPoolClient', () => {
  it('gives a 26-character lower-case id and Cognito defaults', async () => {
    const { UserPoolClient: c } = await idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'web' }));
    expect(c!.ClientId).toMatch(new RegExp(`^[a-z0-9]{${ID_FORMATS.clientId.value.length}}$`));
    expect(c!.ClientSecret).toBeUndefined();
    expect(c!.UserPoolId).toBe(poolId);
    expect(c!.ClientName).toBe('web');
    expect(c!.RefreshTokenValidity).toBe(CLIENT_DEFAULTS.refreshTokenValidityDays.value);
    expect(c!.ExplicitAuthFlows).toEqual(CLIENT_DEFAULTS.explicitAuthFlows.value);
    expect(c!.EnableTokenRevocation).toBe(true);
    expect(c!.AuthSessionValidity).toBe(3);
    expect(c!.AllowedOAuthFlowsUserPoolClient).toBe(false);
    expect(c!.AccessTokenValidity).toBeUndefined();
    expect(c!.CreationDate!.getTime()).toBe(clock.now());
    const { UserPoolClient: d } = await idp.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: c!.ClientId }));
    expect(d).toEqual(c);
  });

  it('generates a secret when asked, and returns it on describe', async () => {
    const { UserPoolClient: c } = await idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'server', GenerateSecret: true }));
    const alphabet = CLIENT_SECRETS.generatedAlphabet.value;
    expect(c!.ClientSecret).toHaveLength(ID_FORMATS.clientSecretLength.value);
    expect([...c!.ClientSecret!].every((ch) => alphabet.includes(ch))).toBe(true);
    const { UserPoolClient: d } = await idp.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: c!.ClientId }));
    expect(d!.ClientSecret).toBe(c!.ClientSecret);
  });

  it('accepts a custom secret but not together with GenerateSecret', async () => {
    const secret = 'my0custom0secret0value0abc';
    const { UserPoolClient: c } = await idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'custom', ClientSecret: secret }));
    expect(c!.ClientSecret).toBe(secret);
    const both = await failsWithoutChange(sim, () => idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'x', ClientSecret: secret, GenerateSecret: true })));
    expect(both.name).toBe('InvalidParameterException');
    const short = await failure(idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'x', ClientSecret: 'short' })));
    expect(short.message).toBe("1 validation error detected: Value at 'clientSecret' failed to satisfy constraint: Member must have length greater than or equal to 24");
  });

  it('validates ExplicitAuthFlows values and refuses mixing legacy with ALLOW_ values', async () => {
    const bad = await failure(idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'x', ExplicitAuthFlows: ['USER_SRP_AUTH' as never] })));
    expect(bad.message).toBe(
      "1 validation error detected: Value 'USER_SRP_AUTH' at 'explicitAuthFlows.1.member' failed to satisfy constraint: Member must satisfy enum value set: " +
        '[ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH, ALLOW_ADMIN_USER_PASSWORD_AUTH, ALLOW_CUSTOM_AUTH, ALLOW_USER_PASSWORD_AUTH, ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_AUTH]',
    );
    const mixed = await failsWithoutChange(sim, () =>
      idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'x', ExplicitAuthFlows: ['USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] })),
    );
    expect(mixed.name).toBe('InvalidParameterException');
    const legacy = await idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'legacy', ExplicitAuthFlows: ['ADMIN_NO_SRP_AUTH', 'USER_PASSWORD_AUTH'] }));
    expect(legacy.UserPoolClient!.ExplicitAuthFlows).toEqual(['ADMIN_NO_SRP_AUTH', 'USER_PASSWORD_AUTH']);
  });

  it('enforces token validity ranges in the chosen units', async () => {
    const create = (extra: object) => idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'tokens', ...extra }));
    const outOfRange = [
      { AccessTokenValidity: 4, TokenValidityUnits: { AccessToken: 'minutes' } },
      { IdTokenValidity: 25 },
      { RefreshTokenValidity: 59, TokenValidityUnits: { RefreshToken: 'minutes' } },
      { RefreshTokenValidity: 3651 },
    ];
    for (const extra of outOfRange) {
      const err = await failsWithoutChange(sim, () => create(extra));
      expect(err.name).toBe('InvalidParameterException');
      expect(err.message).toBe('Invalid range for token validity.');
    }
    const ok = await create({ AccessTokenValidity: 5, IdTokenValidity: 1, RefreshTokenValidity: 60, TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'days', RefreshToken: 'minutes' } });
    const c = ok.UserPoolClient!;
    expect([c.AccessTokenValidity, c.IdTokenValidity, c.RefreshTokenValidity]).toEqual([5, 1, 60]);
    const stored = sim.state.userPools[poolId].clients[c.ClientId!];
    expect(tokenValidityMs(stored, 'AccessToken')).toBe(5 * 60_000);
    expect(tokenValidityMs(stored, 'IdToken')).toBe(24 * 3_600_000);
    expect(tokenValidityMs(stored, 'RefreshToken')).toBe(3_600_000);
  });

  it('keeps a 30-day refresh token when RefreshTokenValidity is 0 or left out in another unit', async () => {
    const zero = await idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'zero', RefreshTokenValidity: 0 }));
    expect(zero.UserPoolClient!.RefreshTokenValidity).toBe(30);
    const hours = await idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'hours', TokenValidityUnits: { RefreshToken: 'hours' } }));
    const stored = sim.state.userPools[poolId].clients[hours.UserPoolClient!.ClientId!];
    expect(tokenValidityMs(stored, 'RefreshToken')).toBe(30 * 24 * 3_600_000);
  });

  it('checks AuthSessionValidity (3-15 minutes)', async () => {
    const err = await failure(idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'x', AuthSessionValidity: 16 })));
    expect(err.message).toBe("1 validation error detected: Value '16' at 'authSessionValidity' failed to satisfy constraint: Member must have value less than or equal to 15");
  });

  it('requires read and write attributes to be schema attributes, and writes to cover required ones', async () => {
    const read = await failsWithoutChange(sim, () => idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'x', ReadAttributes: ['email', 'custom:nope'] })));
    expect(read.message).toBe('Invalid read attributes specified while creating a client');
    const write = await failsWithoutChange(sim, () => idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'x', WriteAttributes: ['name'] })));
    expect(write.message).toBe('Invalid write attributes specified while creating a client');
    const ok = await idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'attrs', ReadAttributes: ['email', 'custom:plan'], WriteAttributes: ['email', 'custom:plan'] }));
    expect(ok.UserPoolClient!.ReadAttributes).toEqual(['email', 'custom:plan']);
  });

  it('refuses EnablePropagateAdditionalUserContextData without a secret', async () => {
    const err = await failsWithoutChange(sim, () => idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'x', EnablePropagateAdditionalUserContextData: true })));
    expect(err.name).toBe('InvalidParameterException');
  });

  it('answers ResourceNotFoundException for an unknown pool or client', async () => {
    const pool = await failure(idp.send(new CreateUserPoolClientCommand({ UserPoolId: 'us-east-1_missing00', ClientName: 'x' })));
    expect([pool.name, pool.message]).toEqual(['ResourceNotFoundException', 'User pool us-east-1_missing00 does not exist.']);
    const client = await failure(idp.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: 'abcdefghijklmnopqrstuvwxyz' })));
    expect([client.name, client.message]).toEqual(['ResourceNotFoundException', 'User pool client abcdefghijklmnopqrstuvwxyz does not exist.']);
  });
});

describe('UpdateUserPoolClient', () => {
  it('resets settings the request leaves out and keeps id, secret and name', async () => {
    const { UserPoolClient: c } = await idp.send(
      new CreateUserPoolClientCommand({
        UserPoolId: poolId,
        ClientName: 'update-me',
        GenerateSecret: true,
        AccessTokenValidity: 2,
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
        EnableTokenRevocation: false,
        PreventUserExistenceErrors: 'ENABLED',
      }),
    );
    clock.advance(60_000);
    const { UserPoolClient: u } = await idp.send(new UpdateUserPoolClientCommand({ UserPoolId: poolId, ClientId: c!.ClientId, IdTokenValidity: 3 }));
    expect(u!.ClientName).toBe('update-me');
    expect(u!.ClientSecret).toBe(c!.ClientSecret);
    expect(u!.IdTokenValidity).toBe(3);
    expect(u!.AccessTokenValidity).toBeUndefined();
    expect(u!.ExplicitAuthFlows).toEqual(CLIENT_DEFAULTS.explicitAuthFlows.value);
    expect(u!.EnableTokenRevocation).toBe(true);
    expect(u!.PreventUserExistenceErrors).toBeUndefined();
    expect(u!.LastModifiedDate!.getTime() - u!.CreationDate!.getTime()).toBe(60_000);
    const renamed = await idp.send(new UpdateUserPoolClientCommand({ UserPoolId: poolId, ClientId: c!.ClientId, ClientName: 'renamed' }));
    expect(renamed.UserPoolClient!.ClientName).toBe('renamed');
  });
});

describe('ListUserPoolClients and DeleteUserPoolClient', () => {
  it('pages through the clients in creation order and forgets deleted ones', async () => {
    const expected = Object.values(sim.state.userPools[poolId].clients)
      .sort((a, b) => a.createdAt - b.createdAt || ((a.config.ClientId as string) < (b.config.ClientId as string) ? -1 : 1))
      .map((c) => c.config.ClientId as string);
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const out = await idp.send(new ListUserPoolClientsCommand({ UserPoolId: poolId, MaxResults: 3, NextToken: token }));
      for (const d of out.UserPoolClients!) expect(Object.keys(d).sort()).toEqual(['ClientId', 'ClientName', 'UserPoolId']);
      seen.push(...out.UserPoolClients!.map((c) => c.ClientId!));
      token = out.NextToken;
    } while (token);
    expect(seen).toEqual(expected);

    await idp.send(new DeleteUserPoolClientCommand({ UserPoolId: poolId, ClientId: expected[0] }));
    const after = await idp.send(new ListUserPoolClientsCommand({ UserPoolId: poolId }));
    expect(after.UserPoolClients!.map((c) => c.ClientId)).toEqual(expected.slice(1));
    const again = await failure(idp.send(new DeleteUserPoolClientCommand({ UserPoolId: poolId, ClientId: expected[0] })));
    expect(again.name).toBe('ResourceNotFoundException');
  });

  it('enforces the app-clients-per-pool quota', async () => {
    const snap = sim.exportState();
    const pool = snap.userPools[poolId];
    const template = Object.values(pool.clients)[0];
    for (let i = Object.keys(pool.clients).length; i < QUOTAS.appClientsPerPool.value; i++) {
      const id = `filler${String(i).padStart(20, '0')}`;
      pool.clients[id] = { ...template, config: { ...template.config, ClientId: id } };
    }
    const full = createSimulator({ clock: new SimulatedClock(), random: seededRandom('full'), snapshot: snap });
    const err = await failsWithoutChange(full, () => sdkClient(full).send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'one-too-many' })));
    expect(err.name).toBe('LimitExceededException');
  });
});
