/**
 * GetUserAttributeVerificationCode: sends a signed-in user a code to verify
 * their email address or phone number (the pending new value, when the pool
 * keeps the original until verification).
 */
import { defineOperation } from '../../core/context';
import { AttributeName, ClientMetadata, struct, Token } from '../../core/validate';
import { fail } from '../../core/errors';
import { verifyAccessToken } from '../../tokens/verify';
import { requireVerifiable, sendAttributeCode, valueToVerify } from '../../users/selfAttributes';
import { SELF_SERVICE_MESSAGES } from '../../users/selfServiceMessages';

export const GetUserAttributeVerificationCode = defineOperation(
  'GetUserAttributeVerificationCode',
  struct({ AccessToken: Token, AttributeName, ClientMetadata }),
  async (ctx, input) => {
    const { pool, user } = await verifyAccessToken(ctx, input.AccessToken);
    const attribute = requireVerifiable(input.AttributeName);
    const value = valueToVerify(user, attribute);
    if (!value) throw fail('InvalidParameterException', SELF_SERVICE_MESSAGES.noValueToVerify(attribute));
    return { CodeDeliveryDetails: sendAttributeCode(ctx, pool, user, attribute, value, 'VerifyUserAttribute') };
  },
);
