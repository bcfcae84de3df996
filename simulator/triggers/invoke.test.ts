/**
 * Cognito's rules for calling a trigger, seen through SignUp and its pre
 * sign-up trigger, with the real worker_threads runtime: the 5-second limit,
 * three attempts for timeouts only, the errors the operation returns, the
 * CloudWatch-style log, fault injection on the simulated clock, and that a
 * failed call leaves the pools and the outbox as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, isCognitoError, SimulatedClock, seededRandom } from '../index';
import { createPoolAndClient } from '../../test/support/flows';
import { recording, triggerSandbox, type TriggerSandbox } from '../../test/support/triggers';

const PASSWORD = 'Passw0rd!';
const FN = 'pre-sign-up';

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (!isCognitoError(e)) throw e;
    return { name: e.name, message: e.message };
  }
  throw new Error('expected the call to fail');
}

describe('calling a trigger under Cognito rules', () => {
  let t: TriggerSandbox;
  let poolId: string;
  let clientId: string;
  let n = 0;
  const signUp = (username = `user${++n}`) =>
    t.sim.call<{ UserConfirmed: boolean }>('SignUp', { ClientId: clientId, Username: username, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }] });
  const attempts = () => t.sim.lambdaInvocations(poolId);
  /** Pools and outbox: what a failed call must leave untouched. */
  const observable = () => JSON.stringify({ pools: t.sim.exportState().userPools, outbox: t.sim.exportState().outbox });

  beforeAll(async () => {
    // Real time per attempt is capped at 400 ms so an infinite loop fails fast; Cognito's 5 s is still what is recorded.
    t = triggerSandbox('trigger-rules', { wallClockTimeoutMs: 400 });
    const p = await createPoolAndClient(t.sim, { pool: { AutoVerifiedAttributes: ['email'], LambdaConfig: { PreSignUp: t.arn(FN) } } });
    poolId = p.poolId;
    clientId = p.clientId;
  });
  afterAll(() => t.runtime.close());

  it('retries a handler that never answers, three attempts in all, then fails with UnexpectedLambdaException and changes nothing', async () => {
    await t.deploy(FN, `export const handler = async (event) => { console.log('looping'); while (true) {} };`);
    const before = observable();
    const clockBefore = t.clock.now();
    const seen = attempts().length;
    const err = await failure(signUp('looper'));
    expect(err).toEqual({ name: 'UnexpectedLambdaException', message: 'PreSignUp invocation failed due to error Socket timeout while invoking Lambda function.' });
    expect(observable()).toBe(before);
    const mine = attempts().slice(seen);
    expect(mine.map((a) => [a.attempt, a.outcome, a.durationMs, a.triggerSource, a.invocationType])).toEqual([
      [1, 'timeout', 5000, 'PreSignUp_SignUp', 'sync'],
      [2, 'timeout', 5000, 'PreSignUp_SignUp', 'sync'],
      [3, 'timeout', 5000, 'PreSignUp_SignUp', 'sync'],
    ]);
    expect(t.clock.now() - clockBefore).toBe(15_000);
    // Every attempt has its own request id and START / timeout / END / REPORT lines.
    const ids = new Set(mine.map((a) => a.requestId));
    expect(ids.size).toBe(3);
    for (const id of ids) {
      const lines = t.sim.lambdaLogs(FN).filter((l) => l.requestId === id).map((l) => l.message);
      expect(lines[0]).toBe(`START RequestId: ${id} Version: $LATEST`);
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^\\S+Z ${id} Task timed out after 5\\.00 seconds$`)));
      expect(lines.at(-2)).toBe(`END RequestId: ${id}`);
      expect(lines.at(-1)).toBe(`REPORT RequestId: ${id}\tDuration: 5000.00 ms\tBilled Duration: 5000 ms\tMemory Size: 128 MB\tStatus: timeout`);
    }
  });

  it('treats injected latency beyond 5 s as a timeout on the simulated clock, without waiting in real time', async () => {
    await t.deploy(FN, recording(), { latencyMs: 6000 });
    const before = observable();
    const clockBefore = t.clock.now();
    const seen = attempts().length;
    const started = performance.now();
    const err = await failure(signUp('slow'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(err.name).toBe('UnexpectedLambdaException');
    expect(observable()).toBe(before);
    expect(attempts().slice(seen).map((a) => [a.attempt, a.outcome, a.durationMs])).toEqual([
      [1, 'timeout', 5000],
      [2, 'timeout', 5000],
      [3, 'timeout', 5000],
    ]);
    expect(t.clock.now() - clockBefore).toBe(15_000);
  });

  it('lets injected latency under the limit pass on the simulated clock and succeeds in one attempt', async () => {
    await t.deploy(FN, recording(), { latencyMs: 1500 });
    const clockBefore = t.clock.now();
    const seen = attempts().length;
    await signUp('patient');
    expect(t.clock.now() - clockBefore).toBe(1500);
    const mine = attempts().slice(seen);
    expect(mine).toHaveLength(1);
    expect(mine[0].outcome).toBe('ok');
    expect(mine[0].durationMs).toBeGreaterThanOrEqual(1500);
    expect(mine[0].durationMs).toBeLessThan(5000);
  });

  it('does not retry a handler that throws: UserLambdaValidationException with its message', async () => {
    await t.deploy(FN, `export const handler = async (event) => { console.error('refusing', event.userName); throw new Error('Registration is closed'); };`);
    const before = observable();
    const seen = attempts().length;
    const err = await failure(signUp('refused'));
    expect(err).toEqual({ name: 'UserLambdaValidationException', message: 'PreSignUp failed with error Registration is closed.' });
    expect(observable()).toBe(before);
    const mine = attempts().slice(seen);
    expect(mine.map((a) => [a.outcome, a.errorType, a.errorMessage])).toEqual([['error', 'Error', 'Registration is closed']]);
    const lines = t.sim.lambdaLogs(FN).filter((l) => l.requestId === mine[0].requestId).map((l) => l.message);
    expect(lines).toContainEqual(expect.stringMatching(/\tERROR\trefusing refused$/));
    expect(lines).toContainEqual(expect.stringMatching(/\tERROR\tInvoke Error \t\{"errorType":"Error","errorMessage":"Registration is closed","stack":\["Error: Registration is closed",/));
  });

  it('keeps a handler message that ends with a period, and adds one as Cognito does', async () => {
    await t.deploy(FN, `exports.handler = (event, context, callback) => callback(new Error('Not allowed.'));`);
    expect((await failure(signUp())).message).toBe('PreSignUp failed with error Not allowed..');
  });

  it('fails every attempt of a function set to throw (fault injection) without running it', async () => {
    await t.deploy(FN, recording(), { throwError: 'Injected failure' });
    const seen = attempts().length;
    const err = await failure(signUp('injected'));
    expect(err).toEqual({ name: 'UserLambdaValidationException', message: 'PreSignUp failed with error Injected failure.' });
    expect(attempts().slice(seen)).toHaveLength(1);
    expect(t.events(FN).some((e) => e.userName === 'injected')).toBe(false);
  });

  it.each([
    ['nothing', `export const handler = async () => {};`],
    ['a string', `export const handler = async () => 'ok';`],
    ['a response field of the wrong type', `export const handler = async (event) => { event.response.autoConfirmUser = 'yes please'; return event; };`],
    ['a response that is not an object', `export const handler = async (event) => ({ ...event, response: 42 });`],
  ])('answers InvalidLambdaResponseException when the handler returns %s', async (_what, code) => {
    await t.deploy(FN, code);
    const before = observable();
    expect(await failure(signUp())).toEqual({ name: 'InvalidLambdaResponseException', message: 'Unrecognizable lambda output' });
    expect(observable()).toBe(before);
  });

  it('runs TypeScript handlers (types stripped) and callback-style handlers', async () => {
    await t.deploy(
      FN,
      `interface PreSignUpEvent { response: { autoConfirmUser: boolean } }\nexport const handler = async (event: PreSignUpEvent): Promise<PreSignUpEvent> => { event.response.autoConfirmUser = true; return event; };`,
      { language: 'typescript' },
    );
    expect((await signUp()).UserConfirmed).toBe(true);
    await t.deploy(FN, `exports.handler = function (event, context, callback) { setTimeout(() => { event.response.autoConfirmUser = true; callback(null, event); }, 5); };`);
    expect((await signUp()).UserConfirmed).toBe(true);
  });

  it('reports a syntax error in the handler as a failed invocation', async () => {
    await t.deploy(FN, `export const handler = async (event) => { return event;`);
    const err = await failure(signUp());
    expect(err.name).toBe('UserLambdaValidationException');
    expect(err.message).toMatch(/^PreSignUp failed with error SyntaxError: '}' expected\. \(index\.mjs:1:\d+\)\.$/);
  });

  it('logs START, the handler output, END and REPORT for a successful attempt, kept in snapshots', async () => {
    await t.deploy(FN, recording(`console.warn('client', event.callerContext.clientId);`));
    const seen = attempts().length;
    await signUp('logged');
    const [a] = attempts().slice(seen);
    const lines = t.sim.lambdaLogs(FN).filter((l) => l.requestId === a.requestId);
    expect(lines.every((l) => l.attempt === 1 && l.userPoolId === poolId && l.triggerSource === 'PreSignUp_SignUp')).toBe(true);
    const text = lines.map((l) => l.message);
    expect(text[0]).toBe(`START RequestId: ${a.requestId} Version: $LATEST`);
    expect(text[1]).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\\t${a.requestId}\\tINFO\\tEVENT \\{`));
    expect(text[2]).toMatch(new RegExp(`\\t${a.requestId}\\tWARN\\tclient ${clientId}$`));
    expect(text[3]).toBe(`END RequestId: ${a.requestId}`);
    expect(text[4]).toMatch(new RegExp(`^REPORT RequestId: ${a.requestId}\\tDuration: \\d+\\.\\d\\d ms\\tBilled Duration: \\d+ ms\\tMemory Size: 128 MB$`));
    const snapshot = t.sim.exportState();
    expect(snapshot.lambdaLogs?.[t.arn(FN)]).toContainEqual(lines[0]);
    expect(snapshot.lambdaFunctions?.[t.arn(FN)]?.code).toContain('EVENT');
    // The snapshot loads again, functions and logs included.
    const again = createSimulator({ snapshot: JSON.stringify(snapshot) });
    expect(again.lambdaLogs(FN)).toEqual(t.sim.lambdaLogs(FN));
    expect(again.getLambdaFunction(FN)?.code).toBe(t.sim.getLambdaFunction(FN)?.code);
  });

  it('fails with the AccessDeniedException message when LambdaConfig names a function that does not exist', async () => {
    const p = await createPoolAndClient(t.sim, { pool: { LambdaConfig: { PreSignUp: t.arn('never-deployed') } } });
    const err = await failure(t.sim.call('SignUp', { ClientId: p.clientId, Username: 'ghost', Password: PASSWORD }));
    expect(err).toEqual({ name: 'UnexpectedLambdaException', message: 'PreSignUp invocation failed due to error AccessDeniedException.' });
    expect(t.sim.lambdaInvocations(p.poolId).map((a) => a.outcome)).toEqual(['not-invoked']);
    expect(Object.keys(t.sim.state.userPools[p.poolId].users)).toEqual([]);
  });
});

describe('a simulator without a Lambda runtime', () => {
  it('fails trigger calls instead of skipping them', async () => {
    const sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('no-runtime') });
    await sim.putLambdaFunction({ name: 'f', code: 'export const handler = async (e) => e;' });
    const p = await createPoolAndClient(sim, { pool: { LambdaConfig: { PreSignUp: sim.getLambdaFunction('f')!.arn } } });
    const err = await failure(sim.call('SignUp', { ClientId: p.clientId, Username: 'u', Password: PASSWORD }));
    expect(err.name).toBe('UnexpectedLambdaException');
    expect(err.message).toMatch(/^PreSignUp invocation failed due to error /);
  });

  it('loads snapshots written before triggers existed', () => {
    const sim = createSimulator();
    const old = sim.exportState() as unknown as Record<string, unknown>;
    delete old.lambdaFunctions;
    delete old.lambdaLogs;
    delete old.lambdaInvocations;
    expect(() => createSimulator({ snapshot: old })).not.toThrow();
  });
});
