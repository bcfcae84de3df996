/**
 * VerifyUserAttribute: a signed-in user types the code sent to their email
 * address or phone number. The attribute becomes verified (a pending new
 * value replaces the old one first). In an alias pool, a value another
 * account had verified moves to this account.
 */
import { defineOperation } from '../../core/context';
import { AttributeName, ConfirmationCode, struct, Token } from '../../core/validate';
import { fail, MESSAGES } from '../../core/errors';
import { verifyAccessToken } from '../../tokens/verify';
import { checkCode } from '../../users/codes';
import { requireVerifiable, valueToVerify } from '../../users/selfAttributes';
import { releaseAlias, verifiedAliasHolder } from '../../users/aliases';
import { SELF_SERVICE_MESSAGES } from '../../users/selfServiceMessages';

export const VerifyUserAttribute = defineOperation(
  'VerifyUserAttribute',
  struct({ AccessToken: Token, AttributeName, Code: ConfirmationCode }),
  async (ctx, input) => {
    const { pool, user } = await verifyAccessToken(ctx, input.AccessToken);
    const attribute = requireVerifiable(input.AttributeName);
    const value = valueToVerify(user, attribute);
    if (!value) throw fail('InvalidParameterException', SELF_SERVICE_MESSAGES.nothingToVerify(attribute));
    const pending = checkCode(ctx, user.codes.attributeVerification?.[attribute], input.Code);
    // A code sent for a value the user has since replaced no longer counts.
    if (pending.value !== undefined && pending.value !== value) throw fail('ExpiredCodeException', MESSAGES.expiredCode);
    const now = ctx.now();
    // "Amazon Cognito transfers the alias to their account and marks the attribute as unverified on the original account."
    const holder = verifiedAliasHolder(pool, attribute, value, user.username);
    if (holder) releaseAlias(holder, attribute, now);
    user.attributes[attribute] = value;
    user.attributes[`${attribute}_verified`] = 'true';
    if (user.pendingAttributes) {
      delete user.pendingAttributes[attribute];
      if (Object.keys(user.pendingAttributes).length === 0) delete user.pendingAttributes;
    }
    delete user.codes.attributeVerification?.[attribute];
    user.updatedAt = now;
    return {};
  },
);
