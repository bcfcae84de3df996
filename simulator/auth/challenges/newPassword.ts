/**
 * NEW_PASSWORD_REQUIRED: a user created by an administrator (status
 * FORCE_CHANGE_PASSWORD) answers with NEW_PASSWORD and any
 * `userAttributes.<name>` values, including the required attributes still
 * missing. The password goes through the pool's policy and history, the user
 * becomes CONFIRMED through the user-status chart, and sign-in continues
 * (MFA or tokens).
 */
import { fail } from '../../core/errors';
import { checkAttributes, schemaOf } from '../../users/attributes';
import { moveUser } from '../../users/newUser';
import { replacePassword } from '../../users/newPassword';
import { openAnswer, type AuthCall } from '../call';
import { advance } from '../driver';
import { signInFactors } from '../factors';
import { UNCONFIRMED_AUTH_MESSAGES } from '../messages';
import type { AuthResponse } from '../run';
import type { AuthSessionRecord } from '../../core/model';
import { requireParam } from '../signInUser';

const PREFIX = 'userAttributes.';

/** Sets the new password and continues the sign-in. */
export async function answerNewPassword(call: AuthCall, session: AuthSessionRecord): Promise<AuthResponse> {
  const run = await openAnswer(call, session);
  const { user } = run;
  const password = requireParam(call.params, 'NEW_PASSWORD');

  const given = Object.entries(call.params)
    .filter(([k]) => k.startsWith(PREFIX))
    .map(([k, v]) => ({ Name: k.slice(PREFIX.length), Value: v }));
  const writable = call.client.config.WriteAttributes as string[] | undefined;
  const attributes = checkAttributes(call.pool, given, { creating: false, writable, existing: user });
  for (const def of schemaOf(call.pool)) {
    if (def.Required && def.Name !== 'sub' && !user.attributes[def.Name] && !attributes[def.Name]) {
      throw fail('InvalidParameterException', UNCONFIRMED_AUTH_MESSAGES.missingRequiredAttribute(def.Name));
    }
  }

  await replacePassword(call.ctx, call.pool, user, password);
  Object.assign(user.attributes, attributes);
  moveUser(user, 'COMPLETE_NEW_PASSWORD', () => fail('NotAuthorizedException', UNCONFIRMED_AUTH_MESSAGES.newPasswordNotExpected(user.status)));
  user.updatedAt = call.ctx.now();

  const factors = signInFactors(call.pool, user, false);
  return (await advance(run, session.state, { type: 'NEW_PASSWORD_SET', factors })).response;
}
