/**
 * Every sign-in expiry on the simulated clock, through the real AWS SDK v3
 * client: challenge sessions (default and per client), the SRP answer window,
 * MFA codes, refresh tokens (default and custom), access tokens, the lockout
 * back-off, and temporary passwords.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  GetUserCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { formatSrpTimestamp } from '../crypto/srp';
import { DAY_MS, LOCKOUT, MINUTE_MS, SIGN_IN } from '../facts';
import { sdkClient } from '../../test/support/sdk';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../../test/support/flows';
import { srpClient } from '../../test/support/srpClient';

const PASSWORD = 'Corr3ct-Horse!';
const WRONG = 'Wr0ng-Horse!!';
const SMS = { SnsCallerArn: 'arn:aws:iam::123456789012:role/cognito-sms', ExternalId: 'sandbox' };
const FLOWS = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

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

describe('expiry on the simulated clock', () => {
  let sim: Simulator;
  let clock: SimulatedClock;
  let sdk: CognitoIdentityProviderClient;
  let poolId: string;
  let clientId: string;
  /** AuthSessionValidity 15 minutes. */
  let longSessionId: string;
  /** Refresh tokens valid 60 minutes; access tokens 5 minutes. */
  let shortTokensId: string;

  const addClient = async (input: Record<string, unknown>) =>
    (await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', { UserPoolId: poolId, ClientName: 'extra', ExplicitAuthFlows: FLOWS, ...input })).UserPoolClient
      .ClientId;
  const start = (ClientId: string, USERNAME: string, password = PASSWORD) =>
    sdk.send(new InitiateAuthCommand({ ClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME, PASSWORD: password } }));
  const smsCode = (username: string) => sim.outbox.filter((m) => m.username === username).at(-1)!.code!;
  const answerSms = (ClientId: string, Session: string | undefined, username: string) =>
    sdk.send(new RespondToAuthChallengeCommand({ ClientId, ChallengeName: 'SMS_MFA', Session, ChallengeResponses: { USERNAME: username, SMS_MFA_CODE: smsCode(username) } }));
  const refresh = (ClientId: string, REFRESH_TOKEN: string) =>
    sdk.send(new InitiateAuthCommand({ ClientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN } }));

  beforeAll(async () => {
    clock = new SimulatedClock();
    sim = createSimulator({ clock, random: seededRandom('expiry') });
    sdk = sdkClient(sim);
    ({ poolId, clientId } = await createPoolAndClient(sim, {
      pool: { SmsConfiguration: SMS, AutoVerifiedAttributes: ['phone_number'], Policies: { PasswordPolicy: { MinimumLength: 8, TemporaryPasswordValidityDays: 2 } } },
    }));
    await sim.call('SetUserPoolMfaConfig', { UserPoolId: poolId, MfaConfiguration: 'OPTIONAL', SmsMfaConfiguration: { SmsConfiguration: SMS } });
    longSessionId = await addClient({ AuthSessionValidity: 15 });
    shortTokensId = await addClient({ RefreshTokenValidity: 60, AccessTokenValidity: 5, TokenValidityUnits: { RefreshToken: 'minutes', AccessToken: 'minutes' } });
    await createConfirmedUser(sim, poolId, 'mia', PASSWORD, { phone_number: '+15555550111' });
    await sim.call('AdminSetUserMFAPreference', { UserPoolId: poolId, Username: 'mia', SMSMfaSettings: { Enabled: true, PreferredMfa: true } });
    await createConfirmedUser(sim, poolId, 'ray', PASSWORD);
  });

  describe('challenge sessions and MFA codes', () => {
    it('last AuthSessionValidity: 3 minutes by default', async () => {
      const ok = await start(clientId, 'mia');
      clock.advance(3 * MINUTE_MS - 1000);
      expect((await answerSms(clientId, ok.Session, 'mia')).AuthenticationResult).toBeDefined();

      const late = await start(clientId, 'mia');
      clock.advance(3 * MINUTE_MS);
      await expectError(answerSms(clientId, late.Session, 'mia'), 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
    });

    it('last 15 minutes on a client with AuthSessionValidity 15', async () => {
      const ok = await start(longSessionId, 'mia');
      clock.advance(14 * MINUTE_MS);
      expect((await answerSms(longSessionId, ok.Session, 'mia')).AuthenticationResult).toBeDefined();

      const late = await start(longSessionId, 'mia');
      clock.advance(15 * MINUTE_MS);
      await expectError(answerSms(longSessionId, late.Session, 'mia'), 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
    });

    it('the SMS code is only good with its session: a new sign-in sends a new code', async () => {
      const first = await start(clientId, 'mia');
      const firstCode = smsCode('mia');
      clock.advance(3 * MINUTE_MS);
      const second = await start(clientId, 'mia');
      expect(first.Session).not.toBe(second.Session);
      await expectError(
        sdk.send(new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: 'SMS_MFA', Session: first.Session, ChallengeResponses: { USERNAME: 'mia', SMS_MFA_CODE: firstCode } })),
        'NotAuthorizedException',
        'Invalid session for the user, session is expired.',
      );
      expect((await answerSms(clientId, second.Session, 'mia')).AuthenticationResult).toBeDefined();
    });

    it('give the PASSWORD_VERIFIER answer only a few seconds', async () => {
      const window = SIGN_IN.srpAnswerWindowSeconds.value * 1000;
      for (const [wait, ok] of [
        [window - 1000, true],
        [window, false],
      ] as const) {
        const srp = await srpClient(poolId);
        const challenge = await sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: 'ray', SRP_A: srp.srpA } }));
        clock.advance(wait);
        const responses = await srp.answer(challenge.ChallengeParameters!, PASSWORD, formatSrpTimestamp(clock.now()));
        const answer = sdk.send(new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: 'PASSWORD_VERIFIER', ChallengeResponses: responses, Session: challenge.Session }));
        if (ok) expect((await answer).AuthenticationResult).toBeDefined();
        else await expectError(answer, 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
      }
    });
  });

  describe('tokens', () => {
    it('refresh tokens last 30 days by default', async () => {
      const { RefreshToken } = await passwordSignIn(sim, clientId, 'ray', PASSWORD);
      clock.advance(30 * DAY_MS - MINUTE_MS);
      expect((await refresh(clientId, RefreshToken)).AuthenticationResult?.AccessToken).toBeTruthy();
      clock.advance(MINUTE_MS);
      await expectError(refresh(clientId, RefreshToken), 'NotAuthorizedException', 'Refresh Token has expired');
    });

    it("refresh tokens last the client's RefreshTokenValidity (60 minutes here)", async () => {
      const { RefreshToken } = await passwordSignIn(sim, shortTokensId, 'ray', PASSWORD);
      clock.advance(59 * MINUTE_MS);
      expect((await refresh(shortTokensId, RefreshToken)).AuthenticationResult?.AccessToken).toBeTruthy();
      clock.advance(MINUTE_MS);
      await expectError(refresh(shortTokensId, RefreshToken), 'NotAuthorizedException', 'Refresh Token has expired');
    });

    it('access tokens expire after an hour by default, or AccessTokenValidity', async () => {
      const normal = await passwordSignIn(sim, clientId, 'ray', PASSWORD);
      const short = await passwordSignIn(sim, shortTokensId, 'ray', PASSWORD);
      expect(short.ExpiresIn).toBe(300);
      clock.advance(5 * MINUTE_MS - 1000);
      expect((await sdk.send(new GetUserCommand({ AccessToken: short.AccessToken }))).Username).toBe('ray');
      clock.advance(1000);
      await expectError(sdk.send(new GetUserCommand({ AccessToken: short.AccessToken })), 'NotAuthorizedException', 'Access Token has expired');
      expect((await sdk.send(new GetUserCommand({ AccessToken: normal.AccessToken }))).Username).toBe('ray');
      clock.advance(55 * MINUTE_MS);
      await expectError(sdk.send(new GetUserCommand({ AccessToken: normal.AccessToken })), 'NotAuthorizedException', 'Access Token has expired');
    });
  });

  describe('lockout', () => {
    it('starts after five failures at one second and doubles; a success clears it', async () => {
      await createConfirmedUser(sim, poolId, 'lou', PASSWORD);
      const free = LOCKOUT.freeAttempts.value;
      for (let i = 0; i < free; i++) await expectError(start(clientId, 'lou', WRONG), 'NotAuthorizedException', 'Incorrect username or password.');
      // Locked for 1 s: even the right password is refused, and the refusal does not count.
      await expectError(start(clientId, 'lou', PASSWORD), 'NotAuthorizedException', 'Password attempts exceeded');
      clock.advance(999);
      await expectError(start(clientId, 'lou', WRONG), 'NotAuthorizedException', 'Password attempts exceeded');
      clock.advance(1);
      // The sixth failure locks for 2 s.
      await expectError(start(clientId, 'lou', WRONG), 'NotAuthorizedException', 'Incorrect username or password.');
      clock.advance(1999);
      await expectError(start(clientId, 'lou', PASSWORD), 'NotAuthorizedException', 'Password attempts exceeded');
      clock.advance(1);
      // The seventh locks for 4 s.
      await expectError(start(clientId, 'lou', WRONG), 'NotAuthorizedException', 'Incorrect username or password.');
      clock.advance(3999);
      await expectError(start(clientId, 'lou', PASSWORD), 'NotAuthorizedException', 'Password attempts exceeded');
      clock.advance(1);
      expect((await start(clientId, 'lou')).AuthenticationResult).toBeDefined();
      // Cleared: five more failures are allowed before the next lockout.
      for (let i = 0; i < free; i++) await expectError(start(clientId, 'lou', WRONG), 'NotAuthorizedException', 'Incorrect username or password.');
      await expectError(start(clientId, 'lou', PASSWORD), 'NotAuthorizedException', 'Password attempts exceeded');
    });

    it('counts wrong SRP proofs too', async () => {
      await createConfirmedUser(sim, poolId, 'sue', PASSWORD);
      for (let i = 0; i < LOCKOUT.freeAttempts.value; i++) {
        const srp = await srpClient(poolId);
        const challenge = await sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: 'sue', SRP_A: srp.srpA } }));
        const responses = await srp.answer(challenge.ChallengeParameters!, WRONG, formatSrpTimestamp(clock.now()));
        await expectError(
          sdk.send(new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: 'PASSWORD_VERIFIER', ChallengeResponses: responses })),
          'NotAuthorizedException',
          'Incorrect username or password.',
        );
      }
      await expectError(start(clientId, 'sue', PASSWORD), 'NotAuthorizedException', 'Password attempts exceeded');
    });
  });

  it("temporary passwords expire after the pool's TemporaryPasswordValidityDays", async () => {
    for (const name of ['tess', 'tim']) {
      await sim.call('AdminCreateUser', { UserPoolId: poolId, Username: name, TemporaryPassword: 'Temp0rary-Pass!', MessageAction: 'SUPPRESS' });
    }
    clock.advance(2 * DAY_MS - MINUTE_MS);
    expect((await start(clientId, 'tess', 'Temp0rary-Pass!')).ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    clock.advance(MINUTE_MS);
    await expectError(start(clientId, 'tim', 'Temp0rary-Pass!'), 'NotAuthorizedException', 'Temporary password has expired and must be reset by an administrator.');
    await expectError(start(clientId, 'tim', WRONG), 'NotAuthorizedException', 'Incorrect username or password.');
  });
});
