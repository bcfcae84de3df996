/**
 * The custom message trigger for every message source, and the custom email
 * and SMS sender triggers (asynchronous, with the code encrypted): what the
 * inbox receives changes as in AWS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminCreateUserCommand,
  AdminResetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  ForgotPasswordCommand,
  GetUserAttributeVerificationCodeCommand,
  ResendConfirmationCodeCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { OutboxMessage } from '../index';
import { sdkClient } from '../../test/support/sdk';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../../test/support/flows';
import { recording, triggerSandbox, type TriggerSandbox } from '../../test/support/triggers';
import { decryptSenderCode } from './senderCode';

const PASSWORD = 'Passw0rd!';

/** A custom message handler that rewrites every message, naming its trigger source. */
const REWRITE = recording(`
  const code = event.request.codeParameter;
  const who = event.request.usernameParameter ? ' for ' + event.request.usernameParameter : '';
  event.response.emailSubject = 'Custom ' + event.triggerSource;
  event.response.emailMessage = '<b>' + event.triggerSource + '</b>' + who + ': ' + code;
  event.response.smsMessage = event.triggerSource + who + ': ' + code;
`);

describe('custom message trigger', () => {
  let t: TriggerSandbox;
  let sdk: CognitoIdentityProviderClient;
  let poolId: string;
  let clientId: string;
  /** Messages sent since `from` (an outbox length). */
  const sentSince = (from: number): OutboxMessage[] => t.sim.outbox.filter((m) => m.id > from);
  const lastId = () => t.sim.outbox.at(-1)?.id ?? 0;

  beforeAll(async () => {
    t = triggerSandbox('custom-message');
    sdk = sdkClient(t.sim);
    const p = await createPoolAndClient(t.sim, { pool: { AutoVerifiedAttributes: ['email'], LambdaConfig: { CustomMessage: t.arn('messages') } } });
    poolId = p.poolId;
    clientId = p.clientId;
    await t.deploy('messages', REWRITE);
  });
  afterAll(() => t.runtime.close());

  it('rewrites the sign-up code email (CustomMessage_SignUp), with the code in place of the placeholder', async () => {
    const from = lastId();
    await sdk.send(new SignUpCommand({ ClientId: clientId, Username: 'amy', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'amy@example.com' }], ClientMetadata: { lang: 'en' } }));
    const [m] = sentSince(from);
    const code = t.sim.state.userPools[poolId].users.amy.codes.signUp!.code;
    expect(m).toMatchObject({ channel: 'EMAIL', destination: 'amy@example.com', subject: 'Custom CustomMessage_SignUp', body: `<b>CustomMessage_SignUp</b>: ${code}`, code });
    const event = t.lastEvent('messages');
    expect(event).toEqual({
      version: '1',
      triggerSource: 'CustomMessage_SignUp',
      region: 'us-east-1',
      userPoolId: poolId,
      userName: 'amy',
      callerContext: { awsSdkVersion: expect.any(String), clientId },
      request: {
        userAttributes: { sub: expect.any(String), email: 'amy@example.com', 'cognito:user_status': 'UNCONFIRMED' },
        codeParameter: '{####}',
        linkParameter: '{##Click Here##}',
        usernameParameter: null,
        clientMetadata: { lang: 'en' },
      },
      response: { smsMessage: null, emailMessage: null, emailSubject: null },
    });
  });

  it('rewrites the resent code (CustomMessage_ResendCode)', async () => {
    const from = lastId();
    await sdk.send(new ResendConfirmationCodeCommand({ ClientId: clientId, Username: 'amy' }));
    const code = t.sim.state.userPools[poolId].users.amy.codes.signUp!.code;
    expect(sentSince(from).map((m) => m.body)).toEqual([`<b>CustomMessage_ResendCode</b>: ${code}`]);
  });

  it('rewrites forgot-password codes, from ForgotPassword and AdminResetUserPassword (CustomMessage_ForgotPassword)', async () => {
    await createConfirmedUser(t.sim, poolId, 'ben', PASSWORD, { email: 'ben@example.com', email_verified: 'true' });
    let from = lastId();
    await sdk.send(new ForgotPasswordCommand({ ClientId: clientId, Username: 'ben' }));
    let code = t.sim.state.userPools[poolId].users.ben.codes.forgotPassword!.code;
    expect(sentSince(from).map((m) => [m.subject, m.body])).toEqual([['Custom CustomMessage_ForgotPassword', `<b>CustomMessage_ForgotPassword</b>: ${code}`]]);
    from = lastId();
    await sdk.send(new AdminResetUserPasswordCommand({ UserPoolId: poolId, Username: 'ben' }));
    code = t.sim.state.userPools[poolId].users.ben.codes.forgotPassword!.code;
    expect(sentSince(from).map((m) => m.body)).toEqual([`<b>CustomMessage_ForgotPassword</b>: ${code}`]);
    expect(t.lastEvent('messages').callerContext.clientId).toBe('CLIENT_ID_NOT_APPLICABLE');
  });

  it('rewrites attribute verification codes (CustomMessage_UpdateUserAttribute, CustomMessage_VerifyUserAttribute)', async () => {
    await createConfirmedUser(t.sim, poolId, 'cleo', PASSWORD, { email: 'cleo@example.com', email_verified: 'true' });
    const { AccessToken } = await passwordSignIn(t.sim, clientId, 'cleo', PASSWORD);
    let from = lastId();
    await sdk.send(new UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name: 'email', Value: 'cleo@new.example' }] }));
    let code = t.sim.state.userPools[poolId].users.cleo.codes.attributeVerification!.email.code;
    expect(sentSince(from).map((m) => [m.destination, m.body])).toEqual([['cleo@new.example', `<b>CustomMessage_UpdateUserAttribute</b>: ${code}`]]);
    expect(t.lastEvent('messages').callerContext.clientId).toBe(clientId);
    from = lastId();
    await sdk.send(new GetUserAttributeVerificationCodeCommand({ AccessToken, AttributeName: 'email' }));
    code = t.sim.state.userPools[poolId].users.cleo.codes.attributeVerification!.email.code;
    expect(sentSince(from).map((m) => m.body)).toEqual([`<b>CustomMessage_VerifyUserAttribute</b>: ${code}`]);
    from = lastId();
    await sdk.send(new AdminUpdateUserAttributesCommand({ UserPoolId: poolId, Username: 'cleo', UserAttributes: [{ Name: 'email', Value: 'cleo@admin.example' }] }));
    code = t.sim.state.userPools[poolId].users.cleo.codes.attributeVerification!.email.code;
    expect(sentSince(from).map((m) => m.body)).toEqual([`<b>CustomMessage_UpdateUserAttribute</b>: ${code}`]);
    expect(t.lastEvent('messages').callerContext.clientId).toBe('CLIENT_ID_NOT_APPLICABLE');
  });

  it('rewrites the AdminCreateUser invitation with both placeholders (CustomMessage_AdminCreateUser), by email and SMS', async () => {
    const from = lastId();
    await sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: 'dora',
        TemporaryPassword: 'Temp-Passw0rd!',
        DesiredDeliveryMediums: ['EMAIL', 'SMS'],
        UserAttributes: [
          { Name: 'email', Value: 'dora@example.com' },
          { Name: 'phone_number', Value: '+15555550100' },
        ],
      }),
    );
    expect(sentSince(from).map((m) => [m.channel, m.body])).toEqual([
      ['EMAIL', '<b>CustomMessage_AdminCreateUser</b> for dora: Temp-Passw0rd!'],
      ['SMS', 'CustomMessage_AdminCreateUser for dora: Temp-Passw0rd!'],
    ]);
    const event = t.lastEvent('messages');
    expect(event.request).toMatchObject({ codeParameter: '{####}', usernameParameter: '{username}', userAttributes: expect.objectContaining({ 'cognito:user_status': 'FORCE_CHANGE_PASSWORD' }) });
    expect(event.callerContext.clientId).toBe('CLIENT_ID_NOT_APPLICABLE');
  });

  it('keeps the pool text when the returned message drops a placeholder (the subject still changes)', async () => {
    await t.deploy('messages', recording(`event.response.emailSubject = 'Welcome!'; event.response.emailMessage = 'Your code is secret.';`));
    const from = lastId();
    await sdk.send(new SignUpCommand({ ClientId: clientId, Username: 'eve', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'eve@example.com' }] }));
    const code = t.sim.state.userPools[poolId].users.eve.codes.signUp!.code;
    expect(sentSince(from).map((m) => [m.subject, m.body])).toEqual([['Welcome!', `Your verification code is ${code}. `]]);
    // An invitation without {username} keeps the pool's invitation text too.
    await t.deploy('messages', recording(`event.response.emailMessage = 'Password: ' + event.request.codeParameter;`));
    const from2 = lastId();
    await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'finn', TemporaryPassword: 'Temp-Passw0rd!', DesiredDeliveryMediums: ['EMAIL'], UserAttributes: [{ Name: 'email', Value: 'finn@example.com' }] }));
    expect(sentSince(from2).map((m) => m.body)).toEqual(['Your username is finn and temporary password is Temp-Passw0rd!. ']);
  });

  it('fails the operation when the custom message trigger throws, and nothing is sent or stored', async () => {
    await t.deploy('messages', `export const handler = async () => { throw new Error('template missing'); };`);
    const from = lastId();
    const err = await sdk.send(new SignUpCommand({ ClientId: clientId, Username: 'gus', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'gus@example.com' }] })).catch((e: Error) => e);
    expect(err).toMatchObject({ name: 'UserLambdaValidationException', message: 'CustomMessage failed with error template missing.' });
    expect(sentSince(from)).toEqual([]);
    expect(t.sim.state.userPools[poolId].users.gus).toBeUndefined();
    await t.deploy('messages', REWRITE);
  });
});

