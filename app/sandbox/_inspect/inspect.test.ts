import { beforeAll, describe, expect, it } from 'vitest';
import type { CallRecord } from '@/simulator';
import { MINUTE_MS } from '@/simulator/facts';
import { hasSecrets, MASK, maskSecrets } from './mask';
import { formatHttpMessage, fullTarget, httpExchange, httpStatus } from './http';
import { auditEntry, auditLog } from './audit';
import { metricOf, poolMetrics } from './metrics';
import { buildFixture, PASSWORD, START, type Fixture } from './testFixture';

let fx: Fixture;
beforeAll(async () => {
  fx = await buildFixture('inspect-test');
  // A few more calls a learner makes: a wrong password, a sign-up, a refresh, a user call, a bad token.
  const call = (op: string, input: unknown) => fx.sim.call(op, input).catch(() => undefined);
  await call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: fx.clientId, AuthParameters: { USERNAME: 'alice', PASSWORD: 'Wrong-Pa55!' } });
  await call('SignUp', { ClientId: fx.clientId, Username: 'bob', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'bob@example.com' }] });
  await call('SignUp', { ClientId: fx.clientId, Username: 'carol', Password: 'short' });
  fx.clock.advance(5 * MINUTE_MS);
  await call('InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: fx.clientId, AuthParameters: { REFRESH_TOKEN: fx.tokens.RefreshToken } });
  await call('GetUser', { AccessToken: fx.tokens.AccessToken });
  await call('GetUser', { AccessToken: fx.tokens.IdToken });
});

const find = (op: string, pred: (c: CallRecord) => boolean = () => true): CallRecord => {
  const c = fx.calls.find((x) => x.operation === op && pred(x));
  if (!c) throw new Error(`no ${op} call`);
  return c;
};

describe('masking', () => {
  it('hides passwords, tokens, secrets and codes, at any depth, and leaves the rest', () => {
    const req = {
      ClientId: 'abc',
      Username: 'alice',
      Password: 'p',
      AuthParameters: { USERNAME: 'alice', PASSWORD: 'p', SECRET_HASH: 'h', SRP_A: 'a' },
      ChallengeResponses: { SOFTWARE_TOKEN_MFA_CODE: '123456', USERNAME: 'alice' },
      UserAttributes: [{ Name: 'email', Value: 'a@example.com' }],
      AuthenticationResult: { AccessToken: 'x', ExpiresIn: 3600 },
    };
    const masked = maskSecrets(req);
    expect(masked).toEqual({
      ClientId: 'abc',
      Username: 'alice',
      Password: MASK,
      AuthParameters: { USERNAME: 'alice', PASSWORD: MASK, SECRET_HASH: MASK, SRP_A: MASK },
      ChallengeResponses: { SOFTWARE_TOKEN_MFA_CODE: MASK, USERNAME: 'alice' },
      UserAttributes: [{ Name: 'email', Value: 'a@example.com' }],
      AuthenticationResult: { AccessToken: MASK, ExpiresIn: 3600 },
    });
    expect(req.Password).toBe('p'); // the original is untouched
    expect(hasSecrets(req)).toBe(true);
    expect(hasSecrets({ ClientId: 'abc' })).toBe(false);
  });

  it('leaves no password or token of a real call in the masked text', () => {
    const signIn = find('InitiateAuth', (c) => !c.error && (c.request as { AuthFlow: string }).AuthFlow === 'USER_PASSWORD_AUTH');
    const text = JSON.stringify(maskSecrets(signIn.request)) + JSON.stringify(maskSecrets(signIn.response));
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(fx.tokens.IdToken.slice(0, 40));
    expect(text).toContain('alice');
  });
});

