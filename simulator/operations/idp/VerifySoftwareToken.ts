import { defineOperation } from '../../core/context';
import { verifySoftwareToken } from '../../auth/softwareToken';
import { VerifySoftwareTokenInput } from '../../auth/shapes';

/** Checks a code from the new authenticator app and turns software token MFA on. */
export const VerifySoftwareToken = defineOperation('VerifySoftwareToken', VerifySoftwareTokenInput, async (ctx, input) => verifySoftwareToken(ctx, input));
