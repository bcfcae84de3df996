import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, waitFor } from 'xstate';
import { totpCode } from '../../simulator/users/totp';
import { createConfirmedUser, passwordSignIn } from '../../test/support/flows';
import { sessionMachine } from './session';
import { testEngine, type TestEngine } from './testEngine';

const PASSWORD = 'Sandbox-Pa55word!';
const HOUR = 3600_000;
const RESTING = ['signedIn', 'signedOut', 'totpPending'];

let engine: TestEngine;
beforeAll(async () => {
  engine = await testEngine('session-machine');
  await engine.sim.call('SetUserPoolMfaConfig', { UserPoolId: engine.poolId, MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } });
  await createConfirmedUser(engine.sim, engine.poolId, 'alice', PASSWORD, { email: 'alice@example.com', email_verified: 'true' });
});

async function signedInActor(username = 'alice', password = PASSWORD) {
  const tokens = await passwordSignIn(engine.sim, engine.clientId, username, password);
  const actor = createActor(sessionMachine, { input: { api: engine.api }, clock: new SimulatedClock() }).start();
  expect(actor.getSnapshot().value).toBe('signedOut');
  actor.send({ type: 'SIGNED_IN', username, tokens });
  return actor;
}
const settled = (actor: Awaited<ReturnType<typeof signedInActor>>) => waitFor(actor, (s) => RESTING.some((r) => s.matches(r as never)));

describe('session machine', () => {
  it('reads the user, sees the access token expire after an hour, refreshes, and the refresh token expires after 30 days', async () => {
    const actor = await signedInActor();
    actor.send({ type: 'GET_USER' });
    let s = await settled(actor);
    expect(s.context.user?.Username).toBe('alice');
    const firstAccess = s.context.tokens?.AccessToken;
    const refresh = s.context.tokens?.RefreshToken;

    engine.clock.advance(HOUR);
    actor.send({ type: 'GET_USER' });
    s = await settled(actor);
    expect(s.value).toBe('signedIn');
    expect(s.context.error).toMatchObject({ name: 'NotAuthorizedException', message: 'Access Token has expired' });

    actor.send({ type: 'REFRESH' });
    s = await settled(actor);
    expect(s.context.error).toBeUndefined();
    expect(s.context.tokens?.AccessToken).not.toBe(firstAccess);
    expect(s.context.tokens?.RefreshToken).toBe(refresh);
    actor.send({ type: 'GET_USER' });
    expect((await settled(actor)).context.error).toBeUndefined();

    engine.clock.advance(30 * 24 * HOUR);
    actor.send({ type: 'REFRESH' });
    s = await settled(actor);
    expect(s.context.error?.name).toBe('NotAuthorizedException');
  });

  it('changes the password, refusing a wrong old one', async () => {
    await createConfirmedUser(engine.sim, engine.poolId, 'carol', PASSWORD);
    const actor = await signedInActor('carol');
    actor.send({ type: 'CHANGE_PASSWORD', previousPassword: 'Nope-Pa55word!', proposedPassword: 'Other-Pa55word!' });
    let s = await settled(actor);
    expect(s.context.error?.name).toBe('NotAuthorizedException');
    actor.send({ type: 'CHANGE_PASSWORD', previousPassword: PASSWORD, proposedPassword: 'Other-Pa55word!' });
    s = await settled(actor);
    expect(s.context.error).toBeUndefined();
    expect(s.context.notice).toBe('Password changed.');
    await expect(passwordSignIn(engine.sim, engine.clientId, 'carol', 'Other-Pa55word!')).resolves.toHaveProperty('AccessToken');
  });

  it('updates the email, and verifies it with the code sent', async () => {
    await createConfirmedUser(engine.sim, engine.poolId, 'dave', PASSWORD, { email: 'dave@example.com', email_verified: 'true' });
    const actor = await signedInActor('dave');
    actor.send({ type: 'UPDATE_ATTRIBUTES', attributes: { email: 'dave@example.org' } });
    let s = await settled(actor);
    expect(s.context.error).toBeUndefined();
    expect(s.context.delivery).toMatchObject({ AttributeName: 'email', DeliveryMedium: 'EMAIL' });
    const code = engine.lastMessageTo('dave@example.org')?.code;
    expect(code).toBeTruthy();
    actor.send({ type: 'VERIFY_ATTRIBUTE', attribute: 'email', code: code! });
    s = await settled(actor);
    expect(s.context.error).toBeUndefined();
    actor.send({ type: 'REQUEST_ATTRIBUTE_CODE', attribute: 'email' });
    s = await settled(actor);
    expect(s.context.notice).toBe('A verification code was sent.');
    actor.send({ type: 'GET_USER' });
    s = await settled(actor);
    const attrs = Object.fromEntries((s.context.user?.UserAttributes ?? []).map((a) => [a.Name, a.Value]));
    expect(attrs).toMatchObject({ email: 'dave@example.org', email_verified: 'true' });
  });

  it('turns on an authenticator app for the signed-in user', async () => {
    await createConfirmedUser(engine.sim, engine.poolId, 'erin', PASSWORD);
    const actor = await signedInActor('erin');
    actor.send({ type: 'SET_UP_TOTP' });
    let s = await settled(actor);
    expect(s.value).toBe('totpPending');
    const secret = s.context.totpSecret!;
    actor.send({ type: 'VERIFY_TOTP', code: totpCode(secret, engine.clock.now()) === '000000' ? '111111' : '000000' });
    s = await settled(actor);
    expect(s.value).toBe('totpPending');
    expect(s.context.error).toBeDefined();
    actor.send({ type: 'VERIFY_TOTP', code: totpCode(secret, engine.clock.now()) });
    s = await settled(actor);
    expect(s.value).toBe('signedIn');
    expect(s.context.totpSecret).toBeUndefined();
    const out = await engine.sim.call<{ ChallengeName?: string }>('InitiateAuth', {
      ClientId: engine.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'erin', PASSWORD },
    });
    expect(out.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
  });

  it('signs out three ways: locally (tokens still work), globally and by revoking the refresh token', async () => {
    await createConfirmedUser(engine.sim, engine.poolId, 'frank', PASSWORD);
    let actor = await signedInActor('frank');
    const access = actor.getSnapshot().context.tokens!.AccessToken!;
    actor.send({ type: 'SIGN_OUT' });
    expect(actor.getSnapshot().value).toBe('signedOut');
    expect(actor.getSnapshot().context.tokens).toBeUndefined();
    await expect(engine.sim.call('GetUser', { AccessToken: access })).resolves.toHaveProperty('Username', 'frank');

    actor = await signedInActor('frank');
    const refresh = actor.getSnapshot().context.tokens!.RefreshToken!;
    actor.send({ type: 'GLOBAL_SIGN_OUT' });
    expect((await settled(actor)).value).toBe('signedOut');
    await expect(engine.sim.call('InitiateAuth', { ClientId: engine.clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: refresh } })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });

    actor = await signedInActor('frank');
    const refresh2 = actor.getSnapshot().context.tokens!.RefreshToken!;
    actor.send({ type: 'REVOKE_TOKEN' });
    expect((await settled(actor)).value).toBe('signedOut');
    await expect(engine.sim.call('InitiateAuth', { ClientId: engine.clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: refresh2 } })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
  });
});
