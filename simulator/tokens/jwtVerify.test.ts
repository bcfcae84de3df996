/**
 * Our tokens as a real verifier sees them: aws-jwt-verify, the library AWS
 * publishes for checking Cognito JWTs, must accept them unmodified, and the
 * claim sets must match the Developer Guide's (cognito-facts.md §9).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { createConfirmedUser, createPoolAndClient, passwordSignIn, type SignInTokens } from '../../test/support/flows';
import { LIFETIMES, UNIT_MS } from '../facts';

const PASSWORD = 'Corr3ct-Horse!';

/** Re-encodes a JWT's payload with one claim changed, keeping the original signature. */
function tamper(token: string, claim: string, value: unknown): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))));
  claims[claim] = value;
  const json = new TextEncoder().encode(JSON.stringify(claims));
  const b64 = btoa(String.fromCharCode(...json)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${header}.${b64}.${signature}`;
}

describe('tokens and aws-jwt-verify', () => {
  // aws-jwt-verify checks exp against the real clock: start simulated time now.
  let sim: Simulator;
  let poolId: string;
  let clientId: string;
  let tokens: SignInTokens;
  let otherPoolTokens: SignInTokens;

  beforeAll(async () => {
    sim = createSimulator({ clock: new SimulatedClock(Date.now()), random: seededRandom('jwt-verify') });
    ({ poolId, clientId } = await createPoolAndClient(sim));
    await createConfirmedUser(sim, poolId, 'alice', PASSWORD, { email: 'alice@example.com', email_verified: 'true' });
    await sim.call('CreateGroup', { UserPoolId: poolId, GroupName: 'editors' });
    await sim.call('AdminAddUserToGroup', { UserPoolId: poolId, Username: 'alice', GroupName: 'editors' });
    tokens = await passwordSignIn(sim, clientId, 'alice', PASSWORD);

    const other = await createPoolAndClient(sim, { pool: { PoolName: 'other-pool' } });
    await createConfirmedUser(sim, other.poolId, 'alice', PASSWORD);
    otherPoolTokens = await passwordSignIn(sim, other.clientId, 'alice', PASSWORD);
  });

  const verifier = (tokenUse: 'id' | 'access') => {
    const v = CognitoJwtVerifier.create({ userPoolId: poolId, tokenUse, clientId });
    v.cacheJwks(sim.jwks(poolId));
    return v;
  };

  it('accepts our ID and access tokens', async () => {
    const id = await verifier('id').verify(tokens.IdToken);
    expect(id.token_use).toBe('id');
    expect(id['cognito:username']).toBe('alice');
    const access = await verifier('access').verify(tokens.AccessToken);
    expect(access.token_use).toBe('access');
    expect(access.username).toBe('alice');
  });

  it('rejects an ID token where an access token is expected, and the other way round', async () => {
    await expect(verifier('access').verify(tokens.IdToken)).rejects.toThrow();
    await expect(verifier('id').verify(tokens.AccessToken)).rejects.toThrow();
  });

  it('rejects a token whose payload was changed', async () => {
    await expect(verifier('id').verify(tamper(tokens.IdToken, 'cognito:username', 'mallory'))).rejects.toThrow(/signature/i);
    await expect(verifier('access').verify(tamper(tokens.AccessToken, 'username', 'mallory'))).rejects.toThrow(/signature/i);
  });

  it('rejects a token from another pool', async () => {
    await expect(verifier('id').verify(otherPoolTokens.IdToken)).rejects.toThrow();
    await expect(verifier('access').verify(otherPoolTokens.AccessToken)).rejects.toThrow();
  });

  it('carries the ID token claims of the Developer Guide', () => {
    const id = decodeJwt(tokens.IdToken);
    expect(Object.keys(id).sort()).toEqual(
      ['sub', 'iss', 'cognito:username', 'origin_jti', 'aud', 'event_id', 'token_use', 'auth_time', 'exp', 'iat', 'jti', 'email', 'email_verified', 'cognito:groups'].sort(),
    );
    expect(id.iss).toBe(`https://cognito-idp.us-east-1.amazonaws.com/${poolId}`);
    expect(id.aud).toBe(clientId);
    expect(id.token_use).toBe('id');
    expect(id.email).toBe('alice@example.com');
    expect(id.email_verified).toBe(true);
    expect(id['cognito:groups']).toEqual(['editors']);
  });

  it('carries the access token claims of the Developer Guide', () => {
    const access = decodeJwt(tokens.AccessToken);
    expect(Object.keys(access).sort()).toEqual(
      ['sub', 'iss', 'client_id', 'origin_jti', 'event_id', 'token_use', 'scope', 'auth_time', 'exp', 'iat', 'jti', 'username', 'cognito:groups'].sort(),
    );
    expect(access.client_id).toBe(clientId);
    expect(access.scope).toBe('aws.cognito.signin.user.admin');
  });

  it('ties both tokens to one sign-in, with their own jti and signing key', () => {
    const id = decodeJwt(tokens.IdToken);
    const access = decodeJwt(tokens.AccessToken);
    expect(id.origin_jti).toBe(access.origin_jti);
    expect(id.event_id).toBe(access.event_id);
    expect(id.sub).toBe(access.sub);
    expect(id.jti).not.toBe(access.jti);
    const idKid = decodeProtectedHeader(tokens.IdToken).kid;
    const accessKid = decodeProtectedHeader(tokens.AccessToken).kid;
    expect(idKid).not.toBe(accessKid);
    expect(sim.jwks(poolId).keys.map((k) => k.kid).sort()).toEqual([idKid, accessKid].sort());
  });

  it('lasts one hour by default', () => {
    const seconds = (fact: typeof LIFETIMES.idToken) => (fact.value.default * UNIT_MS[fact.value.unit]) / 1000;
    expect(seconds(LIFETIMES.idToken)).toBe(3600);
    const id = decodeJwt(tokens.IdToken);
    const access = decodeJwt(tokens.AccessToken);
    expect((id.exp as number) - (id.iat as number)).toBe(seconds(LIFETIMES.idToken));
    expect((access.exp as number) - (access.iat as number)).toBe(seconds(LIFETIMES.accessToken));
    expect(tokens.ExpiresIn).toBe(seconds(LIFETIMES.accessToken));
  });

  it("follows the client's validity settings and units", async () => {
    const { UserPoolClient } = await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
      UserPoolId: poolId,
      ClientName: 'short-lived',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      IdTokenValidity: 5,
      AccessTokenValidity: 10,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes' },
    });
    const short = await passwordSignIn(sim, UserPoolClient.ClientId, 'alice', PASSWORD);
    const id = decodeJwt(short.IdToken);
    const access = decodeJwt(short.AccessToken);
    expect((id.exp as number) - (id.iat as number)).toBe(300);
    expect((access.exp as number) - (access.iat as number)).toBe(600);
    expect(short.ExpiresIn).toBe(600);
  });
});
