import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeLambdaRuntime } from '@/server/lambdaRuntime';
import { transpileHandler } from '@/simulator/triggers/transpile';
import { TRIGGERS, withTrigger, attachedAs, triggerById, sandboxKmsKeyArn } from './catalog';
import { createSimulator, SimulatedClock, seededRandom } from '@/simulator';
import { TRIGGER_TYPES_DTS } from './triggerTypes';
import { attemptRows, invocationsDuring, lambdaArrows, takeNewAttempts } from './logView';
import { sequenceDiagramText, stepsFromCalls } from '../_diagrams/sequence';
import { buildWorkerScript, WORKER_BLOCKED_GLOBALS } from './workerScript';
import type { LambdaInvocationRecord } from '@/simulator';

const runtime = createNodeLambdaRuntime();
afterAll(() => runtime.close());

const context = {
  functionName: 'sandbox-test',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:sandbox-test',
  awsRequestId: '00000000-0000-4000-8000-000000000000',
  memoryLimitInMB: 128,
  logGroupName: '/aws/lambda/sandbox-test',
  logStreamName: '2026/01/01/[$LATEST]0',
};

/** A sample event for a trigger, in the engine's shape. */
function sampleEvent(id: string, source: string): Record<string, unknown> {
  const base = {
    version: '1',
    triggerSource: source,
    region: 'us-east-1',
    userPoolId: 'us-east-1_abc',
    userName: 'ana',
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'client' },
  };
  const userAttributes = { sub: 's-1', email: 'ana@example.com', phone_number: '+15555550100' };
  switch (id) {
    case 'PreSignUp':
      return { ...base, request: { userAttributes, validationData: null }, response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false } };
    case 'PreTokenGeneration':
      return { ...base, request: { userAttributes, groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null } }, response: { claimsOverrideDetails: null } };
    case 'PreTokenGenerationV2':
      return { ...base, version: '2', request: { userAttributes, groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null }, scopes: [] }, response: { claimsAndScopeOverrideDetails: null } };
    case 'CustomMessage':
      return { ...base, request: { userAttributes, codeParameter: '{####}', usernameParameter: null }, response: { smsMessage: null, emailMessage: null, emailSubject: null } };
    case 'UserMigration':
      return { ...base, userName: 'legacy-user', request: { password: 'Legacy-Passw0rd' }, response: { userAttributes: null } };
    case 'DefineAuthChallenge':
      return { ...base, request: { userAttributes, session: [] }, response: { issueTokens: false, failAuthentication: false } };
    case 'CreateAuthChallenge':
      return { ...base, request: { userAttributes, challengeName: 'CUSTOM_CHALLENGE', session: [] }, response: { publicChallengeParameters: {}, privateChallengeParameters: {}, challengeMetadata: '' } };
    case 'VerifyAuthChallengeResponse':
      return { ...base, request: { userAttributes, privateChallengeParameters: { answer: '42' }, challengeAnswer: '42' }, response: { answerCorrect: false } };
    case 'CustomEmailSender':
    case 'CustomSMSSender':
      return { ...base, request: { type: 'customEmailSenderRequestV1', code: 'AQID', userAttributes } };
    default:
      return { ...base, request: { userAttributes, newDeviceUsed: false }, response: {} };
  }
}

