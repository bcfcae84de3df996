/**
 * SMS_MFA, EMAIL_OTP and SOFTWARE_TOKEN_MFA: the code sent by SMS or email
 * (kept in the session, valid as long as the session) or shown by the
 * authenticator app (RFC 6238, each code accepted once). A wrong code gives
 * CodeMismatchException and leaves the challenge open.
 */
import { fail } from '../../core/errors';
import type { AuthSessionRecord } from '../../core/model';
import { timingSafeEqual } from '../../crypto/encoding';
import { openAnswer, type AuthCall } from '../call';
import { advance } from '../driver';
import { AUTH_MESSAGES } from '../messages';
import type { AuthResponse } from '../run';
import { requireParam } from '../signInUser';
import { acceptSoftwareTokenCode } from '../softwareTokenCodes';

export type MfaChallenge = 'SMS_MFA' | 'EMAIL_OTP' | 'SOFTWARE_TOKEN_MFA';

const CODE_PARAM: Record<MfaChallenge, string> = {
  SMS_MFA: 'SMS_MFA_CODE',
  EMAIL_OTP: 'EMAIL_OTP_CODE',
  SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE',
};

/** Checks an MFA code and finishes the sign-in. */
export async function answerMfaCode(call: AuthCall, session: AuthSessionRecord, challenge: MfaChallenge): Promise<AuthResponse> {
  const run = await openAnswer(call, session);
  const { user } = run;
  const code = requireParam(call.params, CODE_PARAM[challenge]);

  let ok: boolean;
  if (challenge === 'SOFTWARE_TOKEN_MFA') {
    const secret = user.mfa.totpSecret;
    ok = secret !== undefined && acceptSoftwareTokenCode(call.ctx, call.pool, user, secret, code);
  } else {
    const expected = session.data.code;
    ok = typeof expected === 'string' && timingSafeEqual(expected, code);
  }
  if (!ok) {
    await advance(run, session.state, { type: 'MFA_CODE_REJECTED' });
    throw fail('CodeMismatchException', AUTH_MESSAGES.invalidMfaCode);
  }
  return (await advance(run, session.state, { type: 'MFA_CODE_ACCEPTED' })).response;
}
