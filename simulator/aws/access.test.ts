/**
 * From a sign-in to "may this identity put an object here?": real credentials
 * from the identity engine (GetId → GetCredentialsForIdentity through the
 * official client), role policies with the identity pool's policy variables,
 * evaluated by @cloud-copilot/iam-simulate against the simulated S3 and
 * DynamoDB, with the statement that decided.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CreateIdentityPoolCommand, GetCredentialsForIdentityCommand, GetIdCommand, SetIdentityPoolRolesCommand, type CognitoIdentityClient } from '@aws-sdk/client-cognito-identity';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { identitySdkClient } from '../../test/support/identitySdk';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../../test/support/flows';
import { HOUR_MS } from '../facts';
import { AwsServiceError } from './errors';
import type { CallerCredentials } from '../iam/authorize';
import { iamSimulateEvaluator } from '../iam/iamSimulateEvaluator';
import { NoPolicyEvaluatorError } from '../iam/evaluator';

const PASSWORD = 'Corr3ct-Horse!';
const role = (name: string) => `arn:aws:iam::123456789012:role/${name}`;
const AUTH = role('Cognito_PhotosAuth');
const UNAUTH = role('Cognito_PhotosUnauth');
const BUCKET = 'photo-bucket';
const TABLE = 'Notes';

async function rejection(p: Promise<unknown>): Promise<AwsServiceError> {
  return p.then(
    () => {
      throw new Error('expected the request to be refused');
    },
    (e: unknown) => {
      if (!(e instanceof AwsServiceError)) throw e;
      return e;
    },
  );
}

describe('access decisions with identity pool credentials', () => {
  const clock = new SimulatedClock();
  let sim: Simulator;
  let sdk: CognitoIdentityClient;
  let identityPoolId: string;
  const who: Record<string, { identityId: string; credentials: CallerCredentials }> = {};

  const credentialsFor = async (username?: string) => {
    const Logins = username ? { [provider]: (await passwordSignIn(sim, clientId, username, PASSWORD)).IdToken } : undefined;
    const { IdentityId } = await sdk.send(new GetIdCommand({ IdentityPoolId: identityPoolId, Logins }));
    const { Credentials } = await sdk.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins }));
    return { identityId: IdentityId!, credentials: { AccessKeyId: Credentials!.AccessKeyId!, SecretKey: Credentials!.SecretKey!, SessionToken: Credentials!.SessionToken! } };
  };
  let provider: string;
  let clientId: string;

  beforeAll(async () => {
    sim = createSimulator({ clock, random: seededRandom('aws-access'), policyEvaluator: iamSimulateEvaluator });
    sdk = identitySdkClient(sim);
    const up = await createPoolAndClient(sim);
    clientId = up.clientId;
    provider = `cognito-idp.us-east-1.amazonaws.com/${up.poolId}`;
    for (const name of ['alice', 'bob']) await createConfirmedUser(sim, up.poolId, name, PASSWORD);
    identityPoolId = (await sdk.send(
      new CreateIdentityPoolCommand({ IdentityPoolName: 'photos', AllowUnauthenticatedIdentities: true, CognitoIdentityProviders: [{ ProviderName: provider, ClientId: clientId }] }),
    )).IdentityPoolId!;
    await sdk.send(new SetIdentityPoolRolesCommand({ IdentityPoolId: identityPoolId, Roles: { authenticated: AUTH, unauthenticated: UNAUTH } }));

    const t = sim.aws.iam.templates;
    await sim.aws.iam.putRole({
      roleArn: AUTH,
      trustPolicy: t.identityPoolTrustPolicy(identityPoolId, 'authenticated'),
      permissionPolicies: [
        { name: 'PerIdentityS3', document: t.perIdentityS3Policy(BUCKET) },
        { name: 'OwnNotes', document: t.dynamoDbLeadingKeysPolicy(sim.aws.dynamodb.tableArn(TABLE)) },
        {
          name: 'Guardrails',
          document: {
            Version: '2012-10-17',
            Statement: [{ Sid: 'NoSecretsEvenForTheOwner', Effect: 'Deny', Action: 's3:PutObject', Resource: `arn:aws:s3:::${BUCKET}/\${cognito-identity.amazonaws.com:sub}/secret/*` }],
          },
        },
      ],
    });
    await sim.aws.s3.createBucket({ bucket: BUCKET });
    await sim.aws.dynamodb.createTable({ table: TABLE, partitionKey: 'userId', sortKey: 'noteId' });
    who.alice = await credentialsFor('alice');
    who.bob = await credentialsFor('bob');
    who.guest = await credentialsFor();
  });

  it('S3: an identity may put under its own prefix, and the allowing statement is named', async () => {
    const { identityId, credentials } = who.alice;
    const out = await sim.aws.s3.putObject({ credentials, bucket: BUCKET, key: `${identityId}/cat.jpg`, body: 'meow' });
    expect(out.decision.result).toBe('Allowed');
    expect(out.decision.deciding).toEqual([{ policyName: 'PerIdentityS3', index: 1, sid: 'ReadWriteOwnObjects', effect: 'Allow' }]);
    expect(out.decision.principalArn).toBe('arn:aws:sts::123456789012:assumed-role/Cognito_PhotosAuth/CognitoIdentityCredentials');
    const got = await sim.aws.s3.getObject({ credentials, bucket: BUCKET, key: `${identityId}/cat.jpg` });
    expect(got.body).toBe('meow');
  });

  it("S3: another identity's prefix is implicitly denied (AccessDenied, no statement allows it)", async () => {
    const err = await rejection(sim.aws.s3.putObject({ credentials: who.bob.credentials, bucket: BUCKET, key: `${who.alice.identityId}/cat.jpg`, body: 'woof' }));
    expect(err.code).toBe('AccessDenied');
    expect(err.statusCode).toBe(403);
    expect(err.decision?.result).toBe('ImplicitlyDenied');
    expect(err.decision?.deciding).toEqual([]);
    expect(err.message).toBe(
      `User: arn:aws:sts::123456789012:assumed-role/Cognito_PhotosAuth/CognitoIdentityCredentials is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::${BUCKET}/${who.alice.identityId}/cat.jpg" because no identity-based policy allows the s3:PutObject action`,
    );
    // Alice's object is untouched, and bob can't read it either.
    expect((await sim.aws.s3.getObject({ credentials: who.alice.credentials, bucket: BUCKET, key: `${who.alice.identityId}/cat.jpg` })).body).toBe('meow');
    expect((await rejection(sim.aws.s3.getObject({ credentials: who.bob.credentials, bucket: BUCKET, key: `${who.alice.identityId}/cat.jpg` }))).code).toBe('AccessDenied');
  });

  it('S3: an explicit deny wins over the allow, and names the denying statement', async () => {
    const { identityId, credentials } = who.alice;
    const err = await rejection(sim.aws.s3.putObject({ credentials, bucket: BUCKET, key: `${identityId}/secret/diary.txt`, body: 'x' }));
    expect(err.decision?.result).toBe('ExplicitlyDenied');
    expect(err.decision?.deciding).toEqual([{ policyName: 'Guardrails', index: 0, sid: 'NoSecretsEvenForTheOwner', effect: 'Deny' }]);
    expect(err.message).toMatch(/with an explicit deny in an identity-based policy$/);
  });

  it('S3: ListBucket only with the s3:prefix condition met; a missing key is NoSuchKey only for those allowed to list', async () => {
    const { identityId, credentials } = who.alice;
    const listed = await sim.aws.s3.listObjects({ credentials, bucket: BUCKET, prefix: `${identityId}/` });
    expect(listed.keys).toEqual([`${identityId}/cat.jpg`]);
    expect(listed.decision.deciding[0]?.sid).toBe('ListOwnPrefix');
    expect((await rejection(sim.aws.s3.listObjects({ credentials, bucket: BUCKET, prefix: `${who.bob.identityId}/` }))).code).toBe('AccessDenied');
    expect((await rejection(sim.aws.s3.listObjects({ credentials, bucket: BUCKET }))).code).toBe('AccessDenied');
    const missing = await rejection(sim.aws.s3.getObject({ credentials, bucket: BUCKET, key: `${identityId}/nothing.jpg` }));
    expect([missing.code, missing.statusCode]).toEqual(['NoSuchKey', 404]);
  });

  it('DynamoDB: ForAllValues:StringEquals on dynamodb:LeadingKeys lets an identity touch only its own items', async () => {
    const alice = who.alice;
    const put = await sim.aws.dynamodb.putItem({ credentials: alice.credentials, table: TABLE, item: { userId: alice.identityId, noteId: 'n1', text: 'hello' } });
    expect(put.decision.deciding).toEqual([{ policyName: 'OwnNotes', index: 0, sid: 'OwnItemsOnly', effect: 'Allow' }]);
    const got = await sim.aws.dynamodb.getItem({ credentials: alice.credentials, table: TABLE, key: { userId: alice.identityId, noteId: 'n1' } });
    expect(got.item).toEqual({ userId: alice.identityId, noteId: 'n1', text: 'hello' });
    expect((await sim.aws.dynamodb.query({ credentials: alice.credentials, table: TABLE, partitionValue: alice.identityId })).count).toBe(1);

    const stolen = await rejection(sim.aws.dynamodb.getItem({ credentials: who.bob.credentials, table: TABLE, key: { userId: alice.identityId, noteId: 'n1' } }));
    expect(stolen.code).toBe('AccessDeniedException');
    expect(stolen.decision?.result).toBe('ImplicitlyDenied');
    const planted = await rejection(sim.aws.dynamodb.putItem({ credentials: who.bob.credentials, table: TABLE, item: { userId: alice.identityId, noteId: 'n2', text: 'boo' } }));
    expect(planted.code).toBe('AccessDeniedException');
    expect((await rejection(sim.aws.dynamodb.query({ credentials: who.bob.credentials, table: TABLE, partitionValue: alice.identityId }))).code).toBe('AccessDeniedException');
  });

  it('a guest whose role has no policies is implicitly denied; the playground shows the same decision without acting', async () => {
    const { identityId, credentials } = who.guest;
    const decision = await sim.aws.iam.simulate({ credentials, action: 's3:PutObject', resourceArn: `arn:aws:s3:::${BUCKET}/${identityId}/x` });
    expect(decision.roleArn).toBe(UNAUTH);
    expect(decision.result).toBe('ImplicitlyDenied');
    expect((await rejection(sim.aws.s3.putObject({ credentials, bucket: BUCKET, key: `${identityId}/x`, body: '' }))).code).toBe('AccessDenied');
  });

  it('an edited policy takes effect at once', async () => {
    const { identityId, credentials } = who.guest;
    await sim.aws.iam.putRole({ roleArn: UNAUTH, permissionPolicies: [{ name: 'GuestUploads', document: sim.aws.iam.templates.perIdentityS3Policy(BUCKET) }] });
    const out = await sim.aws.s3.putObject({ credentials, bucket: BUCKET, key: `${identityId}/x`, body: 'guest' });
    expect(out.decision.deciding[0]).toMatchObject({ policyName: 'GuestUploads', sid: 'ReadWriteOwnObjects' });
  });

  it('tampered or expired credentials are refused before any policy is read', async () => {
    const { identityId, credentials } = who.alice;
    const wrongSecret = await rejection(sim.aws.s3.putObject({ credentials: { ...credentials, SecretKey: 'x'.repeat(40) }, bucket: BUCKET, key: `${identityId}/a`, body: '' }));
    expect(wrongSecret.code).toBe('SignatureDoesNotMatch');
    const later = createSimulator({ clock: new SimulatedClock(clock.now() + HOUR_MS), snapshot: sim.exportState(), policyEvaluator: async () => iamSimulateEvaluator });
    const expired = await rejection(later.aws.s3.putObject({ credentials, bucket: BUCKET, key: `${identityId}/a`, body: '' }));
    expect([expired.code, expired.message]).toEqual(['ExpiredToken', 'The security token included in the request is expired']);
  });

  it('roles, objects, tables and APIs survive a snapshot round trip', async () => {
    const copy = createSimulator({ clock, snapshot: JSON.parse(JSON.stringify(sim.exportState())), policyEvaluator: iamSimulateEvaluator });
    expect(copy.aws.iam.getRole(AUTH)?.permissionPolicies.map((p) => p.name)).toEqual(['PerIdentityS3', 'OwnNotes', 'Guardrails']);
    const got = await copy.aws.s3.getObject({ credentials: who.alice.credentials, bucket: BUCKET, key: `${who.alice.identityId}/cat.jpg` });
    expect(got.body).toBe('meow');
    expect(Object.getPrototypeOf(copy.state.awsResources!.s3Buckets)).toBeNull();
    const bad = JSON.parse(JSON.stringify(sim.exportState()));
    bad.iamRoles[AUTH].permissionPolicies = 'nope';
    expect(() => createSimulator({ snapshot: bad })).toThrow(/iamRoles/);
  });

  it('conditions on cognito-identity.amazonaws.com:aud and :amr see the session of the identity pool', async () => {
    const { identityId, credentials } = who.guest;
    const condition = (aud: string, amr: string) => ({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'GuestsOfThisPool',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: `arn:aws:s3:::${BUCKET}/*`,
          Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': aud }, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': amr } },
        },
      ],
    });
    const decide = async (aud: string, amr: string) => {
      await sim.aws.iam.putRole({ roleArn: UNAUTH, permissionPolicies: [{ name: 'Conditional', document: condition(aud, amr) }] });
      return (await sim.aws.iam.simulate({ credentials, action: 's3:GetObject', resourceArn: `arn:aws:s3:::${BUCKET}/${identityId}/x` })).result;
    };
    expect(await decide(identityPoolId, 'unauthenticated')).toBe('Allowed');
    expect(await decide(identityPoolId, 'authenticated')).toBe('ImplicitlyDenied');
    expect(await decide('us-east-1:00000000-0000-0000-0000-000000000000', 'unauthenticated')).toBe('ImplicitlyDenied');
  });

  it('without an injected evaluator, policy decisions fail clearly (the engine bundles no IAM library)', async () => {
    const bare = createSimulator({ clock, snapshot: sim.exportState() });
    await expect(bare.aws.s3.putObject({ credentials: who.alice.credentials, bucket: BUCKET, key: `${who.alice.identityId}/a`, body: '' })).rejects.toBeInstanceOf(NoPolicyEvaluatorError);
  });
});