describe('HTTP view', () => {
  it('shows a successful call as AWS JSON 1.1 over HTTP, with secrets masked unless revealed', () => {
    const signUp = find('SignUp', (c) => !c.error);
    expect(signUp.target).toBe('SignUp'); // called by bare name…
    expect(fullTarget(signUp)).toBe('AWSCognitoIdentityProviderService.SignUp'); // …shown as the wire sees it
    const ex = httpExchange(signUp, { region: 'us-east-1' });
    const request = formatHttpMessage(ex.request);
    expect(request.split('\n').slice(0, 4)).toEqual([
      'POST / HTTP/1.1',
      'Host: cognito-idp.us-east-1.amazonaws.com',
      'X-Amz-Target: AWSCognitoIdentityProviderService.SignUp',
      'Content-Type: application/x-amz-json-1.1',
    ]);
    expect(request).not.toContain('Authorization'); // SignUp is unsigned
    expect(JSON.parse(ex.request.body)).toMatchObject({ Username: 'bob', Password: MASK });
    expect(JSON.parse(httpExchange(signUp, { region: 'us-east-1', reveal: true }).request.body).Password).toBe(PASSWORD);
    expect(ex.status).toBe(200);
    expect(ex.response.startLine).toBe('HTTP/1.1 200 OK');
    expect(JSON.parse(ex.response.body)).toMatchObject({ UserConfirmed: false, UserSub: expect.any(String) });
  });

  it('shows a refused call as 400 with the {"__type","message"} body', () => {
    const bad = find('SignUp', (c) => c.error !== undefined);
    const ex = httpExchange(bad, { region: 'eu-west-1' });
    expect(ex.status).toBe(400);
    expect(ex.response.startLine).toBe('HTTP/1.1 400 Bad Request');
    expect(JSON.parse(ex.response.body)).toEqual({ __type: 'InvalidPasswordException', message: bad.error!.message });
    expect(formatHttpMessage(ex.request)).toContain('Host: cognito-idp.eu-west-1.amazonaws.com');
    expect(httpStatus({ error: { __type: 'InternalErrorException', message: 'x' } })).toBe(500);
  });

  it('marks administrator calls as signed with IAM credentials', () => {
    const ex = httpExchange(find('AdminCreateUser'), { region: 'us-east-1' });
    expect(ex.request.headers.map(([k]) => k)).toContain('Authorization');
    expect(JSON.parse(ex.request.body).TemporaryPassword).toBe(MASK);
  });
});

describe('audit log', () => {
  it('names the actor: IAM for administrator calls, the user for public ones, on the simulated clock', () => {
    const admin = auditEntry(find('AdminCreateUser'));
    expect(admin).toMatchObject({ eventName: 'AdminCreateUser', eventSource: 'cognito-idp.amazonaws.com', actor: { kind: 'iam', label: 'admin (IAM)' }, subject: 'alice', userPoolId: fx.poolId, eventTime: START, readOnly: false });
    expect(admin.errorCode).toBeUndefined();

    const failedSignIn = auditEntry(find('InitiateAuth', (c) => c.error !== undefined));
    expect(failedSignIn).toMatchObject({ actor: { kind: 'user', username: 'alice' }, errorCode: 'NotAuthorizedException', errorMessage: 'Incorrect username or password.', clientId: fx.clientId });

    const signUp = auditEntry(find('SignUp', (c) => !c.error));
    expect(signUp.actor).toMatchObject({ username: 'bob', sub: (find('SignUp', (c) => !c.error).response as { UserSub: string }).UserSub });
    expect(signUp.actor.label).toMatch(/^bob \(sub [0-9a-f]{8}…\)$/);

    // The refresh names no user in its request: the new access token in the answer does.
    const refresh = auditEntry(find('InitiateAuth', (c) => (c.request as { AuthFlow: string }).AuthFlow === 'REFRESH_TOKEN_AUTH'));
    expect(refresh.actor).toMatchObject({ kind: 'user', username: 'alice' });
    expect(refresh.eventTime).toBe(START + 5 * MINUTE_MS);

    const getUser = auditEntry(find('GetUser', (c) => !c.error));
    expect(getUser).toMatchObject({ readOnly: true, actor: { username: 'alice' } });
    expect(auditEntry(find('CreateUserPool'))).toMatchObject({ userPoolId: fx.poolId, actor: { kind: 'iam' } });
  });

  it('lists newest first', () => {
    const log = auditLog(fx.calls);
    expect(log).toHaveLength(fx.calls.length);
    expect(log[0].seq).toBe(fx.calls.at(-1)!.seq);
    expect(log.at(-1)!.eventName).toBe('CreateUserPool');
  });

  it('says when the user is unknown', () => {
    const anon: CallRecord = { seq: 1, target: 'RevokeToken', operation: 'RevokeToken', request: { Token: 'opaque', ClientId: 'c' }, response: {}, at: 0, durationMs: 0 };
    expect(auditEntry(anon).actor).toEqual({ kind: 'app', label: 'app client (user unknown)' });
  });
});

