/**
 * USER_PASSWORD_AUTH (InitiateAuth) and ADMIN_USER_PASSWORD_AUTH / legacy
 * ADMIN_NO_SRP_AUTH (AdminInitiateAuth): USERNAME and PASSWORD in one call,
 * answered with the next challenge or tokens.
 */
import { keepingChanges } from '../../core/errors';
import { findUser } from '../../core/lookup';
import { checkPassword } from '../../crypto/password';
import { checkSecretHash } from '../../users/publicClient';
import type { AuthCall } from '../call';
import { advance } from '../driver';
import { signInFactors } from '../factors';
import { clearLockout } from '../lockout';
import { newRun, type AuthResponse } from '../run';
import { checkAfterPassword, checkBeforePassword, incorrectCredentials, requireParam, unknownUser } from '../signInUser';

/** Signs in with a plain password. */
export async function passwordSignIn(call: AuthCall, flow: string): Promise<AuthResponse> {
  const { ctx, pool, client, params } = call;
  const username = requireParam(params, 'USERNAME');
  const password = requireParam(params, 'PASSWORD');
  const user = findUser(pool, username);
  await checkSecretHash(client, user ? [username, user.username] : [username], params.SECRET_HASH);
  if (!user) throw unknownUser(client);

  const now = ctx.now();
  checkBeforePassword(client, user, now);
  const run = newRun({ ...call, user, flow, session: undefined });
  if (!(await checkPassword(user.password, password))) {
    await advance(run, 'idle', { type: 'PASSWORD_REJECTED' });
    throw keepingChanges(incorrectCredentials());
  }
  checkAfterPassword(user, now);
  clearLockout(user);
  const factors = signInFactors(pool, user, user.status === 'FORCE_CHANGE_PASSWORD');
  return (await advance(run, 'idle', { type: 'PASSWORD_VERIFIED', factors })).response;
}
