import { beforeAll, describe, expect, it } from 'vitest';
import {
  AdminGetUserCommand,
  AdminSetUserMFAPreferenceCommand,
  AssociateSoftwareTokenCommand,
  GetUserCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../../index';
import { sdkClient } from '../../../test/support/sdk';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../../../test/support/flows';
import { totpCode } from '../../users/totp';

const PASSWORD = 'Corr3ct-Horse!';

async function sdkError(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to fail');
}

describe('SetUserMFAPreference and AdminSetUserMFAPreference', () => {
  let sim: Simulator;
  let sdk: CognitoIdentityProviderClient;
  let poolId: string;
  let clientId: string;

  const adminGet = (Username: string) => sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username }));

  beforeAll(async () => {
    sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('mfa-preference') });
    sdk = sdkClient(sim);
    ({ poolId, clientId } = await createPoolAndClient(sim));
    await createConfirmedUser(sim, poolId, 'phoned', PASSWORD, { phone_number: '+15555550100', email: 'phoned@example.com' });
    await createConfirmedUser(sim, poolId, 'plain', PASSWORD, { email: 'plain@example.com' });
    await createConfirmedUser(sim, poolId, 'totp', PASSWORD);
  });

  it('refuses TOTP without a verified software token', async () => {
    const { AccessToken } = await passwordSignIn(sim, clientId, 'plain', PASSWORD);
    const self = await sdkError(sdk.send(new SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } })));
    expect(self.name).toBe('InvalidParameterException');
    expect(self.message).toBe('User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA');
    const admin = await sdkError(sdk.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: poolId, Username: 'plain', SoftwareTokenMfaSettings: { Enabled: true } })));
    expect(admin.name).toBe('InvalidParameterException');
    expect((await adminGet('plain')).UserMFASettingList ?? []).toEqual([]);
  });

  it('refuses SMS MFA for a user without a phone number', async () => {
    const e = await sdkError(sdk.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: poolId, Username: 'plain', SMSMfaSettings: { Enabled: true, PreferredMfa: true } })));
    expect(e.name).toBe('InvalidParameterException');
    expect(e.message).toBe('User does not have delivery config set to turn on SMS_MFA');
  });

  it('shows the factors and the preferred one through GetUser and AdminGetUser', async () => {
    const { AccessToken } = await passwordSignIn(sim, clientId, 'phoned', PASSWORD);
    await sdk.send(new SetUserMFAPreferenceCommand({ AccessToken, SMSMfaSettings: { Enabled: true, PreferredMfa: true } }));
    const self = await sdk.send(new GetUserCommand({ AccessToken }));
    expect(self.UserMFASettingList).toEqual(['SMS_MFA']);
    expect(self.PreferredMfaSetting).toBe('SMS_MFA');
    const admin = await adminGet('phoned');
    expect(admin.UserMFASettingList).toEqual(['SMS_MFA']);
    expect(admin.PreferredMfaSetting).toBe('SMS_MFA');

    // Dropping the preference keeps the factor on.
    await sdk.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: poolId, Username: 'phoned', SMSMfaSettings: { Enabled: true, PreferredMfa: false } }));
    const kept = await adminGet('phoned');
    expect(kept.UserMFASettingList).toEqual(['SMS_MFA']);
    expect(kept.PreferredMfaSetting).toBeUndefined();

    // Turning it off empties the list.
    await sdk.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: poolId, Username: 'phoned', SMSMfaSettings: { Enabled: false } }));
    expect((await adminGet('phoned')).UserMFASettingList ?? []).toEqual([]);
  });

  it('turns TOTP on and prefers it once the software token is verified', async () => {
    await sim.call('SetUserPoolMfaConfig', { UserPoolId: poolId, MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } });
    const { AccessToken } = await passwordSignIn(sim, clientId, 'totp', PASSWORD);
    const { SecretCode } = await sdk.send(new AssociateSoftwareTokenCommand({ AccessToken }));
    // Associated but not verified: still refused.
    const pending = await sdkError(sdk.send(new SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true } })));
    expect(pending.message).toBe('User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA');
    await sdk.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: totpCode(SecretCode as string, sim.clock.now()) }));
    await sdk.send(new SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
    const self = await sdk.send(new GetUserCommand({ AccessToken }));
    expect(self.UserMFASettingList).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(self.PreferredMfaSetting).toBe('SOFTWARE_TOKEN_MFA');
  });

  it('email MFA needs a pool that offers it', async () => {
    const noEmailMfa = await sdkError(sdk.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: poolId, Username: 'plain', EmailMfaSettings: { Enabled: true } })));
    expect(noEmailMfa.name).toBe('InvalidParameterException');
    expect(noEmailMfa.message).toBe('Email MFA is not enabled for this user pool');

    const ses = await createPoolAndClient(sim, {
      pool: { PoolName: 'ses-pool', EmailConfiguration: { EmailSendingAccount: 'DEVELOPER', SourceArn: 'arn:aws:ses:us-east-1:123456789012:identity/example.com' } },
    });
    await sim.call('SetUserPoolMfaConfig', { UserPoolId: ses.poolId, MfaConfiguration: 'OPTIONAL', EmailMfaConfiguration: { Subject: 'Your code' } });
    await createConfirmedUser(sim, ses.poolId, 'mailer', PASSWORD, { email: 'mailer@example.com' });
    await createConfirmedUser(sim, ses.poolId, 'nomail', PASSWORD);
    const noEmail = await sdkError(sdk.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: ses.poolId, Username: 'nomail', EmailMfaSettings: { Enabled: true } })));
    expect(noEmail.message).toBe('User does not have delivery config set to turn on EMAIL_OTP');
    await sdk.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: ses.poolId, Username: 'mailer', EmailMfaSettings: { Enabled: true, PreferredMfa: true } }));
    const admin = await sdk.send(new AdminGetUserCommand({ UserPoolId: ses.poolId, Username: 'mailer' }));
    expect(admin.UserMFASettingList).toEqual(['EMAIL_OTP']);
    expect(admin.PreferredMfaSetting).toBe('EMAIL_OTP');
  });

  it('refuses two preferred factors in one request', async () => {
    const e = await sdkError(
      sdk.send(
        new AdminSetUserMFAPreferenceCommand({
          UserPoolId: poolId,
          Username: 'phoned',
          SMSMfaSettings: { Enabled: true, PreferredMfa: true },
          EmailMfaSettings: { Enabled: true, PreferredMfa: true },
        }),
      ),
    );
    expect(e.name).toBe('InvalidParameterException');
  });

  it('needs a valid access token and an existing user', async () => {
    const bad = await sdkError(sdk.send(new SetUserMFAPreferenceCommand({ AccessToken: 'abc.def.ghi', SMSMfaSettings: { Enabled: true } })));
    expect(bad.name).toBe('NotAuthorizedException');
    const missing = await sdkError(sdk.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: poolId, Username: 'nobody', SMSMfaSettings: { Enabled: true } })));
    expect(missing.name).toBe('UserNotFoundException');
  });
});
