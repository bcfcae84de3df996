import { describe, expect, it } from 'vitest';
import { createSimulator, seededRandom, SimulatedClock } from '@/simulator';
import { totpUri } from '@/simulator/users/totp';
import { CODES, MINUTE_MS } from '@/simulator/facts';
import { createSandboxStore } from '../_lib/sandboxStore';
import { groupSecret, normalizeSecret, parseOtpauthUri, readAuthenticator, TOTP_PERIOD_SECONDS } from './authenticator';

const SECRET = 'JBSWY3DPEHPK3PXP';
const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);

describe('authenticator', () => {
  it('cleans pasted secrets and refuses what is not Base32', () => {
    expect(normalizeSecret(' jbsw y3dp-ehpk 3pxp ')).toEqual({ ok: true, secret: SECRET });
    expect(normalizeSecret('')).toMatchObject({ ok: false, error: 'Enter the secret key.' });
    expect(normalizeSecret('not base32 1890')).toMatchObject({ ok: false });
    expect(normalizeSecret(totpUri(SECRET, 'alice', 'Sandbox'))).toEqual({ ok: true, secret: SECRET });
    expect(parseOtpauthUri(totpUri(SECRET, 'alice', 'Sandbox'))).toMatchObject({ secret: SECRET, issuer: 'Sandbox', label: expect.stringContaining('alice') });
    expect(parseOtpauthUri('https://example.com')).toBeUndefined();
    expect(groupSecret(SECRET)).toBe('JBSW Y3DP EHPK 3PXP');
  });

  it('shows a 6-digit code that holds for one step and changes with the simulated clock', () => {
    expect(TOTP_PERIOD_SECONDS).toBe(CODES.totpPeriodSeconds.value);
    const start = readAuthenticator(SECRET, T0);
    expect(start.code).toMatch(new RegExp(`^\\d{${CODES.totpDigits.value}}$`));
    expect(start.secondsLeft).toBe(TOTP_PERIOD_SECONDS); // T0 is on a step boundary
    const later = readAuthenticator(SECRET, T0 + (TOTP_PERIOD_SECONDS - 1) * 1000 + 500);
    expect(later).toMatchObject({ code: start.code, secondsLeft: 1, step: start.step });
    const next = readAuthenticator(SECRET, T0 + TOTP_PERIOD_SECONDS * 1000);
    expect(next.step).toBe(start.step + 1);
    expect(readAuthenticator(SECRET, T0 + 5 * MINUTE_MS).code).not.toBe(start.code);
  });

  it("gives codes the engine accepts for the user's software token", async () => {
    const clock = new SimulatedClock(T0);
    const sim = createSimulator({ clock, random: seededRandom('authenticator-test'), passwordHashIterations: 10 });
    const { UserPool } = await sim.call<{ UserPool: { Id: string } }>('CreateUserPool', { PoolName: 'totp' });
    const { UserPoolClient } = await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', { UserPoolId: UserPool.Id, ClientName: 'c', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
    await sim.call('SetUserPoolMfaConfig', { UserPoolId: UserPool.Id, MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } });
    await sim.call('AdminCreateUser', { UserPoolId: UserPool.Id, Username: 'tom', MessageAction: 'SUPPRESS' });
    await sim.call('AdminSetUserPassword', { UserPoolId: UserPool.Id, Username: 'tom', Password: 'Totp-Pa55word!', Permanent: true });
    const auth = await sim.call<{ AuthenticationResult: { AccessToken: string } }>('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: UserPoolClient.ClientId, AuthParameters: { USERNAME: 'tom', PASSWORD: 'Totp-Pa55word!' } });
    const { SecretCode } = await sim.call<{ SecretCode: string }>('AssociateSoftwareToken', { AccessToken: auth.AuthenticationResult.AccessToken });

    // The learner "scans" the secret into the store's authenticator…
    const store = createSandboxStore();
    const added = store.addAuthenticatorAccount({ label: 'tom', secret: SecretCode.toLowerCase() });
    expect(added).toMatchObject({ ok: true, value: { id: 1, label: 'tom', secret: SecretCode } });
    const account = store.getSnapshot().authenticator![0];
    clock.advance(7 * MINUTE_MS);
    // …and the code it shows is the one Cognito expects now.
    const { code } = readAuthenticator(account.secret, clock.now());
    await expect(sim.call('VerifySoftwareToken', { AccessToken: auth.AuthenticationResult.AccessToken, UserCode: code })).resolves.toMatchObject({ Status: 'SUCCESS' });
  });

  it('keeps one account per secret, renames on re-adding, removes, and refuses a bad secret', () => {
    const store = createSandboxStore();
    store.addAuthenticatorAccount({ label: 'first', secret: SECRET });
    store.addAuthenticatorAccount({ label: 'again', secret: SECRET });
    store.addAuthenticatorAccount({ label: '  ', secret: 'GEZDGNBVGY3TQOJQ' });
    expect(store.getSnapshot().authenticator?.map((a) => [a.id, a.label])).toEqual([
      [1, 'again'],
      [2, 'Cognito user pool'],
    ]);
    expect(store.addAuthenticatorAccount({ label: 'x', secret: '0189' })).toMatchObject({ ok: false, error: { name: 'InvalidSecret' } });
    store.removeAuthenticatorAccount(1);
    expect(store.getSnapshot().authenticator?.map((a) => a.id)).toEqual([2]);
  });
});
