import { describe, expect, it } from 'vitest';
import type { User } from '../core/model';
import { LOCKOUT, SIGN_IN } from '../facts';
import { clearLockout, isLockedOut, lockoutDelayMs, recordFailedSignIn } from './lockout';

const user = (): User =>
  ({ username: 'u', attributes: {}, lockout: { failures: 0, lockedUntil: 0 } }) as unknown as User;

describe('sign-in lockout', () => {
  it('is free for the first attempts, then 2^(n-5) seconds up to the cap', () => {
    const free = LOCKOUT.freeAttempts.value;
    for (let n = 1; n < free; n++) expect(lockoutDelayMs(n)).toBe(0);
    expect(lockoutDelayMs(free)).toBe(LOCKOUT.firstDelaySeconds.value * 1000);
    expect(lockoutDelayMs(free + 1)).toBe(2000);
    expect(lockoutDelayMs(free + 4)).toBe(16_000);
    expect(lockoutDelayMs(free + 9)).toBe(512_000);
    expect(lockoutDelayMs(free + 10)).toBe(LOCKOUT.maxDelaySeconds.value * 1000);
    expect(lockoutDelayMs(free + 40)).toBe(LOCKOUT.maxDelaySeconds.value * 1000);
  });

  it('locks after the fifth failure and doubles with each later one', () => {
    const u = user();
    let now = 1_000_000;
    for (let i = 0; i < 4; i++) recordFailedSignIn(u, now);
    expect(isLockedOut(u, now)).toBe(false);
    recordFailedSignIn(u, now);
    expect(isLockedOut(u, now)).toBe(true);
    expect(isLockedOut(u, now + 1000)).toBe(false);
    now += 1000;
    recordFailedSignIn(u, now);
    expect(u.lockout).toEqual({ failures: 6, lockedUntil: now + 2000 });
  });

  it('forgets failures after about 15 minutes without attempts, and on success', () => {
    const u = user();
    const now = 5_000_000;
    for (let i = 0; i < 5; i++) recordFailedSignIn(u, now);
    recordFailedSignIn(u, now + SIGN_IN.lockoutResetSeconds.value * 1000);
    expect(u.lockout.failures).toBe(1);
    clearLockout(u);
    expect(u.lockout).toEqual({ failures: 0, lockedUntil: 0 });
  });

  it('doubles up to the cap, and waiting out a capped lockout starts the count again', () => {
    const u = user();
    let now = 0;
    const delays: number[] = [];
    for (let i = 0; i < 16; i++) {
      recordFailedSignIn(u, now);
      delays.push(u.lockout.lockedUntil - now);
      now = u.lockout.lockedUntil; // the next attempt comes as soon as the lockout ends
    }
    const seconds = delays.map((d) => d / 1000);
    expect(seconds.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(seconds.slice(4)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, LOCKOUT.maxDelaySeconds.value, 0]);
    expect(u.lockout.failures).toBe(1);
  });
});
