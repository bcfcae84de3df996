/**
 * The administrator user operations end to end, through the real AWS SDK v3
 * client: AdminCreateUser (with RESEND / SUPPRESS, aliases, username
 * attributes), AdminGetUser, AdminDeleteUser, AdminDisableUser,
 * AdminEnableUser, AdminResetUserPassword, AdminSetUserPassword,
 * AdminUpdateUserAttributes, AdminDeleteUserAttributes, AdminConfirmSignUp.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminResetUserPasswordCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  ConfirmForgotPasswordCommand,
  GetUserCommand,
  SignUpCommand,
  type AttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import type { User } from '../core/model';
import { checkPassword, enforcePasswordPolicy } from '../crypto/password';
import { DAY_MS, HOUR_MS, LIFETIMES } from '../facts';
import { adminTestbed, expectFailure, extraPool, lastMessageTo, messagesTo, type AdminTestbed } from '../../test/support/adminPool';
import { signInDirect } from '../../test/support/tokens';

const PASSWORD = 'Passw0rd!';
const attrs = (list: AttributeType[] | undefined): Record<string, string> => Object.fromEntries((list ?? []).map((a) => [a.Name as string, a.Value as string]));
const DEFAULT_TEMP_DAYS = LIFETIMES.temporaryPasswordDays.value.default;

let t: AdminTestbed;
/** A pool whose schema makes email required. */
let requiredEmailPool: string;
const stored = (username: string, poolId = t.poolId): User => t.sim.state.userPools[poolId].users[username];

const create = (Username: string, extra: Record<string, unknown> = {}, poolId = t.poolId) =>
  t.sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username, ...extra }));

/** A CONFIRMED user with a permanent password and the given attributes. */
async function confirmedUser(Username: string, attributes: Record<string, string> = {}, poolId = t.poolId): Promise<void> {
  await create(Username, { MessageAction: 'SUPPRESS', UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })) }, poolId);
  await t.sdk.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username, Password: PASSWORD, Permanent: true }));
}

beforeAll(async () => {
  t = await adminTestbed('admin-users', { AutoVerifiedAttributes: ['email'] });
  requiredEmailPool = await extraPool(t.sim, { Schema: [{ Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true }] });
});

