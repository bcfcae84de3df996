/** Input shapes of the sign-in operations (from the Cognito API model). */
import { AnalyticsMetadata, ClientId, ClientMetadata, SessionString, Token, UserContextData, UserPoolId, map, opt, str, struct } from '../core/validate';
import { AUTH_FLOWS } from './clientFlows';

export const CHALLENGE_NAMES = [
  'SMS_MFA',
  'EMAIL_OTP',
  'SOFTWARE_TOKEN_MFA',
  'SELECT_MFA_TYPE',
  'MFA_SETUP',
  'PASSWORD_VERIFIER',
  'CUSTOM_CHALLENGE',
  'SELECT_CHALLENGE',
  'DEVICE_SRP_AUTH',
  'DEVICE_PASSWORD_VERIFIER',
  'ADMIN_NO_SRP_AUTH',
  'NEW_PASSWORD_REQUIRED',
  'SMS_OTP',
  'PASSWORD',
  'WEB_AUTHN',
  'PASSWORD_SRP',
] as const;

/** AuthParametersType / ChallengeResponsesType: string to string, values sensitive. */
const AuthMap = opt(map(str({ sensitive: true })));

const ContextData = opt(
  struct({
    IpAddress: str(),
    ServerName: str(),
    ServerPath: str(),
    HttpHeaders: map(str()),
    EncodedData: opt(str()),
  }),
);

export const AuthFlowShape = str({ enum: AUTH_FLOWS });
export const ChallengeNameShape = str({ enum: CHALLENGE_NAMES });

export const InitiateAuthInput = struct({
  AuthFlow: AuthFlowShape,
  AuthParameters: AuthMap,
  ClientMetadata,
  ClientId,
  AnalyticsMetadata,
  UserContextData,
  Session: opt(SessionString),
});

export const AdminInitiateAuthInput = struct({
  UserPoolId,
  ClientId,
  AuthFlow: AuthFlowShape,
  AuthParameters: AuthMap,
  ClientMetadata,
  AnalyticsMetadata,
  ContextData,
  Session: opt(SessionString),
});

export const RespondToAuthChallengeInput = struct({
  ClientId,
  ChallengeName: ChallengeNameShape,
  Session: opt(SessionString),
  ChallengeResponses: AuthMap,
  AnalyticsMetadata,
  UserContextData,
  ClientMetadata,
});

export const AdminRespondToAuthChallengeInput = struct({
  UserPoolId,
  ClientId,
  ChallengeName: ChallengeNameShape,
  ChallengeResponses: AuthMap,
  Session: opt(SessionString),
  AnalyticsMetadata,
  ContextData,
  ClientMetadata,
});

export const AssociateSoftwareTokenInput = struct({
  AccessToken: opt(Token),
  Session: opt(SessionString),
});

export const VerifySoftwareTokenInput = struct({
  AccessToken: opt(Token),
  Session: opt(SessionString),
  UserCode: str({ min: 6, max: 6, pattern: '[0-9]+' }),
  FriendlyDeviceName: opt(str()),
});
