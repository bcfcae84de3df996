/**
 * The code lab's simulated fetch with the real, unmodified clients: the AWS
 * SDK v3 with its browser fetch handler, and amazon-cognito-identity-js
 * (which calls the global fetch), talking to a sandbox store.
 */
import { CognitoIdentityProviderClient, ConfirmSignUpCommand, SignUpCommand, UsernameExistsException } from '@aws-sdk/client-cognito-identity-provider';
import { FetchHttpHandler } from '@smithy/fetch-http-handler';
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from 'amazon-cognito-identity-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seededRandom } from '@/simulator';
import { createSandboxStore, type SandboxStore } from '../_lib/sandboxStore';
import { forwardAwsJson } from './forward';
import { simulatedDate } from './simulatedDate';
import { createSimulatedFetch } from './simulatedFetch';

let store: SandboxStore;
let labFetch: typeof fetch;
const refused: string[] = [];

beforeEach(async () => {
  store = createSandboxStore({ startAt: Date.UTC(2026, 0, 1), random: seededRandom('code-lab-fetch'), passwordHashIterations: 10 });
  await store.start();
  refused.length = 0;
  labFetch = createSimulatedFetch('us-east-1', (request) => forwardAwsJson((t, i) => store.call(t, i), 'us-east-1', request), (url) => refused.push(url));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const sdk = () =>
  new CognitoIdentityProviderClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDCODELAB', secretAccessKey: 'secret' },
    requestHandler: new FetchHttpHandler({ customFetch: labFetch }),
  });

describe('createSimulatedFetch', () => {
  it('refuses any other host with a TypeError and never calls the engine', async () => {
    const before = store.getSnapshot().calls.length;
    await expect(labFetch('https://example.com/')).rejects.toThrow(TypeError);
    await expect(labFetch(new Request('https://example.com/x', { method: 'POST', body: 'secret' }))).rejects.toThrow(/Network access is blocked/);
    expect(refused).toEqual(['https://example.com/', 'https://example.com/x']);
    expect(store.getSnapshot().calls).toHaveLength(before);
  });

  it('lets the unmodified AWS SDK v3 sign up and confirm; its exceptions keep their AWS names', async () => {
    const client = sdk();
    const { ClientId, userPoolId } = { ClientId: store.getSnapshot().pool!.clientId, userPoolId: store.getSnapshot().pool!.userPoolId };
    const input = { ClientId, Username: 'lab-learner', Password: 'Labpass1!', UserAttributes: [{ Name: 'email', Value: 'lab@example.com' }] };
    const out = await client.send(new SignUpCommand(input));
    expect(out.UserConfirmed).toBe(false);
    expect(out.$metadata.httpStatusCode).toBe(200);
    const again = await client.send(new SignUpCommand(input)).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(UsernameExistsException);
    expect((again as Error).message).toBe('User already exists');
    const code = /\d{6}/.exec(store.getSnapshot().outbox.at(-1)!.body ?? '')![0];
    await client.send(new ConfirmSignUpCommand({ ClientId, Username: 'lab-learner', ConfirmationCode: code }));
    expect(store.simulator!.state.userPools[userPoolId].users['lab-learner'].status).toBe('CONFIRMED');
    expect(store.getSnapshot().calls.map((c) => c.operation).slice(-3)).toEqual(['SignUp', 'SignUp', 'ConfirmSignUp']);
  });

  it('lets unmodified amazon-cognito-identity-js sign in with SRP through the global fetch, on the simulated clock', async () => {
    const { clientId, userPoolId } = store.getSnapshot().pool!;
    await store.call('AdminCreateUser', { UserPoolId: userPoolId, Username: 'srp-user', MessageAction: 'SUPPRESS', TemporaryPassword: 'Temp-pass1!' });
    await store.call('AdminSetUserPassword', { UserPoolId: userPoolId, Username: 'srp-user', Password: 'Labpass1!', Permanent: true });
    vi.stubGlobal('fetch', labFetch);
    // The library signs with the current time: the lab's Date shows the sandbox's clock (here months from the wall clock).
    vi.stubGlobal('Date', simulatedDate(Date, store.getSnapshot().now!));
    const pool = new CognitoUserPool({ UserPoolId: userPoolId, ClientId: clientId });
    const user = new CognitoUser({ Username: 'srp-user', Pool: pool });
    const session = await new Promise<CognitoUserSession>((resolve, reject) =>
      user.authenticateUser(new AuthenticationDetails({ Username: 'srp-user', Password: 'Labpass1!' }), { onSuccess: resolve, onFailure: reject }),
    );
    expect(session.getIdToken().decodePayload()['cognito:username']).toBe('srp-user');
    const ops = store.getSnapshot().calls.map((c) => c.operation);
    expect(ops.slice(-2)).toEqual(['InitiateAuth', 'RespondToAuthChallenge']);
  }, 30_000);
});
