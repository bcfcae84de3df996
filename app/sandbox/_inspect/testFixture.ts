/**
 * For the inspector's tests: a real engine with a pool whose users carry
 * every kind of claim (verified email and phone, a custom attribute, groups
 * with IAM roles), a signed-in user and every call recorded.
 */
import { createSimulator, seededRandom, SimulatedClock, type Simulator } from '@/simulator';
import type { CallRecord } from '@/simulator';

export const START = Date.UTC(2026, 0, 1, 9, 0, 0);
export const PASSWORD = 'Inspector-Pa55!';

export interface Fixture {
  sim: Simulator;
  clock: SimulatedClock;
  poolId: string;
  clientId: string;
  calls: CallRecord[];
  tokens: { IdToken: string; AccessToken: string; RefreshToken: string };
}

/** Builds the fixture (three RSA keys: share it across a file's tests). */
export async function buildFixture(seed: string): Promise<Fixture> {
  const clock = new SimulatedClock(START);
  const sim = createSimulator({ clock, random: seededRandom(seed), passwordHashIterations: 10 });
  const calls: CallRecord[] = [];
  sim.onCall((c) => calls.push(c));
  const { UserPool } = await sim.call<{ UserPool: { Id: string } }>('CreateUserPool', {
    PoolName: 'inspector',
    AutoVerifiedAttributes: ['email'],
    Schema: [{ Name: 'team', AttributeDataType: 'String', Mutable: true }],
  });
  const poolId = UserPool.Id;
  const { UserPoolClient } = await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
    UserPoolId: poolId,
    ClientName: 'web',
    ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  const clientId = UserPoolClient.ClientId;
  await sim.call('AdminCreateUser', {
    UserPoolId: poolId,
    Username: 'alice',
    MessageAction: 'SUPPRESS',
    TemporaryPassword: 'Temp-Pa55word!',
    UserAttributes: [
      { Name: 'email', Value: 'alice@example.com' },
      { Name: 'email_verified', Value: 'true' },
      { Name: 'phone_number', Value: '+15555550100' },
      { Name: 'phone_number_verified', Value: 'true' },
      { Name: 'name', Value: 'Alice Example' },
      { Name: 'custom:team', Value: 'blue' },
    ],
  });
  await sim.call('AdminSetUserPassword', { UserPoolId: poolId, Username: 'alice', Password: PASSWORD, Permanent: true });
  await sim.call('CreateGroup', { UserPoolId: poolId, GroupName: 'readers', Precedence: 2, RoleArn: 'arn:aws:iam::123456789012:role/readers' });
  await sim.call('CreateGroup', { UserPoolId: poolId, GroupName: 'admins', Precedence: 1, RoleArn: 'arn:aws:iam::123456789012:role/admins' });
  await sim.call('AdminAddUserToGroup', { UserPoolId: poolId, Username: 'alice', GroupName: 'readers' });
  await sim.call('AdminAddUserToGroup', { UserPoolId: poolId, Username: 'alice', GroupName: 'admins' });
  const auth = await sim.call<{ AuthenticationResult: Fixture['tokens'] }>('InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: 'alice', PASSWORD },
  });
  return { sim, clock, poolId, clientId, calls, tokens: auth.AuthenticationResult };
}
