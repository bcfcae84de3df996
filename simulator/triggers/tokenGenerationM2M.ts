/**
 * Pre token generation V3_0 for machine-to-machine tokens: the
 * client-credentials grant at /oauth2/token (DG "Pre token generation Lambda
 * trigger": "Version three event responses apply to access tokens from user
 * authentication and machine authentication"; V2_0 and V3_0 need the
 * Essentials or Plus feature plan).
 *
 * - It fires only when the pool's PreTokenGenerationConfig.LambdaVersion is
 *   V3_0 and the pool is not on the Lite plan; V1_0 and V2_0 functions are not
 *   invoked for client credentials.
 * - Event: `version` "3", `triggerSource` TokenGeneration_ClientCredentials,
 *   `request.scopes` (the granted scopes), `request.clientMetadata` from the
 *   token request's `aws_client_metadata` (a JSON object), and, as no user is
 *   involved, empty `userAttributes` and group configuration. UNCONFIRMED:
 *   `userName` (the sandbox sends the app client id) and the empty user fields
 *   (real handlers read `event.request.userAttributes` in this event, so it
 *   is present).
 * - Response: `claimsAndScopeOverrideDetails.accessTokenGeneration` adds or
 *   suppresses claims and scopes of the access token, under the same rules as
 *   V2_0 (identifying claims, `client_id`, `scope` and `version` are fixed);
 *   `idTokenGeneration` and `groupOverrideDetails` have nothing to apply to.
 */
import type { OperationContext } from '../core/context';
import type { Json, UserPool } from '../core/model';
import { tierOf } from '../pools/mfa';
import { baseEvent, type TriggerCaller } from './events';
import { preTokenGenerationVersion, responseOf, runTrigger, triggerArn } from './invoke';
import { ACCESS_FIXED, applyClaims, claimsToAdd, GROUP_CLAIMS, objectField, PROTECTED, stringList } from './tokenGeneration';

/** The trigger source of a client-credentials token (seen in real V3_0 handlers; not in the DG's source table). */
export const CLIENT_CREDENTIALS_SOURCE = 'TokenGeneration_ClientCredentials';

/** Whether a client-credentials token of `pool` goes through the pre token generation trigger. */
export function m2mTriggerApplies(pool: UserPool): boolean {
  return triggerArn(pool, 'PreTokenGeneration') !== undefined && preTokenGenerationVersion(pool) === 'V3_0' && tierOf(pool.config) !== 'LITE';
}

/**
 * Runs the V3_0 trigger on a client-credentials access token payload (changed
 * in place), or does nothing when it does not apply. Throws the trigger's
 * failure.
 */
export async function preTokenGenerationM2M(ctx: OperationContext, pool: UserPool, access: Record<string, Json>, caller: TriggerCaller & { clientId: string }): Promise<void> {
  if (!m2mTriggerApplies(pool)) return;
  const scopes = typeof access.scope === 'string' ? access.scope.split(' ').filter(Boolean) : [];
  const request: Record<string, Json> = {
    userAttributes: {},
    groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null },
    scopes,
  };
  if (caller.clientMetadata) request.clientMetadata = { ...caller.clientMetadata };
  const event = baseEvent(ctx, pool, CLIENT_CREDENTIALS_SOURCE, caller.clientId, caller, request, { claimsAndScopeOverrideDetails: null });
  event.version = '3';
  const result = await runTrigger(ctx, pool, 'PreTokenGeneration', event);
  if (!result) return;
  const details = objectField(responseOf(result), 'claimsAndScopeOverrideDetails');
  const accessGen = details ? objectField(details, 'accessTokenGeneration') : undefined;
  if (!accessGen) return;
  const fixed = (k: string) => PROTECTED.has(k) || GROUP_CLAIMS.has(k) || ACCESS_FIXED.has(k);
  applyClaims(access, claimsToAdd(accessGen, true), stringList(accessGen, 'claimsToSuppress'), fixed);
  const suppressed = new Set(stringList(accessGen, 'scopesToSuppress'));
  const next = [...scopes, ...stringList(accessGen, 'scopesToAdd')].filter((s) => !suppressed.has(s));
  access.scope = [...new Set(next)].join(' ');
}
