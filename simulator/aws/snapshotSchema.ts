/**
 * zod schemas of the state kept by simulator/iam, simulator/aws and
 * simulator/sync, spread into the snapshot schema (`core/snapshot.ts`). A
 * damaged entry refuses the whole snapshot.
 */
import { z } from 'zod';

const time = z.number().int().nonnegative();
const json: z.ZodType<unknown> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]));
const policyDocument = z.record(z.string(), json);

const iamRole = z.object({
  arn: z.string().min(1),
  trustPolicy: policyDocument.optional(),
  permissionPolicies: z.array(z.object({ name: z.string().min(1), document: policyDocument })),
  createdAt: time,
  updatedAt: time,
});

const awsResources = z.object({
  s3Buckets: z.record(
    z.string(),
    z.object({
      name: z.string().min(1),
      createdAt: time,
      objects: z.record(z.string(), z.object({ key: z.string(), body: z.string(), size: z.number().int().nonnegative(), lastModified: time })),
    }),
  ),
  dynamoTables: z.record(
    z.string(),
    z.object({ name: z.string().min(1), partitionKey: z.string().min(1), sortKey: z.string().min(1).optional(), createdAt: time, items: z.record(z.string(), z.record(z.string(), json)) }),
  ),
  restApis: z.record(
    z.string(),
    z.object({
      id: z.string().min(1),
      name: z.string(),
      createdAt: time,
      userPoolIds: z.array(z.string()),
      methods: z.array(
        z.object({
          httpMethod: z.string().min(1),
          path: z.string(),
          authorizationType: z.enum(['NONE', 'COGNITO_USER_POOLS']),
          authorizationScopes: z.array(z.string()).optional(),
        }),
      ),
    }),
  ),
});

const syncRecord = z.object({
  Key: z.string().min(1),
  Value: z.string().optional(),
  SyncCount: z.number().int().nonnegative(),
  LastModifiedDate: time,
  LastModifiedBy: z.string(),
  DeviceLastModifiedDate: time.optional(),
});

const identitySync = z.object({
  datasets: z.record(
    z.string(),
    z.object({ name: z.string().min(1), createdAt: time, lastModifiedAt: time, lastModifiedBy: z.string(), syncCount: z.number().int().nonnegative(), records: z.record(z.string(), syncRecord) }),
  ),
  sessionTokens: z.record(z.string(), z.object({ dataset: z.string(), issuedAt: time })),
});

/** Snapshot fields: `iamRoles`, `awsResources`, `cognitoSync` (all optional). */
export const awsSnapshotFields = {
  iamRoles: z.record(z.string(), iamRole).optional(),
  awsResources: awsResources.optional(),
  cognitoSync: z.record(z.string(), z.record(z.string(), identitySync)).optional(),
};
