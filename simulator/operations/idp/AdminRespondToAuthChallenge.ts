import { defineOperation } from '../../core/context';
import { respondToAuthChallenge } from '../../auth/respond';
import { AdminRespondToAuthChallengeInput } from '../../auth/shapes';

/** Answers a sign-in challenge as an administrator. */
export const AdminRespondToAuthChallenge = defineOperation('AdminRespondToAuthChallenge', AdminRespondToAuthChallengeInput, async (ctx, input) =>
  respondToAuthChallenge(ctx, 'admin', input),
);
