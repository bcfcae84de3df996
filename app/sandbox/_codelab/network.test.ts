import { describe, expect, it } from 'vitest';
import { checkEndpoint, networkError } from './network';

describe('checkEndpoint', () => {
  it('accepts the two simulated Cognito endpoints of the sandbox region', () => {
    expect(checkEndpoint('https://cognito-idp.us-east-1.amazonaws.com/', 'us-east-1')).toEqual({ ok: true, service: 'cognito-idp' });
    expect(checkEndpoint('https://cognito-identity.us-east-1.amazonaws.com/', 'us-east-1')).toEqual({ ok: true, service: 'cognito-identity' });
    expect(checkEndpoint('https://cognito-idp.us-east-1.amazonaws.com', 'us-east-1')).toEqual({ ok: true, service: 'cognito-idp' });
  });

  it.each([
    'https://example.com/',
    'http://cognito-idp.us-east-1.amazonaws.com/',
    'https://cognito-idp.us-east-1.amazonaws.com.evil.example/',
    'https://evil.example/?https://cognito-idp.us-east-1.amazonaws.com/',
    'https://cognito-idp.us-east-1.amazonaws.com:8443/',
    'https://sts.us-east-1.amazonaws.com/',
    'wss://cognito-idp.us-east-1.amazonaws.com/',
    'not a url',
  ])('refuses %s as blocked network access', (url) => {
    const check = checkEndpoint(url, 'us-east-1');
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(/Network access is blocked in the code lab/);
  });

  it('refuses another region, and paths other than /', () => {
    const region = checkEndpoint('https://cognito-idp.eu-west-1.amazonaws.com/', 'us-east-1');
    expect(!region.ok && region.reason).toBe('The sandbox simulates one AWS Region, us-east-1; cognito-idp.eu-west-1.amazonaws.com is in eu-west-1.');
    const path = checkEndpoint('https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc/.well-known/jwks.json', 'us-east-1');
    expect(path.ok).toBe(false);
  });

  it('refusals are TypeErrors, as fetch rejects when it cannot connect', () => {
    const e = networkError('no');
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe('Failed to fetch: no');
  });
});
