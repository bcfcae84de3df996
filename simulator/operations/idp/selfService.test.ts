import { beforeAll, describe, expect, it } from 'vitest';
import {
  ChangePasswordCommand,
  ConfirmSignUpCommand,
  DeleteUserCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
  VerifyUserAttributeCommand,
  type AttributeType,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../../index';
import { sdkClient } from '../../../test/support/sdk';
import { createPoolAndClient } from '../../../test/support/flows';
import { editState, signInDirect } from '../../../test/support/tokens';
import { checkPassword } from '../../crypto/password';
import { HOUR_MS } from '../../facts';

const PASSWORD = 'Passw0rd!';

async function sdkError(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to fail');
}

const asMap = (attrs: AttributeType[] | undefined) => Object.fromEntries((attrs ?? []).map((a) => [a.Name, a.Value]));

describe('access-token operations: GetUser, ChangePassword, UpdateUserAttributes, attribute verification, DeleteUser', () => {
  const clock = new SimulatedClock();
  let sim: Simulator;
  let sdk: CognitoIdentityProviderClient;
  /** Email auto-verified; changes apply at once. */
  let plain: { poolId: string; clientId: string; readLimitedClientId: string };
  /** Email auto-verified; the original email stays until the new one is verified. */
  let keeping: { poolId: string; clientId: string };

  const user = (poolId: string, name: string) => sim.state.userPools[poolId].users[name];
  const lastMessage = (destination: string) => {
    const m = [...sim.outbox].reverse().find((x) => x.destination === destination);
    if (!m?.code) throw new Error(`no code was sent to ${destination}`);
    return m;
  };
  /** A confirmed user (SignUp + ConfirmSignUp) and an access token for them. */
  async function signedIn(pool: { poolId: string; clientId: string }, name: string, attrs: AttributeType[] = []): Promise<string> {
    const address = `${name}@example.com`;
    await sdk.send(new SignUpCommand({ ClientId: pool.clientId, Username: name, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: address }, ...attrs] }));
    await sdk.send(new ConfirmSignUpCommand({ ClientId: pool.clientId, Username: name, ConfirmationCode: lastMessage(address).code as string }));
    return (await signInDirect(sim, pool.poolId, pool.clientId, name, PASSWORD)).AccessToken;
  }
  const getUser = (token: string) => sdk.send(new GetUserCommand({ AccessToken: token }));
  const update = (token: string, attrs: AttributeType[]) => sdk.send(new UpdateUserAttributesCommand({ AccessToken: token, UserAttributes: attrs }));
  const verify = (token: string, attribute: string, code: string) => sdk.send(new VerifyUserAttributeCommand({ AccessToken: token, AttributeName: attribute, Code: code }));

  beforeAll(async () => {
    sim = createSimulator({ clock, random: seededRandom('self-service') });
    sdk = sdkClient(sim);
    const a = await createPoolAndClient(sim, { pool: { AutoVerifiedAttributes: ['email'] } });
    const limited = await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
      UserPoolId: a.poolId,
      ClientName: 'read-limited',
      ReadAttributes: ['email', 'email_verified'],
    });
    plain = { poolId: a.poolId, clientId: a.clientId, readLimitedClientId: limited.UserPoolClient.ClientId };
    keeping = await createPoolAndClient(sim, {
      pool: { AutoVerifiedAttributes: ['email'], UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] } },
    });
  });

  it('GetUser returns the username, the readable attributes (sub first) and the MFA settings', async () => {
    const token = await signedIn(plain, 'alice', [{ Name: 'name', Value: 'Alice' }]);
    const out = await getUser(token);
    expect(out.Username).toBe('alice');
    expect(out.UserAttributes?.[0]).toEqual({ Name: 'sub', Value: user(plain.poolId, 'alice').attributes.sub });
    expect(asMap(out.UserAttributes)).toEqual({ sub: user(plain.poolId, 'alice').attributes.sub, email: 'alice@example.com', email_verified: 'true', name: 'Alice' });
    expect(out.MFAOptions).toBeUndefined();
    expect(out.PreferredMfaSetting).toBeUndefined();
    expect(out.UserMFASettingList).toBeUndefined();

    await editState(sim, (s) => {
      s.userPools[plain.poolId].users.alice.mfa = { smsEnabled: true, totpEnabled: true, emailEnabled: false, preferred: 'SOFTWARE_TOKEN_MFA', totpSecret: 'JBSWY3DPEHPK3PXP' };
    });
    const mfa = await getUser(token);
    expect(mfa.UserMFASettingList).toEqual(['SMS_MFA', 'SOFTWARE_TOKEN_MFA']);
    expect(mfa.PreferredMfaSetting).toBe('SOFTWARE_TOKEN_MFA');
    expect(mfa.MFAOptions).toEqual([{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }]);

    // A client with ReadAttributes sees only those (and sub).
    const limitedToken = (await signInDirect(sim, plain.poolId, plain.readLimitedClientId, 'alice')).AccessToken;
    expect(Object.keys(asMap((await getUser(limitedToken)).UserAttributes)).sort()).toEqual(['email', 'email_verified', 'sub']);

    clock.advance(HOUR_MS);
    const expired = await sdkError(getUser(token));
    expect(expired.name).toBe('NotAuthorizedException');
    expect(expired.message).toBe('Access Token has expired');
  });

  it('ChangePassword needs the current password and a new one that meets the policy', async () => {
    const token = await signedIn(plain, 'bruno');
    const wrong = await sdkError(sdk.send(new ChangePasswordCommand({ AccessToken: token, PreviousPassword: 'Wr0ng-Pass', ProposedPassword: 'N3w-Passw0rd' })));
    expect(wrong.name).toBe('NotAuthorizedException');
    expect(wrong.message).toBe('Incorrect username or password.');

    const weak = await sdkError(sdk.send(new ChangePasswordCommand({ AccessToken: token, PreviousPassword: PASSWORD, ProposedPassword: 'NoDigits-here' })));
    expect(weak.name).toBe('InvalidPasswordException');
    expect(weak.message).toBe('Password does not conform to policy: Password must have numeric characters');

    await sdk.send(new ChangePasswordCommand({ AccessToken: token, PreviousPassword: PASSWORD, ProposedPassword: 'N3w-Passw0rd' }));
    expect(await checkPassword(user(plain.poolId, 'bruno').password, 'N3w-Passw0rd')).toBe(true);
    expect(user(plain.poolId, 'bruno').passwordHistory).toHaveLength(1);
  });

  it('UpdateUserAttributes: a new email is unverified and gets a code; VerifyUserAttribute verifies it', async () => {
    const token = await signedIn(plain, 'chloe');
    const quiet = await update(token, [{ Name: 'name', Value: 'Chloé' }]);
    expect(quiet.CodeDeliveryDetailsList).toBeUndefined();
    expect(user(plain.poolId, 'chloe').attributes.name).toBe('Chloé');

    const out = await update(token, [{ Name: 'email', Value: 'chloe@new.example' }]);
    expect(out.CodeDeliveryDetailsList).toEqual([{ Destination: 'c***@n***', DeliveryMedium: 'EMAIL', AttributeName: 'email' }]);
    expect(asMap((await getUser(token)).UserAttributes)).toMatchObject({ email: 'chloe@new.example', email_verified: 'false' });
    const message = lastMessage('chloe@new.example');
    expect(message.reason).toBe('UpdateUserAttribute');

    const code = message.code as string;
    const mismatch = await sdkError(verify(token, 'email', code === '000000' ? '111111' : '000000'));
    expect(mismatch.name).toBe('CodeMismatchException');
    await verify(token, 'email', code);
    expect(asMap((await getUser(token)).UserAttributes)).toMatchObject({ email: 'chloe@new.example', email_verified: 'true' });

    // The same value again sends nothing and keeps the verification.
    const same = await update(token, [{ Name: 'email', Value: 'chloe@new.example' }]);
    expect(same.CodeDeliveryDetailsList).toBeUndefined();
    expect(user(plain.poolId, 'chloe').attributes.email_verified).toBe('true');
  });

  it('UpdateUserAttributes refuses the verification flags and unknown attributes, changing nothing', async () => {
    const token = await signedIn(plain, 'dora');
    const before = sim.exportState();
    const flag = await sdkError(update(token, [{ Name: 'name', Value: 'Dora' }, { Name: 'email_verified', Value: 'true' }]));
    expect(flag.name).toBe('NotAuthorizedException');
    expect(flag.message).toBe('A client attempted to write unauthorized attribute');
    const unknown = await sdkError(update(token, [{ Name: 'custom:nope', Value: 'x' }]));
    expect(unknown.name).toBe('InvalidParameterException');
    expect(unknown.message).toBe('Attributes did not conform to the schema: custom:nope: Attribute does not exist in the schema.');
    expect(sim.exportState()).toEqual(before);
  });

  it('keeps the original email until the new one is verified when the pool asks for it', async () => {
    const token = await signedIn(keeping, 'erin');
    const out = await update(token, [{ Name: 'email', Value: 'erin@new.example' }]);
    expect(out.CodeDeliveryDetailsList).toEqual([{ Destination: 'e***@n***', DeliveryMedium: 'EMAIL', AttributeName: 'email' }]);
    expect(asMap((await getUser(token)).UserAttributes)).toMatchObject({ email: 'erin@example.com', email_verified: 'true' });
    expect(user(keeping.poolId, 'erin').pendingAttributes).toEqual({ email: 'erin@new.example' });

    // Asking again sends a fresh code to the pending address.
    const again = await sdk.send(new GetUserAttributeVerificationCodeCommand({ AccessToken: token, AttributeName: 'email' }));
    expect(again.CodeDeliveryDetails).toEqual({ Destination: 'e***@n***', DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    const message = lastMessage('erin@new.example');
    expect(message.reason).toBe('VerifyUserAttribute');
    await verify(token, 'email', message.code as string);
    expect(asMap((await getUser(token)).UserAttributes)).toMatchObject({ email: 'erin@new.example', email_verified: 'true' });
    expect(user(keeping.poolId, 'erin').pendingAttributes).toBeUndefined();
  });

  it('GetUserAttributeVerificationCode: only email and phone_number, with a 24-hour code', async () => {
    const token = await signedIn(plain, 'fred');
    const other = await sdkError(sdk.send(new GetUserAttributeVerificationCodeCommand({ AccessToken: token, AttributeName: 'name' })));
    expect(other.name).toBe('InvalidParameterException');
    expect(other.message).toBe('Invalid attribute name. Only phone_number and email can be verified.');
    const none = await sdkError(sdk.send(new GetUserAttributeVerificationCodeCommand({ AccessToken: token, AttributeName: 'phone_number' })));
    expect(none.name).toBe('InvalidParameterException');

    await sdk.send(new GetUserAttributeVerificationCodeCommand({ AccessToken: token, AttributeName: 'email' }));
    const code = lastMessage('fred@example.com').code as string;
    clock.advance(24 * HOUR_MS);
    // The access token has expired meanwhile: sign in again.
    const renewed = (await signInDirect(sim, plain.poolId, plain.clientId, 'fred')).AccessToken;
    const expired = await sdkError(verify(renewed, 'email', code));
    expect(expired.name).toBe('ExpiredCodeException');
    expect(user(plain.poolId, 'fred').attributes.email_verified).toBe('true');
  });

  it('UpdateUserAttributes: a phone number the pool does not auto-verify is stored unverified, with no code', async () => {
    const token = await signedIn(plain, 'hana');
    const sent = sim.outbox.length;
    const out = await update(token, [{ Name: 'phone_number', Value: '+15550004444' }]);
    expect(out.CodeDeliveryDetailsList).toBeUndefined();
    expect(sim.outbox.length).toBe(sent);
    expect(user(plain.poolId, 'hana').attributes).toMatchObject({ phone_number: '+15550004444', phone_number_verified: 'false' });
    // A blank value deletes the attribute.
    await update(token, [{ Name: 'phone_number', Value: '' }]);
    expect(user(plain.poolId, 'hana').attributes.phone_number).toBeUndefined();
    expect(user(plain.poolId, 'hana').attributes.phone_number_verified).toBeUndefined();
  });

  it('UpdateUserAttributes refuses a preferred_username alias another user holds', async () => {
    const aliases = await createPoolAndClient(sim, { pool: { AliasAttributes: ['preferred_username'], AutoVerifiedAttributes: ['email'] } });
    const ivo = await signedIn(aliases, 'ivo');
    const jan = await signedIn(aliases, 'jan');
    await update(ivo, [{ Name: 'preferred_username', Value: 'captain' }]);
    const e = await sdkError(update(jan, [{ Name: 'preferred_username', Value: 'Captain' }]));
    expect(e.name).toBe('AliasExistsException');
    expect(e.message).toBe('An account with the given preferred_username already exists.');
  });

  it('DeleteUser removes the user; their tokens stop working', async () => {
    const token = await signedIn(plain, 'gina');
    await sdk.send(new DeleteUserCommand({ AccessToken: token }));
    expect(user(plain.poolId, 'gina')).toBeUndefined();
    const e = await sdkError(getUser(token));
    expect(e.name).toBe('NotAuthorizedException');
    expect(Object.values(sim.state.userPools[plain.poolId].authEvents).some((ev) => ev.username === 'gina')).toBe(false);
  });
});
