/**
 * RespondToAuthChallenge (and the Admin variant), AssociateSoftwareToken and
 * VerifySoftwareToken through the real AWS SDK v3 client: NEW_PASSWORD_REQUIRED,
 * SMS_MFA, EMAIL_OTP, SELECT_MFA_TYPE, SOFTWARE_TOKEN_MFA and MFA_SETUP.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AdminRespondToAuthChallengeCommand,
  AssociateSoftwareTokenCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  VerifySoftwareTokenCommand,
  type ChallengeNameType,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../../index';
import { totpCode } from '../../users/totp';
import { sdkClient } from '../../../test/support/sdk';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../../../test/support/flows';

const PASSWORD = 'Corr3ct-Horse!';
const SMS = { SnsCallerArn: 'arn:aws:iam::123456789012:role/cognito-sms', ExternalId: 'sandbox' };

async function sdkError(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to fail');
}

async function expectError(p: Promise<unknown>, name: string, message?: string): Promise<void> {
  const e = await sdkError(p);
  expect(e.name).toBe(name);
  if (message !== undefined) expect(e.message).toBe(message);
}

describe('sign-in challenges', () => {
  let sim: Simulator;
  let clock: SimulatedClock;
  let sdk: CognitoIdentityProviderClient;
  let poolId: string;
  let clientId: string;

  const start = (USERNAME: string, password = PASSWORD) =>
    sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME, PASSWORD: password } }));
  const respond = (ChallengeName: ChallengeNameType, Session: string | undefined, ChallengeResponses: Record<string, string>) =>
    sdk.send(new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName, Session, ChallengeResponses }));
  const lastCode = (username: string) => {
    const mine = sim.outbox.filter((m) => m.username === username);
    return mine[mine.length - 1];
  };

  /** Associates and verifies an authenticator app while signed in; returns its secret. */
  async function setUpAuthenticator(username: string): Promise<string> {
    const { AccessToken } = await passwordSignIn(sim, clientId, username, PASSWORD);
    const { SecretCode } = await sdk.send(new AssociateSoftwareTokenCommand({ AccessToken }));
    const out = await sdk.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: totpCode(SecretCode!, clock.now()), FriendlyDeviceName: 'phone' }));
    expect(out.Status).toBe('SUCCESS');
    expect(out.Session).toBeUndefined();
    clock.advance(90_000); // later codes differ from the one just used
    return SecretCode!;
  }

  beforeAll(async () => {
    clock = new SimulatedClock();
    sim = createSimulator({ clock, random: seededRandom('challenges') });
    sdk = sdkClient(sim);
    ({ poolId, clientId } = await createPoolAndClient(sim, {
      pool: {
        SmsConfiguration: SMS,
        AutoVerifiedAttributes: ['email'],
        EmailConfiguration: { EmailSendingAccount: 'DEVELOPER', SourceArn: 'arn:aws:ses:us-east-1:123456789012:identity/example.com', From: 'no-reply@example.com' },
      },
    }));
    await sim.call('SetUserPoolMfaConfig', {
      UserPoolId: poolId,
      MfaConfiguration: 'OPTIONAL',
      SmsMfaConfiguration: { SmsConfiguration: SMS },
      SoftwareTokenMfaConfiguration: { Enabled: true },
      EmailMfaConfiguration: {},
    });
  });

  describe('NEW_PASSWORD_REQUIRED', () => {
    beforeAll(async () => {
      for (const name of ['fresh', 'fresh2']) {
        await sim.call('AdminCreateUser', {
          UserPoolId: poolId,
          Username: name,
          TemporaryPassword: 'Temp0rary-Pass!',
          MessageAction: 'SUPPRESS',
          UserAttributes: [
            { Name: 'email', Value: `${name}@example.com` },
            { Name: 'email_verified', Value: 'true' },
          ],
        });
      }
    });

    it("presents the user's attributes and takes a new password and attributes", async () => {
      const challenge = await start('fresh', 'Temp0rary-Pass!');
      expect(challenge.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
      const p = challenge.ChallengeParameters!;
      expect(p.USER_ID_FOR_SRP).toBe('fresh');
      expect(JSON.parse(p.requiredAttributes)).toEqual([]);
      expect(JSON.parse(p.userAttributes)).toEqual({ email: 'fresh@example.com', email_verified: 'true' });

      await expectError(respond('NEW_PASSWORD_REQUIRED', challenge.Session, { USERNAME: 'fresh', NEW_PASSWORD: 'short' }), 'InvalidPasswordException');
      await expectError(respond('NEW_PASSWORD_REQUIRED', challenge.Session, { USERNAME: 'fresh' }), 'InvalidParameterException', 'Missing required parameter NEW_PASSWORD');
      const out = await respond('NEW_PASSWORD_REQUIRED', challenge.Session, { USERNAME: 'fresh', NEW_PASSWORD: 'Brand-New-Pass1!', 'userAttributes.given_name': 'Fred' });
      expect(decodeJwt(out.AuthenticationResult!.IdToken!).given_name).toBe('Fred');
      const user = await sim.call<{ UserStatus: string }>('AdminGetUser', { UserPoolId: poolId, Username: 'fresh' });
      expect(user.UserStatus).toBe('CONFIRMED');
      await expectError(start('fresh', 'Temp0rary-Pass!'), 'NotAuthorizedException', 'Incorrect username or password.');
      expect((await start('fresh', 'Brand-New-Pass1!')).AuthenticationResult).toBeDefined();
    });

    it('works through AdminRespondToAuthChallenge', async () => {
      const challenge = await start('fresh2', 'Temp0rary-Pass!');
      const out = await sdk.send(
        new AdminRespondToAuthChallengeCommand({
          UserPoolId: poolId,
          ClientId: clientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: challenge.Session,
          ChallengeResponses: { USERNAME: 'fresh2', NEW_PASSWORD: 'Brand-New-Pass2!' },
        }),
      );
      expect(out.AuthenticationResult?.AccessToken).toBeTruthy();
    });
  });

  describe('SMS_MFA and EMAIL_OTP', () => {
    beforeAll(async () => {
      await createConfirmedUser(sim, poolId, 'sms', PASSWORD, { phone_number: '+15555550123' });
      await sim.call('AdminSetUserMFAPreference', { UserPoolId: poolId, Username: 'sms', SMSMfaSettings: { Enabled: true, PreferredMfa: true } });
      await createConfirmedUser(sim, poolId, 'mailer', PASSWORD, { email: 'mailer@example.com', email_verified: 'true' });
      await sim.call('AdminSetUserMFAPreference', { UserPoolId: poolId, Username: 'mailer', EmailMfaSettings: { Enabled: true, PreferredMfa: true } });
    });

    it('sends a code by SMS, refuses a wrong one, accepts the right one once', async () => {
      const challenge = await start('sms');
      expect(challenge.ChallengeName).toBe('SMS_MFA');
      expect(challenge.ChallengeParameters).toEqual({ CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******0123' });
      const sent = lastCode('sms');
      expect(sent.channel).toBe('SMS');
      expect(sent.destination).toBe('+15555550123');
      const wrong = sent.code === '000000' ? '111111' : '000000';
      await expectError(respond('SMS_MFA', challenge.Session, { USERNAME: 'sms', SMS_MFA_CODE: wrong }), 'CodeMismatchException', 'Invalid code received for user');
      await expectError(respond('SOFTWARE_TOKEN_MFA', challenge.Session, { USERNAME: 'sms', SOFTWARE_TOKEN_MFA_CODE: sent.code! }), 'InvalidParameterException');
      const out = await respond('SMS_MFA', challenge.Session, { USERNAME: 'sms', SMS_MFA_CODE: sent.code! });
      expect(decodeJwt(out.AuthenticationResult!.AccessToken!).username).toBe('sms');
      await expectError(
        respond('SMS_MFA', challenge.Session, { USERNAME: 'sms', SMS_MFA_CODE: sent.code! }),
        'NotAuthorizedException',
        'Invalid session for the user, session can only be used once.',
      );
    });

    it('sends a code by email for EMAIL_OTP', async () => {
      const challenge = await start('mailer');
      expect(challenge.ChallengeName).toBe('EMAIL_OTP');
      expect(challenge.ChallengeParameters).toEqual({ CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'm***@e***' });
      const sent = lastCode('mailer');
      expect(sent.channel).toBe('EMAIL');
      await expectError(respond('EMAIL_OTP', challenge.Session, { USERNAME: 'mailer', SMS_MFA_CODE: sent.code! }), 'InvalidParameterException', 'Missing required parameter EMAIL_OTP_CODE');
      const out = await respond('EMAIL_OTP', challenge.Session, { USERNAME: 'mailer', EMAIL_OTP_CODE: sent.code! });
      expect(out.AuthenticationResult?.IdToken).toBeTruthy();
    });

    it('wants USERNAME to name the user of the session', async () => {
      const challenge = await start('sms');
      const code = lastCode('sms').code!;
      await expectError(respond('SMS_MFA', challenge.Session, { SMS_MFA_CODE: code }), 'InvalidParameterException', 'Missing required parameter USERNAME');
      await expectError(respond('SMS_MFA', challenge.Session, { USERNAME: 'mailer', SMS_MFA_CODE: code }), 'NotAuthorizedException');
    });
  });

  describe('software tokens', () => {
    let secret: string;
    beforeAll(async () => {
      await createConfirmedUser(sim, poolId, 'tom', PASSWORD);
      secret = await setUpAuthenticator('tom');
    });

    it('asks for SOFTWARE_TOKEN_MFA and refuses a code used twice', async () => {
      const challenge = await start('tom');
      expect(challenge.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
      expect(challenge.ChallengeParameters).toEqual({ USER_ID_FOR_SRP: 'tom' });
      const code = totpCode(secret, clock.now());
      expect((await respond('SOFTWARE_TOKEN_MFA', challenge.Session, { USERNAME: 'tom', SOFTWARE_TOKEN_MFA_CODE: code })).AuthenticationResult).toBeDefined();
      const again = await start('tom');
      await expectError(
        respond('SOFTWARE_TOKEN_MFA', again.Session, { USERNAME: 'tom', SOFTWARE_TOKEN_MFA_CODE: code }),
        'ExpiredCodeException',
        'Your software token has already been used once.',
      );
      clock.advance(90_000);
      const later = totpCode(secret, clock.now());
      await expectError(respond('SOFTWARE_TOKEN_MFA', again.Session, { USERNAME: 'tom', SOFTWARE_TOKEN_MFA_CODE: code }), 'CodeMismatchException', 'Invalid code received for user');
      expect((await respond('SOFTWARE_TOKEN_MFA', again.Session, { USERNAME: 'tom', SOFTWARE_TOKEN_MFA_CODE: later })).AuthenticationResult).toBeDefined();
    });

    it('refuses a wrong code in VerifySoftwareToken and keeps the old secret until one is verified', async () => {
      clock.advance(90_000);
      const { AccessToken } = (await respond('SOFTWARE_TOKEN_MFA', (await start('tom')).Session, { USERNAME: 'tom', SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, clock.now()) }))
        .AuthenticationResult!;
      clock.advance(90_000);
      const { SecretCode } = await sdk.send(new AssociateSoftwareTokenCommand({ AccessToken }));
      expect(SecretCode).not.toBe(secret);
      const right = totpCode(SecretCode!, clock.now());
      await expectError(
        sdk.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: right === '123456' ? '654321' : '123456' })),
        'EnableSoftwareTokenMFAException',
        'Code mismatch and fail enable Software Token MFA',
      );
      // The old app still works while the new one is unverified.
      const challenge = await start('tom');
      expect((await respond('SOFTWARE_TOKEN_MFA', challenge.Session, { USERNAME: 'tom', SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, clock.now()) })).AuthenticationResult).toBeDefined();
    });

    it('asks the user to choose with SELECT_MFA_TYPE when two factors are on and none is preferred', async () => {
      await createConfirmedUser(sim, poolId, 'bea', PASSWORD, { phone_number: '+15555550199' });
      const beaSecret = await setUpAuthenticator('bea');
      await sim.call('AdminSetUserMFAPreference', { UserPoolId: poolId, Username: 'bea', SMSMfaSettings: { Enabled: true, PreferredMfa: false } });
      const challenge = await start('bea');
      expect(challenge.ChallengeName).toBe('SELECT_MFA_TYPE');
      expect(JSON.parse(challenge.ChallengeParameters!.MFAS_CAN_CHOOSE).sort()).toEqual(['SMS_MFA', 'SOFTWARE_TOKEN_MFA']);
      await expectError(respond('SELECT_MFA_TYPE', challenge.Session, { USERNAME: 'bea', ANSWER: 'EMAIL_OTP' }), 'InvalidParameterException');
      const next = await respond('SELECT_MFA_TYPE', challenge.Session, { USERNAME: 'bea', ANSWER: 'SOFTWARE_TOKEN_MFA' });
      expect(next.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
      expect(next.Session).not.toBe(challenge.Session);
      const out = await respond('SOFTWARE_TOKEN_MFA', next.Session, { USERNAME: 'bea', SOFTWARE_TOKEN_MFA_CODE: totpCode(beaSecret, clock.now()) });
      expect(out.AuthenticationResult).toBeDefined();

      const bySms = await respond('SELECT_MFA_TYPE', (await start('bea')).Session, { USERNAME: 'bea', ANSWER: 'SMS_MFA' });
      expect(bySms.ChallengeName).toBe('SMS_MFA');
      expect(lastCode('bea').channel).toBe('SMS');
    });

    it('needs a pool that offers software tokens', async () => {
      const other = await createPoolAndClient(sim);
      await createConfirmedUser(sim, other.poolId, 'olga', PASSWORD);
      const { AccessToken } = await passwordSignIn(sim, other.clientId, 'olga', PASSWORD);
      await expectError(sdk.send(new AssociateSoftwareTokenCommand({ AccessToken })), 'SoftwareTokenMFANotFoundException', 'Software Token MFA has not been enabled by the userPool');
      await expectError(sdk.send(new AssociateSoftwareTokenCommand({})), 'InvalidParameterException');
    });
  });

  describe('MFA_SETUP', () => {
    let required: { poolId: string; clientId: string };
    beforeAll(async () => {
      required = await createPoolAndClient(sim);
      await sim.call('SetUserPoolMfaConfig', { UserPoolId: required.poolId, MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } });
      await createConfirmedUser(sim, required.poolId, 'sid', PASSWORD);
    });

    it('sets up an authenticator app with the session, then signs in', async () => {
      const challenge = await sdk.send(
        new InitiateAuthCommand({ ClientId: required.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'sid', PASSWORD } }),
      );
      expect(challenge.ChallengeName).toBe('MFA_SETUP');
      expect(challenge.ChallengeParameters).toEqual({ MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]', USER_ID_FOR_SRP: 'sid' });
      const finish = (Session: string | undefined) =>
        sdk.send(new RespondToAuthChallengeCommand({ ClientId: required.clientId, ChallengeName: 'MFA_SETUP', Session, ChallengeResponses: { USERNAME: 'sid' } }));
      await expectError(finish(challenge.Session), 'InvalidParameterException');

      const associated = await sdk.send(new AssociateSoftwareTokenCommand({ Session: challenge.Session }));
      expect(associated.Session).toBeTruthy();
      expect(associated.Session).not.toBe(challenge.Session);
      const code = totpCode(associated.SecretCode!, clock.now());
      await expectError(
        sdk.send(new VerifySoftwareTokenCommand({ Session: associated.Session, UserCode: code === '123456' ? '654321' : '123456' })),
        'EnableSoftwareTokenMFAException',
        'Code mismatch and fail enable Software Token MFA',
      );
      const verified = await sdk.send(new VerifySoftwareTokenCommand({ Session: associated.Session, UserCode: code }));
      expect(verified.Status).toBe('SUCCESS');
      await expectError(
        sdk.send(new VerifySoftwareTokenCommand({ Session: associated.Session, UserCode: code })),
        'NotAuthorizedException',
        'Invalid session for the user, session can only be used once.',
      );
      const out = await finish(verified.Session);
      expect(decodeJwt(out.AuthenticationResult!.AccessToken!).username).toBe('sid');

      clock.advance(90_000);
      const next = await sdk.send(new InitiateAuthCommand({ ClientId: required.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'sid', PASSWORD } }));
      expect(next.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    });
  });
});
