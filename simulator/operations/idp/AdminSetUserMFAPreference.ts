/**
 * AdminSetUserMFAPreference: an administrator turns a user's MFA factors on or
 * off and picks the preferred one.
 */
import { defineOperation } from '../../core/context';
import { struct, UserPoolId, Username } from '../../core/validate';
import { getPool, requireUser } from '../../core/lookup';
import { applyMfaPreference, MfaSettings } from '../../signout/mfaPreference';

export const AdminSetUserMFAPreference = defineOperation(
  'AdminSetUserMFAPreference',
  struct({ UserPoolId, Username, SMSMfaSettings: MfaSettings, SoftwareTokenMfaSettings: MfaSettings, EmailMfaSettings: MfaSettings }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const user = requireUser(pool, input.Username);
    applyMfaPreference(pool, user, input);
    return {};
  },
);
