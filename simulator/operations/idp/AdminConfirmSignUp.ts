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

export const AdminConfirmSignUp = defineOperation('AdminConfirmSignUp', struct({ UserPoolId, Username, ClientMetadata }), async (ctx, input) => {
  const user = requireUser(getPool(ctx, input.UserPoolId), input.Username);
  const status = user.status;
  moveUser(user, 'ADMIN_CONFIRM_SIGN_UP', () => fail('NotAuthorizedException', MESSAGES.cannotConfirmInStatus(status)));
  delete user.codes.signUp;
  user.updatedAt = ctx.now();
  // Lambda seam: PostConfirmation_ConfirmSignUp would run here.
  return {};
});
