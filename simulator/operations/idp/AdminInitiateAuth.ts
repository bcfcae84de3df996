import { defineOperation } from '../../core/context';
import { initiateAuth } from '../../auth/initiate';
import { AdminInitiateAuthInput } from '../../auth/shapes';

/** Starts a sign-in as an administrator (ADMIN_USER_PASSWORD_AUTH, USER_SRP_AUTH, REFRESH_TOKEN_AUTH). */
export const AdminInitiateAuth = defineOperation('AdminInitiateAuth', AdminInitiateAuthInput, async (ctx, input) => initiateAuth(ctx, 'admin', input));
