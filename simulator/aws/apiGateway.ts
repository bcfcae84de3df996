/**
 * A simulated Amazon API Gateway REST API whose methods are protected by a
 * Cognito user pools authorizer (`COGNITO_USER_POOLS`). API Gateway checks
 * the token itself, against the user pool's JWKS and on the simulated clock:
 * signature, issuer (one of the authorizer's pools), expiry and token type.
 *
 * - No `authorizationScopes` on the method: an ID token is required; an
 *   access token is refused (401).
 * - Scopes on the method: an access token is required, and it is authorized
 *   if any of the method's scopes is in its `scope` claim (API Gateway API,
 *   Method.authorizationScopes).
 *
 * Answers: 200 with the token's claims (as the integration would see them
 * in `requestContext.authorizer.claims`), 401 `{"message":"Unauthorized"}`
 * for a missing, malformed, foreign, expired or wrong-type token, 403 when
 * the scopes do not match (status and body unconfirmed, see
 * `API_GATEWAY.scopeMismatchStatus`), and 403 `{"message":"Missing
 * Authentication Token"}` for a path or method the API does not have.
 *
 * Not checked, as API Gateway does not check it: whether the token was revoked
 * (GlobalSignOut, RevokeToken) or the user still exists. A revoked token works
 * here until it expires. (Unconfirmed for AWS; it follows from the authorizer
 * validating the JWT locally.)
 */
import { decodeJwt, errors as joseErrors, jwtVerify } from 'jose';
import type { OperationContext } from '../core/context';
import type { SimState } from '../core/model';
import { randomString } from '../core/random';
import { API_GATEWAY, issuerFor } from '../facts';
import { cryptoKey } from '../tokens/keys';
import { AwsServiceError } from './errors';
import type { RestApiMethodRecord } from './model';
import { own, readResources, resources } from './resources';

export interface CreateRestApiInput {
  name: string;
  /** The user pools the COGNITO_USER_POOLS authorizer trusts (ids). */
  userPoolIds: string[];
  methods: Array<{ httpMethod: string; path: string; authorizationType?: 'NONE' | 'COGNITO_USER_POOLS'; authorizationScopes?: string[] }>;
}

/** Creates a REST API with its authorizer and methods. Returns its id. */
export function createRestApi(ctx: OperationContext, input: CreateRestApiInput): { id: string } {
  if (input.userPoolIds.length === 0 || input.userPoolIds.length > API_GATEWAY.userPoolsPerAuthorizer.value) {
    throw new AwsServiceError('BadRequestException', `A COGNITO_USER_POOLS authorizer needs between 1 and ${API_GATEWAY.userPoolsPerAuthorizer.value} user pools.`, 400);
  }
  for (const id of input.userPoolIds) if (!own(ctx.state.userPools, id)) throw new AwsServiceError('BadRequestException', `Invalid user pool ${id}`, 400);
  const id = randomString(ctx.random, 'abcdefghijklmnopqrstuvwxyz0123456789', 10);
  resources(ctx.state).restApis[id] = {
    id,
    name: input.name,
    createdAt: ctx.now(),
    userPoolIds: [...input.userPoolIds],
    methods: input.methods.map((m) => ({
      httpMethod: m.httpMethod.toUpperCase(),
      path: m.path,
      authorizationType: m.authorizationType ?? 'COGNITO_USER_POOLS',
      ...(m.authorizationScopes && m.authorizationScopes.length > 0 ? { authorizationScopes: [...m.authorizationScopes] } : {}),
    })),
  };
  return { id };
}

export interface InvokeInput {
  apiId: string;
  httpMethod: string;
  path: string;
  headers?: Record<string, string>;
}

export interface InvokeResult {
  statusCode: 200 | 401 | 403;
  body: { message: string; claims?: Record<string, string> };
  /** Why, for learners: which check decided. */
  reason: string;
}

const unauthorized = (reason: string): InvokeResult => ({ statusCode: 401, body: { message: 'Unauthorized' }, reason });

/** The claims as API Gateway hands them to the integration: every value a string. */
function stringClaims(claims: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(claims)) out[k] = typeof v === 'string' ? v : Array.isArray(v) ? v.join(',') : String(v);
  return out;
}

function findMethod(methods: RestApiMethodRecord[], httpMethod: string, path: string): RestApiMethodRecord | undefined {
  return methods.find((m) => (m.httpMethod === httpMethod.toUpperCase() || m.httpMethod === 'ANY') && m.path === path);
}

/** Sends a request to the API: the authorizer decides 200, 401 or 403. */
export async function invoke(engine: { state: Readonly<SimState>; now(): number; keyCache: Map<string, CryptoKey> }, input: InvokeInput): Promise<InvokeResult> {
  const api = own(readResources(engine.state).restApis, input.apiId);
  const method = api && findMethod(api.methods, input.httpMethod, input.path);
  if (!api || !method) return { statusCode: 403, body: { message: 'Missing Authentication Token' }, reason: 'The API has no such resource or method.' };
  if (method.authorizationType === 'NONE') return { statusCode: 200, body: { message: 'OK' }, reason: 'The method has no authorizer.' };

  const header = Object.entries(input.headers ?? {}).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
  if (!header) return unauthorized('No Authorization header.');
  const token = header.replace(/^Bearer\s+/i, '').trim();
  let unverified: Record<string, unknown>;
  try {
    unverified = decodeJwt(token) as Record<string, unknown>;
  } catch {
    return unauthorized('The Authorization header is not a JWT.');
  }
  const poolId = api.userPoolIds.find((id) => unverified.iss === issuerFor(engine.state.region, id));
  const pool = poolId ? own(engine.state.userPools, poolId) : undefined;
  if (!pool) return unauthorized('The token was not issued by a user pool of this authorizer.');
  const tokenUse = unverified.token_use;
  const signing = tokenUse === 'id' ? pool.keys.id : tokenUse === 'access' ? pool.keys.access : undefined;
  if (!signing) return unauthorized('The token is neither an ID token nor an access token.');
  let claims: Record<string, unknown>;
  try {
    const key = await cryptoKey(engine.keyCache, signing.publicJwk, 'RS256', 'public');
    claims = (await jwtVerify(token, key, { issuer: issuerFor(engine.state.region, pool.id), currentDate: new Date(engine.now()), algorithms: ['RS256'], clockTolerance: 0 })).payload as Record<string, unknown>;
  } catch (e) {
    if (e instanceof joseErrors.JWTExpired) return unauthorized('The token has expired.');
    return unauthorized("The token's signature does not verify against the user pool's JWKS.");
  }
  const scopes = method.authorizationScopes;
  if (!scopes) {
    if (tokenUse !== 'id') return unauthorized('The method has no authorization scopes, so it needs an ID token; this is an access token.');
    return { statusCode: 200, body: { message: 'OK', claims: stringClaims(claims) }, reason: 'A valid ID token from a user pool of the authorizer.' };
  }
  if (tokenUse !== 'access') return unauthorized('The method has authorization scopes, so it needs an access token; this is an ID token.');
  const granted = typeof claims.scope === 'string' ? claims.scope.split(' ') : [];
  const match = scopes.find((s) => granted.includes(s));
  if (!match) {
    return { statusCode: API_GATEWAY.scopeMismatchStatus.value as 403, body: { message: 'Forbidden' }, reason: `The access token has none of the method's scopes (${scopes.join(', ')}).` };
  }
  return { statusCode: 200, body: { message: 'OK', claims: stringClaims(claims) }, reason: `A valid access token with the scope ${match}.` };
}
