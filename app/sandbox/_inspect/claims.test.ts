import { beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { CLAIMS, explainClaim, isTimeClaim } from './claims';
import { buildFixture, type Fixture } from './testFixture';

let fx: Fixture;
beforeAll(async () => {
  fx = await buildFixture('claims-test');
});

describe('claim explanations', () => {
  it('explain every claim of an ID token and an access token the engine issues, and say which token carries it', () => {
    const id = decodeJwt(fx.tokens.IdToken);
    const access = decodeJwt(fx.tokens.AccessToken);
    // The fixture user has groups with roles, a verified email and phone, a name and a custom attribute.
    expect(Object.keys(id)).toEqual(expect.arrayContaining(['cognito:groups', 'cognito:roles', 'cognito:preferred_role', 'email_verified', 'phone_number', 'custom:team']));
    for (const [use, claims] of [['id', id], ['access', access]] as const) {
      for (const name of Object.keys(claims)) {
        const e = explainClaim(name);
        expect(e, `${use} token claim ${name}`).toBeDefined();
        expect(e!.in, `${name} is listed for ${use} tokens`).toContain(use);
        expect(e!.meaning.length).toBeGreaterThan(20);
      }
    }
  });

  it('cover the claims named in the brief, and custom attributes by prefix only', () => {
    for (const name of ['sub', 'iss', 'aud', 'client_id', 'token_use', 'scope', 'auth_time', 'iat', 'exp', 'jti', 'origin_jti', 'event_id', 'cognito:username', 'username', 'cognito:groups', 'cognito:roles', 'cognito:preferred_role', 'email', 'email_verified', 'phone_number', 'phone_number_verified', 'version', 'device_key', 'custom:anything']) {
      expect(explainClaim(name), name).toBeDefined();
    }
    expect(explainClaim('custom:')).toBeUndefined();
    expect(explainClaim('made_up')).toBeUndefined();
    expect(explainClaim('toString')).toBeUndefined();
  });

  it('mark exactly the NumericDate claims as times', () => {
    expect(Object.keys(CLAIMS).filter(isTimeClaim).sort()).toEqual(['auth_time', 'exp', 'iat', 'nbf', 'updated_at']);
  });
});
