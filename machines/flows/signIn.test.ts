import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, waitFor, type SnapshotFrom } from 'xstate';
import { totpCode } from '../../simulator/users/totp';
import { createConfirmedUser } from '../../test/support/flows';
import { startSrp } from '../../app/sandbox/_flows/srpClient';
import { signInMachine } from './signIn';
import { testEngine, type TestEngine } from './testEngine';

const PASSWORD = 'Sandbox-Pa55word!';
const SESSION_MS = 3 * 60_000;
const BUSY = ['startingSrp', 'provingPassword', 'sendingPassword', 'routing', 'answering', 'associatingToken', 'verifyingToken'];

let engine: TestEngine;
beforeAll(async () => {
  engine = await testEngine('sign-in-machine');
  await createConfirmedUser(engine.sim, engine.poolId, 'alice', PASSWORD, { email: 'alice@example.com', email_verified: 'true' });
});

function start(clock = new SimulatedClock()) {
  const actor = createActor(signInMachine, { input: { api: engine.api, startSrp, sessionValidityMs: SESSION_MS }, clock }).start();
  return actor;
}
type Actor = ReturnType<typeof start>;
const settled = (actor: Actor): Promise<SnapshotFrom<typeof signInMachine>> => waitFor(actor, (s) => !BUSY.some((b) => s.matches(b as never)));

