/**
 * Policy templates for identity pool roles, after the Amazon Cognito
 * Developer Guide's examples ("IAM roles", "Role trust and permissions"):
 * the trust policy of an identity pool role, the per-identity S3 prefix
 * policy (`arn:aws:s3:::bucket/${cognito-identity.amazonaws.com:sub}/*`) and
 * the DynamoDB fine-grained access policy (`dynamodb:LeadingKeys`).
 */
import type { PolicyDocument } from './model';

const VERSION = '2012-10-17';
const SUB = '${cognito-identity.amazonaws.com:sub}';

/**
 * Trust policy of an identity pool role: `sts:AssumeRoleWithWebIdentity` by
 * `cognito-identity.amazonaws.com`, for this identity pool (`aud`) and
 * authenticated or unauthenticated identities (`amr`).
 */
export function identityPoolTrustPolicy(identityPoolId: string, kind: 'authenticated' | 'unauthenticated'): PolicyDocument {
  return {
    Version: VERSION,
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'cognito-identity.amazonaws.com:aud': identityPoolId },
          'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': kind },
        },
      },
    ],
  };
}

/**
 * Each identity may list, read and write only under its own prefix
 * `{identity id}/` of `bucket`.
 */
export function perIdentityS3Policy(bucket: string): PolicyDocument {
  return {
    Version: VERSION,
    Statement: [
      {
        Sid: 'ListOwnPrefix',
        Effect: 'Allow',
        Action: ['s3:ListBucket'],
        Resource: [`arn:aws:s3:::${bucket}`],
        Condition: { StringLike: { 's3:prefix': [`${SUB}/*`] } },
      },
      {
        Sid: 'ReadWriteOwnObjects',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: [`arn:aws:s3:::${bucket}/${SUB}/*`],
      },
    ],
  };
}

/**
 * Each identity may read and write only the items whose partition key is its
 * identity id (`ForAllValues:StringEquals` on `dynamodb:LeadingKeys`).
 */
export function dynamoDbLeadingKeysPolicy(tableArn: string): PolicyDocument {
  return {
    Version: VERSION,
    Statement: [
      {
        Sid: 'OwnItemsOnly',
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:Query'],
        Resource: [tableArn],
        Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [SUB] } },
      },
    ],
  };
}
