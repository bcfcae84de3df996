/**
 * Requests for Cognito's update operations. UpdateUserPool and
 * UpdateUserPoolClient reset every setting a request leaves out to its
 * default, so a change to one field is sent as the whole current
 * configuration with that change merged in — as the AWS console does.
 *
 * The member lists mirror the engine's request shapes (`updatablePoolMembers`
 * and `clientSettingMembers` in simulator/pools/shapes.ts). They are not
 * computed from those objects at run time on purpose: importing the shapes
 * would pull the engine's validator into the page's first script, which the
 * engine chunk otherwise brings later. Instead the compiler checks, with a
 * type-only import, that each list names exactly the engine's members.
 */
import type { clientSettingMembers, updatablePoolMembers } from '@/simulator/pools/shapes';

/** The UpdateUserPool members (each reset to its default when left out). */
export const UPDATABLE_POOL_MEMBERS = [
  'Policies',
  'DeletionProtection',
  'LambdaConfig',
  'AutoVerifiedAttributes',
  'SmsVerificationMessage',
  'EmailVerificationMessage',
  'EmailVerificationSubject',
  'VerificationMessageTemplate',
  'SmsAuthenticationMessage',
  'UserAttributeUpdateSettings',
  'MfaConfiguration',
  'DeviceConfiguration',
  'EmailConfiguration',
  'SmsConfiguration',
  'UserPoolTags',
  'AdminCreateUserConfig',
  'UserPoolAddOns',
  'AccountRecoverySetting',
  'UserPoolTier',
] as const satisfies readonly (keyof typeof updatablePoolMembers)[];

/** The app client settings UpdateUserPoolClient takes besides its ids and name. */
export const UPDATABLE_CLIENT_MEMBERS = [
  'RefreshTokenValidity',
  'AccessTokenValidity',
  'IdTokenValidity',
  'TokenValidityUnits',
  'ReadAttributes',
  'WriteAttributes',
  'ExplicitAuthFlows',
  'SupportedIdentityProviders',
  'CallbackURLs',
  'LogoutURLs',
  'DefaultRedirectURI',
  'AllowedOAuthFlows',
  'AllowedOAuthScopes',
  'AllowedOAuthFlowsUserPoolClient',
  'AnalyticsConfiguration',
  'PreventUserExistenceErrors',
  'EnableTokenRevocation',
  'EnablePropagateAdditionalUserContextData',
  'AuthSessionValidity',
  'RefreshTokenRotation',
] as const satisfies readonly (keyof typeof clientSettingMembers)[];

/** Compiles only when `Listed` covers every key of `All` (an engine member missing from a list is a type error here). */
type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : { missing: Exclude<All, Listed> };
const poolListComplete: Covers<keyof typeof updatablePoolMembers, (typeof UPDATABLE_POOL_MEMBERS)[number]> = true;
const clientListComplete: Covers<keyof typeof clientSettingMembers, (typeof UPDATABLE_CLIENT_MEMBERS)[number]> = true;
void poolListComplete;
void clientListComplete;

type Config = Readonly<Record<string, unknown>>;

function pick(config: Config, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (config[k] !== undefined) out[k] = structuredClone(config[k]);
  return out;
}

/** An UpdateUserPool request: the pool's current settings with `change` merged over them (one level deep for objects). */
export function updateUserPoolRequest(userPoolId: string, config: Config, change: Record<string, unknown>): Record<string, unknown> {
  const current = pick(config, UPDATABLE_POOL_MEMBERS);
  // The pool's MFA mode is changed with SetUserPoolMfaConfig; sending it back unchanged keeps it.
  return { UserPoolId: userPoolId, ...mergeShallow(current, change) };
}

/** An UpdateUserPoolClient request: the client's current settings with `change` merged over them. */
export function updateUserPoolClientRequest(userPoolId: string, clientId: string, config: Config, change: Record<string, unknown>): Record<string, unknown> {
  const current = pick(config, UPDATABLE_CLIENT_MEMBERS);
  return { UserPoolId: userPoolId, ClientId: clientId, ClientName: config.ClientName, ...mergeShallow(current, change) };
}

function mergeShallow(base: Record<string, unknown>, change: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(change)) {
    const prev = out[k];
    out[k] =
      isPlainObject(prev) && isPlainObject(v) ? { ...prev, ...v } : v;
  }
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The request member an engine error is about: the last part of the path in
 * AWS's validation message (`… at 'policies.passwordPolicy.minimumLength' …`
 * gives `minimumLength`), lower-cased. Undefined for other errors.
 */
export function memberOfError(error: { name: string; message: string } | undefined): string | undefined {
  if (!error) return undefined;
  const m = /at '([^']+)' failed to satisfy constraint/.exec(error.message);
  if (!m) return undefined;
  return m[1].split('.').pop()?.toLowerCase();
}
