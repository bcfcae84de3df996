/**
 * Simulated AWS resources that identity pool credentials and user pool
 * tokens unlock, kept in `SimState.awsResources` as plain JSON: S3 buckets
 * (objects are text), DynamoDB tables (items are JSON objects) and REST APIs
 * behind a Cognito user pools authorizer. Times are epoch ms.
 */
import type { Json } from '../core/model';

export interface S3ObjectRecord {
  key: string;
  body: string;
  /** UTF-8 bytes of `body`. */
  size: number;
  lastModified: number;
}

export interface S3BucketRecord {
  name: string;
  createdAt: number;
  objects: Record<string, S3ObjectRecord>;
}

export interface DynamoTableRecord {
  name: string;
  /** Name of the partition (hash) key attribute; its values are strings. */
  partitionKey: string;
  /** Name of the sort (range) key attribute, if the table has one. */
  sortKey?: string;
  createdAt: number;
  /** Items by `JSON.stringify([partition, sort])`. */
  items: Record<string, { [attribute: string]: Json }>;
}

/** A method of a REST API (`GET /photos`) and what its authorizer requires. */
export interface RestApiMethodRecord {
  httpMethod: string;
  path: string;
  /** `NONE` or `COGNITO_USER_POOLS`. */
  authorizationType: 'NONE' | 'COGNITO_USER_POOLS';
  /** OAuth scopes (`resource-server/scope`); when set, an access token with one of them is required. */
  authorizationScopes?: string[];
}

export interface RestApiRecord {
  id: string;
  name: string;
  createdAt: number;
  /** The user pools of the API's COGNITO_USER_POOLS authorizer (ids). */
  userPoolIds: string[];
  methods: RestApiMethodRecord[];
}

export interface AwsResourcesState {
  s3Buckets: Record<string, S3BucketRecord>;
  dynamoTables: Record<string, DynamoTableRecord>;
  restApis: Record<string, RestApiRecord>;
}
