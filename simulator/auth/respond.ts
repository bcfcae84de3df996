/**
 * RespondToAuthChallenge and AdminRespondToAuthChallenge: find the session,
 * check that it waits for the challenge answered, and hand the answer to its
 * handler.
 */
import type { OperationContext } from '../core/context';
import { fail } from '../core/errors';
import { challengeOfState } from '../../machines/authSession';
import { poolAndClient, type AuthCall } from './call';
import { answerMfaCode } from './challenges/mfaCode';
import { answerMfaSetup } from './challenges/mfaSetup';
import { answerNewPassword } from './challenges/newPassword';
import { answerPasswordVerifier } from './challenges/passwordVerifier';
import { answerSelectMfaType } from './challenges/selectMfaType';
import { UNCONFIRMED_AUTH_MESSAGES } from './messages';
import type { AuthResponse } from './run';
import { requireSession } from './sessions';
import { answerCustomChallenge } from '../triggers/customAuth';
import { answerDevicePasswordVerifier, answerDeviceSrpAuth } from '../devices/challenges';

export interface RespondInput {
  ClientId: string;
  UserPoolId?: string;
  ChallengeName: string;
  Session?: string;
  ChallengeResponses?: Record<string, string>;
  ClientMetadata?: Record<string, string>;
}

/** Answers a challenge. `caller` is `admin` for AdminRespondToAuthChallenge. */
export async function respondToAuthChallenge(ctx: OperationContext, caller: 'public' | 'admin', input: RespondInput): Promise<AuthResponse> {
  const { pool, client } = poolAndClient(ctx, caller, input.ClientId, input.UserPoolId);
  const call: AuthCall = { ctx, pool, client, admin: caller === 'admin', params: input.ChallengeResponses ?? {}, clientMetadata: input.ClientMetadata };
  const name = input.ChallengeName;
  if (name === 'PASSWORD_VERIFIER') return answerPasswordVerifier(call, input.Session);

  const session = requireSession(ctx, pool, input.ClientId, input.Session);
  if (challengeOfState(session.state) !== name) throw fail('InvalidParameterException', UNCONFIRMED_AUTH_MESSAGES.wrongChallenge(name));
  switch (name) {
    case 'NEW_PASSWORD_REQUIRED':
      return answerNewPassword(call, session);
    case 'SMS_MFA':
    case 'EMAIL_OTP':
    case 'SOFTWARE_TOKEN_MFA':
      return answerMfaCode(call, session, name);
    case 'SELECT_MFA_TYPE':
      return answerSelectMfaType(call, session);
    case 'MFA_SETUP':
      return answerMfaSetup(call, session);
    case 'CUSTOM_CHALLENGE':
      return answerCustomChallenge(call, session);
    case 'DEVICE_SRP_AUTH':
      return answerDeviceSrpAuth(call, session);
    case 'DEVICE_PASSWORD_VERIFIER':
      return answerDevicePasswordVerifier(call, session);
    default:
      throw fail('InvalidParameterException', UNCONFIRMED_AUTH_MESSAGES.wrongChallenge(name));
  }
}
