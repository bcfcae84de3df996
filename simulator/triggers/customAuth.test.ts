/**
 * The CUSTOM_AUTH flow with define / create / verify auth challenge triggers:
 * through the API (event shapes, the challenge loop, failure), and end to end
 * with amazon-cognito-identity-js, unmodified, both with SRP first
 * (`authenticationFlowType = 'CUSTOM_AUTH'`) and without (`initiateAuth`).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from 'amazon-cognito-identity-js';
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { isCognitoError } from '../index';
import { createConfirmedUser, createPoolAndClient } from '../../test/support/flows';
import { simulatorFetch } from '../../test/support/fetch';
import { recording, triggerSandbox, type TriggerSandbox } from '../../test/support/triggers';

const PASSWORD = 'Corr3ct-Horse!';
const ENDPOINT = 'https://cognito-idp.example.test/';

/** Define: SRP first when asked, then up to three custom challenges; tokens after a right answer. */
const DEFINE = recording(`
  const session = event.request.session;
  const last = session[session.length - 1];
  const tries = session.filter((c) => c.challengeName === 'CUSTOM_CHALLENGE').length;
  event.response.issueTokens = false;
  event.response.failAuthentication = false;
  if (last && last.challengeName === 'SRP_A') event.response.challengeName = 'PASSWORD_VERIFIER';
  else if (last && last.challengeName === 'CUSTOM_CHALLENGE' && last.challengeResult === true) event.response.issueTokens = true;
  else if (tries >= 3) event.response.failAuthentication = true;
  else event.response.challengeName = 'CUSTOM_CHALLENGE';
`);
const CREATE = recording(`
  event.response.publicChallengeParameters = { question: 'What is 6 x 7?', attempt: String(event.request.session.length) };
  event.response.privateChallengeParameters = { answer: '42' };
  event.response.challengeMetadata = 'MATH_QUESTION';
`);
const VERIFY = recording(`event.response.answerCorrect = event.request.challengeAnswer === event.request.privateChallengeParameters.answer;`);

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (!isCognitoError(e)) throw e;
    return { name: e.name, message: e.message };
  }
  throw new Error('expected the call to fail');
}

type AuthOut = { AuthenticationResult?: { IdToken: string; AccessToken: string }; ChallengeName?: string; Session?: string; ChallengeParameters?: Record<string, string> };