describe('sign-in machine', () => {
  it('signs in with SRP: InitiateAuth, then PASSWORD_VERIFIER, then tokens; the password is not kept', async () => {
    const actor = start();
    const before = engine.operations.length;
    actor.send({ type: 'SUBMIT', username: 'alice', password: PASSWORD, authFlow: 'USER_SRP_AUTH' });
    const s = await settled(actor);
    expect(s.value).toBe('signedIn');
    expect(s.status).toBe('done');
    expect(s.context.tokens?.AccessToken).toBeTruthy();
    expect(s.context.password).toBeUndefined();
    expect(s.context.srp).toBeUndefined();
    expect(engine.operations.slice(before)).toEqual(['InitiateAuth', 'RespondToAuthChallenge']);
    expect(actor.getSnapshot().output).toMatchObject({ username: 'alice', tokens: { TokenType: 'Bearer' } });
  });

  it('refuses a wrong password over SRP and goes back to the form', async () => {
    const actor = start();
    actor.send({ type: 'SUBMIT', username: 'alice', password: 'Wrong-Pa55word!', authFlow: 'USER_SRP_AUTH' });
    const s = await settled(actor);
    expect(s.value).toBe('idle');
    expect(s.context.error).toEqual({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    expect(s.context.password).toBeUndefined();
  });

  it('signs in with USER_PASSWORD_AUTH in one call', async () => {
    const actor = start();
    const before = engine.operations.length;
    actor.send({ type: 'SUBMIT', username: 'alice', password: PASSWORD, authFlow: 'USER_PASSWORD_AUTH' });
    expect((await settled(actor)).value).toBe('signedIn');
    expect(engine.operations.slice(before)).toEqual(['InitiateAuth']);
  });

  it('answers NEW_PASSWORD_REQUIRED for an administrator-created user, retrying after a refused password', async () => {
    await engine.sim.call('AdminCreateUser', { UserPoolId: engine.poolId, Username: 'newbie', TemporaryPassword: 'Temp-Pa55word!', MessageAction: 'SUPPRESS' });
    const actor = start();
    actor.send({ type: 'SUBMIT', username: 'newbie', password: 'Temp-Pa55word!', authFlow: 'USER_SRP_AUTH' });
    let s = await settled(actor);
    expect(s.value).toBe('newPasswordRequired');
    actor.send({ type: 'SUBMIT_NEW_PASSWORD', newPassword: 'short' });
    s = await settled(actor);
    expect(s.value).toBe('newPasswordRequired');
    expect(s.context.error?.name).toBe('InvalidPasswordException');
    actor.send({ type: 'SUBMIT_NEW_PASSWORD', newPassword: 'Brand-New-Pa55!' });
    s = await settled(actor);
    expect(s.value).toBe('signedIn');
    const user = await engine.sim.call<{ UserStatus: string }>('AdminGetUser', { UserPoolId: engine.poolId, Username: 'newbie' });
    expect(user.UserStatus).toBe('CONFIRMED');
  });

  it('gives up a challenge once the session validity has passed on the simulated clock', async () => {
    await engine.sim.call('AdminCreateUser', { UserPoolId: engine.poolId, Username: 'slowpoke', TemporaryPassword: 'Temp-Pa55word!', MessageAction: 'SUPPRESS' });
    const clock = new SimulatedClock();
    const actor = start(clock);
    actor.send({ type: 'SUBMIT', username: 'slowpoke', password: 'Temp-Pa55word!', authFlow: 'USER_PASSWORD_AUTH' });
    expect((await settled(actor)).value).toBe('newPasswordRequired');
    clock.increment(SESSION_MS - 1);
    expect(actor.getSnapshot().value).toBe('newPasswordRequired');
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('sessionExpired');
    expect(actor.getSnapshot().context.session).toBeUndefined();
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().value).toBe('idle');
  });

  it('goes back to the form when Cognito refuses a non-retryable answer', async () => {
    await engine.sim.call('AdminCreateUser', { UserPoolId: engine.poolId, Username: 'late', TemporaryPassword: 'Temp-Pa55word!', MessageAction: 'SUPPRESS' });
    const actor = start();
    actor.send({ type: 'SUBMIT', username: 'late', password: 'Temp-Pa55word!', authFlow: 'USER_PASSWORD_AUTH' });
    await settled(actor);
    engine.clock.advance(SESSION_MS + 1000); // the engine's session expires; the chart's own timer runs on another clock here
    actor.send({ type: 'SUBMIT_NEW_PASSWORD', newPassword: 'Brand-New-Pa55!' });
    const s = await settled(actor);
    expect(s.value).toBe('idle');
    expect(s.context.error?.name).toBe('NotAuthorizedException');
    expect(s.context.session).toBeUndefined();
  });
});

describe('sign-in machine with MFA required (authenticator app)', () => {
  let mfa: TestEngine;
  beforeAll(async () => {
    mfa = await testEngine('sign-in-machine-mfa');
    await mfa.sim.call('SetUserPoolMfaConfig', { UserPoolId: mfa.poolId, MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } });
    await createConfirmedUser(mfa.sim, mfa.poolId, 'bob', PASSWORD, { email: 'bob@example.com', email_verified: 'true' });
  });
  const startMfa = () => createActor(signInMachine, { input: { api: mfa.api, startSrp, sessionValidityMs: SESSION_MS }, clock: new SimulatedClock() }).start();

  it('sets up TOTP through MFA_SETUP, then answers SOFTWARE_TOKEN_MFA on the next sign-in', async () => {
    let actor = startMfa();
    actor.send({ type: 'SUBMIT', username: 'bob', password: PASSWORD, authFlow: 'USER_SRP_AUTH' });
    let s = await settled(actor);
    expect(s.value).toBe('mfaSetup');
    expect(s.context.challengeParameters?.MFAS_CAN_SETUP).toContain('SOFTWARE_TOKEN_MFA');

    actor.send({ type: 'ASSOCIATE_TOKEN' });
    s = await settled(actor);
    expect(s.value).toBe('mfaSetupScan');
    const secret = s.context.totpSecret!;
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);

    actor.send({ type: 'VERIFY_TOKEN', code: '000000' === totpCode(secret, mfa.clock.now()) ? '111111' : '000000' });
    s = await settled(actor);
    expect(s.value).toBe('mfaSetupScan');
    expect(s.context.error?.name).toMatch(/CodeMismatchException|EnableSoftwareTokenMFAException/);

    actor.send({ type: 'VERIFY_TOKEN', code: totpCode(secret, mfa.clock.now()), deviceName: 'Sandbox phone' });
    s = await settled(actor);
    expect(s.value).toBe('signedIn');
    expect(mfa.operations.slice(-2)).toEqual(['VerifySoftwareToken', 'RespondToAuthChallenge']);

    mfa.clock.advance(60_000); // a fresh TOTP step
    actor = startMfa();
    actor.send({ type: 'SUBMIT', username: 'bob', password: PASSWORD, authFlow: 'USER_SRP_AUTH' });
    s = await settled(actor);
    expect(s.value).toBe('softwareTokenMfa');
    actor.send({ type: 'SUBMIT_CODE', code: '000000' === totpCode(secret, mfa.clock.now()) ? '111111' : '000000' });
    s = await settled(actor);
    expect(s.value).toBe('softwareTokenMfa');
    expect(s.context.error?.name).toBe('CodeMismatchException');
    actor.send({ type: 'SUBMIT_CODE', code: totpCode(secret, mfa.clock.now()) });
    s = await settled(actor);
    expect(s.value).toBe('signedIn');
  });
});
