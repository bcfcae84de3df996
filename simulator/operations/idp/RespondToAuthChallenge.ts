import { defineOperation } from '../../core/context';
import { respondToAuthChallenge } from '../../auth/respond';
import { RespondToAuthChallengeInput } from '../../auth/shapes';

/** Answers a sign-in challenge (PASSWORD_VERIFIER, NEW_PASSWORD_REQUIRED, MFA). */
export const RespondToAuthChallenge = defineOperation('RespondToAuthChallenge', RespondToAuthChallengeInput, async (ctx, input) =>
  respondToAuthChallenge(ctx, 'public', input),
);
