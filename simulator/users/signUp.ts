/**
 * Sign-up rules shared by SignUp, ConfirmSignUp and ResendConfirmationCode:
 * how the typed Username becomes the stored username, and where the
 * confirmation code goes.
 */
import type { OperationContext } from '../core/context';
import type { User, UserPool } from '../core/model';
import { fail } from '../core/errors';
import { aliasAttributes, usernameAttributes } from '../core/lookup';
import { randomUuid } from '../core/random';
import { EMAIL_FORMAT, PHONE_FORMAT } from './attributes';
import { SELF_SERVICE_MESSAGES } from './selfServiceMessages';

export interface SignUpIdentity {
  /** The internal username the user is stored under. */
  username: string;
  /** The `sub` to give the user, when it is fixed by the username. */
  sub?: string;
  /** The attribute the typed Username fills in (UsernameAttributes pools). */
  usernameAttribute?: { name: 'email' | 'phone_number'; value: string };
}

/**
 * Applies the pool's username rules to a typed Username:
 * - UsernameAttributes pools: the Username must be an email address or phone
 *   number the pool signs in with; it becomes that attribute, and the stored
 *   username is a generated UUID, which is also the user's `sub`.
 * - AliasAttributes pools: the Username may not look like an email address or
 *   phone number that the pool uses as an alias.
 */
export function signUpIdentity(ctx: OperationContext, pool: UserPool, typed: string): SignUpIdentity {
  const viaUsername = usernameAttributes(pool);
  if (viaUsername.length > 0) {
    const email = viaUsername.includes('email');
    const phone = viaUsername.includes('phone_number');
    let name: 'email' | 'phone_number' | undefined;
    if (email && EMAIL_FORMAT.test(typed)) name = 'email';
    else if (phone && PHONE_FORMAT.test(typed)) name = 'phone_number';
    if (!name) {
      const why = email && phone ? SELF_SERVICE_MESSAGES.usernameShouldBeEmailOrPhone : email ? SELF_SERVICE_MESSAGES.usernameShouldBeEmail : SELF_SERVICE_MESSAGES.usernameShouldBePhone;
      throw fail('InvalidParameterException', why);
    }
    const id = randomUuid(ctx.random);
    return { username: id, sub: id, usernameAttribute: { name, value: typed } };
  }
  const aliases = aliasAttributes(pool);
  if (aliases.includes('email') && EMAIL_FORMAT.test(typed)) throw fail('InvalidParameterException', SELF_SERVICE_MESSAGES.usernameInAliasFormat('email'));
  if (aliases.includes('phone_number') && PHONE_FORMAT.test(typed)) throw fail('InvalidParameterException', SELF_SERVICE_MESSAGES.usernameInAliasFormat('phone_number'));
  return { username: typed };
}

/** The attributes the pool verifies automatically (AutoVerifiedAttributes). */
export const autoVerified = (pool: UserPool): string[] => (pool.config.AutoVerifiedAttributes as string[] | undefined) ?? [];

/**
 * Where a sign-up confirmation code goes: the user's phone number when the
 * pool auto-verifies phone numbers (Cognito verifies only the phone when both
 * are set), otherwise the email address when the pool auto-verifies email.
 */
export function signUpCodeTarget(pool: UserPool, user: User): { channel: 'EMAIL' | 'SMS'; attribute: 'email' | 'phone_number'; destination: string } | undefined {
  const auto = autoVerified(pool);
  const phone = user.attributes.phone_number;
  if (auto.includes('phone_number') && phone) return { channel: 'SMS', attribute: 'phone_number', destination: phone };
  const email = user.attributes.email;
  if (auto.includes('email') && email) return { channel: 'EMAIL', attribute: 'email', destination: email };
  return undefined;
}

/** The medium an ordinary user name would get a sign-up code by (for simulated answers). */
export const preferredSignUpMedium = (pool: UserPool): 'email' | 'phone_number' => (autoVerified(pool).includes('phone_number') ? 'phone_number' : 'email');
