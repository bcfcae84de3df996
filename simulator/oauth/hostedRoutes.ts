/** Routes the hosted challenge pages (`/mfa`, `/mfaSetup`, `/newPassword`) once their authorization request checks out. */
import type { OperationContext } from '../core/context';
import type { UserPool } from '../core/model';
import { htmlResponse, type OAuthRequest, type OAuthResponse } from './http';
import { messageOf, openHosted } from './hostedFlow';
import { CHALLENGE_PATHS, mfaEndpoint, mfaSetupEndpoint, newPasswordEndpoint } from './hostedChallenges';
import { loginPageFor } from './hostedLogin';

/**
 * POST /mfa, /mfaSetup or /newPassword (a GET shows the sign-in page: a
 * challenge starts from /login). A Cognito error the step raises (a trigger's
 * refusal, an expired session) is shown on the sign-in page.
 */
export async function hostedChallengeEndpoint(ctx: OperationContext, hostPool: UserPool | undefined, base: string, url: URL, req: OAuthRequest, path: string): Promise<OAuthResponse> {
  const opened = openHosted(ctx, hostPool, base, url);
  if (!opened.ok) return opened.response;
  const h = opened.hosted;
  try {
    if (path === CHALLENGE_PATHS.mfaSetup) return await mfaSetupEndpoint(ctx, h, req);
    if (path === CHALLENGE_PATHS.newPassword) return await newPasswordEndpoint(ctx, h, req);
    return await mfaEndpoint(ctx, h, req);
  } catch (e) {
    return htmlResponse(200, loginPageFor(h, { error: messageOf(e) }));
  }
}
