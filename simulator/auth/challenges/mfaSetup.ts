/**
 * MFA_SETUP: the pool requires MFA and the user had none. With the session,
 * AssociateSoftwareToken and VerifySoftwareToken set up an authenticator app
 * (softwareToken.ts); answering MFA_SETUP with the session VerifySoftwareToken
 * returned finishes the sign-in.
 */
import { fail } from '../../core/errors';
import type { AuthSessionRecord } from '../../core/model';
import { openAnswer, type AuthCall } from '../call';
import { advance } from '../driver';
import { UNCONFIRMED_AUTH_MESSAGES } from '../messages';
import type { AuthResponse } from '../run';

/** Finishes a sign-in whose MFA setup is verified. */
export async function answerMfaSetup(call: AuthCall, session: AuthSessionRecord): Promise<AuthResponse> {
  const run = await openAnswer(call, session);
  if (session.state !== 'mfaSetupVerified') throw fail('InvalidParameterException', UNCONFIRMED_AUTH_MESSAGES.mfaSetupIncomplete);
  return (await advance(run, session.state, { type: 'MFA_SETUP_COMPLETED' })).response;
}