describe('AdminCreateUser', () => {
  it('creates a FORCE_CHANGE_PASSWORD user with the given temporary password and emails the invitation', async () => {
    const now = t.clock.now();
    const { User } = await create('ann', { TemporaryPassword: 'Temp0rary!', UserAttributes: [{ Name: 'email', Value: 'ann@example.com' }], DesiredDeliveryMediums: ['EMAIL'] });
    expect(User?.Username).toBe('ann');
    expect(User?.UserStatus).toBe('FORCE_CHANGE_PASSWORD');
    expect(User?.Enabled).toBe(true);
    expect(User?.UserCreateDate?.getTime()).toBe(now);
    expect(User?.UserLastModifiedDate?.getTime()).toBe(now);
    const a = attrs(User?.Attributes);
    expect(a.email).toBe('ann@example.com');
    expect(a.sub).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const user = stored('ann');
    expect(await checkPassword(user.password, 'Temp0rary!')).toBe(true);
    expect(user.password?.temporaryExpiresAt).toBe(now + DEFAULT_TEMP_DAYS * DAY_MS);

    const mail = lastMessageTo(t.sim, 'ann');
    expect(mail).toMatchObject({ channel: 'EMAIL', destination: 'ann@example.com', subject: 'Your temporary password', reason: 'AdminCreateUser', code: 'Temp0rary!' });
    expect(mail.body).toBe('Your username is ann and temporary password is Temp0rary!. ');
  });

  it('generates a temporary password that satisfies the pool policy and sends it', async () => {
    await create('gen', { UserAttributes: [{ Name: 'email', Value: 'gen@example.com' }] });
    const mail = lastMessageTo(t.sim, 'gen');
    expect(mail.code).toBeDefined();
    const pool = t.sim.state.userPools[t.poolId];
    expect(() => enforcePasswordPolicy(pool, mail.code as string)).not.toThrow();
    expect(await checkPassword(stored('gen').password, mail.code as string)).toBe(true);
  });

  it('sends nothing with MessageAction SUPPRESS', async () => {
    await create('quiet', { MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'quiet@example.com' }] });
    expect(messagesTo(t.sim, 'quiet')).toEqual([]);
    expect(stored('quiet').status).toBe('FORCE_CHANGE_PASSWORD');
  });

  it('sends by SMS by default when the user has a phone number', async () => {
    await create('sms', { UserAttributes: [{ Name: 'phone_number', Value: '+14155550123' }, { Name: 'email', Value: 'sms@example.com' }] });
    expect(messagesTo(t.sim, 'sms').map((m) => [m.channel, m.destination])).toEqual([['SMS', '+14155550123']]);
  });

  it('uses the pool invitation templates and validity, on every medium asked for', async () => {
    const poolId = await extraPool(t.sim, {
      Policies: { PasswordPolicy: { MinimumLength: 10, TemporaryPasswordValidityDays: 3 } },
      AdminCreateUserConfig: {
        InviteMessageTemplate: { EmailSubject: 'Welcome aboard', EmailMessage: 'Hi {username}, use {####} to sign in.', SMSMessage: 'User {username} code {####}' },
      },
    });
    const now = t.clock.now();
    await create(
      'tina',
      { UserAttributes: [{ Name: 'email', Value: 'tina@example.com' }, { Name: 'phone_number', Value: '+15555550100' }], DesiredDeliveryMediums: ['EMAIL', 'SMS'] },
      poolId,
    );
    const sent = messagesTo(t.sim, 'tina');
    expect(sent).toHaveLength(2);
    const password = sent[0].code as string;
    expect(password.length).toBeGreaterThanOrEqual(10);
    expect(sent.find((m) => m.channel === 'EMAIL')).toMatchObject({ subject: 'Welcome aboard', body: `Hi tina, use ${password} to sign in.` });
    expect(sent.find((m) => m.channel === 'SMS')).toMatchObject({ destination: '+15555550100', body: `User tina code ${password}` });
    expect(stored('tina', poolId).password?.temporaryExpiresAt).toBe(now + 3 * DAY_MS);
  });

  it('refuses a taken username with UsernameExistsException and changes nothing', async () => {
    await create('dup', { MessageAction: 'SUPPRESS' });
    await expectFailure(t.sim, () => create('dup'), 'UsernameExistsException', 'User account already exists');
  });

  it('refuses a temporary password that breaks the policy', async () => {
    await expectFailure(t.sim, () => create('weak', { TemporaryPassword: 'Sh0rt!' }), 'InvalidPasswordException', 'Password did not conform with password policy: Password not long enough');
    await expectFailure(t.sim, () => create('weak', { TemporaryPassword: 'nouppercase1!' }), 'InvalidPasswordException', 'Password did not conform with password policy: Password must have uppercase characters');
  });

  it('refuses EMAIL delivery for a user without an email address', async () => {
    await expectFailure(t.sim, () => create('nomail', { DesiredDeliveryMediums: ['EMAIL'] }), 'InvalidParameterException', 'No email provided but desired delivery medium was Email');
  });

  it('checks attributes against the schema and the pool', async () => {
    await expectFailure(
      t.sim,
      () => create('bad', { UserAttributes: [{ Name: 'custom:nope', Value: 'x' }] }),
      'InvalidParameterException',
      'Attributes did not conform to the schema: custom:nope: Attribute does not exist in the schema.',
    );
    await expectFailure(t.sim, () => create('bad', { UserAttributes: [{ Name: 'email', Value: 'not-an-email' }] }), 'InvalidParameterException', 'Invalid email address format.');
    await expectFailure(t.sim, () => create('bad', { UserPoolId: 'us-east-1_nope' }), 'ResourceNotFoundException', 'User pool us-east-1_nope does not exist.');
  });

  it('requires the attributes the schema marks required', async () => {
    await expectFailure(t.sim, () => create('noemail', { MessageAction: 'SUPPRESS' }, requiredEmailPool), 'InvalidParameterException', 'Attributes did not conform to the schema: email: The attribute is required');
  });

  describe('MessageAction RESEND', () => {
    it('gives a FORCE_CHANGE_PASSWORD user a new temporary password, a new expiry and a new invitation', async () => {
      await create('rita', { UserAttributes: [{ Name: 'email', Value: 'rita@example.com' }] });
      const created = t.clock.now();
      const first = lastMessageTo(t.sim, 'rita').code as string;
      const firstHash = stored('rita').password?.hash;

      t.clock.advance(6 * DAY_MS);
      const { User } = await create('rita', { MessageAction: 'RESEND', DesiredDeliveryMediums: ['EMAIL'] });
      expect(User?.UserStatus).toBe('FORCE_CHANGE_PASSWORD');
      expect(User?.UserCreateDate?.getTime()).toBe(created);
      expect(User?.UserLastModifiedDate?.getTime()).toBe(t.clock.now());

      const sent = messagesTo(t.sim, 'rita');
      expect(sent).toHaveLength(2);
      const second = sent[1].code as string;
      expect(second).not.toBe(first);
      const user = stored('rita');
      expect(user.password?.hash).not.toBe(firstHash);
      expect(await checkPassword(user.password, second)).toBe(true);
      expect(await checkPassword(user.password, first)).toBe(false);
      expect(user.password?.temporaryExpiresAt).toBe(t.clock.now() + DEFAULT_TEMP_DAYS * DAY_MS);
    });

    it('can resend a temporary password of the caller’s choosing, found by the user’s sub', async () => {
      await create('sam', { MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'sam@example.com' }] });
      const sub = stored('sam').attributes.sub;
      await create(sub, { MessageAction: 'RESEND', TemporaryPassword: 'Chosen123!' });
      expect(lastMessageTo(t.sim, 'sam').code).toBe('Chosen123!');
      expect(await checkPassword(stored('sam').password, 'Chosen123!')).toBe(true);
    });

    it('refuses an unknown user with UserNotFoundException', async () => {
      await expectFailure(t.sim, () => create('ghost', { MessageAction: 'RESEND' }), 'UserNotFoundException', 'User does not exist.');
    });

    it('refuses a user who is no longer FORCE_CHANGE_PASSWORD', async () => {
      await confirmedUser('done');
      await expectFailure(t.sim, () => create('done', { MessageAction: 'RESEND' }), 'UnsupportedUserStateException', 'Resend not possible. done status is not FORCE_CHANGE_PASSWORD');
    });
  });

  describe('in a pool that signs in with email (UsernameAttributes)', () => {
    let poolId: string;
    beforeAll(async () => {
      poolId = await extraPool(t.sim, { UsernameAttributes: ['email'] });
    });

    it('stores the email as an attribute and gives the user a generated username (its sub)', async () => {
      const { User } = await create('Carol@Example.com', { MessageAction: 'SUPPRESS' }, poolId);
      const a = attrs(User?.Attributes);
      expect(a.email).toBe('Carol@Example.com');
      expect(User?.Username).toMatch(/^[0-9a-f-]{36}$/);
      expect(a.sub).toBe(User?.Username);
      const got = await t.sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'carol@example.com' }));
      expect(got.Username).toBe(User?.Username);
    });

    it('refuses a Username that is not an email, and an email already in use', async () => {
      await expectFailure(t.sim, () => create('carol', {}, poolId), 'InvalidParameterException', 'Username should be an email.');
      await create('dave@example.com', { MessageAction: 'SUPPRESS' }, poolId);
      await expectFailure(t.sim, () => create('dave@example.com', {}, poolId), 'UsernameExistsException', 'An account with the given email already exists.');
    });
  });

  describe('in a pool with an email alias (AliasAttributes)', () => {
    let poolId: string;
    beforeAll(async () => {
      poolId = await extraPool(t.sim, { AliasAttributes: ['email'] });
    });
    const verifiedEmail = (email: string): AttributeType[] => [
      { Name: 'email', Value: email },
      { Name: 'email_verified', Value: 'true' },
    ];

    it('refuses an email-shaped username', async () => {
      await expectFailure(t.sim, () => create('eve@example.com', {}, poolId), 'InvalidParameterException', 'Username cannot be of email format, since user pool is configured for email alias.');
    });

    it('refuses a verified email another user holds, unless ForceAliasCreation moves it', async () => {
      await create('first', { MessageAction: 'SUPPRESS', UserAttributes: verifiedEmail('shared@example.com') }, poolId);
      await expectFailure(
        t.sim,
        () => create('second', { MessageAction: 'SUPPRESS', UserAttributes: verifiedEmail('shared@example.com') }, poolId),
        'AliasExistsException',
        'An account with the given email already exists.',
      );
      // An unverified copy is no alias, so it does not clash.
      await create('third', { MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'shared@example.com' }] }, poolId);

      await create('second', { MessageAction: 'SUPPRESS', ForceAliasCreation: true, UserAttributes: verifiedEmail('SHARED@example.com') }, poolId);
      expect(stored('first', poolId).attributes.email_verified).toBe('false');
      expect(stored('first', poolId).attributes.email).toBe('shared@example.com');
      const got = await t.sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'shared@example.com' }));
      expect(got.Username).toBe('second');
    });
  });
});

