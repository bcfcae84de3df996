import { beforeAll, describe, expect, it } from 'vitest';
import { GetUserCommand, InitiateAuthCommand, RevokeTokenCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../../index';
import { sdkClient } from '../../../test/support/sdk';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../../../test/support/flows';
import { secretHash } from '../../crypto/password';

const PASSWORD = 'Corr3ct-Horse!';

async function sdkError(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to fail');
}

describe('RevokeToken', () => {
  let sim: Simulator;
  let sdk: CognitoIdentityProviderClient;
  let poolId: string;
  let clientId: string;

  const getUser = (accessToken: string) => sdk.send(new GetUserCommand({ AccessToken: accessToken }));
  const refresh = (token: string, client = clientId, SECRET_HASH?: string) =>
    sdk.send(
      new InitiateAuthCommand({ ClientId: client, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: token, ...(SECRET_HASH ? { SECRET_HASH } : {}) } }),
    );

  beforeAll(async () => {
    sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('revoke-token') });
    sdk = sdkClient(sim);
    ({ poolId, clientId } = await createPoolAndClient(sim));
    await createConfirmedUser(sim, poolId, 'alice', PASSWORD, { email: 'alice@example.com' });
  });

  it('revokes that sign-in only: its refresh token and the access tokens issued from it', async () => {
    const laptop = await passwordSignIn(sim, clientId, 'alice', PASSWORD);
    const phone = await passwordSignIn(sim, clientId, 'alice', PASSWORD);
    const refreshed = (await refresh(laptop.RefreshToken)).AuthenticationResult?.AccessToken as string;

    await sdk.send(new RevokeTokenCommand({ Token: laptop.RefreshToken, ClientId: clientId }));

    for (const token of [laptop.AccessToken, refreshed]) {
      const e = await sdkError(getUser(token));
      expect(e.name).toBe('NotAuthorizedException');
      expect(e.message).toBe('Access Token has been revoked');
    }
    const e = await sdkError(refresh(laptop.RefreshToken));
    expect(e.name).toBe('NotAuthorizedException');
    expect(e.message).toBe('Refresh Token has been revoked');

    // The other sign-in is untouched.
    expect((await getUser(phone.AccessToken)).Username).toBe('alice');
    const renewed = (await refresh(phone.RefreshToken)).AuthenticationResult?.AccessToken as string;
    expect((await getUser(renewed)).Username).toBe('alice');
  });

  it('is idempotent: revoking a revoked or unreadable token succeeds', async () => {
    const s = await passwordSignIn(sim, clientId, 'alice', PASSWORD);
    await sdk.send(new RevokeTokenCommand({ Token: s.RefreshToken, ClientId: clientId }));
    await expect(sdk.send(new RevokeTokenCommand({ Token: s.RefreshToken, ClientId: clientId }))).resolves.toBeDefined();
    await expect(sdk.send(new RevokeTokenCommand({ Token: 'not.a.refresh.token.at-all', ClientId: clientId }))).resolves.toBeDefined();
  });

  it('refuses ID and access tokens with UnsupportedTokenTypeException', async () => {
    const s = await passwordSignIn(sim, clientId, 'alice', PASSWORD);
    for (const token of [s.AccessToken, s.IdToken]) {
      const e = await sdkError(sdk.send(new RevokeTokenCommand({ Token: token, ClientId: clientId })));
      expect(e.name).toBe('UnsupportedTokenTypeException');
    }
    // Nothing was revoked.
    expect((await getUser(s.AccessToken)).Username).toBe('alice');
  });

  it('refuses a client with token revocation turned off', async () => {
    const { UserPoolClient } = await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
      UserPoolId: poolId,
      ClientName: 'no-revocation',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      EnableTokenRevocation: false,
    });
    const noRevoke = UserPoolClient.ClientId;
    const s = await passwordSignIn(sim, noRevoke, 'alice', PASSWORD);
    const e = await sdkError(sdk.send(new RevokeTokenCommand({ Token: s.RefreshToken, ClientId: noRevoke })));
    expect(e.name).toBe('UnsupportedOperationException');
    expect(e.message).toBe('Token revocation is not enabled for this client');
    expect((await refresh(s.RefreshToken, noRevoke)).AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it('checks the client and its secret', async () => {
    const { UserPoolClient } = await sim.call<{ UserPoolClient: { ClientId: string; ClientSecret: string } }>('CreateUserPoolClient', {
      UserPoolId: poolId,
      ClientName: 'confidential',
      GenerateSecret: true,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
    const { ClientId: secretClient, ClientSecret: secret } = UserPoolClient;
    const s = await passwordSignIn(sim, secretClient, 'alice', PASSWORD, secret);

    const missing = await sdkError(sdk.send(new RevokeTokenCommand({ Token: s.RefreshToken, ClientId: secretClient })));
    expect(missing.name).toBe('UnauthorizedException');
    const wrong = await sdkError(sdk.send(new RevokeTokenCommand({ Token: s.RefreshToken, ClientId: secretClient, ClientSecret: `${secret.slice(0, -1)}x` })));
    expect(wrong.name).toBe('UnauthorizedException');
    // The token belongs to the confidential client: another client of the pool may not revoke it.
    const otherClient = await sdkError(sdk.send(new RevokeTokenCommand({ Token: s.RefreshToken, ClientId: clientId })));
    expect(otherClient.name).toBe('UnauthorizedException');
    const unknown = await sdkError(sdk.send(new RevokeTokenCommand({ Token: s.RefreshToken, ClientId: 'nosuchclient0000000000000' })));
    expect(unknown.name).toBe('UnauthorizedException');

    // None of those revoked anything.
    const hash = await secretHash(secret, 'alice', secretClient);
    expect((await refresh(s.RefreshToken, secretClient, hash)).AuthenticationResult?.AccessToken).toBeTruthy();

    await sdk.send(new RevokeTokenCommand({ Token: s.RefreshToken, ClientId: secretClient, ClientSecret: secret }));
    expect((await sdkError(refresh(s.RefreshToken, secretClient, hash))).message).toBe('Refresh Token has been revoked');
  });
});
