/**
 * The migrate user trigger (Developer Guide, "Migrate user Lambda trigger"):
 * when someone signs in with a password, or asks for a password reset, under
 * a name the pool does not know, Cognito asks the function; if it answers
 * with the user's attributes, Cognito creates the user and carries on.
 *
 * - UserMigration_Authentication gets `request.password`; the new user keeps
 *   that password (the pool's password policy is not applied: "If the
 *   password doesn't meet the configured password policy, it will still be
 *   accepted") and is CONFIRMED, or RESET_REQUIRED when `finalUserStatus`
 *   says so.
 * - UserMigration_ForgotPassword gets no password; the new user is
 *   RESET_REQUIRED and the reset code goes to a verified email or phone
 *   number among the returned attributes.
 * - `userAttributes` is required; attributes outside the schema fail with
 *   UserNotFoundException ("Attributes did not conform to the schema…", per
 *   the re:Post article "cognito-migration-lambda-trigger-errors").
 *   `forceAliasCreation` moves a verified alias held by another user;
 *   `enableSMSMFA` turns on SMS MFA. `messageAction` / `desiredDeliveryMediums`
 *   are checked; the welcome message they control is not simulated.
 */
import type { OperationContext } from '../core/context';
import type { User, UserPool } from '../core/model';
import { isCognitoError, fail, keepingChanges } from '../core/errors';
import { checkAttributes } from '../users/attributes';
import { internalUsername, moveUser, newUser, storeUser } from '../users/newUser';
import { makePasswordRecord } from '../crypto/password';
import { claimAlias } from '../admin/aliases';
import type { AuthCall } from '../auth/call';
import { incorrectCredentials } from '../auth/signInUser';
import { hidesUserExistence } from '../users/publicClient';
import { attributeMap, baseEvent, withClientMetadata } from './events';
import { responseBoolean, responseOf, responseString, responseStringList, responseStringMap, runTrigger, triggerFailure } from './invoke';
import { TRIGGER_MESSAGES } from './messages';

export interface MigrationRequest {
  source: 'UserMigration_Authentication' | 'UserMigration_ForgotPassword';
  /** The name the user typed. */
  username: string;
  /** The password typed at sign-in (UserMigration_Authentication only). */
  password?: string;
  clientId: string;
  clientMetadata?: Record<string, string>;
  validationData?: ReadonlyArray<{ Name: string; Value?: string }>;
}

/**
 * Asks the pool's migrate user trigger about an unknown user. Returns the
 * created (and stored) user, or undefined when the pool has no such trigger.
 * Throws the trigger's failure, or UserNotFoundException when the answer
 * cannot make a user.
 */
export async function migrateUser(ctx: OperationContext, pool: UserPool, req: MigrationRequest): Promise<User | undefined> {
  const caller = { clientId: req.clientId, clientMetadata: req.clientMetadata };
  const request = withClientMetadata(
    {
      ...(req.source === 'UserMigration_Authentication' ? { password: req.password ?? '' } : {}),
      validationData: attributeMap(req.validationData),
    },
    caller,
  );
  const event = baseEvent(ctx, pool, req.source, req.username, caller, request, {
    userAttributes: null,
    finalUserStatus: null,
    messageAction: null,
    desiredDeliveryMediums: null,
    forceAliasCreation: null,
    enableSMSMFA: null,
  });
  const result = await runTrigger(ctx, pool, 'UserMigration', event);
  if (!result) return undefined;
  const response = responseOf(result);
  const attributes = responseStringMap(response, 'userAttributes');
  if (!attributes || Object.keys(attributes).length === 0) throw triggerFailure(TRIGGER_MESSAGES.migrationFailed(req.clientId));
  const finalStatus = responseString(response, 'finalUserStatus');
  if (finalStatus !== undefined && finalStatus !== 'CONFIRMED' && finalStatus !== 'RESET_REQUIRED') throw triggerFailure(TRIGGER_MESSAGES.migrationInvalidField('finalUserStatus'));
  const messageAction = responseString(response, 'messageAction');
  if (messageAction !== undefined && messageAction !== 'SUPPRESS') throw triggerFailure(TRIGGER_MESSAGES.migrationInvalidField('messageAction'));
  const mediums = responseStringList(response, 'desiredDeliveryMediums');
  if (mediums?.some((m) => m !== 'SMS' && m !== 'EMAIL')) throw triggerFailure(TRIGGER_MESSAGES.migrationInvalidField('desiredDeliveryMediums'));
  const force = responseBoolean(response, 'forceAliasCreation') ?? false;
  const enableSmsMfa = responseBoolean(response, 'enableSMSMFA') ?? false;

  let checked: Record<string, string>;
  try {
    checked = checkAttributes(
      pool,
      Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
      { creating: true, admin: true },
    );
  } catch (e) {
    // Migration reports attribute problems as UserNotFoundException (re:Post, see above).
    if (isCognitoError(e)) throw fail('UserNotFoundException', e.message);
    throw e;
  }
  for (const [name, value] of Object.entries(checked)) if (value === '') delete checked[name];

  const now = ctx.now();
  const user = newUser(ctx, pool, internalUsername(ctx, pool, req.username), checked, 'IMPORT_OR_MIGRATE');
  for (const attribute of ['email', 'phone_number'] as const) {
    const value = user.attributes[attribute];
    if (value) claimAlias(pool, user, attribute, value, user.attributes[`${attribute}_verified`] === 'true', { force, now });
  }
  if (user.attributes.preferred_username) claimAlias(pool, user, 'preferred_username', user.attributes.preferred_username, true, { now });
  if (enableSmsMfa) user.mfa.smsEnabled = true;
  const keepsPassword = req.source === 'UserMigration_Authentication' && finalStatus !== 'RESET_REQUIRED';
  if (keepsPassword) user.password = await makePasswordRecord(ctx, pool.id, user.username, req.password ?? '');
  else moveUser(user, 'ADMIN_RESET_PASSWORD', () => new Error('user status chart: a migrated user cannot be reset'));
  storeUser(pool, user);
  return user;
}

/**
 * UserMigration_Authentication for a password sign-in under an unknown name.
 * Returns the migrated user, or undefined when the pool has no migrate user
 * trigger. When the client hides user existence (PreventUserExistenceErrors),
 * "no such user" from the migration looks like a wrong password
 * (UNCONFIRMED: inferred from what the setting promises).
 */
export async function migrateAtSignIn(call: AuthCall, username: string, password: string): Promise<User | undefined> {
  try {
    return await migrateUser(call.ctx, call.pool, {
      source: 'UserMigration_Authentication',
      username,
      password,
      clientId: call.client.config.ClientId as string,
      clientMetadata: call.clientMetadata,
    });
  } catch (e) {
    if (isCognitoError(e) && e.name === 'UserNotFoundException' && hidesUserExistence(call.client)) throw incorrectCredentials();
    throw e;
  }
}

/** Runs the rest of a sign-in for a user migrated in this call: a failure keeps the new user (as AWS does). */
export async function keepMigratedUser<T>(rest: () => Promise<T>): Promise<T> {
  try {
    return await rest();
  } catch (e) {
    if (isCognitoError(e)) throw keepingChanges(e);
    throw e;
  }
}
