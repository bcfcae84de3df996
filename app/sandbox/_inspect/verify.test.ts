import { beforeAll, describe, expect, it } from 'vitest';
import { HOUR_MS } from '@/simulator/facts';
import { issuerFor } from '@/simulator/facts';
import { replacePayload, payloadJsonOf, jweParts, jweHeader } from './tokenParts';
import { verifyToken, type VerifyOptions } from './verify';
import { buildFixture, START, type Fixture } from './testFixture';

let fx: Fixture;
let base: Omit<VerifyOptions, 'expectedUse'>;
beforeAll(async () => {
  fx = await buildFixture('verify-test');
  base = { jwks: fx.sim.jwks(fx.poolId), issuer: issuerFor(fx.sim.region, fx.poolId), clientId: fx.clientId, nowMs: START };
});

const failed = (v: { checks: Array<{ id: string; ok: boolean }> }) => v.checks.filter((c) => !c.ok).map((c) => c.id);

describe('verifyToken', () => {
  it('accepts the ID and access tokens the engine issued, against the pool JWKS, on the simulated clock', async () => {
    const id = await verifyToken(fx.tokens.IdToken, { ...base, expectedUse: 'id' });
    const access = await verifyToken(fx.tokens.AccessToken, { ...base, expectedUse: 'access' });
    for (const v of [id, access]) {
      expect(failed(v)).toEqual([]);
      expect(v).toMatchObject({ valid: true, signatureValid: true, library: 'ok' });
      expect(v.checks.map((c) => c.id)).toEqual(['format', 'key', 'signature', 'expiry', 'issuer', 'audience', 'token_use']);
    }
  });

  it('reports expiry from the simulated clock, not the wall clock', async () => {
    const later = await verifyToken(fx.tokens.IdToken, { ...base, nowMs: START + HOUR_MS, expectedUse: 'id' });
    expect(failed(later)).toEqual(['expiry']);
    expect(later.signatureValid).toBe(true);
    expect(later.library).toMatch(/"exp" claim timestamp check failed/);
    const justBefore = await verifyToken(fx.tokens.IdToken, { ...base, nowMs: START + HOUR_MS - 1000, expectedUse: 'id' });
    expect(justBefore.valid).toBe(true);
  });

  it('fails the signature of a token whose payload was edited, and keeps its header and signature', async () => {
    const payload = JSON.parse(payloadJsonOf(fx.tokens.IdToken));
    expect(payload['cognito:username']).toBe('alice');
    payload['cognito:groups'] = ['admins', 'superusers'];
    const edited = replacePayload(fx.tokens.IdToken, JSON.stringify(payload));
    if (!edited.ok) throw new Error(edited.error);
    const [h, , s] = fx.tokens.IdToken.split('.');
    expect(edited.token.startsWith(`${h}.`) && edited.token.endsWith(`.${s}`)).toBe(true);
    expect(JSON.parse(payloadJsonOf(edited.token))['cognito:groups']).toEqual(['admins', 'superusers']);
    const v = await verifyToken(edited.token, { ...base, expectedUse: 'id' });
    expect(failed(v)).toEqual(['signature']);
    expect(v.signatureValid).toBe(false);
    expect(v.library).toMatch(/signature verification failed/);
    // Re-encoding the unchanged payload keeps the signature valid (only the bytes matter).
    const same = replacePayload(fx.tokens.IdToken, payloadJsonOf(fx.tokens.IdToken));
    expect(same.ok && (await verifyToken(same.token, { ...base, expectedUse: 'id' })).valid).toBe(true);
  });

  it('refuses an ID token where an access token is expected (token_use and client_id)', async () => {
    const v = await verifyToken(fx.tokens.IdToken, { ...base, expectedUse: 'access' });
    expect(v.signatureValid).toBe(true);
    expect(failed(v)).toEqual(['audience', 'token_use']);
    expect(v.checks.find((c) => c.id === 'token_use')?.detail).toContain('"id"');
  });

  it('refuses a token from another client or issuer, and garbage', async () => {
    expect(failed(await verifyToken(fx.tokens.AccessToken, { ...base, clientId: 'someoneelse', expectedUse: 'access' }))).toEqual(['audience']);
    expect(failed(await verifyToken(fx.tokens.AccessToken, { ...base, issuer: 'https://example.com', expectedUse: 'access' }))).toEqual(['issuer']);
    expect(failed(await verifyToken('not.a-token', { ...base, expectedUse: 'id' }))).toEqual(['format']);
    expect(failed(await verifyToken(fx.tokens.IdToken, { ...base, jwks: { keys: [] }, expectedUse: 'id' }))).toEqual(['key', 'signature']);
  });

  it('matches what the engine itself answers for tampered and misused tokens', async () => {
    const payload = JSON.parse(payloadJsonOf(fx.tokens.AccessToken));
    payload.username = 'mallory';
    const edited = replacePayload(fx.tokens.AccessToken, JSON.stringify(payload));
    if (!edited.ok) throw new Error(edited.error);
    await expect(fx.sim.call('GetUser', { AccessToken: edited.token })).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Invalid Access Token' });
    await expect(fx.sim.call('GetUser', { AccessToken: fx.tokens.IdToken })).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Invalid Access Token' });
    await expect(fx.sim.call('GetUser', { AccessToken: fx.tokens.AccessToken })).resolves.toMatchObject({ Username: 'alice' });
  });
});

describe('token parts', () => {
  it('splits the refresh token (a JWE) into its five parts and reads only its protected header', () => {
    const parts = jweParts(fx.tokens.RefreshToken);
    expect(parts?.map((p) => p.name)).toEqual(['Protected header', 'Encrypted key', 'Initialization vector', 'Ciphertext', 'Authentication tag']);
    expect(parts?.[2].bytes).toBe(12); // A256GCM's IV
    expect(parts?.[4].bytes).toBe(16); // and its tag
    expect(parts?.[1].bytes).toBeGreaterThanOrEqual(256); // RSA-OAEP with a 2048-bit key or larger
    expect(jweHeader(fx.tokens.RefreshToken)).toMatchObject({ alg: 'RSA-OAEP', enc: 'A256GCM' });
    expect(jweParts(fx.tokens.IdToken)).toBeUndefined();
  });

  it('refuses to re-encode a payload that is not a JSON object', () => {
    expect(replacePayload(fx.tokens.IdToken, '{ nope')).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') });
    expect(replacePayload(fx.tokens.IdToken, '[1]')).toMatchObject({ ok: false, error: 'The payload must be a JSON object.' });
    expect(replacePayload(fx.tokens.RefreshToken, '{}')).toMatchObject({ ok: false });
  });
});
