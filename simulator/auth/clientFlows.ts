/**
 * Which AuthFlow an operation takes and which ones an app client allows
 * (ExplicitAuthFlows), with Cognito's errors.
 *
 * ExplicitAuthFlows holds either the current ALLOW_ names or the legacy ones
 * (ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH); a client
 * with only legacy names always allows SRP and refresh, as the API reference
 * describes. A client with no setting gets CLIENT_DEFAULTS.explicitAuthFlows.
 */
import type { UserPoolClient } from '../core/model';
import { fail } from '../core/errors';
import { CLIENT_DEFAULTS } from '../facts';
import { AUTH_MESSAGES, UNCONFIRMED_AUTH_MESSAGES } from './messages';

export const AUTH_FLOWS = [
  'USER_SRP_AUTH',
  'REFRESH_TOKEN_AUTH',
  'REFRESH_TOKEN',
  'CUSTOM_AUTH',
  'ADMIN_NO_SRP_AUTH',
  'USER_PASSWORD_AUTH',
  'ADMIN_USER_PASSWORD_AUTH',
  'USER_AUTH',
] as const;
export type AuthFlow = (typeof AUTH_FLOWS)[number];

/** The flows InitiateAuth (public) and AdminInitiateAuth accept. */
const ACCEPTED: Record<'public' | 'admin', readonly AuthFlow[]> = {
  public: ['USER_SRP_AUTH', 'REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN', 'CUSTOM_AUTH', 'USER_PASSWORD_AUTH', 'USER_AUTH'],
  admin: ['USER_SRP_AUTH', 'REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN', 'CUSTOM_AUTH', 'ADMIN_NO_SRP_AUTH', 'ADMIN_USER_PASSWORD_AUTH', 'USER_AUTH'],
};

const LEGACY: Record<string, string> = {
  ADMIN_NO_SRP_AUTH: 'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  USER_PASSWORD_AUTH: 'ALLOW_USER_PASSWORD_AUTH',
  CUSTOM_AUTH_FLOW_ONLY: 'ALLOW_CUSTOM_AUTH',
};

/** The client's flows as ALLOW_ names. */
export function allowedFlows(client: UserPoolClient): Set<string> {
  const set = (client.config.ExplicitAuthFlows as string[] | undefined) ?? [];
  const flows = set.length > 0 ? set : CLIENT_DEFAULTS.explicitAuthFlows.value;
  const out = new Set<string>();
  const legacyOnly = flows.every((f) => !f.startsWith('ALLOW_'));
  for (const f of flows) out.add(LEGACY[f] ?? f);
  if (legacyOnly) {
    out.add('ALLOW_USER_SRP_AUTH');
    out.add('ALLOW_REFRESH_TOKEN_AUTH');
  }
  return out;
}

/**
 * Checks that the operation takes `flow` and that the client allows it.
 * Throws InvalidParameterException with AWS's message otherwise.
 */
export function requireFlow(client: UserPoolClient, flow: AuthFlow, caller: 'public' | 'admin'): void {
  if (!ACCEPTED[caller].includes(flow)) throw fail('InvalidParameterException', AUTH_MESSAGES.methodNotSupported);
  const allowed = allowedFlows(client);
  const refuse = (message: string) => fail('InvalidParameterException', message);
  switch (flow) {
    case 'USER_SRP_AUTH':
      if (!allowed.has('ALLOW_USER_SRP_AUTH')) throw refuse(AUTH_MESSAGES.srpNotEnabled);
      return;
    case 'USER_PASSWORD_AUTH':
      if (!allowed.has('ALLOW_USER_PASSWORD_AUTH')) throw refuse(AUTH_MESSAGES.userPasswordAuthNotEnabled);
      return;
    case 'ADMIN_USER_PASSWORD_AUTH':
    case 'ADMIN_NO_SRP_AUTH':
      if (!allowed.has('ALLOW_ADMIN_USER_PASSWORD_AUTH')) throw refuse(AUTH_MESSAGES.adminAuthFlowNotEnabled);
      return;
    case 'REFRESH_TOKEN_AUTH':
    case 'REFRESH_TOKEN':
      if (!allowed.has('ALLOW_REFRESH_TOKEN_AUTH')) throw refuse(UNCONFIRMED_AUTH_MESSAGES.refreshNotEnabled);
      return;
    case 'CUSTOM_AUTH':
      if (!allowed.has('ALLOW_CUSTOM_AUTH')) throw refuse(AUTH_MESSAGES.customAuthNotEnabled);
      return;
    case 'USER_AUTH':
      return;
  }
}
