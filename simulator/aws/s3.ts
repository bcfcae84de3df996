/**
 * A simulated Amazon S3, just enough to show what identity pool credentials
 * unlock: buckets of text objects, and PutObject, GetObject and ListObjectsV2
 * authorized by the caller's role policies (`s3:PutObject`, `s3:GetObject`,
 * `s3:ListBucket` with the `s3:prefix` condition key). A denial is S3's
 * `AccessDenied` (403) with the statement that decided.
 */
import type { OperationContext } from '../core/context';
import { utf8 } from '../crypto/encoding';
import { authorize, denialMessage, type AccessDecision, type CallerCredentials } from '../iam/authorize';
import type { PolicyEvaluator } from '../iam/evaluator';
import { AwsServiceError } from './errors';
import { own, resources } from './resources';

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

const bucketArn = (bucket: string) => `arn:aws:s3:::${bucket}`;
const objectArn = (bucket: string, key: string) => `arn:aws:s3:::${bucket}/${key}`;

function noSuchBucket(): AwsServiceError {
  return new AwsServiceError('NoSuchBucket', 'The specified bucket does not exist', 404);
}

function denied(d: AccessDecision): AwsServiceError {
  return new AwsServiceError('AccessDenied', denialMessage(d), 403, d);
}

/** Creates a bucket (an administrator's action: not authorized by identity pool roles). */
export function createBucket(ctx: OperationContext, input: { bucket: string }): { bucket: string } {
  if (!BUCKET_NAME.test(input.bucket)) throw new AwsServiceError('InvalidBucketName', 'The specified bucket is not valid.', 400);
  const all = resources(ctx.state).s3Buckets;
  if (own(all, input.bucket)) throw new AwsServiceError('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', 409);
  all[input.bucket] = { name: input.bucket, createdAt: ctx.now(), objects: Object.create(null) as Record<string, never> };
  return { bucket: input.bucket };
}

export interface S3Request {
  credentials: CallerCredentials;
  bucket: string;
}

/** PutObject: stores `body` under `key` if the role allows `s3:PutObject` on the object. */
export async function putObject(ctx: OperationContext, evaluator: PolicyEvaluator, input: S3Request & { key: string; body: string }) {
  const decision = await authorize(ctx, evaluator, { credentials: input.credentials, action: 's3:PutObject', resourceArn: objectArn(input.bucket, input.key) });
  if (decision.result !== 'Allowed') throw denied(decision);
  const bucket = own(resources(ctx.state).s3Buckets, input.bucket);
  if (!bucket) throw noSuchBucket();
  bucket.objects[input.key] = { key: input.key, body: input.body, size: utf8(input.body).length, lastModified: ctx.now() };
  return { decision };
}

/**
 * GetObject. As S3 does, a missing object is `NoSuchKey` (404) only for a
 * caller also allowed `s3:ListBucket`; others get `AccessDenied`.
 */
export async function getObject(ctx: OperationContext, evaluator: PolicyEvaluator, input: S3Request & { key: string }) {
  const decision = await authorize(ctx, evaluator, { credentials: input.credentials, action: 's3:GetObject', resourceArn: objectArn(input.bucket, input.key) });
  if (decision.result !== 'Allowed') throw denied(decision);
  const bucket = own(resources(ctx.state).s3Buckets, input.bucket);
  if (!bucket) throw noSuchBucket();
  const object = own(bucket.objects, input.key);
  if (!object) {
    const list = await authorize(ctx, evaluator, { credentials: input.credentials, action: 's3:ListBucket', resourceArn: bucketArn(input.bucket), context: { 's3:prefix': input.key } });
    if (list.result !== 'Allowed') throw denied(list);
    throw new AwsServiceError('NoSuchKey', 'The specified key does not exist.', 404);
  }
  return { body: object.body, contentLength: object.size, lastModified: object.lastModified, decision };
}

/** ListObjectsV2: keys under `prefix`, if the role allows `s3:ListBucket` for that `s3:prefix`. */
export async function listObjects(ctx: OperationContext, evaluator: PolicyEvaluator, input: S3Request & { prefix?: string }) {
  const prefix = input.prefix ?? '';
  const decision = await authorize(ctx, evaluator, {
    credentials: input.credentials,
    action: 's3:ListBucket',
    resourceArn: bucketArn(input.bucket),
    context: prefix ? { 's3:prefix': prefix } : {},
  });
  if (decision.result !== 'Allowed') throw denied(decision);
  const bucket = own(resources(ctx.state).s3Buckets, input.bucket);
  if (!bucket) throw noSuchBucket();
  const keys = Object.keys(bucket.objects)
    .filter((k) => k.startsWith(prefix))
    .sort();
  return { keys, decision };
}
