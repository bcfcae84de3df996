/**
 * aws-jwt-verify accepts the engine's tokens. It checks `exp` against the
 * wall clock, so the simulated clock starts at Date.now().
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { createSimulator, seededRandom, SimulatedClock, type Simulator } from '../index';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../../test/support/flows';

const PASSWORD = 'Corr3ct-Horse!';

describe('aws-jwt-verify', () => {
  let sim: Simulator;
  let poolId: string;
  let clientId: string;

  beforeAll(async () => {
    sim = createSimulator({ clock: new SimulatedClock(Date.now()), random: seededRandom('jwt-verify') });
    ({ poolId, clientId } = await createPoolAndClient(sim));
    await createConfirmedUser(sim, poolId, 'vera', PASSWORD, { email: 'vera@example.com' });
    await sim.call('CreateGroup', { UserPoolId: poolId, GroupName: 'admins' });
    await sim.call('AdminAddUserToGroup', { UserPoolId: poolId, Username: 'vera', GroupName: 'admins' });
  });

  const verifier = (tokenUse: 'id' | 'access') => {
    const v = CognitoJwtVerifier.create({ userPoolId: poolId, tokenUse, clientId });
    v.cacheJwks(sim.jwks(poolId));
    return v;
  };

  it('accepts the ID and access tokens of a sign-in and of a refresh', async () => {
    const tokens = await passwordSignIn(sim, clientId, 'vera', PASSWORD);
    const id = await verifier('id').verify(tokens.IdToken);
    expect(id['cognito:username']).toBe('vera');
    expect(id['cognito:groups']).toEqual(['admins']);
    const access = await verifier('access').verify(tokens.AccessToken);
    expect(access.client_id).toBe(clientId);

    const refreshed = await sim.call<{ AuthenticationResult: { IdToken: string; AccessToken: string } }>('InitiateAuth', {
      ClientId: clientId,
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken },
    });
    expect((await verifier('id').verify(refreshed.AuthenticationResult.IdToken)).origin_jti).toBe(id.origin_jti);
    expect((await verifier('access').verify(refreshed.AuthenticationResult.AccessToken)).origin_jti).toBe(access.origin_jti);
  });

  it('refuses an ID token where an access token is expected, and a token of another client', async () => {
    const tokens = await passwordSignIn(sim, clientId, 'vera', PASSWORD);
    await expect(verifier('access').verify(tokens.IdToken)).rejects.toThrow();
    const other = CognitoJwtVerifier.create({ userPoolId: poolId, tokenUse: 'id', clientId: 'someotherclient' });
    other.cacheJwks(sim.jwks(poolId));
    await expect(other.verify(tokens.IdToken)).rejects.toThrow();
  });
});
