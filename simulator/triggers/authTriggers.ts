/**
 * Pre authentication and post authentication triggers (Developer Guide,
 * "Pre authentication Lambda trigger", "Post authentication Lambda trigger").
 *
 * - PreAuthentication_Authentication runs when a user starts a sign-in
 *   (InitiateAuth / AdminInitiateAuth with a password, SRP or CUSTOM_AUTH),
 *   before the password is checked, so it can refuse the sign-in. It needs an
 *   existing user ("Triggers are dependant on the user existing in the user
 *   pool"), except that with PreventUserExistenceErrors ENABLED it also runs
 *   for an unknown name with `userNotFound: true`. The InitiateAuth
 *   ClientMetadata reaches it as `validationData`. Refreshing tokens does not
 *   run it.
 * - PostAuthentication_Authentication runs once the user is signed in (after
 *   the tokens are made); a failure fails the sign-in, and no tokens are
 *   returned. `newDeviceUsed` is false: the sandbox does not track devices.
 */
import type { OperationContext } from '../core/context';
import type { User, UserPool, UserPoolClient } from '../core/model';
import { hidesUserExistence } from '../users/publicClient';
import { baseEvent, eventUserAttributes, withClientMetadata, type TriggerCaller } from './events';
import { runTrigger } from './invoke';

/** Runs the pre authentication trigger; throws its failure to refuse the sign-in. */
export async function preAuthentication(ctx: OperationContext, pool: UserPool, client: UserPoolClient, user: User | undefined, typedName: string, caller: TriggerCaller): Promise<void> {
  const hides = hidesUserExistence(client);
  if (!user && !hides) return;
  const request = {
    userAttributes: user ? eventUserAttributes(pool, user) : {},
    validationData: caller.clientMetadata ? { ...caller.clientMetadata } : null,
    ...(hides ? { userNotFound: !user } : {}),
  };
  await runTrigger(ctx, pool, 'PreAuthentication', baseEvent(ctx, pool, 'PreAuthentication_Authentication', user?.username ?? typedName, caller, request, {}));
}

/** Runs the post authentication trigger for a user who just signed in. */
export async function postAuthentication(ctx: OperationContext, pool: UserPool, user: User, caller: TriggerCaller): Promise<void> {
  const request = withClientMetadata({ userAttributes: eventUserAttributes(pool, user), newDeviceUsed: false }, caller);
  await runTrigger(ctx, pool, 'PostAuthentication', baseEvent(ctx, pool, 'PostAuthentication_Authentication', user.username, caller, request, {}));
}