describe('metrics', () => {
  it('classifies calls as CloudWatch does', () => {
    expect(metricOf({ operation: 'SignUp', request: {} })).toBe('SignUpSuccesses');
    expect(metricOf({ operation: 'AdminCreateUser', request: {} })).toBe('SignUpSuccesses');
    expect(metricOf({ operation: 'InitiateAuth', request: { AuthFlow: 'USER_SRP_AUTH' } })).toBe('SignInSuccesses');
    expect(metricOf({ operation: 'AdminInitiateAuth', request: { AuthFlow: 'REFRESH_TOKEN' } })).toBe('TokenRefreshSuccesses');
    expect(metricOf({ operation: 'RespondToAuthChallenge', request: {} })).toBe('SignInSuccesses');
    expect(metricOf({ operation: 'GetUser', request: {} })).toBeUndefined();
  });

  it('counts successes, failures and per-operation calls from the real call log', () => {
    const m = poolMetrics(fx.calls);
    expect(m.signUp).toEqual({ name: 'SignUpSuccesses', successes: 2, failures: 1, samples: 3, throttles: 0 }); // AdminCreateUser + bob; carol refused
    expect(m.signIn).toEqual({ name: 'SignInSuccesses', successes: 1, failures: 1, samples: 2, throttles: 0 });
    expect(m.tokenRefresh).toMatchObject({ successes: 1, failures: 0 });
    expect(m.totalCalls).toBe(fx.calls.length);
    expect(m.totalErrors).toBe(fx.calls.filter((c) => c.error).length);
    expect(m.perOperation.find((o) => o.operation === 'InitiateAuth')).toEqual({ operation: 'InitiateAuth', calls: 3, errors: 1 });
    expect(m.perOperation.find((o) => o.operation === 'GetUser')).toEqual({ operation: 'GetUser', calls: 2, errors: 1 });
    expect(m.perOperation.reduce((n, o) => n + o.calls, 0)).toBe(fx.calls.length);
  });

  it('counts a challenge answer as neither success nor failure', () => {
    const challenge: CallRecord = { seq: 1, target: 'InitiateAuth', operation: 'InitiateAuth', request: { AuthFlow: 'USER_SRP_AUTH' }, response: { ChallengeName: 'PASSWORD_VERIFIER' }, at: 0, durationMs: 0 };
    const m = poolMetrics([challenge]);
    expect(m.challenges).toBe(1);
    expect(m.signIn.samples).toBe(0);
    expect(poolMetrics([]).perOperation).toEqual([]);
  });
});

describe('call filter', () => {
  const all = { operation: 'all', outcome: 'all', query: '' } as const;
  it('filters by operation, outcome and text, newest first', async () => {
    const { filterCalls, operationsIn } = await import('./filter');
    expect(filterCalls(fx.calls, all)).toHaveLength(fx.calls.length);
    expect(filterCalls(fx.calls, all)[0]).toBe(fx.calls.at(-1));
    const errors = filterCalls(fx.calls, { ...all, outcome: 'error' });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((c) => c.error)).toBe(true);
    expect(filterCalls(fx.calls, { ...all, outcome: 'success' }).some((c) => c.error)).toBe(false);
    expect(filterCalls(fx.calls, { ...all, operation: 'SignUp' }).map((c) => c.operation)).toEqual(['SignUp', 'SignUp']);
    expect(filterCalls(fx.calls, { ...all, query: 'invalidpassword' }).map((c) => c.operation)).toEqual(['SignUp']);
    expect(filterCalls(fx.calls, { ...all, query: 'bob@example' })).toHaveLength(1);
    expect(operationsIn(fx.calls)).toContain('AdminAddUserToGroup');
  });

  it('does not find a hidden secret unless secrets are shown', async () => {
    const { filterCalls } = await import('./filter');
    expect(filterCalls(fx.calls, { ...all, query: PASSWORD })).toEqual([]);
    expect(filterCalls(fx.calls, { ...all, query: PASSWORD, reveal: true }).length).toBeGreaterThan(0);
  });
});
