import { defineOperation } from '../../core/context';
import { getPool } from '../../core/lookup';
import { struct, UserPoolId } from '../../core/validate';
import { mfaConfigResponse } from '../../pools/mfa';

/** GetUserPoolMfaConfig: the pool's MFA mode and the factors it offers. */
export const GetUserPoolMfaConfig = defineOperation('GetUserPoolMfaConfig', struct({ UserPoolId }), async (ctx, input) => mfaConfigResponse(getPool(ctx, input.UserPoolId)), { readOnly: true });