/** Type-checks `source` against the trigger declarations; returns the error messages. */
function typeErrors(source: string): string[] {
  const files: Record<string, string> = { '/triggers.d.ts': TRIGGER_TYPES_DTS, '/index.ts': source };
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, lib: ['lib.es2022.d.ts'], types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => files[f] ?? read(f);
  host.fileExists = (f) => f in files || ts.sys.fileExists(f);
  host.getSourceFile = (f, v) => (f in files ? ts.createSourceFile(f, files[f], v) : getSourceFile(f, v));
  const program = ts.createProgram(['/triggers.d.ts', '/index.ts'], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === '/index.ts' || d.file?.fileName === '/triggers.d.ts')
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('trigger templates', () => {
  it('every trigger has a template, a sample source and a LambdaConfig member', () => {
    expect(TRIGGERS.length).toBe(13);
    for (const t of TRIGGERS) {
      expect(t.sources.length).toBeGreaterThan(0);
      expect(t.template).toContain('export const handler');
      expect(TRIGGER_TYPES_DTS).toMatch(new RegExp(`interface ${t.eventType}\\s`));
    }
  });

  it.each(TRIGGERS.map((t) => [t.id, t] as const))('%s template type-checks against the event declarations (console declared)', (_id, t) => {
    const errors = typeErrors(`${t.template}\ndeclare var console: { log(...a: unknown[]): void };\nexport {};\n`);
    expect(errors).toEqual([]);
  });

  it('a wrong property is a type error (the declarations are not `any`)', () => {
    const errors = typeErrors('export const handler = async (event: PreSignUpEvent) => { event.response.autoConfirm = true; return event; };\n');
    expect(errors.join('\n')).toMatch(/autoConfirm/);
  });

  it.each(TRIGGERS.map((t) => [t.id, t] as const))('%s template runs in the Node runtime', async (id, t) => {
    const compiled = transpileHandler(ts, t.template, 'typescript');
    expect(compiled.ok).toBe(true);
    const event = sampleEvent(id, t.sources[0]);
    const out = await runtime.invoke({ code: t.template, language: 'typescript' }, event, { timeoutMs: 5000, context });
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    const result = out.result as Record<string, Record<string, unknown>> | null;
    if (id === 'PreSignUp') expect(result?.response).toMatchObject({ autoConfirmUser: true, autoVerifyEmail: true });
    if (id === 'PreTokenGeneration') expect(result?.response.claimsOverrideDetails).toEqual({ claimsToAddOrOverride: { 'custom:plan': 'gold' } });
    if (id === 'PreTokenGenerationV2') expect(JSON.stringify(result?.response)).toContain('reports/read');
    if (id === 'CustomMessage') expect(result?.response.emailMessage).toContain('{####}');
    if (id === 'UserMigration') expect(result?.response).toMatchObject({ finalUserStatus: 'CONFIRMED', userAttributes: { email: 'legacy@example.com' } });
    if (id === 'DefineAuthChallenge') expect(result?.response.challengeName).toBe('CUSTOM_CHALLENGE');
    if (id === 'VerifyAuthChallengeResponse') expect(result?.response.answerCorrect).toBe(true);
  });
});

describe('LambdaConfig helpers', () => {
  const arn = 'arn:aws:lambda:us-east-1:123456789012:function:sandbox-PreSignUp';
  it('adds a plain trigger and keeps the others', () => {
    const next = withTrigger({ CustomMessage: 'x' }, triggerById('PreSignUp'), arn);
    expect(next).toEqual({ CustomMessage: 'x', PreSignUp: arn });
    expect(attachedAs(next, triggerById('PreSignUp'), arn)).toBe(true);
  });
  it('uses PreTokenGenerationConfig with the chosen version and drops the legacy member', () => {
    const next = withTrigger({ PreTokenGeneration: 'old' }, triggerById('PreTokenGenerationV2'), arn);
    expect(next).toEqual({ PreTokenGenerationConfig: { LambdaVersion: 'V2_0', LambdaArn: arn } });
    expect(attachedAs(next, triggerById('PreTokenGeneration'), arn)).toBe(false);
    expect(attachedAs(next, triggerById('PreTokenGenerationV2'), arn)).toBe(true);
  });
  it('removes a trigger', () => {
    expect(withTrigger({ PreSignUp: arn, CustomMessage: 'x' }, triggerById('PreSignUp'), undefined)).toEqual({ CustomMessage: 'x' });
  });
  it('gives a custom sender the simulated KMS key the engine requires, keeping a key already set', async () => {
    const key = sandboxKmsKeyArn('us-east-1');
    const sender = withTrigger({}, triggerById('CustomEmailSender'), arn, key);
    expect(sender).toEqual({ CustomEmailSender: { LambdaVersion: 'V1_0', LambdaArn: arn }, KMSKeyID: key });
    expect(withTrigger({ KMSKeyID: 'arn:aws:kms:us-east-1:123456789012:key/mine' }, triggerById('CustomSMSSender'), arn, key).KMSKeyID).toBe('arn:aws:kms:us-east-1:123456789012:key/mine');
    expect(withTrigger({}, triggerById('PreSignUp'), arn, key)).toEqual({ PreSignUp: arn });
    // The engine takes the result, and refuses the sender without the key.
    const sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('kms'), region: 'us-east-1' });
    await expect(sim.call('CreateUserPool', { PoolName: 'senders', LambdaConfig: sender })).resolves.toBeDefined();
    await expect(sim.call('CreateUserPool', { PoolName: 'senders', LambdaConfig: withTrigger({}, triggerById('CustomEmailSender'), arn) })).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });
  });
});

