/**
 * Snapshot schema for the OAuth state of a pool (see `model.ts`). Every
 * field is optional, so snapshots from before the OAuth engine still load.
 */
import { z } from 'zod';

const time = z.number().int().nonnegative();

const domain = z.object({
  domain: z.string().min(1),
  certificateArn: z.string().optional(),
  managedLoginVersion: z.number().int(),
  cloudFrontDistribution: z.string().optional(),
  createdAt: time,
  updatedAt: time,
});

const resourceServer = z.object({
  identifier: z.string().min(1),
  name: z.string().min(1),
  scopes: z.array(z.object({ ScopeName: z.string().min(1), ScopeDescription: z.string() })),
  createdAt: time,
  updatedAt: time,
});

const authorizationCode = z.object({
  code: z.string().min(1),
  clientId: z.string(),
  username: z.string(),
  redirectUri: z.string(),
  scopes: z.array(z.string()),
  nonce: z.string().optional(),
  codeChallenge: z.string().optional(),
  codeChallengeMethod: z.literal('S256').optional(),
  authTime: time,
  createdAt: time,
  expiresAt: time,
});

const identityProvider = z.object({
  name: z.string().min(1),
  type: z.string().min(1),
  details: z.record(z.string(), z.string()),
  attributeMapping: z.record(z.string(), z.string()),
  idpIdentifiers: z.array(z.string()),
  createdAt: time,
  updatedAt: time,
  links: z.array(z.object({ attributeName: z.string(), attributeValue: z.string(), username: z.string(), linkedAt: time })).optional(),
});

const hostedSession = z.object({ id: z.string().min(1), username: z.string(), authTime: time, expiresAt: time });

/** Fields added to each pool of the snapshot schema. */
export const oauthPoolFields = {
  domains: z.record(z.string(), domain).optional(),
  resourceServers: z.record(z.string(), resourceServer).optional(),
  oauthCodes: z.record(z.string(), authorizationCode).optional(),
  hostedSessions: z.record(z.string(), hostedSession).optional(),
  identityProviders: z.record(z.string(), identityProvider).optional(),
};
