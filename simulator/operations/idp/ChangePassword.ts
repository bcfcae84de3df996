/**
 * ChangePassword: a signed-in user replaces their password, proving the
 * current one. The new password must meet the pool's policy and history.
 */
import { defineOperation } from '../../core/context';
import { opt, Password, struct, Token } from '../../core/validate';
import { fail, MESSAGES } from '../../core/errors';
import { checkPassword } from '../../crypto/password';
import { verifyAccessToken } from '../../tokens/verify';
import { replacePassword } from '../../users/newPassword';

export const ChangePassword = defineOperation(
  'ChangePassword',
  struct({ PreviousPassword: opt(Password), ProposedPassword: Password, AccessToken: Token }),
  async (ctx, input) => {
    const { pool, user } = await verifyAccessToken(ctx, input.AccessToken);
    // PreviousPassword may be left out only by users who have no password (passwordless sign-in).
    if (user.password && (input.PreviousPassword === undefined || !(await checkPassword(user.password, input.PreviousPassword)))) {
      throw fail('NotAuthorizedException', MESSAGES.incorrectCredentials);
    }
    await replacePassword(ctx, pool, user, input.ProposedPassword);
    return {};
  },
);
