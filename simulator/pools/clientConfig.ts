/**
 * An app client's settings (`client.config`, in `UserPoolClientType` form):
 * Cognito's defaults for what CreateUserPoolClient or UpdateUserPoolClient
 * leaves out (an update resets what it leaves out, as AWS does), and the
 * checks Cognito makes: auth flow mixing, token validity ranges, read and
 * write attributes. OAuth settings are checked by `oauth/clientOAuth.ts`.
 */
import { plain } from './plain';
import { fail, MESSAGES } from '../core/errors';
import type { Json, SchemaAttribute, UserPool, UserPoolClient } from '../core/model';
import type { StructOf } from '../core/validate';
import { CLIENT_DEFAULTS, DAY_MS, DEFAULT_TOKEN_UNITS, LIFETIMES, UNIT_MS, type RangeFact, type TimeUnit } from '../facts';
import { schemaOf } from '../users/attributes';
import { POOL_MESSAGES } from './messages';
import type { clientSettingMembers } from './shapes';
import { checkClientOAuth } from '../oauth/clientOAuth';

export type ClientSettings = StructOf<typeof clientSettingMembers>;
type Config = { [k: string]: Json };

const LEGACY_FLOWS = new Set(['ADMIN_NO_SRP_AUTH', 'CUSTOM_AUTH_FLOW_ONLY', 'USER_PASSWORD_AUTH']);

/** Whether a validity (value in unit) lies in the allowed range of `fact`. */
function inRange(value: number, unit: TimeUnit, fact: RangeFact): boolean {
  const ms = value * UNIT_MS[unit];
  return ms >= fact.min * UNIT_MS[fact.unit] && ms <= fact.max * UNIT_MS[fact.unit];
}

/** Token validity settings with their checks ("Invalid range for token validity."). */
function tokenValidity(input: ClientSettings): Config {
  const units = input.TokenValidityUnits ?? {};
  const unit = (kind: 'IdToken' | 'AccessToken' | 'RefreshToken'): TimeUnit => units[kind] ?? DEFAULT_TOKEN_UNITS.value[kind];
  const out: Config = {};
  const checks: Array<[number | undefined, TimeUnit, RangeFact]> = [
    [input.IdTokenValidity, unit('IdToken'), LIFETIMES.idToken.value],
    [input.AccessTokenValidity, unit('AccessToken'), LIFETIMES.accessToken.value],
    [input.RefreshTokenValidity || undefined, unit('RefreshToken'), LIFETIMES.refreshToken.value],
  ];
  for (const [value, u, fact] of checks) {
    if (value !== undefined && !inRange(value, u, fact)) throw fail('InvalidParameterException', MESSAGES.invalidTokenValidityRange);
  }
  // Left out (or 0), the refresh token lives 30 days, written in the client's refresh token unit.
  out.RefreshTokenValidity = input.RefreshTokenValidity || (CLIENT_DEFAULTS.refreshTokenValidityDays.value * DAY_MS) / UNIT_MS[unit('RefreshToken')];
  if (input.AccessTokenValidity !== undefined) out.AccessTokenValidity = input.AccessTokenValidity;
  if (input.IdTokenValidity !== undefined) out.IdTokenValidity = input.IdTokenValidity;
  if (input.TokenValidityUnits !== undefined) out.TokenValidityUnits = { ...input.TokenValidityUnits };
  return out;
}

/** Read and write attributes must name attributes of the pool's schema; a write list must include every required attribute. */
function checkAttributePermissions(schema: readonly SchemaAttribute[], read: string[] | undefined, write: string[] | undefined): void {
  const names = new Set(schema.map((a) => a.Name));
  if (read && read.some((n) => !names.has(n))) throw fail('InvalidParameterException', MESSAGES.invalidReadAttributes);
  if (write && write.length > 0) {
    if (write.some((n) => !names.has(n) || n === 'sub')) throw fail('InvalidParameterException', MESSAGES.invalidWriteAttributes);
    const required = schema.filter((a) => a.Required && a.Name !== 'sub').map((a) => a.Name);
    if (required.some((n) => !write.includes(n))) throw fail('InvalidParameterException', MESSAGES.invalidWriteAttributes);
  }
}

