import { describe, expect, it } from 'vitest';
import { escapeMermaid, mermaidId } from './mermaidText';
import { requestParams, responseSummary, sequenceDiagramText, stepsFromCalls, type TraceCall } from './sequence';

const calls: TraceCall[] = [
  { seq: 3, operation: 'SignUp', request: { ClientId: 'abc', Username: 'alice', Password: 'Secret-1!', UserAttributes: [{ Name: 'email', Value: 'a@example.com' }] }, response: { UserConfirmed: false, UserSub: 'x', CodeDeliveryDetails: { DeliveryMedium: 'EMAIL', Destination: 'a***@e***' } } },
  { seq: 4, operation: 'ConfirmSignUp', request: { ClientId: 'abc', Username: 'alice', ConfirmationCode: '000000' }, error: { __type: 'CodeMismatchException', message: 'Invalid verification code provided, please try again.' } },
  { seq: 5, operation: 'InitiateAuth', request: { ClientId: 'abc', AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: 'alice', SRP_A: 'f'.repeat(768) } }, response: { ChallengeName: 'PASSWORD_VERIFIER', ChallengeParameters: {} } },
  { seq: 6, operation: 'RespondToAuthChallenge', request: { ClientId: 'abc', ChallengeName: 'PASSWORD_VERIFIER', ChallengeResponses: { USERNAME: 'alice' } }, response: { AuthenticationResult: { IdToken: 'i', AccessToken: 'a', RefreshToken: 'r' } } },
];

describe('sequence diagram from the trace', () => {
  it('draws one request arrow and one response arrow per call, errors with a cross', () => {
    const steps = stepsFromCalls(calls);
    expect(steps).toHaveLength(4);
    const text = sequenceDiagramText(steps);
    expect(text).toMatch(/^sequenceDiagram\n {2}participant app as Browser app\n {2}participant pool as Cognito user pool\n/);
    expect(text).not.toContain('participant lambda');
    expect(text.match(/app->>pool: /g)).toHaveLength(4);
    expect(text.match(/pool-->>app: /g)).toHaveLength(3);
    expect(text).toContain('pool--xapp: 400 CodeMismatchException');
    expect(text).toContain(`pool-->>app: 200 code sent by EMAIL to a${escapeMermaid('***@e***')}`);
    expect(text).toContain('200 ChallengeName=PASSWORD_VERIFIER');
    expect(text).toContain(`200 ID, access, refresh tokens`);
    expect(text).toContain('Note over app: picks a secret a and computes SRP_A = g^a mod N'.replace('^', escapeMermaid('^')));
  });

  it('puts each request parameter on its own line', () => {
    const text = sequenceDiagramText(stepsFromCalls(calls));
    expect(text).toContain('app->>pool: ConfirmSignUp<br/>Username=alice<br/>ConfirmationCode=000000');
    expect(text.match(/<br\/>/g)!.length).toBeGreaterThan(4);
  });

  it('never shows a password and shortens long values', () => {
    const params = requestParams(calls[0].request);
    expect(params).toContain('Password=******');
    expect(params.join(' ')).not.toContain('Secret-1!');
    expect(params).toContain('UserAttributes=email=a@example.com');
    expect(params).not.toContain('ClientId=abc');
    const srp = requestParams(calls[2].request).find((p) => p.startsWith('SRP_A='));
    expect(srp!.length).toBeLessThan(20);
    expect(sequenceDiagramText(stepsFromCalls(calls))).not.toContain('Secret-1!');
  });

  it('boxes the current step and says which step it is', () => {
    const steps = stepsFromCalls(calls);
    const text = sequenceDiagramText(steps, { current: 1, machineState: 'awaitingCode' });
    const lines = text.split('\n');
    const open = lines.indexOf('  rect rgba(245, 158, 11, 0.28)');
    expect(open).toBeGreaterThan(0);
    expect(lines[open + 1]).toContain('Step 2 of 4');
    expect(lines[open + 2]).toContain('ConfirmSignUp');
    expect(lines[open + 4]).toBe('  end');
    expect(lines.filter((l) => l.includes('rect '))).toHaveLength(1);
    expect(text).toContain('Note over app: flow state#58; awaitingCode');
    expect(sequenceDiagramText(steps)).not.toContain('rect ');
  });

  it('escapes user-entered text so it cannot break out of a message', () => {
    const evil: TraceCall = { seq: 9, operation: 'SignUp', request: { Username: 'x;\nNote over app: <b>#' }, response: {} };
    const text = sequenceDiagramText(stepsFromCalls([evil]));
    // Only the line breaks the generator itself writes may be markup.
    const arrow = text.split('\n').find((l) => l.includes('app->>pool'))!.split('app->>pool: ')[1].replaceAll('<br/>', ' ');
    expect(arrow).not.toMatch(/[<>"]/);
    expect(arrow.replace(/#\d+;/g, '')).not.toContain(';');
    expect(text.split('\n').filter((l) => l.includes('Note over app:'))).toHaveLength(0);
    expect(arrow).toContain('#60;b#62;#35;');
    expect(arrow).toContain('x#59; Note over app#58;');
    expect(escapeMermaid('a"b')).toBe('a#34;b');
    expect(mermaidId('a.b c')).toBe('a__b_32_c');
  });

  it('summarises answers without a body as 200 OK, and says when there are no calls', () => {
    expect(responseSummary({})).toBe('200 OK');
    expect(sequenceDiagramText([])).toContain('Note over app,pool: No calls yet#58; start the flow');
  });
});
