import { describe, expect, it } from 'vitest';
import { runDiagramText, runSteps, type IdentityTraceCall } from './sequence';

const calls: IdentityTraceCall[] = [
  { seq: 1, target: 'AWSCognitoIdentityProviderService.InitiateAuth', operation: 'InitiateAuth', request: {} },
  { seq: 2, target: 'AWSCognitoIdentityService.GetId', operation: 'GetId', request: { IdentityPoolId: 'us-east-1:p' }, response: { IdentityId: 'us-east-1:i' } },
  {
    seq: 3,
    target: 'AWSCognitoIdentityService.GetCredentialsForIdentity',
    operation: 'GetCredentialsForIdentity',
    request: { IdentityId: 'us-east-1:i', Logins: { 'cognito-idp.us-east-1.amazonaws.com/us-east-1_x': 'eyJ...' } },
    error: { __type: 'NotAuthorizedException', message: 'Invalid login token.' },
  },
];

describe('identity run diagram', () => {
  it('keeps only the run’s identity calls and adds the STS step', () => {
    const steps = runSteps(calls, 1, { to: 'sts', operation: 'AssumeRoleWithWebIdentity', params: [], ok: true, result: 'temporary credentials' });
    expect(steps.map((s) => s.operation)).toEqual(['GetId', 'GetCredentialsForIdentity', 'AssumeRoleWithWebIdentity']);
    expect(steps[0].result).toBe('IdentityId=us-east-1:i');
    expect(steps[1]).toMatchObject({ ok: false, result: 'NotAuthorizedException: Invalid login token.' });
    expect(steps[1].params).toContain('Logins: cognito-idp.us-east-1.amazonaws.com/us-east-1_x = ID token');
    expect(runSteps(calls, 2)).toHaveLength(1);
  });

  it('writes escaped Mermaid with an STS participant only when used', () => {
    const text = runDiagramText(runSteps(calls, 1));
    expect(text).toContain('participant identity as Cognito identity pool');
    expect(text).not.toContain('AWS STS');
    expect(text).toContain('identity--xapp: 400 NotAuthorizedException#58; Invalid login token.');
    expect(text).toContain('app->>identity: GetId<br/>IdentityPoolId=us-east-1#58;p');
    expect(runDiagramText([{ to: 'sts', operation: 'AssumeRoleWithWebIdentity', params: [], ok: true, result: 'x' }])).toContain('participant sts as AWS STS');
  });
});