describe('AdminGetUser', () => {
  it('finds a user by username or sub and shows status, dates and no MFA fields when none is set', async () => {
    await create('gina', { MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'given_name', Value: 'Gina' }] });
    const sub = stored('gina').attributes.sub;
    const bySub = await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: sub }));
    expect(bySub.Username).toBe('gina');
    expect(attrs(bySub.UserAttributes)).toEqual({ sub, given_name: 'Gina' });
    expect(bySub.UserStatus).toBe('FORCE_CHANGE_PASSWORD');
    expect(bySub.Enabled).toBe(true);
    expect(bySub.UserMFASettingList).toBeUndefined();
    expect(bySub.PreferredMfaSetting).toBeUndefined();
    expect(bySub.MFAOptions).toBeUndefined();
  });

  it('shows the MFA settings of user.mfa', async () => {
    await confirmedUser('mfa', { phone_number: '+14155550111' });
    await t.sdk.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: t.poolId, Username: 'mfa', SMSMfaSettings: { Enabled: true, PreferredMfa: true } }));
    const got = await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: 'mfa' }));
    expect(got.UserMFASettingList).toEqual(['SMS_MFA']);
    expect(got.PreferredMfaSetting).toBe('SMS_MFA');
    expect(got.MFAOptions).toEqual([{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }]);
  });

  it('answers UserNotFoundException for an unknown user', async () => {
    await expectFailure(t.sim, () => t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: 'nobody' })), 'UserNotFoundException', 'User does not exist.');
  });
});

