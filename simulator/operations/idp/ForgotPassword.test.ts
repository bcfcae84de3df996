import { beforeAll, describe, expect, it } from 'vitest';
import {
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  SignUpCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../../index';
import { sdkClient } from '../../../test/support/sdk';
import { createPoolAndClient } from '../../../test/support/flows';
import { editState, hasOperation } from '../../../test/support/tokens';
import { checkPassword, secretHash } from '../../crypto/password';
import { HOUR_MS, MINUTE_MS } from '../../facts';

const PASSWORD = 'Passw0rd!';

async function sdkError(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to fail');
}

describe('ForgotPassword and ConfirmForgotPassword', () => {
  const clock = new SimulatedClock();
  let sim: Simulator;
  let sdk: CognitoIdentityProviderClient;
  let poolId: string;
  let clientId: string;
  let hidingClientId: string;
  let secretClient: { id: string; secret: string };

  const user = (name: string) => sim.state.userPools[poolId].users[name];
  const lastCode = (destination: string) => {
    const m = [...sim.outbox].reverse().find((x) => x.destination === destination);
    if (!m?.code) throw new Error(`no code was sent to ${destination}`);
    return m.code;
  };
  const forgot = (username: string, client = clientId) => sdk.send(new ForgotPasswordCommand({ ClientId: client, Username: username }));
  const reset = (username: string, code: string, password: string, client = clientId) =>
    sdk.send(new ConfirmForgotPasswordCommand({ ClientId: client, Username: username, ConfirmationCode: code, Password: password }));
  /** A CONFIRMED user with a verified email, through SignUp and ConfirmSignUp. */
  async function confirmedUser(name: string): Promise<string> {
    const address = `${name}@example.com`;
    await sdk.send(new SignUpCommand({ ClientId: clientId, Username: name, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: address }] }));
    await sdk.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: name, ConfirmationCode: lastCode(address) }));
    return address;
  }

  beforeAll(async () => {
    sim = createSimulator({ clock, random: seededRandom('forgot-password') });
    sdk = sdkClient(sim);
    ({ poolId, clientId } = await createPoolAndClient(sim, {
      pool: { AutoVerifiedAttributes: ['email'], Policies: { PasswordPolicy: { MinimumLength: 8, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true, PasswordHistorySize: 2 } } },
    }));
    const hiding = await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', { UserPoolId: poolId, ClientName: 'hiding', PreventUserExistenceErrors: 'ENABLED' });
    hidingClientId = hiding.UserPoolClient.ClientId;
    const withSecret = await sim.call<{ UserPoolClient: { ClientId: string; ClientSecret: string } }>('CreateUserPoolClient', { UserPoolId: poolId, ClientName: 's', GenerateSecret: true });
    secretClient = { id: withSecret.UserPoolClient.ClientId, secret: withSecret.UserPoolClient.ClientSecret };
  });

  it('sends a reset code to the verified email and sets the new password with it', async () => {
    const address = await confirmedUser('alice');
    const out = await forgot('alice');
    expect(out.CodeDeliveryDetails).toEqual({ Destination: 'a***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    const message = sim.outbox[sim.outbox.length - 1];
    expect(message).toMatchObject({ destination: address, reason: 'ForgotPassword', channel: 'EMAIL' });
    expect(message.code).toMatch(/^\d{6}$/);

    await editState(sim, (s) => {
      s.userPools[poolId].users.alice.lockout = { failures: 4, lockedUntil: clock.now() + 60_000 };
    });
    await reset('alice', message.code as string, 'N3w-Passw0rd');
    expect(await checkPassword(user('alice').password, 'N3w-Passw0rd')).toBe(true);
    expect(await checkPassword(user('alice').password, PASSWORD)).toBe(false);
    expect(user('alice').status).toBe('CONFIRMED');
    expect(user('alice').lockout).toEqual({ failures: 0, lockedUntil: 0 });

    // The code is used up.
    const reused = await sdkError(reset('alice', message.code as string, 'An0ther-Pass'));
    expect(reused.name).toBe('ExpiredCodeException');
  });

  it('rejects a wrong code, and a code older than one hour', async () => {
    await confirmedUser('bruno');
    await forgot('bruno');
    const code = lastCode('bruno@example.com');
    const before = sim.exportState();
    const wrong = await sdkError(reset('bruno', code === '000000' ? '111111' : '000000', 'N3w-Passw0rd'));
    expect(wrong.name).toBe('CodeMismatchException');
    expect(wrong.message).toBe('Invalid verification code provided, please try again.');
    expect(sim.exportState()).toEqual(before);

    clock.advance(HOUR_MS);
    const expired = await sdkError(reset('bruno', code, 'N3w-Passw0rd'));
    expect(expired.name).toBe('ExpiredCodeException');
    expect(expired.message).toBe('Invalid code provided, please request a code again.');

    await forgot('bruno');
    clock.advance(59 * MINUTE_MS);
    await reset('bruno', lastCode('bruno@example.com'), 'N3w-Passw0rd');
    expect(await checkPassword(user('bruno').password, 'N3w-Passw0rd')).toBe(true);
  });

  it('checks the new password against the policy (keeping the code) and the password history', async () => {
    await confirmedUser('chloe');
    await forgot('chloe');
    const code = lastCode('chloe@example.com');
    const weak = await sdkError(reset('chloe', code, 'Sh0rt!'));
    expect(weak.name).toBe('InvalidPasswordException');
    expect(weak.message).toBe('Password does not conform to policy: Password not long enough');

    // History size 2: neither the current password nor the one before it.
    const same = await sdkError(reset('chloe', code, PASSWORD));
    expect(same.name).toBe('PasswordHistoryPolicyViolationException');
    await reset('chloe', code, 'Sec0nd-Pass');
    await forgot('chloe');
    const previous = await sdkError(reset('chloe', lastCode('chloe@example.com'), PASSWORD));
    expect(previous.name).toBe('PasswordHistoryPolicyViolationException');
    await reset('chloe', lastCode('chloe@example.com'), 'Th1rd-Pass!');
    await forgot('chloe');
    await reset('chloe', lastCode('chloe@example.com'), PASSWORD); // two passwords ago: allowed again
    expect(await checkPassword(user('chloe').password, PASSWORD)).toBe(true);
  });

  it('refuses a user with no verified email or phone, and unknown or disabled users, on a LEGACY client', async () => {
    await sdk.send(new SignUpCommand({ ClientId: clientId, Username: 'dora', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'dora@example.com' }] }));
    const unverified = await sdkError(forgot('dora'));
    expect(unverified.name).toBe('InvalidParameterException');
    expect(unverified.message).toBe('Cannot reset password for the user as there is no registered/verified email or phone_number');

    const unknown = await sdkError(forgot('nobody'));
    expect(unknown.name).toBe('UserNotFoundException');
    expect(unknown.message).toBe('Username/client id combination not found.');
    const unknownReset = await sdkError(reset('nobody', '123456', 'N3w-Passw0rd'));
    expect(unknownReset.name).toBe('UserNotFoundException');

    await confirmedUser('eve');
    await editState(sim, (s) => {
      s.userPools[poolId].users.eve.enabled = false;
    });
    const disabled = await sdkError(forgot('eve'));
    expect(disabled.name).toBe('NotAuthorizedException');
    expect(disabled.message).toBe('User is disabled.');
  });

  it('answers with a simulated delivery, and sends nothing, when the client hides user existence', async () => {
    const sent = sim.outbox.length;
    for (const name of ['nobody', 'dora', 'eve']) {
      const out = await forgot(name, hidingClientId);
      // The pool has no AccountRecoverySetting: the legacy rule prefers a phone number.
      expect(out.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'SMS', AttributeName: 'phone_number' });
      expect(out.CodeDeliveryDetails?.Destination).toMatch(/^\+\*+\d{4}$/);
      expect((await forgot(name, hidingClientId)).CodeDeliveryDetails).toEqual(out.CodeDeliveryDetails);
    }
    const emailShaped = await forgot('ghost@example.net', hidingClientId);
    expect(emailShaped.CodeDeliveryDetails).toEqual({ Destination: 'g***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    expect(sim.outbox.length).toBe(sent);

    const e = await sdkError(reset('nobody', '123456', 'N3w-Passw0rd', hidingClientId));
    expect(e.name).toBe('CodeMismatchException');
    // An existing user who never asked for a code: ExpiredCodeException.
    const notRequested = await sdkError(reset('alice', '123456', 'N3w-Passw0rd', hidingClientId));
    expect(notRequested.name).toBe('ExpiredCodeException');
  });

  it('lets a RESET_REQUIRED user recover, but not one who must change a temporary password', async () => {
    await confirmedUser('fred');
    if (hasOperation('AdminResetUserPassword')) {
      await sim.call('AdminResetUserPassword', { UserPoolId: poolId, Username: 'fred' });
    } else {
      await editState(sim, (s) => {
        s.userPools[poolId].users.fred.status = 'RESET_REQUIRED';
      });
    }
    expect(user('fred').status).toBe('RESET_REQUIRED');
    await forgot('fred');
    await reset('fred', lastCode('fred@example.com'), 'N3w-Passw0rd');
    expect(user('fred').status).toBe('CONFIRMED');

    await confirmedUser('gina');
    await editState(sim, (s) => {
      s.userPools[poolId].users.gina.status = 'FORCE_CHANGE_PASSWORD';
    });
    const e = await sdkError(forgot('gina'));
    expect(e.name).toBe('NotAuthorizedException');
    expect(e.message).toBe('User password cannot be reset in the current state.');
  });

  it('checks SECRET_HASH over the name the user typed', async () => {
    await confirmedUser('hugo');
    const missing = await sdkError(forgot('hugo', secretClient.id));
    expect(missing.message).toBe(`Client ${secretClient.id} is configured with secret but SECRET_HASH was not received`);
    const out = await sdk.send(new ForgotPasswordCommand({ ClientId: secretClient.id, Username: 'hugo', SecretHash: await secretHash(secretClient.secret, 'hugo', secretClient.id) }));
    expect(out.CodeDeliveryDetails?.AttributeName).toBe('email');
    const bad = await sdkError(
      sdk.send(
        new ConfirmForgotPasswordCommand({
          ClientId: secretClient.id,
          Username: 'hugo',
          ConfirmationCode: lastCode('hugo@example.com'),
          Password: 'N3w-Passw0rd',
          SecretHash: await secretHash(secretClient.secret, 'hugo2', secretClient.id),
        }),
      ),
    );
    expect(bad.message).toBe(`Unable to verify secret hash for client ${secretClient.id}`);
  });
});
