import { describe, expect, it } from 'vitest';
import { contextKeyFor, decidingViews, decisionHeadline, defaultPlaygroundPolicy, requestContext, variableRows } from './playgroundModel';

describe('policy playground model', () => {
  it('starts from the per-identity S3 prefix and DynamoDB leading-keys statements', () => {
    const doc = defaultPlaygroundPolicy('photos', 'arn:aws:dynamodb:us-east-1:123456789012:table/notes') as { Statement: Array<{ Sid: string }> };
    expect(doc.Statement.map((s) => s.Sid)).toEqual(['ListOwnPrefix', 'ReadWriteOwnObjects', 'OwnItemsOnly']);
  });

  it('gives each request the context key its service would send', () => {
    expect(contextKeyFor('s3:PutObject')).toBeUndefined();
    expect(requestContext('s3:ListBucket', 'me/')).toEqual({ 's3:prefix': 'me/' });
    expect(requestContext('dynamodb:Query', 'me')).toEqual({ 'dynamodb:LeadingKeys': ['me'] });
    expect(requestContext('s3:GetObject', 'ignored')).toEqual({});
  });

  it('explains a decision in words, with the deciding statement’s JSON', () => {
    expect(decisionHeadline('Allowed')).toBe('Allowed');
    expect(decisionHeadline('ExplicitlyDenied')).toBe('Denied: explicit deny');
    expect(decisionHeadline('ImplicitlyDenied')).toBe('Denied: implicit (no statement allows it)');
    const policies = [{ name: 'p', document: { Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }, { Sid: 'Two', Effect: 'Allow' }] } }];
    const views = decidingViews([{ policyName: 'p', index: 1, sid: 'Two', effect: 'Allow' }, { policyName: 'p', index: 0, effect: 'Deny' }], policies);
    expect(views.map((v) => v.label)).toEqual(['p, statement 2 (Sid "Two")', 'p, statement 1 (no Sid)']);
    expect(JSON.parse(views[0].json)).toEqual({ Sid: 'Two', Effect: 'Allow' });
  });

  it('lists the identity pool’s policy variables with their values', () => {
    const rows = variableRows({ sub: 'us-east-1:abc', aud: 'us-east-1:pool', amr: ['authenticated'] });
    expect(rows[0]).toEqual({ name: '${cognito-identity.amazonaws.com:sub}', value: 'us-east-1:abc' });
    expect(rows[2].value).toBe('["authenticated"]');
  });
});
