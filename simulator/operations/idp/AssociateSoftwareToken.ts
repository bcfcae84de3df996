import { defineOperation } from '../../core/context';
import { associateSoftwareToken } from '../../auth/softwareToken';
import { AssociateSoftwareTokenInput } from '../../auth/shapes';

/** Gives a new authenticator-app secret, signed in (AccessToken) or during MFA_SETUP (Session). */
export const AssociateSoftwareToken = defineOperation('AssociateSoftwareToken', AssociateSoftwareTokenInput, async (ctx, input) =>
  associateSoftwareToken(ctx, input),
);