describe('AdminDisableUser and AdminEnableUser', () => {
  it('disables sign-in and revokes the tokens already issued; enabling does not bring them back', async () => {
    await confirmedUser('dana');
    const before = await signInDirect(t.sim, t.poolId, t.clientId, 'dana');
    expect((await t.sdk.send(new GetUserCommand({ AccessToken: before.AccessToken }))).Username).toBe('dana');

    t.clock.advance(1000);
    await t.sdk.send(new AdminDisableUserCommand({ UserPoolId: t.poolId, Username: 'dana' }));
    const got = await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: 'dana' }));
    expect(got.Enabled).toBe(false);
    expect(got.UserLastModifiedDate?.getTime()).toBe(t.clock.now());
    await expect(t.sdk.send(new GetUserCommand({ AccessToken: before.AccessToken }))).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Access Token has been revoked' });
    // A token issued while disabled is refused because the user is disabled.
    const whileDisabled = await signInDirect(t.sim, t.poolId, t.clientId, 'dana');
    await expect(t.sdk.send(new GetUserCommand({ AccessToken: whileDisabled.AccessToken }))).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'User is disabled.' });

    await t.sdk.send(new AdminEnableUserCommand({ UserPoolId: t.poolId, Username: 'dana' }));
    expect((await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: 'dana' }))).Enabled).toBe(true);
    await expect(t.sdk.send(new GetUserCommand({ AccessToken: before.AccessToken }))).rejects.toMatchObject({ message: 'Access Token has been revoked' });
    const after = await signInDirect(t.sim, t.poolId, t.clientId, 'dana');
    expect((await t.sdk.send(new GetUserCommand({ AccessToken: after.AccessToken }))).Username).toBe('dana');
  });

  it('answers UserNotFoundException for an unknown user', async () => {
    await expectFailure(t.sim, () => t.sdk.send(new AdminDisableUserCommand({ UserPoolId: t.poolId, Username: 'nobody' })), 'UserNotFoundException', 'User does not exist.');
    await expectFailure(t.sim, () => t.sdk.send(new AdminEnableUserCommand({ UserPoolId: t.poolId, Username: 'nobody' })), 'UserNotFoundException', 'User does not exist.');
  });
});

