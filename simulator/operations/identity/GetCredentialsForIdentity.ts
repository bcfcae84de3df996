/**
 * GetCredentialsForIdentity (the enhanced flow): temporary AWS credentials
 * for an identity, valid one hour on the simulated clock. A guest gets the
 * unauthenticated role; an identity with valid logins gets the role its
 * provider's role mapping (or the default authenticated role) decides.
 * Logins not yet linked are linked to the identity, so a guest that signs in
 * keeps its identity id. Developer-authenticated identities present their
 * OpenID token under `cognito-identity.amazonaws.com`.
 */
import { defineOperation } from '../../core/context';
import { opt, struct } from '../../core/validate';
import { HOUR_MS, IDENTITY_POOLS, TEMPORARY_CREDENTIALS } from '../../facts';
import { resolveCaller } from '../../identity/caller';
import { roleForCaller } from '../../identity/callerRole';
import { mintCredentials } from '../../identity/credentials';
import { ARNString, IdentityId, LoginsMap } from '../../identity/shapes';

export const GetCredentialsForIdentity = defineOperation(
  'GetCredentialsForIdentity',
  struct({ IdentityId, Logins: opt(LoginsMap), CustomRoleArn: opt(ARNString) }),
  async (ctx, input) => {
    const caller = await resolveCaller(ctx, input.IdentityId, input.Logins, { allowCognitoToken: true });
    const { roleArn } = roleForCaller(caller, input.CustomRoleArn);
    const now = ctx.now();
    const creds = await mintCredentials(ctx.random, caller.pool, {
      identityId: caller.identity.id,
      roleArn,
      sessionName: TEMPORARY_CREDENTIALS.enhancedFlowSessionName.value,
      amr: caller.amr,
      flow: 'enhanced',
      issuedAt: now,
      expiresAt: now + IDENTITY_POOLS.enhancedFlowCredentialHours.value * HOUR_MS,
    });
    return {
      IdentityId: caller.identity.id,
      Credentials: { AccessKeyId: creds.AccessKeyId, SecretKey: creds.SecretKey, SessionToken: creds.SessionToken, Expiration: creds.Expiration / 1000 },
    };
  },
  { service: 'cognito-identity' },
);
