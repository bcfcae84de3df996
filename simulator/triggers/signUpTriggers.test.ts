/**
 * Pre sign-up, post confirmation and migrate-user (forgot password)
 * triggers: the events Cognito sends and what the answers change, driven
 * through the real AWS SDK v3 client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  SignUpCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { sdkClient } from '../../test/support/sdk';
import { createConfirmedUser, createPoolAndClient } from '../../test/support/flows';
import { recording, triggerSandbox, type TriggerSandbox } from '../../test/support/triggers';

const PASSWORD = 'Passw0rd!';

async function sdkError(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
  throw new Error('expected the call to fail');
}

describe('pre sign-up and post confirmation triggers', () => {
  let t: TriggerSandbox;
  let sdk: CognitoIdentityProviderClient;
  let poolId: string;
  let clientId: string;
  const user = (name: string) => t.sim.state.userPools[poolId].users[name];
  const signUp = (username: string, extra: Record<string, unknown> = {}) =>
    sdk.send(new SignUpCommand({ ClientId: clientId, Username: username, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }], ...extra }));

  beforeAll(async () => {
    t = triggerSandbox('sign-up-triggers');
    sdk = sdkClient(t.sim);
    const p = await createPoolAndClient(t.sim, {
      pool: { AutoVerifiedAttributes: ['email'], AliasAttributes: ['email'], LambdaConfig: { PreSignUp: t.arn('pre'), PostConfirmation: t.arn('post') } },
    });
    poolId = p.poolId;
    clientId = p.clientId;
    await t.deploy('pre', recording());
    await t.deploy('post', recording());
  });
  afterAll(() => t.runtime.close());

  it('sends PreSignUp_SignUp the attributes, validation data and client metadata, in AWS event shape', async () => {
    await signUp('ada', { ValidationData: [{ Name: 'invite', Value: 'XYZ' }], ClientMetadata: { source: 'test' } });
    const event = t.lastEvent('pre');
    expect(event).toEqual({
      version: '1',
      triggerSource: 'PreSignUp_SignUp',
      region: 'us-east-1',
      userPoolId: poolId,
      userName: 'ada',
      callerContext: { awsSdkVersion: expect.any(String), clientId },
      request: { userAttributes: { email: 'ada@example.com' }, validationData: { invite: 'XYZ' }, clientMetadata: { source: 'test' } },
      response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
    });
    // Without confirmation the user is UNCONFIRMED and gets a code; post confirmation did not run.
    expect(user('ada').status).toBe('UNCONFIRMED');
    expect(t.events('post').some((e) => e.userName === 'ada')).toBe(false);
  });

  it('auto-confirms and auto-verifies when the trigger says so: no code, and PostConfirmation_ConfirmSignUp runs', async () => {
    await t.deploy('pre', recording(`event.response.autoConfirmUser = true; event.response.autoVerifyEmail = true;`));
    const sent = t.sim.outbox.length;
    const res = await signUp('grace', { ClientMetadata: { plan: 'pro' } });
    expect(res.UserConfirmed).toBe(true);
    expect(res.CodeDeliveryDetails).toBeUndefined();
    expect(t.sim.outbox.length).toBe(sent);
    expect(user('grace').status).toBe('CONFIRMED');
    expect(user('grace').attributes.email_verified).toBe('true');
    const post = t.lastEvent('post');
    expect(post.triggerSource).toBe('PostConfirmation_ConfirmSignUp');
    expect(post.userName).toBe('grace');
    expect(post.callerContext.clientId).toBe(clientId);
    expect(post.request).toEqual({
      userAttributes: expect.objectContaining({ sub: user('grace').attributes.sub, email: 'grace@example.com', email_verified: 'true', 'cognito:user_status': 'CONFIRMED', 'cognito:email_alias': 'grace@example.com' }),
      clientMetadata: { plan: 'pro' },
    });
    expect(post.response).toEqual({});
  });

  it('moves a verified email alias to the auto-verified user (the previous holder becomes unverified)', async () => {
    await t.deploy('pre', recording(`event.response.autoConfirmUser = true; event.response.autoVerifyEmail = true;`));
    await signUp('first', { UserAttributes: [{ Name: 'email', Value: 'shared@example.com' }] });
    await signUp('second', { UserAttributes: [{ Name: 'email', Value: 'shared@example.com' }] });
    expect(user('first').attributes.email_verified).toBe('false');
    expect(user('second').attributes.email_verified).toBe('true');
  });

  it('rejects the sign-up when the trigger throws, before the duplicate-name check', async () => {
    await t.deploy('pre', `export const handler = async (event) => { if (event.request.userAttributes.email.endsWith('@blocked.example')) throw new Error('Domain not allowed'); return event; };`);
    const err = await sdkError(signUp('mallory', { UserAttributes: [{ Name: 'email', Value: 'm@blocked.example' }] }));
    expect(err).toEqual({ name: 'UserLambdaValidationException', message: 'PreSignUp failed with error Domain not allowed.' });
    expect(user('mallory')).toBeUndefined();
    // The trigger runs before Cognito notices the name is taken.
    await t.deploy('pre', `export const handler = async () => { throw new Error('always'); };`);
    expect((await sdkError(signUp('ada'))).name).toBe('UserLambdaValidationException');
  });

  it('refuses to auto-verify a phone number the user does not have', async () => {
    await t.deploy('pre', recording(`event.response.autoConfirmUser = true; event.response.autoVerifyPhone = true;`));
    const err = await sdkError(signUp('nophone'));
    expect(err.name).toBe('InvalidLambdaResponseException');
    expect(user('nophone')).toBeUndefined();
  });

  it('runs PreSignUp_AdminCreateUser for AdminCreateUser, ignoring its confirm and verify answers', async () => {
    await t.deploy('pre', recording(`event.response.autoConfirmUser = true; event.response.autoVerifyEmail = true;`));
    await sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: 'admin-made',
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: 'admin-made@example.com' }],
        ValidationData: [{ Name: 'ticket', Value: '42' }],
        ClientMetadata: { by: 'admin' },
      }),
    );
    const event = t.lastEvent('pre');
    expect(event.triggerSource).toBe('PreSignUp_AdminCreateUser');
    expect(event.callerContext.clientId).toBe('CLIENT_ID_NOT_APPLICABLE');
    expect(event.request).toEqual({ userAttributes: { email: 'admin-made@example.com' }, validationData: { ticket: '42' }, clientMetadata: { by: 'admin' } });
    expect(user('admin-made').status).toBe('FORCE_CHANGE_PASSWORD');
    expect(user('admin-made').attributes.email_verified).toBeUndefined();

    await t.deploy('pre', `export const handler = async () => { throw new Error('no admins today'); };`);
    const err = await sdkError(sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'refused-admin', MessageAction: 'SUPPRESS' })));
    expect(err).toEqual({ name: 'UserLambdaValidationException', message: 'PreSignUp failed with error no admins today.' });
    expect(user('refused-admin')).toBeUndefined();
  });

  it('runs PostConfirmation_ConfirmSignUp after ConfirmSignUp; a failing trigger fails the call and the user stays UNCONFIRMED', async () => {
    await t.deploy('pre', recording());
    await signUp('carol');
    const code = user('carol').codes.signUp!.code;
    await t.deploy('post', `export const handler = async () => { throw new Error('CRM is down'); };`);
    const err = await sdkError(sdk.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: 'carol', ConfirmationCode: code })));
    expect(err).toEqual({ name: 'UserLambdaValidationException', message: 'PostConfirmation failed with error CRM is down.' });
    expect(user('carol').status).toBe('UNCONFIRMED');
    expect(user('carol').attributes.email_verified).toBeUndefined();

    await t.deploy('post', recording());
    await sdk.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: 'carol', ConfirmationCode: code, ClientMetadata: { step: 'confirm' } }));
    expect(user('carol').status).toBe('CONFIRMED');
    const event = t.lastEvent('post');
    expect(event.triggerSource).toBe('PostConfirmation_ConfirmSignUp');
    expect(event.request.clientMetadata).toEqual({ step: 'confirm' });
    expect(event.request.userAttributes).toMatchObject({ email_verified: 'true', 'cognito:user_status': 'CONFIRMED' });
  });

  it('runs PostConfirmation_ConfirmSignUp after AdminConfirmSignUp, with no app client', async () => {
    await signUp('dave');
    await sdk.send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: 'dave', ClientMetadata: { by: 'admin' } }));
    const event = t.lastEvent('post');
    expect(event.triggerSource).toBe('PostConfirmation_ConfirmSignUp');
    expect(event.userName).toBe('dave');
    expect(event.callerContext.clientId).toBe('CLIENT_ID_NOT_APPLICABLE');
    expect(event.request.clientMetadata).toEqual({ by: 'admin' });
  });

  it('runs PostConfirmation_ConfirmForgotPassword after ConfirmForgotPassword', async () => {
    await createConfirmedUser(t.sim, poolId, 'erin', PASSWORD, { email: 'erin@example.com', email_verified: 'true' });
    await sdk.send(new ForgotPasswordCommand({ ClientId: clientId, Username: 'erin' }));
    const code = user('erin').codes.forgotPassword!.code;
    await sdk.send(new ConfirmForgotPasswordCommand({ ClientId: clientId, Username: 'erin', ConfirmationCode: code, Password: 'N3w-Passw0rd!' }));
    const event = t.lastEvent('post');
    expect(event.triggerSource).toBe('PostConfirmation_ConfirmForgotPassword');
    expect(event.userName).toBe('erin');
    expect(event.callerContext.clientId).toBe(clientId);
  });
});

describe('migrate user trigger in the forgot-password flow', () => {
  let t: TriggerSandbox;
  let sdk: CognitoIdentityProviderClient;
  let poolId: string;
  let clientId: string;

  beforeAll(async () => {
    t = triggerSandbox('migration-forgot');
    sdk = sdkClient(t.sim);
    const p = await createPoolAndClient(t.sim, { pool: { LambdaConfig: { UserMigration: t.arn('migrate') } } });
    poolId = p.poolId;
    clientId = p.clientId;
  });
  afterAll(() => t.runtime.close());

  it('creates an unknown user from the answer (RESET_REQUIRED) and sends the reset code', async () => {
    await t.deploy(
      'migrate',
      recording(`if (event.userName === 'legacy') { event.response.userAttributes = { email: 'legacy@old.example', email_verified: 'true', name: 'Legacy' }; event.response.messageAction = 'SUPPRESS'; }`),
    );
    const res = await sdk.send(new ForgotPasswordCommand({ ClientId: clientId, Username: 'legacy', ClientMetadata: { from: 'old-app' } }));
    expect(res.CodeDeliveryDetails).toEqual({ Destination: 'l***@o***', DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    const event = t.lastEvent('migrate');
    expect(event).toEqual({
      version: '1',
      triggerSource: 'UserMigration_ForgotPassword',
      region: 'us-east-1',
      userPoolId: poolId,
      userName: 'legacy',
      callerContext: { awsSdkVersion: expect.any(String), clientId },
      request: { validationData: null, clientMetadata: { from: 'old-app' } },
      response: { userAttributes: null, finalUserStatus: null, messageAction: null, desiredDeliveryMediums: null, forceAliasCreation: null, enableSMSMFA: null },
    });
    const migrated = t.sim.state.userPools[poolId].users.legacy;
    expect(migrated.status).toBe('RESET_REQUIRED');
    expect(migrated.attributes).toMatchObject({ email: 'legacy@old.example', email_verified: 'true', name: 'Legacy' });
    expect(migrated.password).toBeUndefined();
    // The reset completes as for any user.
    await sdk.send(new ConfirmForgotPasswordCommand({ ClientId: clientId, Username: 'legacy', ConfirmationCode: migrated.codes.forgotPassword!.code, Password: 'N3w-Passw0rd!' }));
    expect(t.sim.state.userPools[poolId].users.legacy.status).toBe('CONFIRMED');
  });

  it('answers UserNotFoundException when the function finds nobody (no userAttributes)', async () => {
    const err = await sdkError(sdk.send(new ForgotPasswordCommand({ ClientId: clientId, Username: 'stranger' })));
    expect(err).toEqual({ name: 'UserNotFoundException', message: `Exception migrating user in app client ${clientId}` });
    expect(t.sim.state.userPools[poolId].users.stranger).toBeUndefined();
  });

  it('fails with the handler message when the function throws', async () => {
    await t.deploy('migrate', `exports.handler = (event, context, callback) => callback('Bad password');`);
    const err = await sdkError(sdk.send(new ForgotPasswordCommand({ ClientId: clientId, Username: 'stranger' })));
    expect(err).toEqual({ name: 'UserLambdaValidationException', message: 'UserMigration failed with error Bad password.' });
  });

  it('refuses attributes outside the schema and an unknown finalUserStatus', async () => {
    await t.deploy('migrate', recording(`event.response.userAttributes = { email: 'x@old.example', email_verified: 'true', shoe_size: '42' };`));
    const schema = await sdkError(sdk.send(new ForgotPasswordCommand({ ClientId: clientId, Username: 'shoes' })));
    expect(schema).toEqual({ name: 'UserNotFoundException', message: 'Attributes did not conform to the schema: shoe_size: Attribute does not exist in the schema.' });
    await t.deploy('migrate', recording(`event.response.userAttributes = { email: 'x@old.example', email_verified: 'true' }; event.response.finalUserStatus = 'ACTIVE';`));
    const status = await sdkError(sdk.send(new ForgotPasswordCommand({ ClientId: clientId, Username: 'active' })));
    expect(status.name).toBe('UserNotFoundException');
    expect(t.sim.state.userPools[poolId].users.active).toBeUndefined();
  });
});