describe('AdminDeleteUser', () => {
  it('removes the user, their group memberships and their sign-ins; the name can be used again', async () => {
    await confirmedUser('del');
    await t.sim.call('CreateGroup', { UserPoolId: t.poolId, GroupName: 'del-group' });
    await t.sim.call('AdminAddUserToGroup', { UserPoolId: t.poolId, Username: 'del', GroupName: 'del-group' });
    const tokens = await signInDirect(t.sim, t.poolId, t.clientId, 'del');

    await t.sdk.send(new AdminDeleteUserCommand({ UserPoolId: t.poolId, Username: 'del' }));
    await expect(t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: 'del' }))).rejects.toMatchObject({ name: 'UserNotFoundException' });
    const members = await t.sim.call<{ Users: unknown[] }>('ListUsersInGroup', { UserPoolId: t.poolId, GroupName: 'del-group' });
    expect(members.Users).toEqual([]);
    const events = Object.values(t.sim.state.userPools[t.poolId].authEvents).filter((e) => e.username === 'del');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.revoked)).toBe(true);

    await create('del', { MessageAction: 'SUPPRESS' });
    expect(stored('del').groups).toEqual([]);
    await expect(t.sdk.send(new GetUserCommand({ AccessToken: tokens.AccessToken }))).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  it('answers UserNotFoundException for an unknown user', async () => {
    await expectFailure(t.sim, () => t.sdk.send(new AdminDeleteUserCommand({ UserPoolId: t.poolId, Username: 'nobody' })), 'UserNotFoundException', 'User does not exist.');
  });
});

describe('AdminResetUserPassword', () => {
  const reset = (Username: string, poolId = t.poolId) => t.sdk.send(new AdminResetUserPasswordCommand({ UserPoolId: poolId, Username }));

  it('moves a confirmed user to RESET_REQUIRED and sends a one-hour reset code to the verified email, which ConfirmForgotPassword accepts', async () => {
    await confirmedUser('rob', { email: 'rob@example.com', email_verified: 'true' });
    const tokens = await signInDirect(t.sim, t.poolId, t.clientId, 'rob');
    await reset('rob');
    expect(stored('rob').status).toBe('RESET_REQUIRED');
    const mail = lastMessageTo(t.sim, 'rob');
    expect(mail).toMatchObject({ channel: 'EMAIL', destination: 'rob@example.com', reason: 'ForgotPassword' });
    expect(stored('rob').codes.forgotPassword).toEqual({ code: mail.code, expiresAt: t.clock.now() + LIFETIMES.forgotPasswordCode.value.hours * HOUR_MS, value: 'rob@example.com' });
    // The API reference does not say tokens are revoked, and they are not.
    expect((await t.sdk.send(new GetUserCommand({ AccessToken: tokens.AccessToken }))).Username).toBe('rob');

    await t.sdk.send(new ConfirmForgotPasswordCommand({ ClientId: t.clientId, Username: 'rob', ConfirmationCode: mail.code, Password: 'N3wPassword!' }));
    expect(stored('rob').status).toBe('CONFIRMED');
    expect(await checkPassword(stored('rob').password, 'N3wPassword!')).toBe(true);
  });

  it('sends a new code to a user already in RESET_REQUIRED', async () => {
    await confirmedUser('rex', { email: 'rex@example.com', email_verified: 'true' });
    await reset('rex');
    const first = lastMessageTo(t.sim, 'rex').code;
    await reset('rex');
    expect(stored('rex').status).toBe('RESET_REQUIRED');
    expect(messagesTo(t.sim, 'rex')).toHaveLength(2);
    expect(messagesTo(t.sim, 'rex')[0].code).toBe(first);
    expect(stored('rex').codes.forgotPassword?.code).toBe(lastMessageTo(t.sim, 'rex').code);
  });

  it('needs a verified email or phone number', async () => {
    await confirmedUser('unverified', { email: 'unverified@example.com' });
    await expectFailure(t.sim, () => reset('unverified'), 'InvalidParameterException', 'Cannot reset password for the user as there is no registered/verified email or phone_number');
  });

  it('refuses an admin-created user who never signed in', async () => {
    await create('fresh', { MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'fresh@example.com' }, { Name: 'email_verified', Value: 'true' }] });
    await expectFailure(t.sim, () => reset('fresh'), 'NotAuthorizedException', 'User password cannot be reset in the current state.');
  });

  it('refuses when the pool leaves recovery to administrators only', async () => {
    const poolId = await extraPool(t.sim, { AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'admin_only', Priority: 1 }] } });
    await confirmedUser('adm', { email: 'adm@example.com', email_verified: 'true' }, poolId);
    await expectFailure(t.sim, () => reset('adm', poolId), 'InvalidParameterException', 'Cannot reset password for the user as there is no registered/verified email or phone_number');
  });

  it('answers UserNotFoundException for an unknown user', async () => {
    await expectFailure(t.sim, () => reset('nobody'), 'UserNotFoundException', 'User does not exist.');
  });
});

