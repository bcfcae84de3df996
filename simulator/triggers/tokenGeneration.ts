/**
 * The pre token generation trigger (Developer Guide, "Pre token generation
 * Lambda trigger"), as a claims hook for tokens/issue.ts.
 *
 * - V1_0 (the default): `request.groupConfiguration` and the user's
 *   attributes; the response's `claimsOverrideDetails` adds or overrides
 *   (`claimsToAddOrOverride`, string values) and suppresses
 *   (`claimsToSuppress`) ID token claims, and `groupOverrideDetails` replaces
 *   the groups: `cognito:groups` in both tokens, `cognito:roles` and
 *   `cognito:preferred_role` in the ID token. Suppression wins over an
 *   override of the same claim.
 * - V2_0 / V3_0 (PreTokenGenerationConfig.LambdaVersion): the request also
 *   lists the access token's `scopes`; `claimsAndScopeOverrideDetails` has
 *   `idTokenGeneration`, `accessTokenGeneration` (with `scopesToAdd` and
 *   `scopesToSuppress`) and `groupOverrideDetails`; claim values may be any
 *   JSON (strings, numbers, booleans, arrays, objects).
 * - Claims that identify the token (`sub`, `iss`, `aud`, `exp`, `iat`, `jti`,
 *   `token_use`, `cognito:username`, `origin_jti`, `auth_time`, …, the DG's
 *   list) cannot be changed: the sandbox ignores such changes. Group claims are
 *   changed only through groupOverrideDetails ("For group related claims, use
 *   groupOverrideDetails instead").
 * - groupOverrideDetails, when present, replaces the group configuration;
 *   "If you provide an empty or null object in the response, then the groups
 *   are suppressed."
 */
import type { OperationContext } from '../core/context';
import type { Json, User, UserPool } from '../core/model';
import type { TokenClaimsHook } from '../tokens/issue';
import { baseEvent, eventUserAttributes, withClientMetadata, type TriggerCaller } from './events';
import { preTokenGenerationVersion, responseOf, runTrigger, triggerArn, triggerFailure } from './invoke';
import { TRIGGER_MESSAGES } from './messages';

export type TokenGenerationSource =
  | 'TokenGeneration_Authentication'
  | 'TokenGeneration_NewPasswordChallenge'
  | 'TokenGeneration_RefreshTokens'
  | 'TokenGeneration_HostedAuth'
  | 'TokenGeneration_AuthenticateDevice';

/** Claims no pre token generation answer may change (DG, pre token generation). */
export const PROTECTED = new Set([
  'acr',
  'amr',
  'aud',
  'at_hash',
  'auth_time',
  'azp',
  'cognito:username',
  'exp',
  'iat',
  'identities',
  'iss',
  'jti',
  'nbf',
  'nonce',
  'origin_jti',
  'sub',
  'token_use',
]);
/** Changed through groupOverrideDetails only. */
export const GROUP_CLAIMS = new Set(['cognito:groups', 'cognito:roles', 'cognito:preferred_role']);
/**
 * Access token claims the sandbox also keeps fixed (its own bookkeeping and
 * the scope, which changes through scopesToAdd / scopesToSuppress). UNCONFIRMED
 * list: the DG names the claims above for both tokens.
 */
export const ACCESS_FIXED = new Set(['client_id', 'scope', 'username', 'event_id', 'device_key', 'version']);

const unrecognizable = () => triggerFailure(TRIGGER_MESSAGES.unrecognizableOutput());

type Obj = Record<string, unknown>;

/** An optional object field (undefined when absent or null). */
export function objectField(o: Obj, field: string): Obj | undefined {
  const v = o[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) throw unrecognizable();
  return v as Obj;
}

export function stringList(o: Obj, field: string): string[] {
  const v = o[field];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw unrecognizable();
  return v as string[];
}

/** claimsToAddOrOverride: V1_0 takes string values (numbers and booleans become strings); V2_0 any JSON. */
export function claimsToAdd(o: Obj, anyJson: boolean): Record<string, Json> {
  const v = objectField(o, 'claimsToAddOrOverride') ?? {};
  const out: Record<string, Json> = {};
  for (const [k, x] of Object.entries(v)) {
    if (anyJson) out[k] = x as Json;
    else if (typeof x === 'string') out[k] = x;
    else if (typeof x === 'number' || typeof x === 'boolean') out[k] = String(x);
    else throw unrecognizable();
  }
  return out;
}

