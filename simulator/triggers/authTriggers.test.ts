/**
 * Sign-in triggers: pre and post authentication, user migration at sign-in,
 * pre token generation (V1_0 and V2_0, claims visible in the decoded tokens)
 * and the custom message for MFA codes, with the worker_threads runtime.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { isCognitoError } from '../index';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../../test/support/flows';
import { recording, triggerSandbox, type TriggerSandbox } from '../../test/support/triggers';

const PASSWORD = 'Passw0rd!';
const SMS = { SnsCallerArn: 'arn:aws:iam::123456789012:role/cognito-sms', ExternalId: 'sandbox' };

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (!isCognitoError(e)) throw e;
    return { name: e.name, message: e.message };
  }
  throw new Error('expected the call to fail');
}

type AuthOut = { AuthenticationResult?: { IdToken: string; AccessToken: string; RefreshToken?: string }; ChallengeName?: string; Session?: string; ChallengeParameters?: Record<string, string> };

describe('pre and post authentication, and migration at sign-in', () => {
  let t: TriggerSandbox;
  let poolId: string;
  let clientId: string;
  let hidingClientId: string;
  const initiate = (username: string, password = PASSWORD, extra: Record<string, unknown> = {}, client = clientId) =>
    t.sim.call<AuthOut>('InitiateAuth', { ClientId: client, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: password }, ...extra });
  const authEvents = () => Object.keys(t.sim.state.userPools[poolId].authEvents).length;

  beforeAll(async () => {
    t = triggerSandbox('auth-triggers');
    const p = await createPoolAndClient(t.sim, {
      pool: { LambdaConfig: { PreAuthentication: t.arn('pre-auth'), PostAuthentication: t.arn('post-auth'), UserMigration: t.arn('migrate') } },
    });
    poolId = p.poolId;
    clientId = p.clientId;
    const hiding = await t.sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
      UserPoolId: poolId,
      ClientName: 'hiding',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      PreventUserExistenceErrors: 'ENABLED',
    });
    hidingClientId = hiding.UserPoolClient.ClientId;
    await t.deploy('pre-auth', recording());
    await t.deploy('post-auth', recording());
    await t.deploy('migrate', recording());
    await createConfirmedUser(t.sim, poolId, 'ann', PASSWORD, { email: 'ann@example.com', email_verified: 'true' });
  });
  afterAll(() => t.runtime.close());

  it('runs PreAuthentication_Authentication before the password check, with ClientMetadata as validationData', async () => {
    await initiate('ann', PASSWORD, { ClientMetadata: { device: 'kiosk' } });
    const event = t.lastEvent('pre-auth');
    expect(event).toEqual({
      version: '1',
      triggerSource: 'PreAuthentication_Authentication',
      region: 'us-east-1',
      userPoolId: poolId,
      userName: 'ann',
      callerContext: { awsSdkVersion: expect.any(String), clientId },
      request: { userAttributes: expect.objectContaining({ email: 'ann@example.com', 'cognito:user_status': 'CONFIRMED', sub: expect.any(String) }), validationData: { device: 'kiosk' } },
      response: {},
    });
    // A wrong password still reaches the trigger (it runs first).
    const before = t.events('pre-auth').length;
    expect((await failure(initiate('ann', 'Wr0ng-Pass!'))).name).toBe('NotAuthorizedException');
    expect(t.events('pre-auth').length).toBe(before + 1);
  });

  it('refuses the sign-in when PreAuthentication throws', async () => {
    await t.deploy('pre-auth', `export const handler = async (event) => { if (event.callerContext.clientId) throw new Error('Sign-in is paused'); return event; };`);
    const before = authEvents();
    expect(await failure(initiate('ann'))).toEqual({ name: 'UserLambdaValidationException', message: 'PreAuthentication failed with error Sign-in is paused.' });
    expect(authEvents()).toBe(before);
    await t.deploy('pre-auth', recording());
  });

  it('tells PreAuthentication userNotFound when the client hides user existence', async () => {
    // A pool without a migrate user trigger (which would be asked about the unknown name first).
    const p = await createPoolAndClient(t.sim, {
      pool: { LambdaConfig: { PreAuthentication: t.arn('pre-auth') } },
      client: { PreventUserExistenceErrors: 'ENABLED' },
    });
    await createConfirmedUser(t.sim, p.poolId, 'ann', PASSWORD);
    expect(await failure(initiate('nobody', PASSWORD, {}, p.clientId))).toEqual({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    const event = t.lastEvent('pre-auth');
    expect(event.userName).toBe('nobody');
    expect(event.request).toEqual({ userAttributes: {}, validationData: null, userNotFound: true });
    await initiate('ann', PASSWORD, {}, p.clientId);
    expect(t.lastEvent('pre-auth').request.userNotFound).toBe(false);
    // Without PreventUserExistenceErrors the field is absent, and an unknown name does not reach the trigger.
    await initiate('ann');
    expect(t.lastEvent('pre-auth').request).not.toHaveProperty('userNotFound');
  });

  it('hides a failed migration behind "Incorrect username or password." when the client hides user existence', async () => {
    expect(await failure(initiate('nobody', PASSWORD, {}, hidingClientId))).toEqual({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });

  it('runs PostAuthentication_Authentication once signed in; a failure withholds the tokens', async () => {
    await initiate('ann');
    const event = t.lastEvent('post-auth');
    expect(event.triggerSource).toBe('PostAuthentication_Authentication');
    expect(event.request).toEqual({ userAttributes: expect.objectContaining({ email: 'ann@example.com' }), newDeviceUsed: false });
    await t.deploy('post-auth', `export const handler = async () => { throw new Error('audit log unavailable'); };`);
    const before = authEvents();
    expect(await failure(initiate('ann'))).toEqual({ name: 'UserLambdaValidationException', message: 'PostAuthentication failed with error audit log unavailable.' });
    expect(authEvents()).toBe(before);
    await t.deploy('post-auth', recording());
  });

  it('migrates an unknown user at sign-in (UserMigration_Authentication gets the password) and signs them in', async () => {
    await t.deploy(
      'migrate',
      recording(`if (event.request.password === 'Old-Secret1') { event.response.userAttributes = { email: 'olga@old.example', email_verified: 'true' }; event.response.finalUserStatus = 'CONFIRMED'; event.response.messageAction = 'SUPPRESS'; }`),
    );
    const out = await initiate('olga', 'Old-Secret1', { ClientMetadata: { app: 'legacy' } });
    expect(out.AuthenticationResult?.IdToken).toBeTruthy();
    expect(decodeJwt(out.AuthenticationResult!.IdToken).email).toBe('olga@old.example');
    const event = t.lastEvent('migrate');
    expect(event.triggerSource).toBe('UserMigration_Authentication');
    expect(event.request).toEqual({ password: 'Old-Secret1', validationData: null, clientMetadata: { app: 'legacy' } });
    expect(t.sim.state.userPools[poolId].users.olga.status).toBe('CONFIRMED');
    // The next sign-in finds the user: no migration call.
    const calls = t.events('migrate').length;
    await initiate('olga', 'Old-Secret1');
    expect(t.events('migrate').length).toBe(calls);
    // A wrong password at migration time: the function finds no one.
    expect(await failure(initiate('olaf', 'nope'))).toEqual({ name: 'UserNotFoundException', message: `Exception migrating user in app client ${clientId}` });
  });

  it('makes a migrated user reset their password when finalUserStatus is RESET_REQUIRED', async () => {
    await t.deploy('migrate', recording(`event.response.userAttributes = { email: 'rita@old.example', email_verified: 'true' }; event.response.finalUserStatus = 'RESET_REQUIRED';`));
    expect(await failure(initiate('rita', 'Whatever1!'))).toEqual({ name: 'PasswordResetRequiredException', message: 'Password reset required for the user' });
    expect(t.sim.state.userPools[poolId].users.rita.status).toBe('RESET_REQUIRED');
  });
});

describe('pre token generation', () => {
  let t: TriggerSandbox;
  let v1: { poolId: string; clientId: string };
  let v2: { poolId: string; clientId: string };

  const V1_HANDLER = recording(`
    event.response = {
      claimsOverrideDetails: {
        claimsToAddOrOverride: { tier: 'gold', sub: 'hijacked', family_name: 'Override' },
        claimsToSuppress: ['email'],
        groupOverrideDetails: { groupsToOverride: ['vip'], iamRolesToOverride: ['arn:aws:iam::123456789012:role/vip'], preferredRole: 'arn:aws:iam::123456789012:role/vip' },
      },
    };`);

  beforeAll(async () => {
    t = triggerSandbox('pre-token');
    v1 = await createPoolAndClient(t.sim, { pool: { LambdaConfig: { PreTokenGeneration: t.arn('tokens-v1') } } });
    v2 = await createPoolAndClient(t.sim, {
      pool: { LambdaConfig: { PreTokenGenerationConfig: { LambdaVersion: 'V2_0', LambdaArn: t.arn('tokens-v2') }, PreTokenGeneration: t.arn('tokens-v2') } },
    });
    await t.deploy('tokens-v1', V1_HANDLER);
    await t.deploy(
      'tokens-v2',
      recording(`
      event.response = {
        claimsAndScopeOverrideDetails: {
          idTokenGeneration: { claimsToAddOrOverride: { profile_flags: { beta: true, level: 3 } }, claimsToSuppress: ['phone_number'] },
          accessTokenGeneration: { claimsToAddOrOverride: { tenant: 'acme', roles: ['reader', 'writer'], client_id: 'forged' }, scopesToAdd: ['orders/read', 'orders/write'], scopesToSuppress: ['orders/write'] },
        },
      };`),
    );
    for (const p of [v1, v2]) {
      await createConfirmedUser(t.sim, p.poolId, 'gil', PASSWORD, { email: 'gil@example.com', phone_number: '+15555550142', family_name: 'Original' });
      await t.sim.call('CreateGroup', { UserPoolId: p.poolId, GroupName: 'staff', RoleArn: 'arn:aws:iam::123456789012:role/staff', Precedence: 1 });
      await t.sim.call('AdminAddUserToGroup', { UserPoolId: p.poolId, Username: 'gil', GroupName: 'staff' });
    }
  });
  afterAll(() => t.runtime.close());

  it('V1_0: adds, overrides and suppresses ID token claims and replaces the groups in both tokens', async () => {
    const tokens = await passwordSignIn(t.sim, v1.clientId, 'gil', PASSWORD);
    const id = decodeJwt(tokens.IdToken);
    const access = decodeJwt(tokens.AccessToken);
    expect(id.tier).toBe('gold');
    expect(id.family_name).toBe('Override');
    expect(id.email).toBeUndefined();
    expect(id.sub).toBe(t.sim.state.userPools[v1.poolId].users.gil.attributes.sub);
    expect(id['cognito:groups']).toEqual(['vip']);
    expect(id['cognito:roles']).toEqual(['arn:aws:iam::123456789012:role/vip']);
    expect(id['cognito:preferred_role']).toBe('arn:aws:iam::123456789012:role/vip');
    expect(access['cognito:groups']).toEqual(['vip']);
    expect(access.tier).toBeUndefined();
    const event = t.lastEvent('tokens-v1');
    expect(event).toEqual({
      version: '1',
      triggerSource: 'TokenGeneration_Authentication',
      region: 'us-east-1',
      userPoolId: v1.poolId,
      userName: 'gil',
      callerContext: { awsSdkVersion: expect.any(String), clientId: v1.clientId },
      request: {
        userAttributes: expect.objectContaining({ email: 'gil@example.com', family_name: 'Original', 'cognito:user_status': 'CONFIRMED' }),
        groupConfiguration: { groupsToOverride: ['staff'], iamRolesToOverride: ['arn:aws:iam::123456789012:role/staff'], preferredRole: 'arn:aws:iam::123456789012:role/staff' },
      },
      response: { claimsOverrideDetails: null },
    });
  });

  it('V1_0: runs again when tokens are refreshed (TokenGeneration_RefreshTokens)', async () => {
    const tokens = await passwordSignIn(t.sim, v1.clientId, 'gil', PASSWORD);
    const out = await t.sim.call<AuthOut>('InitiateAuth', { ClientId: v1.clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken } });
    expect(decodeJwt(out.AuthenticationResult!.IdToken).tier).toBe('gold');
    expect(t.lastEvent('tokens-v1').triggerSource).toBe('TokenGeneration_RefreshTokens');
  });

  it('V1_0: says TokenGeneration_NewPasswordChallenge when the tokens follow NEW_PASSWORD_REQUIRED', async () => {
    await t.sim.call('AdminCreateUser', { UserPoolId: v1.poolId, Username: 'newbie', TemporaryPassword: 'Temp0rary-Pass!', MessageAction: 'SUPPRESS' });
    const challenge = await t.sim.call<AuthOut>('InitiateAuth', { ClientId: v1.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'newbie', PASSWORD: 'Temp0rary-Pass!' } });
    expect(challenge.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    await t.sim.call('RespondToAuthChallenge', {
      ClientId: v1.clientId,
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: challenge.Session,
      ChallengeResponses: { USERNAME: 'newbie', NEW_PASSWORD: 'Brand-New-Pass1!' },
      ClientMetadata: { step: 'first-login' },
    });
    const event = t.lastEvent('tokens-v1');
    expect(event.triggerSource).toBe('TokenGeneration_NewPasswordChallenge');
    expect(event.request.clientMetadata).toEqual({ step: 'first-login' });
  });

  it('V2_0: customizes the access token claims and scopes and takes JSON claim values', async () => {
    const tokens = await passwordSignIn(t.sim, v2.clientId, 'gil', PASSWORD);
    const id = decodeJwt(tokens.IdToken);
    const access = decodeJwt(tokens.AccessToken);
    expect(id.profile_flags).toEqual({ beta: true, level: 3 });
    expect(id.phone_number).toBeUndefined();
    expect(id['cognito:groups']).toEqual(['staff']);
    expect(access.tenant).toBe('acme');
    expect(access.roles).toEqual(['reader', 'writer']);
    expect(access.client_id).toBe(v2.clientId);
    expect(access.scope).toBe('aws.cognito.signin.user.admin orders/read');
    const event = t.lastEvent('tokens-v2');
    expect(event.version).toBe('2');
    expect(event.request.scopes).toEqual(['aws.cognito.signin.user.admin']);
    expect(event.response).toEqual({ claimsAndScopeOverrideDetails: null });
  });

  it('fails the sign-in when the trigger throws, and issues no tokens', async () => {
    await t.deploy('tokens-v1', `export const handler = async () => { throw new Error('claims service down'); };`);
    const before = Object.keys(t.sim.state.userPools[v1.poolId].authEvents).length;
    expect(await failure(passwordSignIn(t.sim, v1.clientId, 'gil', PASSWORD))).toEqual({
      name: 'UserLambdaValidationException',
      message: 'PreTokenGeneration failed with error claims service down.',
    });
    expect(Object.keys(t.sim.state.userPools[v1.poolId].authEvents).length).toBe(before);
    await t.deploy('tokens-v1', V1_HANDLER);
  });
});

describe('custom message for MFA codes', () => {
  let t: TriggerSandbox;
  let poolId: string;
  let clientId: string;

  beforeAll(async () => {
    t = triggerSandbox('mfa-message');
    ({ poolId, clientId } = await createPoolAndClient(t.sim, { pool: { SmsConfiguration: SMS, LambdaConfig: { CustomMessage: t.arn('messages') } } }));
    await t.sim.call('SetUserPoolMfaConfig', { UserPoolId: poolId, MfaConfiguration: 'OPTIONAL', SmsMfaConfiguration: { SmsConfiguration: SMS } });
    await createConfirmedUser(t.sim, poolId, 'mo', PASSWORD, { phone_number: '+15555550177' });
    await t.sim.call('AdminSetUserMFAPreference', { UserPoolId: poolId, Username: 'mo', SMSMfaSettings: { Enabled: true, PreferredMfa: true } });
    await t.deploy('messages', recording(`event.response.smsMessage = 'Sign-in code for ' + event.userName + ': ' + event.request.codeParameter;`));
  });
  afterAll(() => t.runtime.close());

  it('rewrites the SMS MFA code (CustomMessage_Authentication), and the code still signs in', async () => {
    const challenge = await t.sim.call<AuthOut>('InitiateAuth', { ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'mo', PASSWORD } });
    expect(challenge.ChallengeName).toBe('SMS_MFA');
    const sent = t.sim.outbox.at(-1)!;
    expect(sent.body).toBe(`Sign-in code for mo: ${sent.code}`);
    expect(t.lastEvent('messages').triggerSource).toBe('CustomMessage_Authentication');
    const out = await t.sim.call<AuthOut>('RespondToAuthChallenge', {
      ClientId: clientId,
      ChallengeName: 'SMS_MFA',
      Session: challenge.Session,
      ChallengeResponses: { USERNAME: 'mo', SMS_MFA_CODE: sent.code },
    });
    expect(out.AuthenticationResult?.AccessToken).toBeTruthy();
  });
});
