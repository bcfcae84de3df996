/**
 * Real clients against the endpoint over real HTTP on loopback: the AWS SDK v3,
 * aws-jwt-verify (fetching the JWKS from the endpoint) and
 * amazon-cognito-identity-js (SRP sign-in), plus persistence across restarts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminConfirmSignUpCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  GetUserCommand,
  InitiateAuthCommand,
  NotAuthorizedException,
  ResourceNotFoundException,
  SignUpCommand,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from 'amazon-cognito-identity-js';
import { startEndpoint, type RunningEndpoint } from './endpoint';
import { awsCall, httpSdkClient, listDir, rawRequest, removeDir, tempDir } from './testHelpers';

const PASSWORD = 'Sandbox-Passw0rd!';

let dir: string;
let statePath: string;
let ep: RunningEndpoint;
let client: CognitoIdentityProviderClient;
let poolId: string;
let clientId: string;

/** aws-jwt-verify fetches over HTTPS only; this fetcher sends Cognito's JWKS URL to the endpoint instead. */
function endpointFetcher(url: string) {
  return {
    async fetch(uri: string): Promise<ArrayBuffer> {
      const local = uri.replace(/^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com/, url);
      const res = await fetch(local);
      if (!res.ok) throw new Error(`JWKS fetch ${local} answered ${res.status}`);
      return res.arrayBuffer();
    },
  };
}

async function signUpConfirmed(username: string): Promise<void> {
  await client.send(new SignUpCommand({ ClientId: clientId, Username: username, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }] }));
  await client.send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: username }));
}

async function passwordSignIn(c: CognitoIdentityProviderClient, username: string, password = PASSWORD) {
  const out = await c.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: password } }));
  if (!out.AuthenticationResult) throw new Error(`expected tokens, got challenge ${out.ChallengeName}`);
  return out.AuthenticationResult;
}

beforeAll(async () => {
  dir = await tempDir('flows');
  statePath = path.join(dir, 'state.json');
  ep = await startEndpoint({ port: 0, statePath });
  client = httpSdkClient(ep.url);
  const pool = await client.send(new CreateUserPoolCommand({ PoolName: 'http-flows', AutoVerifiedAttributes: ['email'] }));
  poolId = pool.UserPool!.Id!;
  const appClient = await client.send(
    new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'web', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }),
  );
  clientId = appClient.UserPoolClient!.ClientId!;
});

afterAll(async () => {
  client?.destroy();
  await ep?.close();
  await removeDir(dir);
});

describe('AWS SDK v3 over HTTP', () => {
  it('runs CreateUserPool → CreateUserPoolClient → SignUp → AdminConfirmSignUp → InitiateAuth → GetUser', async () => {
    expect(poolId).toMatch(/^us-east-1_[0-9A-Za-z]{9}$/);
    expect(clientId).toMatch(/^[a-z0-9]{26}$/);
    const signUp = await client.send(new SignUpCommand({ ClientId: clientId, Username: 'alice', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'alice@example.com' }] }));
    expect(signUp.UserConfirmed).toBe(false);
    expect(signUp.UserSub).toMatch(/^[0-9a-f-]{36}$/);
    expect(signUp.$metadata.httpStatusCode).toBe(200);
    await client.send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: 'alice' }));
    const tokens = await passwordSignIn(client, 'alice');
    expect(tokens.TokenType).toBe('Bearer');
    expect(tokens.ExpiresIn).toBe(3600);
    const me = await client.send(new GetUserCommand({ AccessToken: tokens.AccessToken }));
    expect(me.Username).toBe('alice');
    expect(me.UserAttributes).toEqual(expect.arrayContaining([{ Name: 'email', Value: 'alice@example.com' }, { Name: 'sub', Value: signUp.UserSub }]));
  });

  it('saves the state file after changes, with the new user in it', async () => {
    await ep.flush();
    const saved = JSON.parse(await readFile(statePath, 'utf8'));
    expect(saved.version).toBe(1);
    expect(saved.userPools[poolId].users.alice.status).toBe('CONFIRMED');
    expect(saved.userPools[poolId].clients[clientId]).toBeDefined();
  });

  it('delivers errors as the SDK’s typed exceptions with AWS’s messages', async () => {
    const wrong = await passwordSignIn(client, 'alice', 'Wrong-Passw0rd!').catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(NotAuthorizedException);
    expect((wrong as Error).message).toBe('Incorrect username or password.');
    expect((wrong as NotAuthorizedException).$metadata.httpStatusCode).toBe(400);

    const dup = await client.send(new SignUpCommand({ ClientId: clientId, Username: 'alice', Password: PASSWORD })).catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(UsernameExistsException);
    expect((dup as Error).message).toBe('User already exists');

    const missing = await client.send(new DescribeUserPoolCommand({ UserPoolId: 'us-east-1_Missing00' })).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
    expect((missing as Error).message).toBe('User pool us-east-1_Missing00 does not exist.');
  });

  it('refuses a body that is JSON but not an object with SerializationException', async () => {
    for (const body of ['[]', '"text"', '42']) {
      const res = await awsCall(ep.url, 'AWSCognitoIdentityProviderService.DescribeUserPool', body);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body).__type).toBe('SerializationException');
    }
  });

  it('answers validation errors in AWS’s words', async () => {
    const res = await awsCall(ep.url, 'AWSCognitoIdentityProviderService.DescribeUserPool', '{}');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ __type: 'InvalidParameterException', message: "1 validation error detected: Value null at 'userPoolId' failed to satisfy constraint: Member must not be null" });
  });
});