describe('custom sender triggers', () => {
  const KMS = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
  let t: TriggerSandbox;
  let sdk: CognitoIdentityProviderClient;
  let poolId: string;
  let clientId: string;

  beforeAll(async () => {
    t = triggerSandbox('custom-senders');
    sdk = sdkClient(t.sim);
    const p = await createPoolAndClient(t.sim, {
      pool: {
        AutoVerifiedAttributes: ['email'],
        LambdaConfig: {
          CustomEmailSender: { LambdaVersion: 'V1_0', LambdaArn: t.arn('email-sender') },
          CustomSMSSender: { LambdaVersion: 'V1_0', LambdaArn: t.arn('sms-sender') },
          CustomMessage: t.arn('ignored-message'),
          KMSKeyID: KMS,
        },
      },
    });
    poolId = p.poolId;
    clientId = p.clientId;
    await t.deploy('email-sender', recording(`console.log('can decode?', typeof Buffer, typeof crypto);`));
    await t.deploy('sms-sender', recording());
    await t.deploy('ignored-message', recording());
  });
  afterAll(() => t.runtime.close());

  it('hands the sign-up code to the email sender, encrypted, instead of sending it', async () => {
    const before = t.sim.outbox.length;
    const res = await sdk.send(new SignUpCommand({ ClientId: clientId, Username: 'hal', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'hal@example.com' }], ClientMetadata: { k: 'v' } }));
    expect(res.CodeDeliveryDetails).toEqual({ Destination: 'h***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    expect(t.sim.outbox.length).toBe(before);
    await t.sim.settled();
    const event = t.lastEvent('email-sender');
    const code = t.sim.state.userPools[poolId].users.hal.codes.signUp!.code;
    expect(event).toEqual({
      version: '1',
      triggerSource: 'CustomEmailSender_SignUp',
      region: 'us-east-1',
      userPoolId: poolId,
      userName: 'hal',
      callerContext: { awsSdkVersion: expect.any(String), clientId },
      request: { type: 'customEmailSenderRequestV1', code: expect.any(String), userAttributes: expect.objectContaining({ email: 'hal@example.com' }), clientMetadata: { k: 'v' } },
    });
    const blob = event.request.code as string;
    expect(blob).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(blob).not.toContain(code);
    expect(await decryptSenderCode(KMS, blob)).toBe(code);
    expect(await decryptSenderCode('another-key', blob)).toBeUndefined();
    // The custom message trigger does not run when a sender takes the message.
    expect(t.events('ignored-message')).toEqual([]);
    const asyncAttempts = t.sim.lambdaInvocations(poolId).filter((a) => a.trigger === 'CustomEmailSender');
    expect(asyncAttempts.map((a) => [a.invocationType, a.outcome, a.triggerSource])).toEqual([['async', 'ok', 'CustomEmailSender_SignUp']]);
  });

  it('hands SMS invitations to the SMS sender (temporary password encrypted)', async () => {
    await sdk.send(
      new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'ivy', TemporaryPassword: 'Temp-Passw0rd!', DesiredDeliveryMediums: ['SMS'], UserAttributes: [{ Name: 'phone_number', Value: '+15555550111' }] }),
    );
    await t.sim.settled();
    const event = t.lastEvent('sms-sender');
    expect(event.triggerSource).toBe('CustomSMSSender_AdminCreateUser');
    expect(event.request.type).toBe('customSMSSenderRequestV1');
    expect(event.callerContext.clientId).toBe('CLIENT_ID_NOT_APPLICABLE');
    expect(await decryptSenderCode(KMS, event.request.code as string)).toBe('Temp-Passw0rd!');
    expect(t.sim.outbox.filter((m) => m.username === 'ivy')).toEqual([]);
  });

  it('does not make the operation wait for, or fail with, the sender; a failing sender is retried twice', async () => {
    await t.deploy('email-sender', `export const handler = async () => { throw new Error('provider down'); };`);
    const res = await sdk.send(new SignUpCommand({ ClientId: clientId, Username: 'jay', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'jay@example.com' }] }));
    expect(res.UserConfirmed).toBe(false);
    expect(t.sim.state.userPools[poolId].users.jay.status).toBe('UNCONFIRMED');
    await t.sim.settled();
    const attempts = t.sim.lambdaInvocations(poolId).filter((a) => a.triggerSource === 'CustomEmailSender_SignUp' && a.outcome === 'error');
    expect(attempts.map((a) => [a.attempt, a.errorMessage])).toEqual([
      [1, 'provider down'],
      [2, 'provider down'],
      [3, 'provider down'],
    ]);
  });
});
