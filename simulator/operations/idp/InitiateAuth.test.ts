/**
 * InitiateAuth and AdminInitiateAuth through the real AWS SDK v3 client:
 * password, SRP and refresh flows, the app client's ExplicitAuthFlows and
 * secret, and every refusal a user's state can cause.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AdminInitiateAuthCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../../index';
import { secretHash } from '../../crypto/password';
import { formatSrpTimestamp } from '../../crypto/srp';
import { N_HEX } from '../../crypto/srpGroup';
import { sdkClient } from '../../../test/support/sdk';
import { createConfirmedUser, createPoolAndClient } from '../../../test/support/flows';
import { srpClient } from '../../../test/support/srpClient';

const PASSWORD = 'Corr3ct-Horse!';
const WRONG = 'Wr0ng-Horse!!';

async function sdkError(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to fail');
}

async function expectError(p: Promise<unknown>, name: string, message: string): Promise<void> {
  const e = await sdkError(p);
  expect({ name: e.name, message: e.message }).toEqual({ name, message });
}

describe('InitiateAuth and AdminInitiateAuth', () => {
  let sim: Simulator;
  let clock: SimulatedClock;
  let sdk: CognitoIdentityProviderClient;
  let poolId: string;
  /** ALLOW_USER_PASSWORD_AUTH, ADMIN, SRP, refresh; LEGACY existence errors. */
  let clientId: string;
  /** PreventUserExistenceErrors ENABLED. */
  let hidingId: string;
  /** Only ALLOW_USER_SRP_AUTH and refresh. */
  let srpOnlyId: string;
  /** With a client secret. */
  let secretId: string;
  let secret: string;

  const addClient = async (input: Record<string, unknown>) =>
    (await sim.call<{ UserPoolClient: { ClientId: string; ClientSecret?: string } }>('CreateUserPoolClient', { UserPoolId: poolId, ClientName: 'extra', ...input })).UserPoolClient;

  const passwordAuth = (ClientId: string, USERNAME: string, PASSWORD_: string, extra: Record<string, string> = {}) =>
    sdk.send(new InitiateAuthCommand({ ClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME, PASSWORD: PASSWORD_, ...extra } }));
  const adminAuth = (ClientId: string, USERNAME: string, PASSWORD_: string, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH' | 'ADMIN_NO_SRP_AUTH' = 'ADMIN_USER_PASSWORD_AUTH') =>
    sdk.send(new AdminInitiateAuthCommand({ UserPoolId: poolId, ClientId, AuthFlow, AuthParameters: { USERNAME, PASSWORD: PASSWORD_ } }));

  beforeAll(async () => {
    clock = new SimulatedClock();
    sim = createSimulator({ clock, random: seededRandom('initiate-auth') });
    sdk = sdkClient(sim);
    ({ poolId, clientId } = await createPoolAndClient(sim));
    const flows = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];
    hidingId = (await addClient({ ExplicitAuthFlows: flows, PreventUserExistenceErrors: 'ENABLED' })).ClientId;
    srpOnlyId = (await addClient({ ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] })).ClientId;
    const withSecret = await addClient({ ExplicitAuthFlows: flows, GenerateSecret: true });
    secretId = withSecret.ClientId;
    secret = String(withSecret.ClientSecret);
    await createConfirmedUser(sim, poolId, 'alice', PASSWORD, { email: 'alice@example.com' });
  });

  describe('USER_PASSWORD_AUTH and ADMIN_USER_PASSWORD_AUTH', () => {
    it('returns tokens for the right password', async () => {
      const out = await passwordAuth(clientId, 'alice', PASSWORD);
      expect(out.ChallengeName).toBeUndefined();
      expect(out.ChallengeParameters).toEqual({});
      const result = out.AuthenticationResult!;
      expect(result.TokenType).toBe('Bearer');
      expect(result.ExpiresIn).toBe(3600);
      expect(result.RefreshToken).toBeTruthy();
      const id = decodeJwt(result.IdToken!);
      const access = decodeJwt(result.AccessToken!);
      expect(id['cognito:username']).toBe('alice');
      expect(access.username).toBe('alice');
      expect(access.origin_jti).toBe(id.origin_jti);
      expect(access.jti).not.toBe(id.jti);
    });

    it('signs in through AdminInitiateAuth, also with the legacy ADMIN_NO_SRP_AUTH name', async () => {
      for (const flow of ['ADMIN_USER_PASSWORD_AUTH', 'ADMIN_NO_SRP_AUTH'] as const) {
        const out = await adminAuth(clientId, 'alice', PASSWORD, flow);
        expect(decodeJwt(out.AuthenticationResult!.AccessToken!).username).toBe('alice');
      }
    });

    it('refuses a wrong password', async () => {
      await expectError(passwordAuth(clientId, 'alice', WRONG), 'NotAuthorizedException', 'Incorrect username or password.');
      await expectError(adminAuth(clientId, 'alice', WRONG), 'NotAuthorizedException', 'Incorrect username or password.');
    });

    it('asks for missing parameters by name', async () => {
      await expectError(
        sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'alice' } })),
        'InvalidParameterException',
        'Missing required parameter PASSWORD',
      );
      await expectError(
        sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: {} })),
        'InvalidParameterException',
        'Missing required parameter USERNAME',
      );
    });
  });

  describe('the app client', () => {
    it('takes only the flows the operation supports', async () => {
      await expectError(
        sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'alice', PASSWORD } })),
        'InvalidParameterException',
        'Initiate Auth method not supported',
      );
      await expectError(
        sdk.send(new AdminInitiateAuthCommand({ UserPoolId: poolId, ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'alice', PASSWORD } })),
        'InvalidParameterException',
        'Initiate Auth method not supported',
      );
    });

    it('enforces ExplicitAuthFlows', async () => {
      await expectError(passwordAuth(srpOnlyId, 'alice', PASSWORD), 'InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client');
      await expectError(adminAuth(srpOnlyId, 'alice', PASSWORD), 'InvalidParameterException', 'Auth flow not enabled for this client');
      const passwordOnly = (await addClient({ ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] })).ClientId;
      const srp = await srpClient(poolId);
      await expectError(
        sdk.send(new InitiateAuthCommand({ ClientId: passwordOnly, AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: 'alice', SRP_A: srp.srpA } })),
        'InvalidParameterException',
        'USER_SRP_AUTH is not enabled for the client.',
      );
    });

    it('honours legacy ExplicitAuthFlows names (SRP and refresh always allowed)', async () => {
      const legacy = (await addClient({ ExplicitAuthFlows: ['USER_PASSWORD_AUTH'] })).ClientId;
      const out = await passwordAuth(legacy, 'alice', PASSWORD);
      const refreshed = await sdk.send(
        new InitiateAuthCommand({ ClientId: legacy, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: out.AuthenticationResult!.RefreshToken! } }),
      );
      expect(refreshed.AuthenticationResult?.AccessToken).toBeTruthy();
    });

    it('requires and checks SECRET_HASH when the client has a secret', async () => {
      await expectError(passwordAuth(secretId, 'alice', PASSWORD), 'NotAuthorizedException', `Client ${secretId} is configured with secret but SECRET_HASH was not received`);
      await expectError(
        passwordAuth(secretId, 'alice', PASSWORD, { SECRET_HASH: await secretHash(secret, 'bob', secretId) }),
        'NotAuthorizedException',
        `Unable to verify secret hash for client ${secretId}`,
      );
      const out = await passwordAuth(secretId, 'alice', PASSWORD, { SECRET_HASH: await secretHash(secret, 'alice', secretId) });
      expect(out.AuthenticationResult?.IdToken).toBeTruthy();
    });
  });

  describe("the user's state", () => {
    beforeAll(async () => {
      await sim.call('SignUp', { ClientId: clientId, Username: 'ursula', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'ursula@example.com' }] });
      await createConfirmedUser(sim, poolId, 'dora', PASSWORD);
      await sim.call('AdminDisableUser', { UserPoolId: poolId, Username: 'dora' });
      await createConfirmedUser(sim, poolId, 'rita', PASSWORD, { email: 'rita@example.com', email_verified: 'true' });
      await sim.call('AdminResetUserPassword', { UserPoolId: poolId, Username: 'rita' });
    });

    it('unknown user: UserNotFoundException, or the generic answer when existence errors are hidden', async () => {
      await expectError(passwordAuth(clientId, 'nobody', PASSWORD), 'UserNotFoundException', 'User does not exist.');
      await expectError(adminAuth(clientId, 'nobody', PASSWORD), 'UserNotFoundException', 'User does not exist.');
      await expectError(passwordAuth(hidingId, 'nobody', PASSWORD), 'NotAuthorizedException', 'Incorrect username or password.');
    });

    it('unconfirmed user: UserNotConfirmedException once the password is right', async () => {
      await expectError(passwordAuth(clientId, 'ursula', PASSWORD), 'UserNotConfirmedException', 'User is not confirmed.');
      await expectError(passwordAuth(clientId, 'ursula', WRONG), 'NotAuthorizedException', 'Incorrect username or password.');
    });

    it('disabled user: "User is disabled." (hidden behind a wrong password when existence errors are hidden)', async () => {
      await expectError(passwordAuth(clientId, 'dora', WRONG), 'NotAuthorizedException', 'User is disabled.');
      await expectError(passwordAuth(hidingId, 'dora', WRONG), 'NotAuthorizedException', 'Incorrect username or password.');
      await expectError(passwordAuth(hidingId, 'dora', PASSWORD), 'NotAuthorizedException', 'User is disabled.');
    });

    it('password reset required: PasswordResetRequiredException', async () => {
      await expectError(passwordAuth(clientId, 'rita', PASSWORD), 'PasswordResetRequiredException', 'Password reset required for the user');
      await expectError(passwordAuth(hidingId, 'rita', PASSWORD), 'NotAuthorizedException', 'Incorrect username or password.');
    });
  });

  describe('USER_SRP_AUTH', () => {
    const start = (ClientId: string, USERNAME: string, SRP_A: string) =>
      sdk.send(new InitiateAuthCommand({ ClientId, AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME, SRP_A } }));

    it('answers PASSWORD_VERIFIER and accepts the proof, with or without the Session', async () => {
      for (const withSession of [true, false]) {
        const srp = await srpClient(poolId);
        const challenge = await start(clientId, 'alice', srp.srpA);
        expect(challenge.ChallengeName).toBe('PASSWORD_VERIFIER');
        const p = challenge.ChallengeParameters!;
        expect(Object.keys(p).sort()).toEqual(['SALT', 'SECRET_BLOCK', 'SRP_B', 'USERNAME', 'USER_ID_FOR_SRP']);
        expect(p.USER_ID_FOR_SRP).toBe('alice');
        expect(challenge.Session!.length).toBeGreaterThanOrEqual(20);
        const responses = await srp.answer(p, PASSWORD, formatSrpTimestamp(clock.now()));
        const out = await sdk.send(
          new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: 'PASSWORD_VERIFIER', ChallengeResponses: responses, Session: withSession ? challenge.Session : undefined }),
        );
        expect(decodeJwt(out.AuthenticationResult!.IdToken!)['cognito:username']).toBe('alice');
      }
    });

    it('refuses a proof made with the wrong password, and the same session twice', async () => {
      const srp = await srpClient(poolId);
      const challenge = await start(clientId, 'alice', srp.srpA);
      const responses = await srp.answer(challenge.ChallengeParameters!, WRONG, formatSrpTimestamp(clock.now()));
      const respond = () => sdk.send(new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: 'PASSWORD_VERIFIER', ChallengeResponses: responses, Session: challenge.Session }));
      await expectError(respond(), 'NotAuthorizedException', 'Incorrect username or password.');
      await expectError(respond(), 'NotAuthorizedException', 'Invalid session for the user, session can only be used once.');
      // A good sign-in clears the failure count again.
      await passwordAuth(clientId, 'alice', PASSWORD);
    });

    it('checks the TIMESTAMP format and how far it is from the clock', async () => {
      const srp = await srpClient(poolId);
      const challenge = await start(clientId, 'alice', srp.srpA);
      const badFormat = await srp.answer(challenge.ChallengeParameters!, PASSWORD, '2026-01-01T09:00:00Z');
      const e = await sdkError(sdk.send(new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: 'PASSWORD_VERIFIER', ChallengeResponses: badFormat })));
      expect(e.name).toBe('InvalidParameterException');
      const skewed = await srp.answer(challenge.ChallengeParameters!, PASSWORD, formatSrpTimestamp(clock.now() - 60 * 60_000));
      await expectError(
        sdk.send(new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: 'PASSWORD_VERIFIER', ChallengeResponses: skewed })),
        'NotAuthorizedException',
        'Incorrect username or password.',
      );
      await passwordAuth(clientId, 'alice', PASSWORD);
    });

    it('refuses A ≡ 0 (mod N)', async () => {
      for (const A of [N_HEX, '0', (BigInt('0x' + N_HEX) * 2n).toString(16)]) {
        const e = await sdkError(start(clientId, 'alice', A));
        expect(e.name).toBe('InvalidParameterException');
      }
    });

    it('gives an unknown user UserNotFoundException, or a simulated challenge when existence errors are hidden', async () => {
      const srp = await srpClient(poolId);
      await expectError(start(clientId, 'nobody', srp.srpA), 'UserNotFoundException', 'User does not exist.');
      const first = await start(hidingId, 'nobody', srp.srpA);
      const second = await start(hidingId, 'nobody', (await srpClient(poolId)).srpA);
      expect(first.ChallengeName).toBe('PASSWORD_VERIFIER');
      expect(first.ChallengeParameters!.USER_ID_FOR_SRP).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(second.ChallengeParameters!.USER_ID_FOR_SRP).toBe(first.ChallengeParameters!.USER_ID_FOR_SRP);
      expect(second.ChallengeParameters!.SALT).toBe(first.ChallengeParameters!.SALT);
      expect(second.ChallengeParameters!.SRP_B).not.toBe(first.ChallengeParameters!.SRP_B);
      const responses = await srp.answer(first.ChallengeParameters!, PASSWORD, formatSrpTimestamp(clock.now()));
      await expectError(
        sdk.send(new RespondToAuthChallengeCommand({ ClientId: hidingId, ChallengeName: 'PASSWORD_VERIFIER', ChallengeResponses: responses, Session: first.Session })),
        'NotAuthorizedException',
        'Incorrect username or password.',
      );
    });

    it('signs in through AdminInitiateAuth with SRP too', async () => {
      const srp = await srpClient(poolId);
      const challenge = await sdk.send(
        new AdminInitiateAuthCommand({ UserPoolId: poolId, ClientId: clientId, AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: 'alice', SRP_A: srp.srpA } }),
      );
      const responses = await srp.answer(challenge.ChallengeParameters!, PASSWORD, formatSrpTimestamp(clock.now()));
      const out = await sim.call<{ AuthenticationResult: { AccessToken: string } }>('AdminRespondToAuthChallenge', {
        UserPoolId: poolId,
        ClientId: clientId,
        ChallengeName: 'PASSWORD_VERIFIER',
        ChallengeResponses: responses,
        Session: challenge.Session,
      });
      expect(decodeJwt(out.AuthenticationResult.AccessToken).username).toBe('alice');
    });
  });

  describe('REFRESH_TOKEN_AUTH', () => {
    it('issues new ID and access tokens with the same origin_jti and no new refresh token', async () => {
      const first = (await passwordAuth(clientId, 'alice', PASSWORD)).AuthenticationResult!;
      for (const AuthFlow of ['REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN'] as const) {
        const out = await sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow, AuthParameters: { REFRESH_TOKEN: first.RefreshToken! } }));
        const result = out.AuthenticationResult!;
        expect(result.RefreshToken).toBeUndefined();
        expect(decodeJwt(result.IdToken!).origin_jti).toBe(decodeJwt(first.IdToken!).origin_jti);
        expect(decodeJwt(result.AccessToken!).origin_jti).toBe(decodeJwt(first.AccessToken!).origin_jti);
        expect(decodeJwt(result.AccessToken!).jti).not.toBe(decodeJwt(first.AccessToken!).jti);
      }
    });

    it('refuses a token that is not a refresh token, or one of another client', async () => {
      await expectError(
        sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: 'not-a-token' } })),
        'NotAuthorizedException',
        'Invalid Refresh Token',
      );
      const other = (await passwordAuth(hidingId, 'alice', PASSWORD)).AuthenticationResult!.RefreshToken!;
      await expectError(
        sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: other } })),
        'NotAuthorizedException',
        'Invalid Refresh Token',
      );
    });

    it('computes SECRET_HASH over the username for a client with a secret', async () => {
      const first = (await passwordAuth(secretId, 'alice', PASSWORD, { SECRET_HASH: await secretHash(secret, 'alice', secretId) })).AuthenticationResult!;
      const refresh = (extra: Record<string, string>) =>
        sdk.send(new InitiateAuthCommand({ ClientId: secretId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: first.RefreshToken!, ...extra } }));
      await expectError(refresh({}), 'NotAuthorizedException', `Client ${secretId} is configured with secret but SECRET_HASH was not received`);
      await expectError(refresh({ SECRET_HASH: await secretHash(secret, 'mallory', secretId) }), 'NotAuthorizedException', `Unable to verify secret hash for client ${secretId}`);
      const out = await refresh({ SECRET_HASH: await secretHash(secret, 'alice', secretId) });
      expect(out.AuthenticationResult?.AccessToken).toBeTruthy();
    });
  });
});