describe('discovery documents and aws-jwt-verify', () => {
  let idToken: string;
  let accessToken: string;
  beforeAll(async () => {
    await signUpConfirmed('jwt-user');
    const tokens = await passwordSignIn(client, 'jwt-user');
    idToken = tokens.IdToken!;
    accessToken = tokens.AccessToken!;
  });

  it('serves the pool’s JWKS with the keys that signed the tokens', async () => {
    const res = await rawRequest(ep.url, { path: `/${poolId}/.well-known/jwks.json` });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const jwks = JSON.parse(res.body) as { keys: Array<{ kid: string; kty: string; alg: string; use: string }> };
    expect(jwks.keys).toHaveLength(2);
    for (const k of jwks.keys) expect(k).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    const kidOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[0], 'base64url').toString()).kid;
    expect(jwks.keys.map((k) => k.kid).sort()).toEqual([kidOf(idToken), kidOf(accessToken)].sort());
  });

  it('serves the openid-configuration with Cognito’s issuer and the endpoint’s JWKS URL', async () => {
    const res = await rawRequest(ep.url, { path: `/${poolId}/.well-known/openid-configuration` });
    expect(res.status).toBe(200);
    const doc = JSON.parse(res.body);
    expect(doc.issuer).toBe(`https://cognito-idp.us-east-1.amazonaws.com/${poolId}`);
    expect(doc.jwks_uri).toBe(`${ep.url}/${poolId}/.well-known/jwks.json`);
    const viaLink = await fetch(doc.jwks_uri);
    expect(viaLink.status).toBe(200);
  });

  it('CognitoJwtVerifier verifies the ID and access tokens with the JWKS fetched from the endpoint', async () => {
    const jwksCache = new SimpleJwksCache({ fetcher: endpointFetcher(ep.url) });
    const idVerifier = CognitoJwtVerifier.create({ userPoolId: poolId, tokenUse: 'id', clientId }, { jwksCache });
    const idClaims = await idVerifier.verify(idToken);
    expect(idClaims['cognito:username']).toBe('jwt-user');
    expect(idClaims.email).toBe('jwt-user@example.com');
    const accessVerifier = CognitoJwtVerifier.create({ userPoolId: poolId, tokenUse: 'access', clientId }, { jwksCache });
    expect((await accessVerifier.verify(accessToken)).username).toBe('jwt-user');
    // The wrong token use and a tampered signature are refused.
    await expect(idVerifier.verify(accessToken)).rejects.toThrow();
    const [h, p, sig] = idToken.split('.');
    await expect(idVerifier.verify(`${h}.${p}.${sig.slice(0, -4)}AAAA`)).rejects.toThrow();
  });

  it('JwtVerifier verifies the ID token with the issuer and the endpoint’s jwksUri', async () => {
    const verifier = JwtVerifier.create(
      { issuer: `https://cognito-idp.us-east-1.amazonaws.com/${poolId}`, audience: clientId, jwksUri: `${ep.url}/${poolId}/.well-known/jwks.json` },
      { jwksCache: new SimpleJwksCache({ fetcher: { fetch: async (uri: string) => (await fetch(uri)).arrayBuffer() } }) },
    );
    const claims = await verifier.verify(idToken);
    expect(claims.token_use).toBe('id');
    expect(claims.aud).toBe(clientId);
  });
});

