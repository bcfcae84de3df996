import { describe, expect, it } from 'vitest';
import { DescribeUserPoolCommand, ListUserImportJobsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator } from '../simulator';
import { sdkClient } from './support/sdk';

describe('in-process SDK transport', () => {
  it('carries engine errors back as typed SDK exceptions with AWS wording', async () => {
    const client = sdkClient(createSimulator());
    const err = (await client.send(new DescribeUserPoolCommand({ UserPoolId: 'us-east-1_Missing01' })).catch((e: unknown) => e)) as Error & { $metadata: { httpStatusCode: number } };
    expect(err.name).toBe('ResourceNotFoundException');
    expect(err.message).toBe('User pool us-east-1_Missing01 does not exist.');
    expect(err.$metadata.httpStatusCode).toBe(400);
  });

  it('answers an operation the engine does not implement with UnknownOperationException', async () => {
    const client = sdkClient(createSimulator());
    const err = (await client.send(new ListUserImportJobsCommand({ UserPoolId: 'us-east-1_abc', MaxResults: 10 })).catch((e: unknown) => e)) as Error;
    expect(err.name).toBe('UnknownOperationException');
  });
});