describe('AdminSetUserPassword', () => {
  const setPassword = (Username: string, Password: string, Permanent?: boolean, poolId = t.poolId) =>
    t.sdk.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username, Password, Permanent }));

  it('Permanent=true confirms a FORCE_CHANGE_PASSWORD user with a password that does not expire', async () => {
    await create('perm', { MessageAction: 'SUPPRESS' });
    await setPassword('perm', 'Perm4nent!', true);
    const user = stored('perm');
    expect(user.status).toBe('CONFIRMED');
    expect(user.password?.temporaryExpiresAt).toBeUndefined();
    expect(await checkPassword(user.password, 'Perm4nent!')).toBe(true);
  });

  it('Permanent=false makes a temporary password that expires with the pool setting', async () => {
    await confirmedUser('temp');
    t.clock.advance(HOUR_MS);
    await setPassword('temp', 'Tempor4ry!', false);
    const user = stored('temp');
    expect(user.status).toBe('FORCE_CHANGE_PASSWORD');
    expect(user.password?.temporaryExpiresAt).toBe(t.clock.now() + DEFAULT_TEMP_DAYS * DAY_MS);
    expect(user.updatedAt).toBe(t.clock.now());
  });

  it('confirms an UNCONFIRMED user with a permanent password', async () => {
    await t.sdk.send(new SignUpCommand({ ClientId: t.clientId, Username: 'signee', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'signee@example.com' }] }));
    expect(stored('signee').status).toBe('UNCONFIRMED');
    await setPassword('signee', 'An0ther!pw', true);
    expect(stored('signee').status).toBe('CONFIRMED');
  });

  it('applies the password policy and needs a password', async () => {
    await confirmedUser('pol');
    await expectFailure(t.sim, () => setPassword('pol', 'alllowercase1!', true), 'InvalidPasswordException', 'Password does not conform to policy: Password must have uppercase characters');
    await expectFailure(
      t.sim,
      () => t.sim.call('AdminSetUserPassword', { UserPoolId: t.poolId, Username: 'pol', Permanent: true }),
      'InvalidParameterException',
      "1 validation error detected: Value null at 'password' failed to satisfy constraint: Member must not be null",
    );
    await expectFailure(t.sim, () => setPassword('nobody', PASSWORD, true), 'UserNotFoundException', 'User does not exist.');
  });

  it('refuses the last PasswordHistorySize passwords', async () => {
    const poolId = await extraPool(t.sim, { Policies: { PasswordPolicy: { MinimumLength: 8, PasswordHistorySize: 2 } } });
    await create('hist', { MessageAction: 'SUPPRESS' }, poolId);
    await setPassword('hist', 'First1!pw', true, poolId);
    await expectFailure(t.sim, () => setPassword('hist', 'First1!pw', true, poolId), 'PasswordHistoryPolicyViolationException');
    await setPassword('hist', 'Second2!pw', true, poolId);
    await expectFailure(t.sim, () => setPassword('hist', 'First1!pw', true, poolId), 'PasswordHistoryPolicyViolationException');
    await setPassword('hist', 'Third3!pw', true, poolId);
    // Two passwords remembered (Third3 and Second2): First1 may come back.
    await setPassword('hist', 'First1!pw', true, poolId);
    expect(await checkPassword(stored('hist', poolId).password, 'First1!pw')).toBe(true);
  });
});