/**
 * The settings of a client from a create or update request, with Cognito's
 * defaults for what it leaves out. `hasSecret` says whether the client has a
 * client secret (needed for EnablePropagateAdditionalUserContextData).
 */
export function clientSettings(pool: UserPool, input: ClientSettings, hasSecret: boolean): Config {
  const flows = input.ExplicitAuthFlows;
  if (flows && flows.some((f) => LEGACY_FLOWS.has(f)) && flows.some((f) => !LEGACY_FLOWS.has(f))) throw fail('InvalidParameterException', POOL_MESSAGES.mixedAuthFlows);
  checkAttributePermissions(schemaOf(pool), input.ReadAttributes, input.WriteAttributes);
  if (input.EnablePropagateAdditionalUserContextData && !hasSecret) throw fail('InvalidParameterException', POOL_MESSAGES.contextDataNeedsSecret);
  checkClientOAuth(pool, input, hasSecret);

  const out: Config = { ...tokenValidity(input) };
  const copy = <K extends keyof ClientSettings>(key: K) => {
    if (input[key] !== undefined) out[key] = plain(input[key]) as unknown as Json;
  };
  if (input.ReadAttributes && input.ReadAttributes.length > 0) copy('ReadAttributes');
  if (input.WriteAttributes && input.WriteAttributes.length > 0) copy('WriteAttributes');
  out.ExplicitAuthFlows = flows ? [...new Set(flows)] : [...CLIENT_DEFAULTS.explicitAuthFlows.value];
  copy('SupportedIdentityProviders');
  copy('CallbackURLs');
  copy('LogoutURLs');
  copy('DefaultRedirectURI');
  copy('AllowedOAuthFlows');
  copy('AllowedOAuthScopes');
  out.AllowedOAuthFlowsUserPoolClient = input.AllowedOAuthFlowsUserPoolClient ?? false;
  copy('AnalyticsConfiguration');
  copy('PreventUserExistenceErrors');
  out.EnableTokenRevocation = input.EnableTokenRevocation ?? CLIENT_DEFAULTS.enableTokenRevocation.value;
  out.EnablePropagateAdditionalUserContextData = input.EnablePropagateAdditionalUserContextData ?? false;
  out.AuthSessionValidity = input.AuthSessionValidity ?? CLIENT_DEFAULTS.authSessionValidityMinutes.value;
  copy('RefreshTokenRotation');
  return out;
}

/** The order of UserPoolClientType's members, as DescribeUserPoolClient returns them. */
const CLIENT_TYPE_ORDER = [
  'UserPoolId',
  'ClientName',
  'ClientId',
  'ClientSecret',
  'LastModifiedDate',
  'CreationDate',
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
] as const;

/** The client as Create/Describe/UpdateUserPoolClient return it (`UserPoolClientType`), dates in epoch seconds. */
export function describeClient(client: UserPoolClient): Record<string, Json> {
  const computed: { [k: string]: Json } = { CreationDate: client.createdAt / 1000, LastModifiedDate: client.updatedAt / 1000 };
  const out: Record<string, Json> = {};
  for (const key of CLIENT_TYPE_ORDER) {
    const value = key in computed ? computed[key] : client.config[key];
    if (value !== undefined) out[key] = plain(value);
  }
  return out;
}

/** The client as ListUserPoolClients lists it (`UserPoolClientDescription`). */
export function clientDescription(client: UserPoolClient): Record<string, Json> {
  return { ClientId: client.config.ClientId as string, UserPoolId: client.config.UserPoolId as string, ClientName: client.config.ClientName as string };
}
