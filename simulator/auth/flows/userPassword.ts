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
import type { User } from '../../core/model';
import { keepMigratedUser, migrateAtSignIn } from '../../triggers/migration';
import { preAuthentication } from '../../triggers/authTriggers';
import { deviceAfterPassword } from '../../devices/signIn';

/** Signs in with a plain password. */
export async function passwordSignIn(call: AuthCall, flow: string): Promise<AuthResponse> {
  const { pool, client, params } = call;
  const username = requireParam(params, 'USERNAME');
  const password = requireParam(params, 'PASSWORD');
  const found = findUser(pool, username);
  await checkSecretHash(client, found ? [username, found.username] : [username], params.SECRET_HASH);
  // An unknown user may come from another directory: UserMigration_Authentication gets the password.
  // A migrated user stays in the pool even if the rest of this sign-in fails.
  const user = found ?? (await migrateAtSignIn(call, username, password));
  if (!found && user) return keepMigratedUser(() => passwordCheck(call, flow, username, password, user));
  return passwordCheck(call, flow, username, password, user);
}

/** The pre authentication trigger, then the password and what follows it. */
async function passwordCheck(call: AuthCall, flow: string, username: string, password: string, user: User | undefined): Promise<AuthResponse> {
  const { ctx, pool, client } = call;
  // The pre authentication trigger may refuse the sign-in before the password is checked.
  await preAuthentication(ctx, pool, client, user, username, { clientId: client.config.ClientId as string, clientMetadata: call.clientMetadata });
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
  // A DEVICE_KEY must name one of the user's devices; a remembered one may replace MFA.
  if (deviceAfterPassword(run, user)) factors.deviceAuth = true;
  return (await advance(run, 'idle', { type: 'PASSWORD_VERIFIED', factors })).response;
}
