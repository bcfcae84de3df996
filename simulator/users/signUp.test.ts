import { describe, expect, it } from 'vitest';
import type { OperationContext } from '../core/context';
import type { User, UserPool } from '../core/model';
import { seededRandom } from '../core/random';
import { signUpCodeTarget, signUpIdentity } from './signUp';

const pool = (config: UserPool['config']): UserPool => ({ id: 'us-east-1_Test12345', config, users: {} }) as unknown as UserPool;
const ctx = { random: seededRandom('sign-up-rules') } as unknown as OperationContext;
const withAttrs = (attributes: Record<string, string>) => ({ attributes }) as unknown as User;

describe('sign-up rules', () => {
  it('sends the code to the phone when the pool verifies both email and phone', () => {
    const both = pool({ AutoVerifiedAttributes: ['email', 'phone_number'] });
    expect(signUpCodeTarget(both, withAttrs({ email: 'a@example.com', phone_number: '+15550001111' }))).toEqual({ channel: 'SMS', attribute: 'phone_number', destination: '+15550001111' });
    expect(signUpCodeTarget(both, withAttrs({ email: 'a@example.com' }))).toEqual({ channel: 'EMAIL', attribute: 'email', destination: 'a@example.com' });
    expect(signUpCodeTarget(pool({ AutoVerifiedAttributes: ['email'] }), withAttrs({ phone_number: '+15550001111' }))).toBeUndefined();
  });

  it('turns an email or phone username into a UUID username equal to the sub', () => {
    const p = pool({ UsernameAttributes: ['email', 'phone_number'] });
    const byPhone = signUpIdentity(ctx, p, '+15550002222');
    expect(byPhone.username).toBe(byPhone.sub);
    expect(byPhone.usernameAttribute).toEqual({ name: 'phone_number', value: '+15550002222' });
    expect(() => signUpIdentity(ctx, p, 'plainname')).toThrow('Username should be either an email or a phone number.');
    expect(() => signUpIdentity(ctx, pool({ UsernameAttributes: ['phone_number'] }), 'a@example.com')).toThrow('Username should be a phone number.');
  });

  it('keeps an ordinary username, refusing one shaped like an alias', () => {
    const p = pool({ AliasAttributes: ['phone_number', 'preferred_username'] });
    expect(signUpIdentity(ctx, p, 'maria')).toEqual({ username: 'maria' });
    expect(signUpIdentity(ctx, p, 'maria@example.com')).toEqual({ username: 'maria@example.com' });
    expect(() => signUpIdentity(ctx, p, '+15550003333')).toThrow('Username cannot be of phone number format, since user pool is configured for phone_number alias.');
  });
});