/** Applies additions and suppressions to a payload (suppression wins). */
export function applyClaims(payload: Record<string, Json>, add: Record<string, Json>, suppress: string[], fixed: (claim: string) => boolean): void {
  for (const [k, v] of Object.entries(add)) if (!fixed(k)) payload[k] = v;
  for (const k of suppress) if (!fixed(k)) delete payload[k];
}

/** Replaces the group claims with a groupOverrideDetails answer (null or {} suppresses them). */
function applyGroups(id: Record<string, Json>, access: Record<string, Json>, details: unknown): void {
  for (const k of GROUP_CLAIMS) delete id[k];
  delete access['cognito:groups'];
  if (details === null || details === undefined) return;
  if (typeof details !== 'object' || Array.isArray(details)) throw unrecognizable();
  const d = details as Obj;
  const groups = stringList(d, 'groupsToOverride');
  const roles = stringList(d, 'iamRolesToOverride');
  const preferred = d.preferredRole;
  if (preferred !== undefined && preferred !== null && typeof preferred !== 'string') throw unrecognizable();
  if (groups.length > 0) {
    id['cognito:groups'] = groups;
    access['cognito:groups'] = groups;
  }
  if (roles.length > 0) id['cognito:roles'] = roles;
  if (typeof preferred === 'string' && preferred !== '') id['cognito:preferred_role'] = preferred;
}

const strings = (v: Json | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * The claims hook for a token issue, or undefined when the pool has no pre
 * token generation trigger. The hook throws the trigger's failure, which
 * fails the operation (no tokens are issued).
 */
export function preTokenGenerationHook(
  ctx: OperationContext,
  pool: UserPool,
  user: User,
  source: TokenGenerationSource,
  caller: TriggerCaller,
): TokenClaimsHook | undefined {
  if (!triggerArn(pool, 'PreTokenGeneration')) return undefined;
  return async ({ id, access }) => {
    const version = preTokenGenerationVersion(pool);
    const v1 = version === 'V1_0';
    const preferred = id['cognito:preferred_role'];
    const scopes = typeof access.scope === 'string' ? access.scope.split(' ').filter(Boolean) : [];
    const request = withClientMetadata(
      {
        userAttributes: eventUserAttributes(pool, user),
        groupConfiguration: {
          groupsToOverride: strings(id['cognito:groups']),
          iamRolesToOverride: strings(id['cognito:roles']),
          preferredRole: typeof preferred === 'string' ? preferred : null,
        },
        ...(v1 ? {} : { scopes }),
      },
      caller,
    );
    const event = baseEvent(ctx, pool, source, user.username, caller, request, v1 ? { claimsOverrideDetails: null } : { claimsAndScopeOverrideDetails: null });
    // V2_0 and V3_0 events carry their version number (UNCONFIRMED for V3_0).
    event.version = v1 ? '1' : version === 'V2_0' ? '2' : '3';
    const result = await runTrigger(ctx, pool, 'PreTokenGeneration', event);
    if (!result) return;
    const response = responseOf(result);

    const idFixed = (k: string) => PROTECTED.has(k) || GROUP_CLAIMS.has(k);
    const accessFixed = (k: string) => idFixed(k) || ACCESS_FIXED.has(k);
    if (v1) {
      const details = objectField(response, 'claimsOverrideDetails');
      if (!details) return;
      applyClaims(id, claimsToAdd(details, false), stringList(details, 'claimsToSuppress'), idFixed);
      if ('groupOverrideDetails' in details) applyGroups(id, access, details.groupOverrideDetails);
      return;
    }
    const details = objectField(response, 'claimsAndScopeOverrideDetails');
    if (!details) return;
    const idGen = objectField(details, 'idTokenGeneration');
    if (idGen) applyClaims(id, claimsToAdd(idGen, true), stringList(idGen, 'claimsToSuppress'), idFixed);
    const accessGen = objectField(details, 'accessTokenGeneration');
    if (accessGen) {
      applyClaims(access, claimsToAdd(accessGen, true), stringList(accessGen, 'claimsToSuppress'), accessFixed);
      const suppressed = new Set(stringList(accessGen, 'scopesToSuppress'));
      const next = [...scopes, ...stringList(accessGen, 'scopesToAdd').filter((s) => !scopes.includes(s))].filter((s) => !suppressed.has(s));
      access.scope = [...new Set(next)].join(' ');
    }
    if ('groupOverrideDetails' in details) applyGroups(id, access, details.groupOverrideDetails);
  };
}
