/**
 * AdminConfirmSignUp: confirms an UNCONFIRMED user without a code. Any other
 * status gives NotAuthorizedException "User cannot be confirmed. Current
 * status is …". It does not verify the user's email or phone number.
 */
import { defineOperation } from '../../core/context';
import { ClientMetadata, struct, UserPoolId, Username } from '../../core/validate';
import { fail, MESSAGES } from '../../core/errors';
import { getPool, requireUser } from '../../core/lookup';
import { moveUser } from '../../users/newUser';
import { postConfirmation } from '../../triggers/signUpTriggers';

export const AdminConfirmSignUp = defineOperation('AdminConfirmSignUp', struct({ UserPoolId, Username, ClientMetadata }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  const status = user.status;
  moveUser(user, 'ADMIN_CONFIRM_SIGN_UP', () => fail('NotAuthorizedException', MESSAGES.cannotConfirmInStatus(status)));
  delete user.codes.signUp;
  user.updatedAt = ctx.now();
  // AdminConfirmSignUp passes its ClientMetadata to the post confirmation trigger (DG, post confirmation).
  await postConfirmation(ctx, pool, user, 'PostConfirmation_ConfirmSignUp', { clientMetadata: input.ClientMetadata });
  return {};
});
