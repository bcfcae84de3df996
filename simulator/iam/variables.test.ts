import { describe, expect, it } from 'vitest';
import { resolvePolicy, substitute } from './variables';

const keys = { sub: 'us-east-1:1111', aud: 'us-east-1:pool', amr: ['authenticated', 'cognito-idp.us-east-1.amazonaws.com/us-east-1_X'] };

describe('identity pool policy variables', () => {
  it('substitutes sub and aud, uses a default only when the key is absent, and leaves multivalued amr alone', () => {
    expect(substitute('arn:aws:s3:::b/${cognito-identity.amazonaws.com:sub}/*', keys)).toBe('arn:aws:s3:::b/us-east-1:1111/*');
    expect(substitute("${cognito-identity.amazonaws.com:aud, 'none'}", keys)).toBe('us-east-1:pool');
    expect(substitute('${cognito-identity.amazonaws.com:amr}', keys)).toBe('${cognito-identity.amazonaws.com:amr}');
    expect(substitute("${cognito-identity.amazonaws.com:amr, 'x'}", keys)).toBe('x');
    expect(substitute('${aws:PrincipalTag/team}', keys)).toBe('${aws:PrincipalTag/team}');
  });

  it('resolves Resource, NotResource and condition values, and renames the namespace condition keys', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Action: 's3:*',
        NotResource: ['arn:aws:s3:::b/${cognito-identity.amazonaws.com:sub}'],
        Condition: { StringEquals: { 'dynamodb:LeadingKeys': '${cognito-identity.amazonaws.com:sub}', 'cognito-identity.amazonaws.com:aud': 'p' } },
      },
    };
    expect(resolvePolicy(doc, keys)).toEqual({
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Action: 's3:*',
        NotResource: ['arn:aws:s3:::b/us-east-1:1111'],
        Condition: { StringEquals: { 'dynamodb:LeadingKeys': 'us-east-1:1111', 'aws:PrincipalTag/cognito-identity.amazonaws.com:aud': 'p' } },
      },
    });
    // The stored policy is not changed.
    expect(doc.Statement.NotResource[0]).toContain('${cognito-identity.amazonaws.com:sub}');
  });
});
