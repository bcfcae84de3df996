import { CompactEncrypt, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotatedJsonLines, decodeToken, describeValidity, tokenValidity } from './jwt';

const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);
const iat = T0 / 1000;
let signed: string;
let encrypted: string;

beforeAll(async () => {
  const { privateKey } = await generateKeyPair('RS256');
  signed = await new SignJWT({ token_use: 'id', 'cognito:username': 'alice', auth_time: iat })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-kid' })
    .setIssuedAt(iat)
    .setExpirationTime(iat + 3600)
    .sign(privateKey);
  const enc = await generateKeyPair('RSA-OAEP');
  encrypted = await new CompactEncrypt(new TextEncoder().encode('{}')).setProtectedHeader({ alg: 'RSA-OAEP', enc: 'A256GCM' }).encrypt(enc.publicKey);
});

describe('decodeToken', () => {
  it('reads the header and payload of a signed JWT', () => {
    const decoded = decodeToken(signed);
    expect(decoded?.header).toEqual({ alg: 'RS256', kid: 'test-kid' });
    expect(decoded?.payload).toMatchObject({ token_use: 'id', 'cognito:username': 'alice', iat, exp: iat + 3600, auth_time: iat });
  });

  it('gives undefined for an encrypted token or something that is not a JWT', () => {
    expect(decodeToken(encrypted)).toBeUndefined();
    expect(decodeToken('not.a.jwt')).toBeUndefined();
    expect(decodeToken('')).toBeUndefined();
  });
});

describe('annotatedJsonLines', () => {
  it('pretty-prints and notes the simulated date of each top-level time claim', () => {
    const lines = annotatedJsonLines({ sub: 'abc', auth_time: iat, exp: iat + 3600, iat, nested: { exp: iat }, note: 'exp' });
    expect(lines.map((l) => l.text).join('\n')).toBe(JSON.stringify({ sub: 'abc', auth_time: iat, exp: iat + 3600, iat, nested: { exp: iat }, note: 'exp' }, null, 2));
    const notes = Object.fromEntries(lines.filter((l) => l.note).map((l) => [l.text.trim().split('"')[1], l.note]));
    expect(notes).toEqual({
      auth_time: 'Thu 1 Jan 2026, 09:00:00 UTC',
      exp: 'Thu 1 Jan 2026, 10:00:00 UTC',
      iat: 'Thu 1 Jan 2026, 09:00:00 UTC',
    });
  });

  it('leaves other numbers alone', () => {
    expect(annotatedJsonLines({ count: 5, exp_hint: 7 }).every((l) => l.note === undefined)).toBe(true);
  });
});

describe('tokenValidity', () => {
  const payload = { iat, exp: iat + 3600 };

  it('is valid before exp and counts down on the simulated clock', () => {
    expect(tokenValidity(payload, T0)).toEqual({ valid: true, remainingMs: 3_600_000, expiresAt: T0 + 3_600_000 });
    expect(tokenValidity(payload, T0 + 3_599_999).valid).toBe(true);
  });

  it('is expired from the exp instant on', () => {
    expect(tokenValidity(payload, T0 + 3_600_000)).toEqual({ valid: false, remainingMs: 0, expiresAt: T0 + 3_600_000 });
    expect(tokenValidity(payload, T0 + 7_200_000).remainingMs).toBe(-3_600_000);
  });

  it('respects nbf and tokens without exp', () => {
    expect(tokenValidity({ exp: iat + 60, nbf: iat + 30 }, T0).valid).toBe(false);
    expect(tokenValidity({}, T0)).toEqual({ valid: true });
  });
});

describe('describeValidity', () => {
  const payload = { exp: iat + 3600 };
  it('says how long is left or how long ago it expired', () => {
    expect(describeValidity(tokenValidity(payload, T0))).toBe('Valid for another 1 hour');
    expect(describeValidity(tokenValidity(payload, T0 + 60_000))).toBe('Valid for another 59 minutes');
    expect(describeValidity(tokenValidity(payload, T0 + 3_600_000))).toBe('Expired just now');
    expect(describeValidity(tokenValidity(payload, T0 + 7_200_000))).toBe('Expired 1 hour ago');
    expect(describeValidity(tokenValidity({ exp: iat + 60, nbf: iat + 30 }, T0))).toBe('Not valid yet');
  });
});
