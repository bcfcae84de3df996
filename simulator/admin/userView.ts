/**
 * Users as the API shows them to administrators: `UserType` (AdminCreateUser,
 * ListUsers, ListUsersInGroup) and the AdminGetUser response. Times are epoch
 * seconds on the wire.
 */
import type { User } from '../core/model';
import { attributeList } from '../users/attributes';

export interface AttributeTypeOut {
  Name: string;
  Value: string;
}

export interface MfaOptionOut {
  DeliveryMedium: 'SMS' | 'EMAIL';
  AttributeName: string;
}

export interface UserTypeOut {
  Username: string;
  Attributes: AttributeTypeOut[];
  UserCreateDate: number;
  UserLastModifiedDate: number;
  Enabled: boolean;
  UserStatus: string;
  MFAOptions?: MfaOptionOut[];
}

/** Epoch milliseconds as the epoch seconds the API returns. */
export const wireTime = (ms: number): number => ms / 1000;

/**
 * The legacy `MFAOptions` list: it only ever describes SMS MFA (API reference,
 * AdminGetUser: "It provides information only about SMS MFA configurations").
 */
export function mfaOptions(user: User): MfaOptionOut[] | undefined {
  return user.mfa.smsEnabled ? [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }] : undefined;
}

/**
 * A user as `UserType`. `attributesToGet`, when given, limits the attributes
 * to those names (ListUsers AttributesToGet).
 */
export function userType(user: User, attributesToGet?: readonly string[]): UserTypeOut {
  const all = attributeList(user);
  const out: UserTypeOut = {
    Username: user.username,
    Attributes: attributesToGet ? all.filter((a) => attributesToGet.includes(a.Name)) : all,
    UserCreateDate: wireTime(user.createdAt),
    UserLastModifiedDate: wireTime(user.updatedAt),
    Enabled: user.enabled,
    UserStatus: user.status,
  };
  const mfa = mfaOptions(user);
  if (mfa) out.MFAOptions = mfa;
  return out;
}

/** The factors a user has turned on, as `UserMFASettingList` names them. */
export function mfaSettingList(user: User): string[] {
  const list: string[] = [];
  if (user.mfa.smsEnabled) list.push('SMS_MFA');
  if (user.mfa.totpEnabled) list.push('SOFTWARE_TOKEN_MFA');
  if (user.mfa.emailEnabled) list.push('EMAIL_OTP');
  return list;
}

/** The AdminGetUser response. Members with nothing to say are left out, as AWS leaves them out. */
export function adminGetUserOutput(user: User): Record<string, unknown> {
  const out: Record<string, unknown> = {
    Username: user.username,
    UserAttributes: attributeList(user),
    UserCreateDate: wireTime(user.createdAt),
    UserLastModifiedDate: wireTime(user.updatedAt),
    Enabled: user.enabled,
    UserStatus: user.status,
  };
  const mfa = mfaOptions(user);
  if (mfa) out.MFAOptions = mfa;
  if (user.mfa.preferred) out.PreferredMfaSetting = user.mfa.preferred;
  const settings = mfaSettingList(user);
  if (settings.length > 0) out.UserMFASettingList = settings;
  return out;
}
