/**
 * SELECT_MFA_TYPE: the user has more than one factor and no preferred one,
 * and answers with ANSWER = SMS_MFA, EMAIL_OTP or SOFTWARE_TOKEN_MFA (one of
 * MFAS_CAN_CHOOSE). The chosen challenge follows with a new session.
 */
import { fail } from '../../core/errors';
import type { AuthSessionRecord } from '../../core/model';
import type { MfaType } from '../../../machines/authSession';
import { openAnswer, type AuthCall } from '../call';
import { advance } from '../driver';
import { UNCONFIRMED_AUTH_MESSAGES } from '../messages';
import type { AuthResponse } from '../run';
import { requireParam } from '../signInUser';

/** Moves on to the factor the user picked. */
export async function answerSelectMfaType(call: AuthCall, session: AuthSessionRecord): Promise<AuthResponse> {
  const run = await openAnswer(call, session);
  const answer = requireParam(call.params, 'ANSWER');
  const choices = (session.data.choices as string[] | undefined) ?? [];
  if (!choices.includes(answer)) throw fail('InvalidParameterException', UNCONFIRMED_AUTH_MESSAGES.invalidMfaChoice(answer));
  return (await advance(run, session.state, { type: 'MFA_TYPE_SELECTED', answer: answer as MfaType })).response;
}
