/**
 * GetUser: a signed-in user reads their own profile: username, the attributes
 * their app client may read, and their MFA settings.
 */
import { defineOperation } from '../../core/context';
import { struct, Token } from '../../core/validate';
import { verifyAccessToken } from '../../tokens/verify';
import { readableAttributes } from '../../users/selfAttributes';

export interface GetUserOutput {
  Username: string;
  UserAttributes: Array<{ Name: string; Value: string }>;
  MFAOptions?: Array<{ DeliveryMedium: 'SMS'; AttributeName: 'phone_number' }>;
  PreferredMfaSetting?: string;
  UserMFASettingList?: string[];
}

export const GetUser = defineOperation(
  'GetUser',
  struct({ AccessToken: Token }),
  async (ctx, input): Promise<GetUserOutput> => {
    const { pool, user, event } = await verifyAccessToken(ctx, input.AccessToken);
    const client = pool.clients[event.clientId];
    const out: GetUserOutput = {
      Username: user.username,
      UserAttributes: readableAttributes(user, client),
    };
    const methods: string[] = [];
    if (user.mfa.smsEnabled) methods.push('SMS_MFA');
    if (user.mfa.totpEnabled) methods.push('SOFTWARE_TOKEN_MFA');
    if (user.mfa.emailEnabled) methods.push('EMAIL_OTP');
    // MFAOptions is the legacy (SMS-only) view of the same settings.
    if (user.mfa.smsEnabled) out.MFAOptions = [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }];
    if (user.mfa.preferred) out.PreferredMfaSetting = user.mfa.preferred;
    if (methods.length > 0) out.UserMFASettingList = methods;
    return out;
  },
  { readOnly: true },
);
