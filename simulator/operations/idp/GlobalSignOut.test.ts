import { beforeAll, describe, expect, it } from 'vitest';
import {
  AdminUserGlobalSignOutCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../../index';
import { sdkClient } from '../../../test/support/sdk';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../../../test/support/flows';

const PASSWORD = 'Corr3ct-Horse!';

/** The error a rejected SDK call gives (fails the test if the call succeeds). */
async function sdkError(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to fail');
}

describe('GlobalSignOut and AdminUserGlobalSignOut', () => {
  let sim: Simulator;
  let sdk: CognitoIdentityProviderClient;
  let poolId: string;
  let clientId: string;

  const refresh = (token: string) =>
    sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: token } }));
  const getUser = (accessToken: string) => sdk.send(new GetUserCommand({ AccessToken: accessToken }));

  beforeAll(async () => {
    sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('global-sign-out') });
    sdk = sdkClient(sim);
    ({ poolId, clientId } = await createPoolAndClient(sim));
    for (const name of ['alice', 'bob', 'carol', 'dave']) await createConfirmedUser(sim, poolId, name, PASSWORD, { email: `${name}@example.com` });
  });

  it('revokes every session of the user: access tokens and refresh tokens', async () => {
    const first = await passwordSignIn(sim, clientId, 'alice', PASSWORD);
    const second = await passwordSignIn(sim, clientId, 'alice', PASSWORD);
    const bobs = await passwordSignIn(sim, clientId, 'bob', PASSWORD);
    // A token refreshed before the sign-out belongs to the same session and goes too.
    const refreshed = (await refresh(first.RefreshToken)).AuthenticationResult?.AccessToken as string;
    expect((await getUser(first.AccessToken)).Username).toBe('alice');

    await sdk.send(new GlobalSignOutCommand({ AccessToken: first.AccessToken }));

    for (const token of [first.AccessToken, second.AccessToken, refreshed]) {
      const e = await sdkError(getUser(token));
      expect(e.name).toBe('NotAuthorizedException');
      expect(e.message).toBe('Access Token has been revoked');
    }
    for (const token of [first.RefreshToken, second.RefreshToken]) {
      const e = await sdkError(refresh(token));
      expect(e.name).toBe('NotAuthorizedException');
      expect(e.message).toBe('Refresh Token has been revoked');
    }
    // Signing out again with the revoked token is refused the same way.
    const again = await sdkError(sdk.send(new GlobalSignOutCommand({ AccessToken: first.AccessToken })));
    expect(again.message).toBe('Access Token has been revoked');

    // Other users keep their sessions.
    expect((await getUser(bobs.AccessToken)).Username).toBe('bob');
    expect((await refresh(bobs.RefreshToken)).AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it('does not stop the user from signing in again', async () => {
    const before = await passwordSignIn(sim, clientId, 'carol', PASSWORD);
    await sdk.send(new GlobalSignOutCommand({ AccessToken: before.AccessToken }));
    const after = await passwordSignIn(sim, clientId, 'carol', PASSWORD);
    expect((await getUser(after.AccessToken)).Username).toBe('carol');
    expect((await refresh(after.RefreshToken)).AuthenticationResult?.AccessToken).toBeTruthy();
    expect((await sdkError(getUser(before.AccessToken))).message).toBe('Access Token has been revoked');
  });

  it('refuses a token that is not an access token', async () => {
    const tokens = await passwordSignIn(sim, clientId, 'carol', PASSWORD);
    const e = await sdkError(sdk.send(new GlobalSignOutCommand({ AccessToken: tokens.IdToken })));
    expect(e.name).toBe('NotAuthorizedException');
    expect(e.message).toBe('Invalid Access Token');
    expect((await getUser(tokens.AccessToken)).Username).toBe('carol');
  });

  it('AdminUserGlobalSignOut revokes the named user only', async () => {
    const daves = await passwordSignIn(sim, clientId, 'dave', PASSWORD);
    const bobs = await passwordSignIn(sim, clientId, 'bob', PASSWORD);
    await sdk.send(new AdminUserGlobalSignOutCommand({ UserPoolId: poolId, Username: 'dave' }));
    expect((await sdkError(getUser(daves.AccessToken))).message).toBe('Access Token has been revoked');
    expect((await sdkError(refresh(daves.RefreshToken))).message).toBe('Refresh Token has been revoked');
    expect((await getUser(bobs.AccessToken)).Username).toBe('bob');
    const back = await passwordSignIn(sim, clientId, 'dave', PASSWORD);
    expect((await getUser(back.AccessToken)).Username).toBe('dave');
  });

  it('AdminUserGlobalSignOut names missing users and pools as Cognito does', async () => {
    const noUser = await sdkError(sdk.send(new AdminUserGlobalSignOutCommand({ UserPoolId: poolId, Username: 'nobody' })));
    expect(noUser.name).toBe('UserNotFoundException');
    expect(noUser.message).toBe('User does not exist.');
    const missingPool = 'us-east-1_Missing1';
    const noPool = await sdkError(sdk.send(new AdminUserGlobalSignOutCommand({ UserPoolId: missingPool, Username: 'alice' })));
    expect(noPool.name).toBe('ResourceNotFoundException');
    expect(noPool.message).toBe(`User pool ${missingPool} does not exist.`);
  });
});