describe('AdminUpdateUserAttributes', () => {
  const update = (Username: string, UserAttributes: AttributeType[], poolId = t.poolId) =>
    t.sdk.send(new AdminUpdateUserAttributesCommand({ UserPoolId: poolId, Username, UserAttributes }));

  it('sets, changes and (with an empty value) deletes attributes, and moves UserLastModifiedDate', async () => {
    await confirmedUser('upd', { given_name: 'Old', family_name: 'Name' });
    t.clock.advance(5000);
    await update('upd', [
      { Name: 'given_name', Value: 'New' },
      { Name: 'family_name', Value: '' },
      { Name: 'locale', Value: 'fr-FR' },
    ]);
    const user = stored('upd');
    expect(user.attributes.given_name).toBe('New');
    expect(user.attributes.family_name).toBeUndefined();
    expect(user.attributes.locale).toBe('fr-FR');
    expect(user.updatedAt).toBe(t.clock.now());
  });

  it('unverifies a changed email and sends a code for it when the pool auto-verifies email', async () => {
    await confirmedUser('mover', { email: 'old@example.com', email_verified: 'true' });
    await update('mover', [{ Name: 'email', Value: 'new@example.com' }]);
    const user = stored('mover');
    expect(user.attributes.email).toBe('new@example.com');
    expect(user.attributes.email_verified).toBe('false');
    const mail = lastMessageTo(t.sim, 'mover');
    expect(mail).toMatchObject({ destination: 'new@example.com', reason: 'UpdateUserAttribute' });
    expect(user.codes.attributeVerification?.email).toMatchObject({ code: mail.code, value: 'new@example.com' });
  });

  it('keeps a new email verified, and sends nothing, when email_verified=true comes in the same call', async () => {
    await confirmedUser('mover2', { email: 'old2@example.com', email_verified: 'true' });
    await update('mover2', [
      { Name: 'email', Value: 'new2@example.com' },
      { Name: 'email_verified', Value: 'true' },
    ]);
    expect(stored('mover2').attributes).toMatchObject({ email: 'new2@example.com', email_verified: 'true' });
    expect(messagesTo(t.sim, 'mover2')).toEqual([]);
  });

  it('can mark an existing phone number verified', async () => {
    await confirmedUser('phoney', { phone_number: '+14155550999' });
    await update('phoney', [{ Name: 'phone_number_verified', Value: 'true' }]);
    expect(stored('phoney').attributes.phone_number_verified).toBe('true');
  });

  it('keeps the original email until verification when the pool asks for it', async () => {
    const poolId = await extraPool(t.sim, { AutoVerifiedAttributes: ['email'], UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] } });
    await confirmedUser('keeper', { email: 'keep@example.com', email_verified: 'true' }, poolId);
    await update('keeper', [{ Name: 'email', Value: 'next@example.com' }], poolId);
    const user = stored('keeper', poolId);
    expect(user.attributes).toMatchObject({ email: 'keep@example.com', email_verified: 'true' });
    expect(user.pendingAttributes).toEqual({ email: 'next@example.com' });
    expect(lastMessageTo(t.sim, 'keeper')).toMatchObject({ destination: 'next@example.com', reason: 'UpdateUserAttribute' });
  });

  it('refuses schema violations, sub and removing a required attribute, changing nothing', async () => {
    await confirmedUser('strict', { given_name: 'S' });
    await expectFailure(t.sim, () => update('strict', [{ Name: 'sub', Value: 'x' }]), 'InvalidParameterException', 'Attributes did not conform to the schema: sub: Attribute cannot be updated.');
    await expectFailure(
      t.sim,
      () => update('strict', [{ Name: 'given_name', Value: 'T' }, { Name: 'nickname_x', Value: 'y' }]),
      'InvalidParameterException',
      'Attributes did not conform to the schema: nickname_x: Attribute does not exist in the schema.',
    );
    await expectFailure(t.sim, () => update('strict', [{ Name: 'phone_number', Value: '555-0100' }]), 'InvalidParameterException', 'Invalid phone number format.');
    await confirmedUser('req', { email: 'req@example.com' }, requiredEmailPool);
    await expectFailure(t.sim, () => update('req', [{ Name: 'email', Value: '' }], requiredEmailPool), 'InvalidParameterException', 'Invalid user attributes: email: Required attribute cannot be deleted.');
  });

  it('keeps sign-in emails unique in a pool that signs in with email', async () => {
    const poolId = await extraPool(t.sim, { UsernameAttributes: ['email'] });
    await create('one@example.com', { MessageAction: 'SUPPRESS' }, poolId);
    await create('two@example.com', { MessageAction: 'SUPPRESS' }, poolId);
    await expectFailure(t.sim, () => update('two@example.com', [{ Name: 'email', Value: 'ONE@example.com' }], poolId), 'AliasExistsException', 'An account with the given email already exists.');
  });

  it('answers UserNotFoundException for an unknown user', async () => {
    await expectFailure(t.sim, () => update('nobody', [{ Name: 'given_name', Value: 'x' }]), 'UserNotFoundException', 'User does not exist.');
  });
});

