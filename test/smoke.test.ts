import { describe, expect, it } from 'vitest';
import { ListUserPoolsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator } from '../simulator';
import { sdkClient } from './support/sdk';

describe('in-process SDK transport', () => {
  it('carries engine errors back as typed SDK exceptions', async () => {
    const sim = createSimulator();
    const client = sdkClient(sim);
    const err = await client.send(new ListUserPoolsCommand({ MaxResults: 10 })).catch((e: unknown) => e as Error);
    expect((err as Error).name).toBe('UnknownOperationException');
  });
});
