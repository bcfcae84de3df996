/**
 * ConfirmSignUp: the user types the code SignUp sent. The account becomes
 * CONFIRMED and the email or phone number the code went to becomes verified.
 * In an alias pool, a value another account already verified is refused with
 * AliasExistsException unless ForceAliasCreation moves the alias over.
 */
import { defineOperation } from '../../core/context';
import { AnalyticsMetadata, bool, ClientId, ClientMetadata, ConfirmationCode, opt, SecretHash, SessionString, struct, UserContextData, Username } from '../../core/validate';
import { fail, MESSAGES } from '../../core/errors';
import { moveUser } from '../../users/newUser';
import { hidesUserExistence, openPublicCall, usernameNotFound } from '../../users/publicClient';
import { checkCode } from '../../users/codes';
import { releaseAlias, verifiedAliasHolder } from '../../users/aliases';
import { postConfirmation } from '../../triggers/signUpTriggers';

export const ConfirmSignUp = defineOperation(
  'ConfirmSignUp',
  struct({
    ClientId,
    SecretHash: opt(SecretHash),
    Username,
    ConfirmationCode,
    ForceAliasCreation: opt(bool()),
    AnalyticsMetadata,
    UserContextData,
    ClientMetadata,
    Session: opt(SessionString),
  }),
  async (ctx, input) => {
    const { pool, client, user } = await openPublicCall(ctx, input.ClientId, input.Username, input.SecretHash);
    if (!user) {
      // With PreventUserExistenceErrors, a missing user looks like a wrong code.
      if (hidesUserExistence(client)) throw fail('CodeMismatchException', MESSAGES.invalidCode);
      throw usernameNotFound();
    }
    if (user.status !== 'UNCONFIRMED') throw fail('NotAuthorizedException', MESSAGES.cannotConfirmInStatus(user.status));
    const pending = checkCode(ctx, user.codes.signUp, input.ConfirmationCode);

    // The code vouches for the destination it was sent to.
    const attribute = (['phone_number', 'email'] as const).find((a) => pending.value !== undefined && user.attributes[a] === pending.value);
    const now = ctx.now();
    if (attribute) {
      const holder = verifiedAliasHolder(pool, attribute, user.attributes[attribute], user.username);
      if (holder) {
        if (!input.ForceAliasCreation) throw fail('AliasExistsException', MESSAGES.aliasExists(attribute));
        releaseAlias(holder, attribute, now);
      }
    }
    moveUser(user, 'CONFIRM_SIGN_UP', () => fail('NotAuthorizedException', MESSAGES.cannotConfirmInStatus(user.status)));
    if (attribute) user.attributes[`${attribute}_verified`] = 'true';
    delete user.codes.signUp;
    user.updatedAt = now;
    await postConfirmation(ctx, pool, user, 'PostConfirmation_ConfirmSignUp', { clientId: input.ClientId, clientMetadata: input.ClientMetadata });
    return {};
  },
);