describe('AdminDeleteUserAttributes', () => {
  const remove = (Username: string, UserAttributeNames: string[], poolId = t.poolId) =>
    t.sdk.send(new AdminDeleteUserAttributesCommand({ UserPoolId: poolId, Username, UserAttributeNames }));

  it('removes attributes; removing the email takes its verification with it', async () => {
    await confirmedUser('trim', { given_name: 'T', email: 'trim@example.com', email_verified: 'true' });
    await remove('trim', ['given_name', 'email']);
    const a = stored('trim').attributes;
    expect(a.given_name).toBeUndefined();
    expect(a.email).toBeUndefined();
    expect(a.email_verified).toBeUndefined();
    expect(a.sub).toBeDefined();
  });

  it('refuses sub, unknown and required attributes', async () => {
    await confirmedUser('keepall', { given_name: 'K' });
    await expectFailure(t.sim, () => remove('keepall', ['given_name', 'sub']), 'InvalidParameterException', 'Attributes did not conform to the schema: sub: Attribute cannot be updated.');
    await expectFailure(t.sim, () => remove('keepall', ['custom:none']), 'InvalidParameterException', 'Attributes did not conform to the schema: custom:none: Attribute does not exist in the schema.');
    await confirmedUser('req2', { email: 'req2@example.com' }, requiredEmailPool);
    await expectFailure(t.sim, () => remove('req2', ['email'], requiredEmailPool), 'InvalidParameterException', 'Invalid user attributes: email: Required attribute cannot be deleted.');
  });
});

describe('AdminConfirmSignUp', () => {
  const confirm = (Username: string) => t.sdk.send(new AdminConfirmSignUpCommand({ UserPoolId: t.poolId, Username }));

  it('confirms an UNCONFIRMED user without verifying their email', async () => {
    await t.sdk.send(new SignUpCommand({ ClientId: t.clientId, Username: 'newbie', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'newbie@example.com' }] }));
    expect(stored('newbie').codes.signUp).toBeDefined();
    await confirm('newbie');
    const user = stored('newbie');
    expect(user.status).toBe('CONFIRMED');
    expect(user.codes.signUp).toBeUndefined();
    expect(user.attributes.email_verified).not.toBe('true');
  });

  it('refuses any other status with NotAuthorizedException naming it', async () => {
    await confirmedUser('already');
    await expectFailure(t.sim, () => confirm('already'), 'NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED');
    await create('invited', { MessageAction: 'SUPPRESS' });
    await expectFailure(t.sim, () => confirm('invited'), 'NotAuthorizedException', 'User cannot be confirmed. Current status is FORCE_CHANGE_PASSWORD');
    await expectFailure(t.sim, () => confirm('nobody'), 'UserNotFoundException', 'User does not exist.');
  });
});
