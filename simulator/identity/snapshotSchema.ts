/**
 * The zod schema of `SimState.identityPools` in snapshots (see
 * `core/snapshot.ts`): a damaged identity pool refuses the whole snapshot.
 */
import { z } from 'zod';

const time = z.number().int().nonnegative();
const jwk = z.record(z.string(), z.union([z.string(), z.array(z.string()), z.boolean()]));
const arn = z.string().min(1);

const mappingRule = z.object({
  Claim: z.string().min(1),
  MatchType: z.enum(['Equals', 'Contains', 'StartsWith', 'NotEqual']),
  Value: z.string(),
  RoleARN: arn,
});

const roleMapping = z.object({
  Type: z.enum(['Token', 'Rules']),
  AmbiguousRoleResolution: z.enum(['AuthenticatedRole', 'Deny']).optional(),
  RulesConfiguration: z.object({ Rules: z.array(mappingRule) }).optional(),
});

const identity = z.object({
  id: z.string().regex(/^[\w-]+:[0-9a-f-]+$/),
  createdAt: time,
  updatedAt: time,
  logins: z.record(z.string(), z.string()),
  developerUserIdentifiers: z.array(z.string()),
  disabled: z.boolean().optional(),
  mergedInto: z.string().optional(),
});

const identityPool = z.object({
  id: z.string().regex(/^[\w-]+:[0-9a-f-]+$/),
  createdAt: time,
  updatedAt: time,
  config: z.object({
    IdentityPoolName: z.string().min(1),
    AllowUnauthenticatedIdentities: z.boolean(),
    AllowClassicFlow: z.boolean().optional(),
    SupportedLoginProviders: z.record(z.string(), z.string()).optional(),
    DeveloperProviderName: z.string().optional(),
    OpenIdConnectProviderARNs: z.array(arn).optional(),
    CognitoIdentityProviders: z
      .array(z.object({ ProviderName: z.string().optional(), ClientId: z.string().optional(), ServerSideTokenCheck: z.boolean().optional() }))
      .optional(),
    SamlProviderARNs: z.array(arn).optional(),
    IdentityPoolTags: z.record(z.string(), z.string()).optional(),
  }),
  roles: z.record(z.string(), arn),
  roleMappings: z.record(z.string(), roleMapping),
  identities: z.record(z.string(), identity),
  openIdKey: z.object({ kid: z.string().min(1), alg: z.literal('RS512'), publicJwk: jwk, privateJwk: jwk }).optional(),
  credentialsSecret: z.string().regex(/^[0-9a-f]{32,}$/),
});

/**
 * Identity pools by id. Every pool must sit under its own id and hold its
 * identities under theirs, or the snapshot is refused.
 */
export const identityPoolsSchema = z.record(z.string(), identityPool).superRefine((pools, ctx) => {
  for (const [id, pool] of Object.entries(pools)) {
    if (pool.id !== id) ctx.addIssue({ code: 'custom', path: [id], message: `holds identity pool ${pool.id}` });
    for (const [identityId, ident] of Object.entries(pool.identities)) {
      if (ident.id !== identityId) ctx.addIssue({ code: 'custom', path: [id, 'identities', identityId], message: `holds identity ${ident.id}` });
    }
  }
});
