/**
 * Identity pools over HTTP: the official @aws-sdk/client-cognito-identity
 * client against the running endpoint, which dispatches
 * `AWSCognitoIdentityService.<Operation>` through the engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CognitoIdentityClient,
  CreateIdentityPoolCommand,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  SetIdentityPoolRolesCommand,
} from '@aws-sdk/client-cognito-identity';
import { createSimulator, SimulatedClock, seededRandom } from '../simulator';
import { checkTemporaryCredentials } from '../simulator/identity/credentials';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../test/support/flows';
import { startEndpoint, type RunningEndpoint } from './endpoint';
import { awsCall } from './testHelpers';

const PASSWORD = 'Corr3ct-Horse!';
const role = (name: string) => `arn:aws:iam::123456789012:role/${name}`;

let ep: RunningEndpoint;
let client: CognitoIdentityClient;
const clock = new SimulatedClock();

beforeAll(async () => {
  ep = await startEndpoint({ port: 0, sim: createSimulator({ clock, random: seededRandom('identity-over-http') }) });
  client = new CognitoIdentityClient({ region: 'us-east-1', endpoint: ep.url, credentials: { accessKeyId: 'AKIDSANDBOX', secretAccessKey: 'sandbox-secret' }, maxAttempts: 1 });
});
afterAll(async () => {
  client?.destroy();
  await ep?.close();
});

describe('identity pools over HTTP', () => {
  it('signs in to a user pool and gets credentials for the group role', async () => {
    const { poolId, clientId } = await createPoolAndClient(ep.sim);
    await createConfirmedUser(ep.sim, poolId, 'alice', PASSWORD);
    await ep.sim.call('CreateGroup', { UserPoolId: poolId, GroupName: 'admins', RoleArn: role('Admins'), Precedence: 1 });
    await ep.sim.call('AdminAddUserToGroup', { UserPoolId: poolId, Username: 'alice', GroupName: 'admins' });
    const provider = `cognito-idp.us-east-1.amazonaws.com/${poolId}`;

    const { IdentityPoolId } = await client.send(
      new CreateIdentityPoolCommand({ IdentityPoolName: 'http pool', AllowUnauthenticatedIdentities: true, CognitoIdentityProviders: [{ ProviderName: provider, ClientId: clientId }] }),
    );
    await client.send(
      new SetIdentityPoolRolesCommand({
        IdentityPoolId,
        Roles: { authenticated: role('Auth'), unauthenticated: role('Guest') },
        RoleMappings: { [`${provider}:${clientId}`]: { Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole' } },
      }),
    );

    const { IdentityId: guest } = await client.send(new GetIdCommand({ IdentityPoolId }));
    const Logins = { [provider]: (await passwordSignIn(ep.sim, clientId, 'alice', PASSWORD)).IdToken };
    const out = await client.send(new GetCredentialsForIdentityCommand({ IdentityId: guest, Logins }));
    expect(out.IdentityId).toBe(guest);
    expect(out.Credentials!.AccessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
    expect(out.Credentials!.Expiration!.getTime()).toBe(clock.now() + 3_600_000);
    const check = await checkTemporaryCredentials(ep.sim, { AccessKeyId: out.Credentials!.AccessKeyId!, SecretKey: out.Credentials!.SecretKey!, SessionToken: out.Credentials!.SessionToken! });
    expect(check).toMatchObject({ ok: true, session: { roleArn: role('Admins'), identityId: guest } });
  });

  it('answers errors in the AWS JSON 1.1 form', async () => {
    const id = 'us-east-1:00000000-0000-4000-8000-000000000000';
    const res = await awsCall(ep.url, 'AWSCognitoIdentityService.GetId', JSON.stringify({ IdentityPoolId: id }));
    expect(res.status).toBe(400);
    expect(res.headers['x-amzn-errortype']).toBe('ResourceNotFoundException:');
    expect(JSON.parse(res.body)).toEqual({ __type: 'ResourceNotFoundException', message: `IdentityPool '${id}' not found.` });
  });
});