describe('log view helpers', () => {
  const rec = (n: number, outcome: LambdaInvocationRecord['outcome'], startedAt: number): LambdaInvocationRecord => ({
    requestId: `r${n}`,
    functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:f',
    trigger: 'PreSignUp',
    triggerSource: 'PreSignUp_SignUp',
    attempt: n,
    startedAt,
    durationMs: 5000,
    invocationType: 'sync',
    outcome,
    errorType: outcome === 'error' ? 'Error' : undefined,
    errorMessage: outcome === 'error' ? 'boom' : undefined,
  });
  it('lists attempts newest first with readable outcomes', () => {
    const rows = attemptRows([rec(1, 'timeout', 0), rec(2, 'error', 5000)]);
    expect(rows.map((r) => [r.attempt, r.outcome, r.duration, r.functionName])).toEqual([
      [2, 'Error: boom', '5,000 ms', 'f'],
      [1, 'Timed out', '5,000 ms', 'f'],
    ]);
  });
  it('takes each attempt once, by request id', () => {
    const seen = new Set<string>();
    expect(takeNewAttempts([rec(1, 'ok', 0)], seen).map((r) => r.requestId)).toEqual(['r1']);
    expect(takeNewAttempts([rec(1, 'ok', 0), rec(2, 'ok', 1)], seen).map((r) => r.requestId)).toEqual(['r2']);
  });
  it('draws a Lambda participant with each attempt and its failure in the sequence diagram', () => {
    expect(lambdaArrows([rec(1, 'timeout', 0)]).map((a) => [a.from, a.to, a.kind, a.text])).toEqual([
      ['pool', 'lambda', 'request', 'Invoke f'],
      ['lambda', 'pool', 'error', 'no answer: timed out after 5 s'],
    ]);
    const call = { seq: 1, operation: 'SignUp', request: { Username: 'ana' }, error: { __type: 'UnexpectedLambdaException', message: 'x' }, lambda: [rec(1, 'timeout', 0), rec(2, 'timeout', 5000), rec(3, 'timeout', 10000)] };
    const text = sequenceDiagramText(stepsFromCalls([call]));
    expect(text).toContain('participant lambda as Lambda');
    expect(text.match(/pool->>lambda: Invoke f/g)).toHaveLength(3);
    expect(text).toContain('attempt 3 of 3');
  });
  it('selects the attempts of one call by simulated time', () => {
    expect(invocationsDuring([rec(1, 'ok', 10), rec(2, 'ok', 50)], 0, 20).map((r) => r.requestId)).toEqual(['r1']);
  });
});

describe('worker script', () => {
  it('embeds the module and removes network, storage and messaging globals before learner code', () => {
    const script = buildWorkerScript({ kind: 'invoke', id: 1, script: 'exports.handler = async (e) => e;', fileName: 'index.ts', eventJson: '{}', contextJson: '{}', timeoutMs: 5000 });
    for (const g of ['fetch', 'XMLHttpRequest', 'WebSocket', 'importScripts', 'indexedDB', 'postMessage']) expect(WORKER_BLOCKED_GLOBALS).toContain(g);
    expect(script.indexOf('delete o[name]')).toBeLessThan(script.indexOf('exports.handler'));
    expect(script).not.toMatch(/\beval\(/);
    expect(() => new Function(script)).not.toThrow();
  });
});
