import { beforeAll, describe, expect, it } from 'vitest';
import {
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  SetUserPoolMfaConfigCommand,
  UpdateUserPoolCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { sdkClient } from '../../test/support/sdk';
import { mfaFactors } from './mfa';

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { name: string; message: string };
  }
  throw new Error('expected the call to fail');
}

async function failsWithoutChange(sim: Simulator, p: () => Promise<unknown>): Promise<{ name: string; message: string }> {
  const before = JSON.stringify(sim.exportState());
  const err = await failure(p());
  expect(JSON.stringify(sim.exportState())).toBe(before);
  return err;
}

const SNS_ROLE = 'arn:aws:iam::123456789012:role/sns-caller';
const SES_IDENTITY = 'arn:aws:ses:us-east-1:123456789012:identity/no-reply@example.com';

let sim: Simulator;
let idp: CognitoIdentityProviderClient;
let poolId: string;
let litePoolId: string;

beforeAll(async () => {
  sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('mfa') });
  idp = sdkClient(sim);
  poolId = (await idp.send(new CreateUserPoolCommand({ PoolName: 'mfa', EmailConfiguration: { EmailSendingAccount: 'DEVELOPER', SourceArn: SES_IDENTITY } }))).UserPool!.Id!;
  litePoolId = (await idp.send(new CreateUserPoolCommand({ PoolName: 'lite', UserPoolTier: 'LITE', EmailConfiguration: { EmailSendingAccount: 'DEVELOPER', SourceArn: SES_IDENTITY } }))).UserPool!.Id!;
});

describe('SetUserPoolMfaConfig / GetUserPoolMfaConfig', () => {
  it('starts with MFA off', async () => {
    const out = await idp.send(new GetUserPoolMfaConfigCommand({ UserPoolId: poolId }));
    expect(out.MfaConfiguration).toBe('OFF');
    expect(out.SoftwareTokenMfaConfiguration).toBeUndefined();
  });

  it('round-trips TOTP and email MFA, and DescribeUserPool shows the mode', async () => {
    const set = await idp.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: poolId,
        MfaConfiguration: 'OPTIONAL',
        SoftwareTokenMfaConfiguration: { Enabled: true },
        EmailMfaConfiguration: { Subject: 'Your code', Message: 'Code: {####}' },
      }),
    );
    const get = await idp.send(new GetUserPoolMfaConfigCommand({ UserPoolId: poolId }));
    for (const out of [set, get]) {
      expect(out.MfaConfiguration).toBe('OPTIONAL');
      expect(out.SoftwareTokenMfaConfiguration).toEqual({ Enabled: true });
      expect(out.EmailMfaConfiguration).toEqual({ Subject: 'Your code', Message: 'Code: {####}' });
      expect(out.SmsMfaConfiguration).toBeUndefined();
    }
    const { UserPool } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
    expect(UserPool!.MfaConfiguration).toBe('OPTIONAL');
    expect(mfaFactors(sim.state.userPools[poolId])).toEqual({ mode: 'OPTIONAL', sms: false, totp: true, email: true });
  });

  it('turns off the factors a request leaves out', async () => {
    await idp.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } }));
    const get = await idp.send(new GetUserPoolMfaConfigCommand({ UserPoolId: poolId }));
    expect(get.MfaConfiguration).toBe('ON');
    expect(get.EmailMfaConfiguration).toBeUndefined();
  });

  it('enables SMS MFA with the SMS configuration and message', async () => {
    const out = await idp.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: poolId,
        MfaConfiguration: 'ON',
        SmsMfaConfiguration: { SmsAuthenticationMessage: 'Your code is {####}', SmsConfiguration: { SnsCallerArn: SNS_ROLE, ExternalId: 'x' } },
      }),
    );
    expect(out.SmsMfaConfiguration).toEqual({ SmsAuthenticationMessage: 'Your code is {####}', SmsConfiguration: { SnsCallerArn: SNS_ROLE, ExternalId: 'x' } });
    expect(out.SoftwareTokenMfaConfiguration).toEqual({ Enabled: false });
    const { UserPool } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
    expect(UserPool!.SmsAuthenticationMessage).toBe('Your code is {####}');
    expect(UserPool!.SmsConfiguration).toEqual({ SnsCallerArn: SNS_ROLE, ExternalId: 'x' });
  });

  it("refuses MFA off with a factor, and on with none, in Cognito's words", async () => {
    const off = await failsWithoutChange(sim, () => idp.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: 'OFF', SoftwareTokenMfaConfiguration: { Enabled: true } })));
    expect([off.name, off.message]).toEqual(['InvalidParameterException', "Invalid MFA configuration given, can't turn off MFA and configure an MFA together."]);
    const none = await failsWithoutChange(sim, () => idp.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: 'ON' })));
    expect([none.name, none.message]).toEqual(['InvalidParameterException', "Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration."]);
  });

  it('validates the SMS message template', async () => {
    const err = await failure(idp.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: 'ON', SmsMfaConfiguration: { SmsAuthenticationMessage: 'no code here' } })));
    expect(err.message).toBe(
      "1 validation error detected: Value 'no code here' at 'smsMfaConfiguration.smsAuthenticationMessage' failed to satisfy constraint: Member must satisfy regular expression pattern: .*\\{####\\}.*",
    );
  });

  it('needs the Essentials tier or higher for email MFA', async () => {
    const err = await failsWithoutChange(sim, () => idp.send(new SetUserPoolMfaConfigCommand({ UserPoolId: litePoolId, MfaConfiguration: 'OPTIONAL', EmailMfaConfiguration: {} })));
    expect(err.name).toBe('FeatureUnavailableInTierException');
    expect(err.message).toMatch(/^The following features need to be disabled for the LITE pricing tier configured: /);
  });

  it('needs the Amazon SES (DEVELOPER) email sender for email MFA', async () => {
    const plain = (await idp.send(new CreateUserPoolCommand({ PoolName: 'cognito-email' }))).UserPool!.Id!;
    const err = await failsWithoutChange(sim, () => idp.send(new SetUserPoolMfaConfigCommand({ UserPoolId: plain, MfaConfiguration: 'OPTIONAL', EmailMfaConfiguration: {} })));
    expect(err.name).toBe('InvalidParameterException');
  });

  it('UpdateUserPool without MfaConfiguration turns MFA off', async () => {
    await idp.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } }));
    await idp.send(new UpdateUserPoolCommand({ UserPoolId: poolId, EmailConfiguration: { EmailSendingAccount: 'DEVELOPER', SourceArn: SES_IDENTITY } }));
    const get = await idp.send(new GetUserPoolMfaConfigCommand({ UserPoolId: poolId }));
    expect(get.MfaConfiguration).toBe('OFF');
    expect(get.SoftwareTokenMfaConfiguration).toEqual({ Enabled: false });
  });

  it('UpdateUserPool can keep MFA on when a factor is already enabled', async () => {
    await idp.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } }));
    await idp.send(new UpdateUserPoolCommand({ UserPoolId: poolId, MfaConfiguration: 'ON', EmailConfiguration: { EmailSendingAccount: 'DEVELOPER', SourceArn: SES_IDENTITY } }));
    expect(mfaFactors(sim.state.userPools[poolId])).toMatchObject({ mode: 'ON', totp: true });
  });
});