describe('amazon-cognito-identity-js over HTTP', () => {
  beforeAll(async () => {
    await signUpConfirmed('srp-user');
  });

  function srpSignIn(username: string, password: string): Promise<CognitoUserSession> {
    const userPool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint: ep.url });
    const user = new CognitoUser({ Username: username, Pool: userPool });
    return new Promise((resolve, reject) => {
      user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), {
        onSuccess: resolve,
        onFailure: reject,
        newPasswordRequired: () => reject(new Error('unexpected NEW_PASSWORD_REQUIRED')),
        mfaRequired: () => reject(new Error('unexpected SMS_MFA')),
        totpRequired: () => reject(new Error('unexpected SOFTWARE_TOKEN_MFA')),
      });
    });
  }

  it('signs in with SRP (USER_SRP_AUTH → PASSWORD_VERIFIER) and gets valid tokens', async () => {
    const session = await srpSignIn('srp-user', PASSWORD);
    expect(session.isValid()).toBe(true);
    expect(session.getIdToken().payload['cognito:username']).toBe('srp-user');
    const me = await client.send(new GetUserCommand({ AccessToken: session.getAccessToken().getJwtToken() }));
    expect(me.Username).toBe('srp-user');
  });

  it('reports a wrong password as NotAuthorizedException', async () => {
    const err = (await srpSignIn('srp-user', 'Wrong-Passw0rd!').catch((e: unknown) => e)) as { code?: string; message?: string };
    expect(err.code).toBe('NotAuthorizedException');
    expect(err.message).toBe('Incorrect username or password.');
  });
});

describe('persistence', () => {
  it('merges the writes of a burst of calls and loses none of them', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `burst-${i}`);
    await Promise.all(names.map((n) => client.send(new SignUpCommand({ ClientId: clientId, Username: n, Password: PASSWORD }))));
    await ep.flush();
    const saved = JSON.parse(await readFile(statePath, 'utf8'));
    for (const n of names) expect(saved.userPools[poolId].users[n]?.status).toBe('UNCONFIRMED');
    expect(await listDir(dir)).toEqual(['state.json']);
  });

  it('with syncWrites, has the change on disk when the answer arrives', async () => {
    const d = await tempDir('sync');
    const e = await startEndpoint({ port: 0, statePath: path.join(d, 'state.json'), syncWrites: true });
    const c = httpSdkClient(e.url);
    try {
      const out = await c.send(new CreateUserPoolCommand({ PoolName: 'synced' }));
      const saved = JSON.parse(await readFile(path.join(d, 'state.json'), 'utf8'));
      expect(Object.keys(saved.userPools)).toEqual([out.UserPool!.Id]);
    } finally {
      c.destroy();
      await e.close();
      await removeDir(d);
    }
  });


  it('keeps pools, users and sign-in sessions when the endpoint restarts on the same state file', async () => {
    await signUpConfirmed('restart-user');
    const before = await passwordSignIn(client, 'restart-user');
    client.destroy();
    await ep.close();

    ep = await startEndpoint({ port: 0, statePath });
    client = httpSdkClient(ep.url);
    // Tokens issued before the restart still verify (keys and sign-in events were saved) …
    expect((await client.send(new GetUserCommand({ AccessToken: before.AccessToken }))).Username).toBe('restart-user');
    // … and the user signs in again.
    const after = await passwordSignIn(client, 'restart-user');
    expect((await client.send(new GetUserCommand({ AccessToken: after.AccessToken }))).Username).toBe('restart-user');
    const status = JSON.parse((await rawRequest(ep.url, { headers: { Accept: 'application/json' } })).body);
    expect(status.userPools).toBe(1);
    expect(status.users).toBe(4 + 12);
  });
});
