/**
 * Sandbox presets the lessons link to ("Try it"): the ids content may use,
 * each implemented in `presets.ts` (presets.test.ts checks every one replays
 * on the engine).
 */
import type { Preset } from '../schema';

export const PLANNED_PRESETS = [
  { id: 'basic-user-pool', description: 'A user pool with one public app client and email sign-in: sign up, confirm, sign in.', topics: ['user-pools'] },
  { id: 'email-alias-pool', description: 'A pool where users sign in with a username or a verified email address (alias), to compare with email-as-username.', topics: ['user-pools'] },
  { id: 'admin-created-users', description: 'AdminCreateUser with a temporary password, FORCE_CHANGE_PASSWORD and the NEW_PASSWORD_REQUIRED challenge.', topics: ['user-pools'] },
  { id: 'forgot-password', description: 'ForgotPassword and ConfirmForgotPassword with a code from the simulated inbox.', topics: ['user-pools'] },
  { id: 'token-lifetimes', description: 'An app client with short token lifetimes; advance the clock to watch ID and access tokens expire and refresh them.', topics: ['tokens'] },
  { id: 'token-revocation', description: 'Revoke a refresh token and sign out globally; see which tokens Cognito still accepts.', topics: ['tokens'] },
  { id: 'jwt-inspector', description: 'Decode and verify ID and access tokens against the pool JWKS (signature, iss, aud or client_id, token_use, exp).', topics: ['tokens', 'integrations'] },
  { id: 'mfa-totp', description: 'A pool with optional TOTP MFA: associate a software token, verify it and sign in with a code.', topics: ['mfa-passwords'] },
  { id: 'password-policy-lockout', description: 'A strict password policy and repeated wrong passwords to see the policy errors and the sign-in lockout.', topics: ['mfa-passwords'] },
  { id: 'custom-auth-challenge', description: 'CUSTOM_AUTH with define, create and verify auth challenge triggers (a simple one-time code).', topics: ['lambda-triggers'] },
  { id: 'pre-token-claims', description: 'A pre token generation trigger that adds and suppresses claims.', topics: ['lambda-triggers', 'tokens'] },
  { id: 'pre-signup-auto-confirm', description: 'A pre sign-up trigger that auto-confirms users from a chosen email domain and rejects others.', topics: ['lambda-triggers', 'user-pools'] },
  { id: 'hosted-ui-code-flow', description: 'The authorization code grant with PKCE through the simulated managed login pages.', topics: ['hosted-ui-oauth'] },
  { id: 'client-credentials', description: 'A confidential app client and a resource server with custom scopes: machine-to-machine tokens.', topics: ['hosted-ui-oauth', 'pricing'] },
  { id: 'identity-pool-guest', description: 'An identity pool with guest access: GetId and GetCredentialsForIdentity without a login.', topics: ['identity-pools'] },
  { id: 'identity-pool-rules', description: 'An identity pool that maps user pool groups and claims to IAM roles with rules.', topics: ['identity-pools'] },
] as const satisfies readonly Preset[];

export type PresetId = (typeof PLANNED_PRESETS)[number]['id'];

/** All planned preset ids. */
export const PRESET_IDS: readonly PresetId[] = PLANNED_PRESETS.map((p) => p.id);
