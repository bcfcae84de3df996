/**
 * The domain and resource server operations and the app client's OAuth rules,
 * through the real AWS SDK v3 client.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DeleteResourceServerCommand,
  DeleteUserPoolDomainCommand,
  DescribeResourceServerCommand,
  DescribeUserPoolDomainCommand,
  ListResourceServersCommand,
  UpdateResourceServerCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolDomainCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { sdkClient } from '../../test/support/sdk';
import { QUOTAS } from '../facts';
import { OAUTH_MESSAGES } from './messages';

const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111';

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
  throw new Error('expected the call to fail');
}

let sim: Simulator;
const clock = new SimulatedClock();
let idp: CognitoIdentityProviderClient;
let poolA: string;
let poolB: string;

beforeAll(async () => {
  sim = createSimulator({ clock, random: seededRandom('oauth-ops') });
  idp = sdkClient(sim);
  poolA = (await idp.send(new CreateUserPoolCommand({ PoolName: 'A' }))).UserPool!.Id!;
  poolB = (await idp.send(new CreateUserPoolCommand({ PoolName: 'B' }))).UserPool!.Id!;
});

describe('user pool domains', () => {
  it('creates, describes, updates and deletes a prefix domain', async () => {
    await idp.send(new CreateUserPoolDomainCommand({ UserPoolId: poolA, Domain: 'shop-login' }));
    const d = (await idp.send(new DescribeUserPoolDomainCommand({ Domain: 'shop-login' }))).DomainDescription!;
    expect(d).toMatchObject({ UserPoolId: poolA, Domain: 'shop-login', Status: 'ACTIVE', ManagedLoginVersion: 1 });
    expect(d.CustomDomainConfig).toBeUndefined();
    const up = await idp.send(new UpdateUserPoolDomainCommand({ UserPoolId: poolA, Domain: 'shop-login', ManagedLoginVersion: 2 }));
    expect(up.ManagedLoginVersion).toBe(2);
    expect(await failure(idp.send(new DeleteUserPoolDomainCommand({ UserPoolId: poolB, Domain: 'shop-login' })))).toMatchObject({ name: 'InvalidParameterException' });
    await idp.send(new DeleteUserPoolDomainCommand({ UserPoolId: poolA, Domain: 'shop-login' }));
    expect((await idp.send(new DescribeUserPoolDomainCommand({ Domain: 'shop-login' }))).DomainDescription).toEqual({});
  });

  it('keeps a domain name unique across pools and one prefix domain per pool', async () => {
    await idp.send(new CreateUserPoolDomainCommand({ UserPoolId: poolA, Domain: 'taken-name' }));
    expect(await failure(idp.send(new CreateUserPoolDomainCommand({ UserPoolId: poolB, Domain: 'taken-name' })))).toEqual({ name: 'InvalidParameterException', message: OAUTH_MESSAGES.domainInUse });
    expect(await failure(idp.send(new CreateUserPoolDomainCommand({ UserPoolId: poolA, Domain: 'second-name' })))).toEqual({ name: 'InvalidParameterException', message: OAUTH_MESSAGES.poolHasDomain });
  });

  it('checks the prefix rules', async () => {
    for (const bad of ['-leading', 'trailing-', 'Upper', 'has.dot', 'under_score']) {
      expect(await failure(idp.send(new CreateUserPoolDomainCommand({ UserPoolId: poolB, Domain: bad })))).toMatchObject({ name: 'InvalidParameterException' });
    }
    expect(await failure(idp.send(new CreateUserPoolDomainCommand({ UserPoolId: poolB, Domain: 'x'.repeat(64) })))).toMatchObject({ name: 'InvalidParameterException', message: expect.stringContaining('1 validation error detected') });
  });

  it('needs a us-east-1 ACM certificate for a custom domain, and returns its CloudFront domain', async () => {
    const west = CERT.replace('us-east-1', 'eu-west-1');
    expect(await failure(idp.send(new CreateUserPoolDomainCommand({ UserPoolId: poolB, Domain: 'auth.example.com', CustomDomainConfig: { CertificateArn: west } })))).toEqual({
      name: 'InvalidParameterException',
      message: OAUTH_MESSAGES.certificateNotInUsEast1,
    });
    const out = await idp.send(new CreateUserPoolDomainCommand({ UserPoolId: poolB, Domain: 'auth.example.com', CustomDomainConfig: { CertificateArn: CERT } }));
    expect(out.CloudFrontDomain).toMatch(/^d[a-z0-9]+\.cloudfront\.net$/);
    const d = (await idp.send(new DescribeUserPoolDomainCommand({ Domain: 'auth.example.com' }))).DomainDescription!;
    expect(d.CustomDomainConfig).toEqual({ CertificateArn: CERT });
    expect(d.CloudFrontDistribution).toBe(out.CloudFrontDomain);
  });
});

describe('resource servers', () => {
  it('creates, lists, updates and deletes resource servers', async () => {
    const rs = await idp.send(
      new CreateResourceServerCommand({ UserPoolId: poolA, Identifier: 'https://api.example.com', Name: 'API', Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }] }),
    );
    expect(rs.ResourceServer).toEqual({ UserPoolId: poolA, Identifier: 'https://api.example.com', Name: 'API', Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }] });
    clock.advance(1000);
    await idp.send(new CreateResourceServerCommand({ UserPoolId: poolA, Identifier: 'billing', Name: 'Billing' }));
    const page1 = await idp.send(new ListResourceServersCommand({ UserPoolId: poolA, MaxResults: 1 }));
    expect(page1.ResourceServers!.map((r) => r.Identifier)).toEqual(['https://api.example.com']);
    const page2 = await idp.send(new ListResourceServersCommand({ UserPoolId: poolA, MaxResults: 1, NextToken: page1.NextToken }));
    expect(page2.ResourceServers!.map((r) => r.Identifier)).toEqual(['billing']);
    expect(page2.NextToken).toBeUndefined();
    const up = await idp.send(new UpdateResourceServerCommand({ UserPoolId: poolA, Identifier: 'billing', Name: 'Billing v2', Scopes: [{ ScopeName: 'pay', ScopeDescription: 'Pay' }] }));
    expect(up.ResourceServer!.Scopes).toEqual([{ ScopeName: 'pay', ScopeDescription: 'Pay' }]);
    await idp.send(new DeleteResourceServerCommand({ UserPoolId: poolA, Identifier: 'billing' }));
    expect(await failure(idp.send(new DescribeResourceServerCommand({ UserPoolId: poolA, Identifier: 'billing' })))).toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('refuses a duplicate identifier, a duplicate scope, a scope name with a slash and too many servers', async () => {
    expect(await failure(idp.send(new CreateResourceServerCommand({ UserPoolId: poolA, Identifier: 'https://api.example.com', Name: 'Again' })))).toMatchObject({ name: 'InvalidParameterException' });
    const dup = [
      { ScopeName: 'a', ScopeDescription: 'A' },
      { ScopeName: 'a', ScopeDescription: 'A again' },
    ];
    expect(await failure(idp.send(new CreateResourceServerCommand({ UserPoolId: poolB, Identifier: 'dup', Name: 'Dup', Scopes: dup })))).toMatchObject({ name: 'InvalidParameterException' });
    expect(await failure(idp.send(new CreateResourceServerCommand({ UserPoolId: poolB, Identifier: 'slash', Name: 'S', Scopes: [{ ScopeName: 'a/b', ScopeDescription: 'x' }] })))).toMatchObject({
      name: 'InvalidParameterException',
      message: expect.stringContaining('1 validation error detected'),
    });
    const max = QUOTAS.resourceServersPerPool.value;
    for (let i = 0; i < max; i++) await idp.send(new CreateResourceServerCommand({ UserPoolId: poolB, Identifier: `rs${i}`, Name: `RS ${i}` }));
    expect(await failure(idp.send(new CreateResourceServerCommand({ UserPoolId: poolB, Identifier: 'one-more', Name: 'X' })))).toMatchObject({ name: 'LimitExceededException' });
  });
});

describe('app client OAuth rules', () => {
  const create = (input: Record<string, unknown>) => idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolA, ClientName: 'c', ...input }));

  it('requires flows and scopes when OAuth is on', async () => {
    expect(await failure(create({ AllowedOAuthFlowsUserPoolClient: true }))).toEqual({ name: 'InvalidOAuthFlowException', message: OAUTH_MESSAGES.flowsAndScopesRequired });
  });

  it('keeps client credentials alone, with a secret and custom scopes only', async () => {
    const cc = { AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthScopes: ['https://api.example.com/read'] };
    expect(await failure(create({ ...cc, AllowedOAuthFlows: ['client_credentials'] }))).toEqual({ name: 'InvalidOAuthFlowException', message: OAUTH_MESSAGES.clientCredentialsNeedSecret });
    expect(await failure(create({ ...cc, GenerateSecret: true, AllowedOAuthFlows: ['client_credentials', 'code'], CallbackURLs: ['https://a.example.com/cb'] }))).toEqual({
      name: 'InvalidOAuthFlowException',
      message: OAUTH_MESSAGES.clientCredentialsExclusive,
    });
    expect(await failure(create({ ...cc, GenerateSecret: true, AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: ['openid'] }))).toEqual({
      name: 'InvalidOAuthFlowException',
      message: OAUTH_MESSAGES.scopeNotForClientCredentials('openid'),
    });
    const ok = await create({ ...cc, GenerateSecret: true, AllowedOAuthFlows: ['client_credentials'] });
    expect(ok.UserPoolClient!.AllowedOAuthFlows).toEqual(['client_credentials']);
  });

  it('refuses scopes no resource server defines', async () => {
    expect(await failure(create({ AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['code'], AllowedOAuthScopes: ['openid', 'nowhere/read'], CallbackURLs: ['https://a.example.com/cb'] }))).toEqual({
      name: 'ScopeDoesNotExistException',
      message: OAUTH_MESSAGES.scopeDoesNotExist('nowhere/read'),
    });
  });

  it('takes HTTPS, localhost and app-scheme callback URLs, not plain HTTP elsewhere', async () => {
    const base = { AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['code' as const], AllowedOAuthScopes: ['openid'] };
    const ok = await create({ ...base, CallbackURLs: ['https://a.example.com/cb', 'http://localhost:8080/cb', 'myapp://callback'] });
    expect(ok.UserPoolClient!.CallbackURLs).toHaveLength(3);
    expect(await failure(create({ ...base, CallbackURLs: ['http://a.example.com/cb'] }))).toMatchObject({ name: 'InvalidParameterException' });
    expect(await failure(create({ ...base, CallbackURLs: ['https://a.example.com/cb#frag'] }))).toMatchObject({ name: 'InvalidParameterException' });
    expect(
      await failure(
        idp.send(new UpdateUserPoolClientCommand({ UserPoolId: poolA, ClientId: ok.UserPoolClient!.ClientId!, ...base, LogoutURLs: ['http://a.example.com/bye'] })),
      ),
    ).toMatchObject({ name: 'InvalidParameterException' });
  });
});
