/**
 * SetUserMFAPreference: a signed-in user turns MFA factors on or off and picks
 * the preferred one. Authorized with the user's access token.
 */
import { defineOperation } from '../../core/context';
import { struct, Token } from '../../core/validate';
import { verifyAccessToken } from '../../tokens/verify';
import { applyMfaPreference, MfaSettings } from '../../signout/mfaPreference';

export const SetUserMFAPreference = defineOperation(
  'SetUserMFAPreference',
  struct({ AccessToken: Token, SMSMfaSettings: MfaSettings, SoftwareTokenMfaSettings: MfaSettings, EmailMfaSettings: MfaSettings }),
  async (ctx, input) => {
    const { pool, user } = await verifyAccessToken(ctx, input.AccessToken);
    applyMfaPreference(pool, user, input);
    return {};
  },
);