async function customPool(t: TriggerSandbox) {
  const made = await createPoolAndClient(t.sim, {
    pool: { LambdaConfig: { DefineAuthChallenge: t.arn('define'), CreateAuthChallenge: t.arn('create'), VerifyAuthChallengeResponse: t.arn('verify') } },
    client: { ExplicitAuthFlows: ['ALLOW_CUSTOM_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] },
  });
  await createConfirmedUser(t.sim, made.poolId, 'cat', PASSWORD, { email: 'cat@example.com' });
  return made;
}

describe('CUSTOM_AUTH through the API', () => {
  let t: TriggerSandbox;
  let poolId: string;
  let clientId: string;
  const start = (extra: Record<string, string> = {}) =>
    t.sim.call<AuthOut>('InitiateAuth', { ClientId: clientId, AuthFlow: 'CUSTOM_AUTH', AuthParameters: { USERNAME: 'cat', ...extra }, ClientMetadata: { flow: 'quiz' } });
  const answer = (session: string | undefined, value: string) =>
    t.sim.call<AuthOut>('RespondToAuthChallenge', { ClientId: clientId, ChallengeName: 'CUSTOM_CHALLENGE', Session: session, ChallengeResponses: { USERNAME: 'cat', ANSWER: value } });

  beforeAll(async () => {
    t = triggerSandbox('custom-auth-api');
    ({ poolId, clientId } = await customPool(t));
    await t.deploy('define', DEFINE);
    await t.deploy('create', CREATE);
    await t.deploy('verify', VERIFY);
  });
  afterAll(() => t.runtime.close());

  it('asks DefineAuthChallenge, then CreateAuthChallenge, and presents the public parameters with USERNAME', async () => {
    const out = await start();
    expect(out.ChallengeName).toBe('CUSTOM_CHALLENGE');
    expect(out.Session).toEqual(expect.any(String));
    expect(out.ChallengeParameters).toEqual({ question: 'What is 6 x 7?', attempt: '0', USERNAME: 'cat' });
    const define = t.lastEvent('define');
    expect(define).toEqual({
      version: '1',
      triggerSource: 'DefineAuthChallenge_Authentication',
      region: 'us-east-1',
      userPoolId: poolId,
      userName: 'cat',
      callerContext: { awsSdkVersion: expect.any(String), clientId },
      request: { userAttributes: expect.objectContaining({ email: 'cat@example.com', 'cognito:user_status': 'CONFIRMED' }), session: [], clientMetadata: { flow: 'quiz' } },
      response: { challengeName: null, issueTokens: null, failAuthentication: null },
    });
    const create = t.lastEvent('create');
    expect(create.triggerSource).toBe('CreateAuthChallenge_Authentication');
    expect(create.request).toEqual({ userAttributes: expect.any(Object), challengeName: 'CUSTOM_CHALLENGE', session: [], clientMetadata: { flow: 'quiz' } });
    expect(create.response).toEqual({ publicChallengeParameters: null, privateChallengeParameters: null, challengeMetadata: null });
  });

  it('verifies answers with VerifyAuthChallengeResponse; a wrong answer gets another challenge, a right one tokens', async () => {
    const first = await start();
    const second = await answer(first.Session, '41');
    expect(second.ChallengeName).toBe('CUSTOM_CHALLENGE');
    expect(second.Session).not.toBe(first.Session);
    expect(second.ChallengeParameters?.attempt).toBe('1');
    const verify = t.lastEvent('verify');
    expect(verify.triggerSource).toBe('VerifyAuthChallengeResponse_Authentication');
    expect(verify.request).toEqual({ userAttributes: expect.any(Object), privateChallengeParameters: { answer: '42' }, challengeAnswer: '41' });
    expect(verify.response).toEqual({ answerCorrect: null });
    expect(t.lastEvent('define').request.session).toEqual([{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: 'MATH_QUESTION' }]);
    // An answered session cannot be used again.
    expect(await failure(answer(first.Session, '42'))).toEqual({ name: 'NotAuthorizedException', message: 'Invalid session for the user, session can only be used once.' });

    const done = await answer(second.Session, '42');
    expect(done.AuthenticationResult?.IdToken).toEqual(expect.any(String));
    expect(t.lastEvent('define').request.session).toEqual([
      { challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: 'MATH_QUESTION' },
      { challengeName: 'CUSTOM_CHALLENGE', challengeResult: true, challengeMetadata: 'MATH_QUESTION' },
    ]);
  });

  it('fails with "Incorrect username or password." when DefineAuthChallenge says failAuthentication', async () => {
    let out = await start();
    for (const wrong of ['1', '2']) out = await answer(out.Session, wrong);
    expect(await failure(answer(out.Session, '3'))).toEqual({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    expect(await failure(answer(out.Session, '42'))).toEqual({ name: 'NotAuthorizedException', message: 'Invalid session for the user, session can only be used once.' });
  });

  it('fails the call with the trigger error when a challenge trigger throws', async () => {
    await t.deploy('create', `export const handler = async () => { throw new Error('no questions left'); };`);
    expect(await failure(start())).toEqual({ name: 'UserLambdaValidationException', message: 'CreateAuthChallenge failed with error no questions left.' });
    await t.deploy('create', CREATE);
  });

  it('needs DefineAuthChallenge in the pool, and an existing user unless the client hides user existence', async () => {
    const plain = await createPoolAndClient(t.sim, { client: { ExplicitAuthFlows: ['ALLOW_CUSTOM_AUTH'] } });
    expect(await failure(t.sim.call('InitiateAuth', { ClientId: plain.clientId, AuthFlow: 'CUSTOM_AUTH', AuthParameters: { USERNAME: 'x' } }))).toEqual({
      name: 'InvalidParameterException',
      message: 'Custom auth lambda trigger is not configured for the user pool.',
    });
    expect(await failure(t.sim.call('InitiateAuth', { ClientId: clientId, AuthFlow: 'CUSTOM_AUTH', AuthParameters: { USERNAME: 'ghost' } }))).toEqual({
      name: 'UserNotFoundException',
      message: 'User does not exist.',
    });
  });
});

describe('CUSTOM_AUTH with amazon-cognito-identity-js', () => {
  let t: TriggerSandbox;
  let pool: CognitoUserPool;
  let made: Awaited<ReturnType<typeof customPool>>;

  type Outcome = { kind: string; args: unknown[] };
  const NAMES = ['onSuccess', 'onFailure', 'customChallenge', 'newPasswordRequired', 'mfaRequired', 'totpRequired', 'selectMFAType', 'mfaSetup'];
  function callbacks(): { callbacks: Record<string, (...args: unknown[]) => void>; result: Promise<Outcome> } {
    let settle!: (o: Outcome) => void;
    const result = new Promise<Outcome>((r) => (settle = r));
    const cbs: Record<string, (...args: unknown[]) => void> = {};
    for (const kind of NAMES) cbs[kind] = (...args: unknown[]) => settle({ kind, args });
    return { callbacks: cbs, result };
  }

  beforeAll(async () => {
    // The library stamps its SRP TIMESTAMP from the wall clock: keep the simulated clock on it.
    t = triggerSandbox('custom-auth-identity-js');
    t.clock.set(Math.max(t.clock.now(), Date.now()));
    vi.stubGlobal('fetch', simulatorFetch(t.sim, { beforeRequest: () => t.clock.set(Math.max(t.clock.now(), Date.now())) }));
    made = await customPool(t);
    pool = new CognitoUserPool({ UserPoolId: made.poolId, ClientId: made.clientId, endpoint: ENDPOINT });
    await t.deploy('define', DEFINE);
    await t.deploy('create', CREATE);
    await t.deploy('verify', VERIFY);
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await t.runtime.close();
  });

  async function verifiedIdToken(session: CognitoUserSession) {
    const verifier = CognitoJwtVerifier.create({ userPoolId: made.poolId, tokenUse: 'id', clientId: made.clientId });
    verifier.cacheJwks(t.sim.jwks(made.poolId));
    return verifier.verify(session.getIdToken().getJwtToken());
  }

  it('signs in with SRP followed by a custom challenge (authenticationFlowType CUSTOM_AUTH)', async () => {
    const user = new CognitoUser({ Username: 'cat', Pool: pool });
    user.setAuthenticationFlowType('CUSTOM_AUTH');
    const first = callbacks();
    user.authenticateUser(new AuthenticationDetails({ Username: 'cat', Password: PASSWORD }), first.callbacks as never);
    const challenge = await first.result;
    expect(challenge.kind).toBe('customChallenge');
    expect(challenge.args[0]).toEqual({ question: 'What is 6 x 7?', attempt: '2', USERNAME: 'cat' });
    // DefineAuthChallenge saw SRP_A, then the password proven.
    expect(t.lastEvent('define').request.session).toEqual([
      { challengeName: 'SRP_A', challengeResult: true },
      { challengeName: 'PASSWORD_VERIFIER', challengeResult: true },
    ]);
    const second = callbacks();
    user.sendCustomChallengeAnswer('42', second.callbacks as never);
    const done = await second.result;
    expect(done.kind).toBe('onSuccess');
    const claims = await verifiedIdToken(done.args[0] as CognitoUserSession);
    expect(claims['cognito:username']).toBe('cat');
  });

  it('refuses a wrong password before any custom challenge', async () => {
    const user = new CognitoUser({ Username: 'cat', Pool: pool });
    user.setAuthenticationFlowType('CUSTOM_AUTH');
    const out = callbacks();
    user.authenticateUser(new AuthenticationDetails({ Username: 'cat', Password: 'Wr0ng-Horse!' }), out.callbacks as never);
    const r = await out.result;
    expect(r.kind).toBe('onFailure');
    expect(r.args[0]).toMatchObject({ code: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });

  it('signs in with custom challenges only (initiateAuth), retrying after a wrong answer', async () => {
    const user = new CognitoUser({ Username: 'cat', Pool: pool });
    const first = callbacks();
    user.initiateAuth(new AuthenticationDetails({ Username: 'cat' }), first.callbacks as never);
    expect((await first.result).kind).toBe('customChallenge');
    const wrong = callbacks();
    user.sendCustomChallengeAnswer('7', wrong.callbacks as never);
    const again = await wrong.result;
    expect(again.kind).toBe('customChallenge');
    expect((again.args[0] as Record<string, string>).attempt).toBe('1');
    const right = callbacks();
    user.sendCustomChallengeAnswer('42', right.callbacks as never);
    const done = await right.result;
    expect(done.kind).toBe('onSuccess');
    expect((await verifiedIdToken(done.args[0] as CognitoUserSession)).email).toBe('cat@example.com');
  });
});
