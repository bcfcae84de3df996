import { afterEach, describe, expect, it, vi } from 'vitest';
import * as identityJs from 'amazon-cognito-identity-js';
import { seededRandom } from '../core/random';
import { N, N_HEX, bigintModPow, g, privateKeyX } from './srpGroup';
import { formatSrpTimestamp, parseClientPublic, parseSrpTimestamp, serverEphemeral, verifyPasswordClaim } from './srp';
import { srpClient } from '../../test/support/srpClient';

/* Exported by the library at run time, though its type declarations leave it out. */
const { DateHelper } = identityJs as unknown as { DateHelper: new () => { getNowString(): string } };
const crypto = { modPow: bigintModPow };
const POOL = 'us-east-1_Example1';

/** A verifier as makePasswordRecord stores it. */
async function verifierFor(user: string, password: string, saltHex: string) {
  return bigintModPow(g, await privateKeyX(POOL, user, password, saltHex), N).toString(16);
}

async function claimHolds(saltHex: string, password: string, timestamp = 'Tue Feb 3 09:04:05 UTC 2026') {
  const verifierHex = await verifierFor('alice', 'Corr3ct-Horse!', saltHex);
  const { b, B } = await serverEphemeral(crypto, seededRandom(saltHex), verifierHex);
  const client = await srpClient(POOL);
  const secretBlock = Buffer.from('secret block').toString('base64');
  const responses = await client.answer({ USER_ID_FOR_SRP: 'alice', SRP_B: B, SALT: saltHex, SECRET_BLOCK: secretBlock }, password, timestamp);
  return verifyPasswordClaim(crypto, {
    userPoolId: POOL,
    userIdForSrp: 'alice',
    A: parseClientPublic(client.srpA)!,
    B: BigInt('0x' + B),
    b: BigInt('0x' + b),
    verifierHex,
    secretBlock,
    timestamp: responses.TIMESTAMP,
    signature: responses.PASSWORD_CLAIM_SIGNATURE,
  });
}

describe('SRP, service side', () => {
  afterEach(() => vi.useRealTimers());

  it("accepts the library's proof for the right password and refuses a wrong one", async () => {
    expect(await claimHolds('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'Corr3ct-Horse!')).toBe(true);
    expect(await claimHolds('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'Corr3ct-Horse?')).toBe(false);
  });

  it('agrees with the client on salts with leading zero bytes or the top bit set', async () => {
    for (const salt of ['00000b2c3d4e5f60718293a4b5c6d7e8', '00f1b2c3d4e5f60718293a4b5c6d7e8f', 'f1b2c3d4e5f60718293a4b5c6d7e8f90']) {
      expect(await claimHolds(salt, 'Corr3ct-Horse!')).toBe(true);
    }
  });

  it('refuses A ≡ 0 (mod N) and what is not hex', () => {
    expect(parseClientPublic(N_HEX)).toBeUndefined();
    expect(parseClientPublic('0')).toBeUndefined();
    expect(parseClientPublic((N * 3n).toString(16))).toBeUndefined();
    expect(parseClientPublic('xyz')).toBeUndefined();
    expect(parseClientPublic('02')).toBe(2n);
  });

  it('makes B from k·v + g^b with the injected modPow', async () => {
    const calls: bigint[] = [];
    const counting = { modPow: (b: bigint, e: bigint, m: bigint) => (calls.push(e), bigintModPow(b, e, m)) };
    const { b, B } = await serverEphemeral(counting, seededRandom('b'), 'abc');
    expect(calls).toEqual([BigInt('0x' + b)]);
    expect(BigInt('0x' + B) < N).toBe(true);
  });

  it("writes and reads TIMESTAMP as the library's DateHelper does", () => {
    for (const at of [Date.UTC(2026, 1, 3, 9, 4, 5), Date.UTC(2025, 11, 31, 23, 59, 59), Date.UTC(2024, 1, 29, 0, 0, 0)]) {
      vi.useFakeTimers({ now: at });
      const theirs = new DateHelper().getNowString();
      vi.useRealTimers();
      expect(formatSrpTimestamp(at)).toBe(theirs);
      expect(parseSrpTimestamp(theirs)).toBe(at);
    }
    expect(formatSrpTimestamp(Date.UTC(2026, 1, 3, 9, 4, 5))).toBe('Tue Feb 3 09:04:05 UTC 2026');
    expect(parseSrpTimestamp('Wed Feb 3 09:04:05 UTC 2026')).toBeUndefined();
    expect(parseSrpTimestamp('Tue Feb 30 09:04:05 UTC 2026')).toBeUndefined();
    expect(parseSrpTimestamp('2026-02-03T09:04:05Z')).toBeUndefined();
  });
});
