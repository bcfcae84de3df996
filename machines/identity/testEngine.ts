/**
 * Test support for the identity flow machines: a real in-process engine with
 * a user pool, an app client, a confirmed user, and an identity pool that
 * trusts the client, with an {@link IdentityApi} over it the way the sandbox
 * page wires its store. (Imported only by `*.test.ts`.)
 */
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../../simulator';
import { assumeRoleWithWebIdentity } from '../../simulator/identity/sts';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../../test/support/flows';
import { IDENTITY_TARGET, type IdentityApi } from './api';

export const ROLES = {
  authenticated: 'arn:aws:iam::123456789012:role/Cognito_SandboxAuth_Role',
  unauthenticated: 'arn:aws:iam::123456789012:role/Cognito_SandboxUnauth_Role',
  admins: 'arn:aws:iam::123456789012:role/Sandbox_Admins',
};

export interface IdentityTestEngine {
  sim: Simulator;
  clock: SimulatedClock;
  api: IdentityApi;
  poolId: string;
  clientId: string;
  identityPoolId: string;
  /** The `Logins` key of the user pool. */
  provider: string;
  /** A fresh ID token of the confirmed user `alice`. */
  idToken(): Promise<string>;
  /** Operation names of every call so far. */
  operations: string[];
}

export async function identityTestEngine(seed: string, pool: { AllowClassicFlow?: boolean } = {}): Promise<IdentityTestEngine> {
  const clock = new SimulatedClock(Date.UTC(2026, 0, 5, 10, 0, 0));
  const sim = createSimulator({ clock, random: seededRandom(seed), passwordHashIterations: 10 });
  const operations: string[] = [];
  sim.onCall((r) => operations.push(r.operation));
  const { poolId, clientId } = await createPoolAndClient(sim);
  await createConfirmedUser(sim, poolId, 'alice', 'Alice-Pa55word!', { email: 'alice@example.com', email_verified: 'true' });
  const provider = `cognito-idp.${sim.region}.amazonaws.com/${poolId}`;
  const { IdentityPoolId } = await sim.call<{ IdentityPoolId: string }>(`${IDENTITY_TARGET}.CreateIdentityPool`, {
    IdentityPoolName: 'sandbox_identities',
    AllowUnauthenticatedIdentities: true,
    AllowClassicFlow: pool.AllowClassicFlow ?? true,
    CognitoIdentityProviders: [{ ProviderName: provider, ClientId: clientId }],
  });
  await sim.call(`${IDENTITY_TARGET}.SetIdentityPoolRoles`, { IdentityPoolId, Roles: { authenticated: ROLES.authenticated, unauthenticated: ROLES.unauthenticated } });
  const api: IdentityApi = {
    identityPoolId: IdentityPoolId,
    async call<T>(operation: string, input: unknown) {
      try {
        return { ok: true as const, value: await sim.call<T>(`${IDENTITY_TARGET}.${operation}`, input) };
      } catch (e) {
        const err = e as Error;
        return { ok: false as const, error: { name: err.name, message: err.message } };
      }
    },
    assumeRoleWithWebIdentity: (input) => assumeRoleWithWebIdentity(sim, input),
  };
  return {
    sim,
    clock,
    api,
    poolId,
    clientId,
    identityPoolId: IdentityPoolId,
    provider,
    operations,
    idToken: async () => (await passwordSignIn(sim, clientId, 'alice', 'Alice-Pa55word!')).IdToken,
  };
}
