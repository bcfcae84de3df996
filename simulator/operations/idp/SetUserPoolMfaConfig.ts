import { defineOperation } from '../../core/context';
import { getPool } from '../../core/lookup';
import { opt, struct, UserPoolId } from '../../core/validate';
import { mfaConfigResponse, setMfaConfig } from '../../pools/mfa';
import { EmailMfaConfig, SmsMfaConfig, SoftwareTokenMfaConfig, UserPoolMfa, WebAuthnConfig } from '../../pools/shapes';

/**
 * SetUserPoolMfaConfig: the pool's MFA mode (OFF, ON, OPTIONAL) and second
 * factors (SMS, TOTP, email). Factors left out are turned off.
 */
export const SetUserPoolMfaConfig = defineOperation(
  'SetUserPoolMfaConfig',
  struct({
    UserPoolId,
    SmsMfaConfiguration: opt(SmsMfaConfig),
    SoftwareTokenMfaConfiguration: opt(SoftwareTokenMfaConfig),
    EmailMfaConfiguration: opt(EmailMfaConfig),
    MfaConfiguration: opt(UserPoolMfa),
    WebAuthnConfiguration: opt(WebAuthnConfig),
  }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    setMfaConfig(pool, input);
    pool.updatedAt = ctx.now();
    return mfaConfigResponse(pool);
  },
);
