import { beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '@/simulator';
import { createSandboxStore, type SandboxStore } from '../_lib/sandboxStore';
import { AWS_JSON_11, forwardAwsJson, type LabHttpRequest } from './forward';

const IDP = 'https://cognito-idp.us-east-1.amazonaws.com/';
const IDENTITY = 'https://cognito-identity.us-east-1.amazonaws.com/';

let store: SandboxStore;
const call = (target: string, input: unknown) => store.call(target, input);

function post(url: string, target: string, body: unknown): LabHttpRequest {
  return { url, method: 'POST', headers: { 'Content-Type': AWS_JSON_11, 'X-Amz-Target': target }, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

beforeEach(async () => {
  store = createSandboxStore({ startAt: Date.UTC(2026, 0, 1), random: seededRandom('code-lab-forward'), passwordHashIterations: 10 });
  await store.start();
});

describe('forwardAwsJson', () => {
  it('runs X-Amz-Target through the engine and answers 200 with AWS JSON 1.1; the call is in the call log', async () => {
    const pool = store.getSnapshot().pool!;
    const before = store.getSnapshot().calls.length;
    const res = await forwardAwsJson(call, 'us-east-1', post(IDP, 'AWSCognitoIdentityProviderService.SignUp', {
      ClientId: pool.clientId,
      Username: 'lab-learner',
      Password: 'Labpass1!',
      UserAttributes: [{ Name: 'email', Value: 'lab@example.com' }],
    }));
    expect(res.kind).toBe('response');
    if (res.kind !== 'response') return;
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(AWS_JSON_11);
    expect(res.headers['x-amzn-requestid']).toBeTruthy();
    const body = JSON.parse(res.body) as { UserConfirmed: boolean; UserSub: string; CodeDeliveryDetails: { DeliveryMedium: string } };
    expect(body.UserConfirmed).toBe(false);
    expect(body.UserSub).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.CodeDeliveryDetails.DeliveryMedium).toBe('EMAIL');
    const calls = store.getSnapshot().calls;
    expect(calls).toHaveLength(before + 1);
    expect(calls.at(-1)).toMatchObject({ operation: 'SignUp', target: 'AWSCognitoIdentityProviderService.SignUp' });
    expect(store.simulator!.state.userPools[pool.userPoolId].users).toHaveProperty('lab-learner');
  });

  it("answers a refusal with 400, {__type, message} and x-amzn-ErrorType, in AWS's words", async () => {
    const pool = store.getSnapshot().pool!;
    const res = await forwardAwsJson(call, 'us-east-1', post(IDP, 'AWSCognitoIdentityProviderService.InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: pool.clientId,
      AuthParameters: { USERNAME: 'nobody', PASSWORD: 'Whatever1!' },
    }));
    expect(res).toMatchObject({ kind: 'response', status: 400 });
    if (res.kind !== 'response') return;
    const body = JSON.parse(res.body) as { __type: string; message: string };
    // The demo client does not enable PreventUserExistenceErrors, so an unknown user is named as such.
    expect(body).toEqual({ __type: 'UserNotFoundException', message: 'User does not exist.' });
    expect(res.headers['x-amzn-errortype']).toBe('UserNotFoundException:');
    expect(store.getSnapshot().calls.at(-1)?.error?.__type).toBe('UserNotFoundException');
  });

  it('reaches identity pool operations on the cognito-identity host', async () => {
    const res = await forwardAwsJson(call, 'us-east-1', post(IDENTITY, 'AWSCognitoIdentityService.DescribeIdentityPool', { IdentityPoolId: 'us-east-1:00000000-0000-4000-8000-000000000000' }));
    expect(res).toMatchObject({ kind: 'response', status: 400 });
    if (res.kind === 'response') expect(JSON.parse(res.body).__type).toBe('ResourceNotFoundException');
  });

  it('refuses a target of the other service, a body that is not JSON, and a missing target', async () => {
    const wrongHost = await forwardAwsJson(call, 'us-east-1', post(IDENTITY, 'AWSCognitoIdentityProviderService.SignUp', {}));
    expect(wrongHost.kind === 'response' && JSON.parse(wrongHost.body)).toEqual({ __type: 'UnknownOperationException', message: 'Unknown operation AWSCognitoIdentityProviderService.SignUp' });
    const badJson = await forwardAwsJson(call, 'us-east-1', post(IDP, 'AWSCognitoIdentityProviderService.SignUp', '{'));
    expect(badJson.kind === 'response' && JSON.parse(badJson.body).__type).toBe('SerializationException');
    const missing = await forwardAwsJson(call, 'us-east-1', { url: IDP, method: 'POST', headers: {}, body: '{}' });
    expect(missing.kind === 'response' && JSON.parse(missing.body)).toEqual({ __type: 'UnknownOperationException', message: 'Missing X-Amz-Target' });
  });

  it('refuses any other host as a network error, without calling the engine', async () => {
    const before = store.getSnapshot().calls.length;
    const res = await forwardAwsJson(call, 'us-east-1', post('https://example.com/', 'AWSCognitoIdentityProviderService.SignUp', {}));
    expect(res.kind).toBe('network-error');
    expect(store.getSnapshot().calls).toHaveLength(before);
  });
});
