/**
 * LambdaConfig checks through the real SDK: a custom sender trigger needs the
 * pool's KMS key (LambdaConfig.KMSKeyID), on CreateUserPool and UpdateUserPool;
 * a refused request changes nothing. DeviceConfiguration round-trips.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CreateUserPoolCommand, DescribeUserPoolCommand, UpdateUserPoolCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { sdkClient } from '../../test/support/sdk';
import { SIMULATED_ACCOUNT_ID } from '../facts';

const ARN = (name: string) => `arn:aws:lambda:us-east-1:${SIMULATED_ACCOUNT_ID.value}:function:${name}`;
const KMS = `arn:aws:kms:us-east-1:${SIMULATED_ACCOUNT_ID.value}:key/1b2c3d4e-0000-4000-8000-000000000001`;
const sender = (name: string) => ({ LambdaVersion: 'V1_0' as const, LambdaArn: ARN(name) });

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
  throw new Error('expected the call to fail');
}

let sim: Simulator;
let idp: CognitoIdentityProviderClient;

beforeAll(() => {
  sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('lambda-config'), region: 'us-east-1' });
  idp = sdkClient(sim);
});

describe('custom sender triggers need LambdaConfig.KMSKeyID', () => {
  it('CreateUserPool refuses a custom email or SMS sender without a KMS key, and creates nothing', async () => {
    for (const LambdaConfig of [{ CustomEmailSender: sender('mail') }, { CustomSMSSender: sender('sms') }]) {
      const before = Object.keys(sim.exportState().userPools).length;
      const err = await failure(idp.send(new CreateUserPoolCommand({ PoolName: 'no-key', LambdaConfig })));
      expect(err).toEqual({ name: 'InvalidParameterException', message: 'KMSKeyID is required when a CustomEmailSender or CustomSMSSender Lambda trigger is configured.' });
      expect(Object.keys(sim.exportState().userPools)).toHaveLength(before);
    }
  });

  it('accepts a custom sender with a KMS key, and a KMS key alone', async () => {
    const withKey = await idp.send(new CreateUserPoolCommand({ PoolName: 'with-key', LambdaConfig: { CustomEmailSender: sender('mail'), KMSKeyID: KMS } }));
    expect(withKey.UserPool!.LambdaConfig).toEqual({ CustomEmailSender: sender('mail'), KMSKeyID: KMS });
    const keyOnly = await idp.send(new CreateUserPoolCommand({ PoolName: 'key-only', LambdaConfig: { KMSKeyID: KMS } }));
    expect(keyOnly.UserPool!.LambdaConfig).toEqual({ KMSKeyID: KMS });
  });

  it('UpdateUserPool refuses to drop the key while a sender stays, and leaves the pool as it was', async () => {
    const { UserPool } = await idp.send(new CreateUserPoolCommand({ PoolName: 'update-me', LambdaConfig: { CustomSMSSender: sender('sms'), KMSKeyID: KMS } }));
    const id = UserPool!.Id!;
    const err = await failure(idp.send(new UpdateUserPoolCommand({ UserPoolId: id, LambdaConfig: { CustomSMSSender: sender('sms') } })));
    expect(err.name).toBe('InvalidParameterException');
    const after = await idp.send(new DescribeUserPoolCommand({ UserPoolId: id }));
    expect(after.UserPool!.LambdaConfig).toEqual({ CustomSMSSender: sender('sms'), KMSKeyID: KMS });
  });

  it('a KMSKeyID that is not an ARN fails the input shape', async () => {
    const err = await failure(idp.send(new CreateUserPoolCommand({ PoolName: 'bad-key', LambdaConfig: { CustomEmailSender: sender('mail'), KMSKeyID: 'my-key' } })));
    expect(err.name).toBe('InvalidParameterException');
    expect(err.message).toMatch(/^2 validation errors detected: Value 'my-key' at 'lambdaConfig.kMSKeyID' failed to satisfy constraint: Member must have length greater than or equal to 20/);
  });
});

describe('DeviceConfiguration', () => {
  it('is stored by CreateUserPool, shown by DescribeUserPool and reset by an UpdateUserPool that leaves it out', async () => {
    const DeviceConfiguration = { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false };
    const { UserPool } = await idp.send(new CreateUserPoolCommand({ PoolName: 'devices', DeviceConfiguration }));
    expect(UserPool!.DeviceConfiguration).toEqual(DeviceConfiguration);
    const described = await idp.send(new DescribeUserPoolCommand({ UserPoolId: UserPool!.Id! }));
    expect(described.UserPool!.DeviceConfiguration).toEqual(DeviceConfiguration);
    await idp.send(new UpdateUserPoolCommand({ UserPoolId: UserPool!.Id! }));
    const reset = await idp.send(new DescribeUserPoolCommand({ UserPoolId: UserPool!.Id! }));
    expect(reset.UserPool!.DeviceConfiguration).toBeUndefined();
  });
});
