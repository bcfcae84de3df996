import { defineOperation } from '../../core/context';
import { initiateAuth } from '../../auth/initiate';
import { InitiateAuthInput } from '../../auth/shapes';

/** Starts a sign-in for an app client (USER_SRP_AUTH, USER_PASSWORD_AUTH, REFRESH_TOKEN_AUTH, CUSTOM_AUTH). */
export const InitiateAuth = defineOperation('InitiateAuth', InitiateAuthInput, async (ctx, input) => initiateAuth(ctx, 'public', input));
