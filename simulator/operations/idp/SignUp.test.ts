import { beforeAll, describe, expect, it } from 'vitest';
import {
  ConfirmSignUpCommand,
  ResendConfirmationCodeCommand,
  SignUpCommand,
  type AttributeType,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../../index';
import { sdkClient } from '../../../test/support/sdk';
import { createPoolAndClient } from '../../../test/support/flows';
import { secretHash } from '../../crypto/password';
import { HOUR_MS } from '../../facts';

const PASSWORD = 'Passw0rd!';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The error a rejected SDK call gives (fails the test if the call succeeds). */
async function sdkError(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to fail');
}

describe('SignUp, ConfirmSignUp and ResendConfirmationCode', () => {
  const clock = new SimulatedClock();
  let sim: Simulator;
  let sdk: CognitoIdentityProviderClient;
  /** Email auto-verified; clients: plain, with a secret, with existence errors hidden, with limited write access. */
  let emailPool: { poolId: string; clientId: string; secretClientId: string; secret: string; hidingClientId: string; writeLimitedClientId: string };
  let emailAsUsername: { poolId: string; clientId: string };
  let emailAlias: { poolId: string; clientId: string };
  let noAutoVerify: { poolId: string; clientId: string };

  const user = (poolId: string, username: string) => sim.state.userPools[poolId].users[username];
  /** The code in the newest message sent to `destination`. */
  const lastCode = (destination: string) => {
    const m = [...sim.outbox].reverse().find((x) => x.destination === destination);
    if (!m?.code) throw new Error(`no code was sent to ${destination}`);
    return m.code;
  };
  const email = (value: string): AttributeType[] => [{ Name: 'email', Value: value }];
  const signUp = (clientId: string, username: string, attrs: AttributeType[] = [], extra: Record<string, unknown> = {}) =>
    sdk.send(new SignUpCommand({ ClientId: clientId, Username: username, Password: PASSWORD, UserAttributes: attrs, ...extra }));
  const confirm = (clientId: string, username: string, code: string, force?: boolean) =>
    sdk.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: username, ConfirmationCode: code, ForceAliasCreation: force }));

  beforeAll(async () => {
    sim = createSimulator({ clock, random: seededRandom('sign-up') });
    sdk = sdkClient(sim);
    const a = await createPoolAndClient(sim, { pool: { AutoVerifiedAttributes: ['email'] } });
    const withSecret = await sim.call<{ UserPoolClient: { ClientId: string; ClientSecret: string } }>('CreateUserPoolClient', {
      UserPoolId: a.poolId,
      ClientName: 'with-secret',
      GenerateSecret: true,
    });
    const hiding = await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
      UserPoolId: a.poolId,
      ClientName: 'hiding',
      PreventUserExistenceErrors: 'ENABLED',
    });
    const limited = await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
      UserPoolId: a.poolId,
      ClientName: 'write-limited',
      WriteAttributes: ['email'],
    });
    emailPool = {
      poolId: a.poolId,
      clientId: a.clientId,
      secretClientId: withSecret.UserPoolClient.ClientId,
      secret: withSecret.UserPoolClient.ClientSecret,
      hidingClientId: hiding.UserPoolClient.ClientId,
      writeLimitedClientId: limited.UserPoolClient.ClientId,
    };
    emailAsUsername = await createPoolAndClient(sim, { pool: { UsernameAttributes: ['email'], AutoVerifiedAttributes: ['email'] } });
    emailAlias = await createPoolAndClient(sim, { pool: { AliasAttributes: ['email'], AutoVerifiedAttributes: ['email'] } });
    noAutoVerify = await createPoolAndClient(sim);
  });

  it('signs up, sends a six-digit code to the email and confirms the user with it', async () => {
    const out = await signUp(emailPool.clientId, 'alice', email('alice@example.com'));
    expect(out.UserConfirmed).toBe(false);
    expect(out.UserSub).toMatch(UUID);
    expect(out.CodeDeliveryDetails).toEqual({ Destination: 'a***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' });

    const message = sim.outbox[sim.outbox.length - 1];
    expect(message).toMatchObject({ userPoolId: emailPool.poolId, username: 'alice', channel: 'EMAIL', destination: 'alice@example.com', reason: 'SignUp' });
    expect(message.code).toMatch(/^\d{6}$/);
    expect(message.body).toContain(message.code);
    expect(user(emailPool.poolId, 'alice')).toMatchObject({ status: 'UNCONFIRMED', attributes: { sub: out.UserSub, email: 'alice@example.com' } });
    expect(user(emailPool.poolId, 'alice').attributes.email_verified).toBeUndefined();

    await confirm(emailPool.clientId, 'alice', message.code as string);
    expect(user(emailPool.poolId, 'alice').status).toBe('CONFIRMED');
    expect(user(emailPool.poolId, 'alice').attributes.email_verified).toBe('true');

    const again = await sdkError(confirm(emailPool.clientId, 'alice', message.code as string));
    expect(again.name).toBe('NotAuthorizedException');
    expect(again.message).toBe('User cannot be confirmed. Current status is CONFIRMED');
  });

  it('answers a wrong code with CodeMismatchException and an expired one with ExpiredCodeException, changing nothing', async () => {
    await signUp(emailPool.clientId, 'bruno', email('bruno@example.com'));
    const code = lastCode('bruno@example.com');
    const wrong = code === '000000' ? '111111' : '000000';
    const before = sim.exportState();
    const mismatch = await sdkError(confirm(emailPool.clientId, 'bruno', wrong));
    expect(mismatch.name).toBe('CodeMismatchException');
    expect(mismatch.message).toBe('Invalid verification code provided, please try again.');
    expect(sim.exportState()).toEqual(before);

    clock.advance(24 * HOUR_MS);
    const expired = await sdkError(confirm(emailPool.clientId, 'bruno', code));
    expect(expired.name).toBe('ExpiredCodeException');
    expect(expired.message).toBe('Invalid code provided, please request a code again.');
    expect(user(emailPool.poolId, 'bruno').status).toBe('UNCONFIRMED');
  });

  it('keeps a code valid until just before 24 hours have passed', async () => {
    await signUp(emailPool.clientId, 'chloe', email('chloe@example.com'));
    clock.advance(24 * HOUR_MS - 1000);
    await confirm(emailPool.clientId, 'chloe', lastCode('chloe@example.com'));
    expect(user(emailPool.poolId, 'chloe').status).toBe('CONFIRMED');
  });

  it('resends a new code that replaces the old one', async () => {
    await signUp(emailPool.clientId, 'dmitri', email('dmitri@example.com'));
    const first = lastCode('dmitri@example.com');
    const out = await sdk.send(new ResendConfirmationCodeCommand({ ClientId: emailPool.clientId, Username: 'dmitri' }));
    expect(out.CodeDeliveryDetails).toEqual({ Destination: 'd***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    const message = sim.outbox[sim.outbox.length - 1];
    expect(message.reason).toBe('ResendCode');
    const second = message.code as string;
    expect(second).not.toBe(first);
    const old = await sdkError(confirm(emailPool.clientId, 'dmitri', first));
    expect(old.name).toBe('CodeMismatchException');
    // The new code has a fresh 24 hours.
    clock.advance(23 * HOUR_MS);
    await confirm(emailPool.clientId, 'dmitri', second);
    expect(user(emailPool.poolId, 'dmitri').status).toBe('CONFIRMED');

    const confirmed = await sdkError(sdk.send(new ResendConfirmationCodeCommand({ ClientId: emailPool.clientId, Username: 'dmitri' })));
    expect(confirmed.name).toBe('InvalidParameterException');
    expect(confirmed.message).toBe('User is already confirmed.');
  });

  it('answers unknown users with UserNotFoundException on a LEGACY client', async () => {
    for (const call of [
      confirm(emailPool.clientId, 'nobody', '123456'),
      sdk.send(new ResendConfirmationCodeCommand({ ClientId: emailPool.clientId, Username: 'nobody' })),
    ]) {
      const e = await sdkError(call);
      expect(e.name).toBe('UserNotFoundException');
      expect(e.message).toBe('Username/client id combination not found.');
    }
  });

  it('hides whether a user exists when the client prevents user existence errors', async () => {
    const sent = sim.outbox.length;
    const resend = () => sdk.send(new ResendConfirmationCodeCommand({ ClientId: emailPool.hidingClientId, Username: 'ghost@example.org' }));
    const first = await resend();
    expect(first.CodeDeliveryDetails).toEqual({ Destination: 'g***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    expect((await resend()).CodeDeliveryDetails).toEqual(first.CodeDeliveryDetails);
    const plain = await sdk.send(new ResendConfirmationCodeCommand({ ClientId: emailPool.hidingClientId, Username: 'ghost' }));
    expect(plain.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    expect(plain.CodeDeliveryDetails?.Destination).toMatch(/^[a-z]\*\*\*@[a-z]\*\*\*$/);
    expect(sim.outbox.length).toBe(sent);

    const e = await sdkError(confirm(emailPool.hidingClientId, 'ghost', '123456'));
    expect(e.name).toBe('CodeMismatchException');

    // A confirmed user gets the same kind of answer, and no code.
    const confirmedUser = await sdk.send(new ResendConfirmationCodeCommand({ ClientId: emailPool.hidingClientId, Username: 'alice' }));
    expect(confirmedUser.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    expect(sim.outbox.length).toBe(sent);
  });

  it('refuses an existing username and a password that breaks the policy, with Cognito wording', async () => {
    const taken = await sdkError(signUp(emailPool.clientId, 'alice', email('other@example.com')));
    expect(taken.name).toBe('UsernameExistsException');
    expect(taken.message).toBe('User already exists');

    const cases: Array<[string, string]> = [
      ['Pa1!', 'Password not long enough'],
      ['PASSWORD1!', 'Password must have lowercase characters'],
      ['password1!', 'Password must have uppercase characters'],
      ['Password!!', 'Password must have numeric characters'],
      ['Password11', 'Password must have symbol characters'],
    ];
    for (const [password, why] of cases) {
      const before = sim.exportState();
      const e = await sdkError(sdk.send(new SignUpCommand({ ClientId: emailPool.clientId, Username: 'erin', Password: password })));
      expect(e.name).toBe('InvalidPasswordException');
      expect(e.message).toBe(`Password did not conform with policy: ${why}`);
      expect(sim.exportState()).toEqual(before);
    }
  });

  it('refuses attributes the client may not write, including the verification flags', async () => {
    const flag = await sdkError(signUp(emailPool.clientId, 'fay', [...email('fay@example.com'), { Name: 'email_verified', Value: 'true' }]));
    expect(flag.name).toBe('NotAuthorizedException');
    expect(flag.message).toBe('A client attempted to write unauthorized attribute');

    const name = await sdkError(signUp(emailPool.writeLimitedClientId, 'fay', [...email('fay@example.com'), { Name: 'name', Value: 'Fay' }]));
    expect(name.name).toBe('NotAuthorizedException');
    await signUp(emailPool.writeLimitedClientId, 'fay', email('fay@example.com'));
    expect(user(emailPool.poolId, 'fay').status).toBe('UNCONFIRMED');
  });

  it('requires and checks SECRET_HASH for a client with a secret', async () => {
    const { secretClientId: id, secret } = emailPool;
    const missing = await sdkError(signUp(id, 'gus', email('gus@example.com')));
    expect(missing.name).toBe('NotAuthorizedException');
    expect(missing.message).toBe(`Client ${id} is configured with secret but SECRET_HASH was not received`);

    const wrong = await sdkError(signUp(id, 'gus', email('gus@example.com'), { SecretHash: await secretHash(secret, 'someone-else', id) }));
    expect(wrong.name).toBe('NotAuthorizedException');
    expect(wrong.message).toBe(`Unable to verify secret hash for client ${id}`);

    await signUp(id, 'gus', email('gus@example.com'), { SecretHash: await secretHash(secret, 'gus', id) });
    const noHash = await sdkError(confirm(id, 'gus', lastCode('gus@example.com')));
    expect(noHash.message).toBe(`Client ${id} is configured with secret but SECRET_HASH was not received`);
    await sdk.send(new ConfirmSignUpCommand({ ClientId: id, Username: 'gus', ConfirmationCode: lastCode('gus@example.com'), SecretHash: await secretHash(secret, 'gus', id) }));
    expect(user(emailPool.poolId, 'gus').status).toBe('CONFIRMED');
  });

  it('sends no code, and returns no CodeDeliveryDetails, when the pool verifies nothing automatically', async () => {
    const sent = sim.outbox.length;
    const out = await signUp(noAutoVerify.clientId, 'hana', email('hana@example.com'));
    expect(out.UserConfirmed).toBe(false);
    expect(out.CodeDeliveryDetails).toBeUndefined();
    expect(sim.outbox.length).toBe(sent);
    const resend = await sdkError(sdk.send(new ResendConfirmationCodeCommand({ ClientId: noAutoVerify.clientId, Username: 'hana' })));
    expect(resend.name).toBe('InvalidParameterException');
    expect(resend.message).toBe('Cannot resend codes. Auto verification not turned on.');
  });

  it('refuses sign-up when only administrators may create users', async () => {
    await sim.call('UpdateUserPool', { UserPoolId: noAutoVerify.poolId, AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } });
    const e = await sdkError(signUp(noAutoVerify.clientId, 'ivan', email('ivan@example.com')));
    expect(e.name).toBe('NotAuthorizedException');
    expect(e.message).toBe('SignUp is not permitted for this user pool');
  });

  it('signs up with an email as username: the username becomes the sub', async () => {
    const bad = await sdkError(signUp(emailAsUsername.clientId, 'jules'));
    expect(bad.name).toBe('InvalidParameterException');
    expect(bad.message).toBe('Username should be an email.');

    const out = await signUp(emailAsUsername.clientId, 'jules@example.com');
    const stored = user(emailAsUsername.poolId, out.UserSub as string);
    expect(stored).toMatchObject({ username: out.UserSub, status: 'UNCONFIRMED', attributes: { sub: out.UserSub, email: 'jules@example.com' } });
    expect(out.CodeDeliveryDetails).toEqual({ Destination: 'j***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' });

    const taken = await sdkError(signUp(emailAsUsername.clientId, 'jules@example.com'));
    expect(taken.name).toBe('UsernameExistsException');
    expect(taken.message).toBe('An account with the given email already exists.');

    await confirm(emailAsUsername.clientId, 'jules@example.com', lastCode('jules@example.com'));
    expect(user(emailAsUsername.poolId, out.UserSub as string)).toMatchObject({ status: 'CONFIRMED', attributes: { email_verified: 'true' } });
  });

  it('in an alias pool, refuses an email-shaped username and guards a verified alias at confirmation', async () => {
    const shaped = await sdkError(signUp(emailAlias.clientId, 'kim@example.com', email('kim@example.com')));
    expect(shaped.name).toBe('InvalidParameterException');
    expect(shaped.message).toBe('Username cannot be of email format, since user pool is configured for email alias.');

    await signUp(emailAlias.clientId, 'kim', email('shared@example.com'));
    await confirm(emailAlias.clientId, 'kim', lastCode('shared@example.com'));
    // A second account may sign up with the same email: it is not its alias yet.
    await signUp(emailAlias.clientId, 'lee', email('shared@example.com'));
    const code = lastCode('shared@example.com');
    const taken = await sdkError(confirm(emailAlias.clientId, 'lee', code));
    expect(taken.name).toBe('AliasExistsException');
    expect(taken.message).toBe('An account with the given email already exists.');
    expect(user(emailAlias.poolId, 'lee').status).toBe('UNCONFIRMED');

    await confirm(emailAlias.clientId, 'lee', code, true);
    expect(user(emailAlias.poolId, 'lee')).toMatchObject({ status: 'CONFIRMED', attributes: { email_verified: 'true' } });
    expect(user(emailAlias.poolId, 'kim').attributes.email_verified).toBe('false');
  });
});
