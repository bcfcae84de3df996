/**
 * Test support: the usual set-up steps (a pool with an app client, a confirmed
 * user, a password sign-in), written once and run through `sim.call` like any
 * other caller, so a test starts from the state real operations produce.
 */
import type { Simulator } from '../../simulator';
import { secretHash } from '../../simulator/crypto/password';

/** The auth flows the helper client allows unless a test asks otherwise. */
export const DEFAULT_TEST_AUTH_FLOWS = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] as const;

export interface PoolAndClient {
  poolId: string;
  clientId: string;
  /** Set when the client was created with GenerateSecret. */
  clientSecret?: string;
  /** The CreateUserPool response's `UserPool`. */
  pool: Record<string, unknown>;
  /** The CreateUserPoolClient response's `UserPoolClient`. */
  client: Record<string, unknown>;
}

export interface PoolAndClientOverrides {
  /** Extra CreateUserPool input (PoolName defaults to `test-pool`). */
  pool?: Record<string, unknown>;
  /** Extra CreateUserPoolClient input (ClientName `test-client`; ExplicitAuthFlows {@link DEFAULT_TEST_AUTH_FLOWS}). */
  client?: Record<string, unknown>;
}

/** Creates a user pool and an app client that allows USER_PASSWORD_AUTH (and refresh). */
export async function createPoolAndClient(sim: Simulator, overrides: PoolAndClientOverrides = {}): Promise<PoolAndClient> {
  const { UserPool: pool } = await sim.call<{ UserPool: Record<string, unknown> }>('CreateUserPool', { PoolName: 'test-pool', ...overrides.pool });
  const poolId = String(pool.Id);
  const { UserPoolClient: client } = await sim.call<{ UserPoolClient: Record<string, unknown> }>('CreateUserPoolClient', {
    UserPoolId: poolId,
    ClientName: 'test-client',
    ExplicitAuthFlows: [...DEFAULT_TEST_AUTH_FLOWS],
    ...overrides.client,
  });
  const clientSecret = typeof client.ClientSecret === 'string' ? client.ClientSecret : undefined;
  return { poolId, clientId: String(client.ClientId), clientSecret, pool, client };
}

/**
 * Creates a CONFIRMED user with a permanent password: AdminCreateUser with
 * MessageAction SUPPRESS (no invitation), then AdminSetUserPassword Permanent.
 * Returns AdminCreateUser's `User`.
 */
export async function createConfirmedUser(
  sim: Simulator,
  poolId: string,
  username: string,
  password: string,
  attributes: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const { User } = await sim.call<{ User: Record<string, unknown> }>('AdminCreateUser', {
    UserPoolId: poolId,
    Username: username,
    MessageAction: 'SUPPRESS',
    UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
  });
  await sim.call('AdminSetUserPassword', { UserPoolId: poolId, Username: username, Password: password, Permanent: true });
  return User;
}

export interface SignInTokens {
  IdToken: string;
  AccessToken: string;
  RefreshToken: string;
  ExpiresIn: number;
  TokenType: string;
}

/**
 * Signs in with InitiateAuth USER_PASSWORD_AUTH and returns the tokens. Pass
 * `clientSecret` for a client with a secret (SECRET_HASH is computed). Fails
 * with a clear message when Cognito answers with a challenge instead.
 */
export async function passwordSignIn(sim: Simulator, clientId: string, username: string, password: string, clientSecret?: string): Promise<SignInTokens> {
  const AuthParameters: Record<string, string> = { USERNAME: username, PASSWORD: password };
  if (clientSecret) AuthParameters.SECRET_HASH = await secretHash(clientSecret, username, clientId);
  const out = await sim.call<{ AuthenticationResult?: SignInTokens; ChallengeName?: string }>('InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters,
  });
  if (!out.AuthenticationResult) throw new Error(`passwordSignIn: expected tokens, got challenge ${out.ChallengeName ?? '(none)'}`);
  return out.AuthenticationResult;
}
