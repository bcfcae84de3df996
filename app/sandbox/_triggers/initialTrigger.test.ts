import { describe, expect, it } from 'vitest';
import { functionArn } from '@/simulator/triggers/functions';
import { functionNameFor, type TriggerId } from './catalog';
import { initialTrigger } from './initialTrigger';

const REGION = 'us-east-1';
const arn = (id: TriggerId) => functionArn(REGION, functionNameFor(id));

describe('the trigger the Triggers tab opens on', () => {
  it('is Pre sign-up when the pool calls no trigger (or is not known yet)', () => {
    expect(initialTrigger(undefined, REGION)).toBe('PreSignUp');
    expect(initialTrigger({}, REGION)).toBe('PreSignUp');
    expect(initialTrigger({ DefineAuthChallenge: arn('DefineAuthChallenge') }, undefined)).toBe('PreSignUp');
  });

  it('is the first attached trigger in the list’s order (the custom auth challenge scenario)', () => {
    const config = {
      VerifyAuthChallengeResponse: arn('VerifyAuthChallengeResponse'),
      CreateAuthChallenge: arn('CreateAuthChallenge'),
      DefineAuthChallenge: arn('DefineAuthChallenge'),
    };
    expect(initialTrigger(config, REGION)).toBe('DefineAuthChallenge');
  });

  it('tells the token generation versions apart by LambdaVersion (the token claims scenario uses V1_0)', () => {
    expect(initialTrigger({ PreTokenGenerationConfig: { LambdaVersion: 'V1_0', LambdaArn: arn('PreTokenGeneration') } }, REGION)).toBe('PreTokenGeneration');
    expect(initialTrigger({ PreTokenGenerationConfig: { LambdaVersion: 'V2_0', LambdaArn: arn('PreTokenGenerationV2') } }, REGION)).toBe('PreTokenGenerationV2');
  });

  it('ignores slots that call another function than the tab’s own', () => {
    expect(initialTrigger({ PostConfirmation: 'arn:aws:lambda:us-east-1:111122223333:function:someone-else' }, REGION)).toBe('PreSignUp');
    expect(initialTrigger({ PostConfirmation: 'arn:aws:lambda:us-east-1:111122223333:function:someone-else', CustomMessage: arn('CustomMessage') }, REGION)).toBe('CustomMessage');
  });
});
