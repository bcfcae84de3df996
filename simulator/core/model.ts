/**
 * The simulator's state: plain, JSON-serialisable data. Pool and client
 * settings are kept in the shapes of the Cognito API (`UserPoolType`,
 * `UserPoolClientType`), so Describe operations return them as they are.
 * Times are epoch milliseconds; they become epoch seconds on the wire.
 */

import type { IdentityPool } from '../identity/model';
import type { IamRoleRecord } from '../iam/model';
import type { AwsResourcesState } from '../aws/model';
import type { CognitoSyncState } from '../sync/model';
import type { DeviceRecord } from '../devices/model';
import type { LambdaFunctionRecord, LambdaInvocationRecord, LambdaLogLine } from '../triggers/model';
import type { AuthorizationCodeRecord, DomainRecord, HostedSessionRecord, IdentityProviderRecord, ResourceServerRecord } from '../oauth/model';

export const SNAPSHOT_VERSION = 1 as const;

/** JSON values only. */
export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

export interface SimState {
  version: typeof SNAPSHOT_VERSION;
  region: string;
  /** Pools by id. */
  userPools: Record<string, UserPool>;
  /** Every email and SMS a pool would send, oldest first. */
  outbox: OutboxMessage[];
  /** Counter for outbox ids. */
  nextMessageId: number;
  /** Identity pools (federated identities) by id; absent until the first one is created. */
  identityPools?: Record<string, IdentityPool>;
  /** Lambda functions the pools' triggers call, by function ARN (simulator/triggers). */
  lambdaFunctions?: Record<string, LambdaFunctionRecord>;
  /** What each function logged, CloudWatch Logs style, by function ARN (bounded). */
  lambdaLogs?: Record<string, LambdaLogLine[]>;
  /** Every trigger attempt (number, duration, outcome), by user pool id (bounded). */
  lambdaInvocations?: Record<string, LambdaInvocationRecord[]>;
  /** IAM roles' trust and permission policies, by role ARN (simulator/iam); absent until one is stored. */
  iamRoles?: Record<string, IamRoleRecord>;
  /** Simulated S3 buckets, DynamoDB tables and REST APIs (simulator/aws). */
  awsResources?: AwsResourcesState;
  /** Cognito Sync datasets by identity pool id, then identity id (simulator/sync). */
  cognitoSync?: CognitoSyncState;
  /** Remembered devices by user pool id, then device key (simulator/devices); absent until a pool tracks one. */
  devices?: Record<string, Record<string, DeviceRecord>>;
}

/** A signing key pair as JWKs. `privateJwk` never leaves the engine except in snapshots. */
export interface SigningKey {
  kid: string;
  alg: 'RS256';
  publicJwk: JsonWebKeyLike;
  privateJwk: JsonWebKeyLike;
}

/** An RSA-OAEP key used to encrypt refresh tokens (they are opaque JWEs, as Cognito's are). */
export interface EncryptionKey {
  kid: string;
  publicJwk: JsonWebKeyLike;
  privateJwk: JsonWebKeyLike;
}

export type JsonWebKeyLike = { [k: string]: string | string[] | boolean | undefined };

export interface SchemaAttribute {
  Name: string;
  AttributeDataType: 'String' | 'Number' | 'DateTime' | 'Boolean';
  DeveloperOnlyAttribute: boolean;
  Mutable: boolean;
  Required: boolean;
  StringAttributeConstraints?: { MinLength?: string; MaxLength?: string };
  NumberAttributeConstraints?: { MinValue?: string; MaxValue?: string };
}

/**
 * A user pool: `config` holds the `UserPoolType` fields the API returns
 * (Id, Name, Policies, MfaConfiguration, SchemaAttributes, …) except the
 * computed ones (Arn, dates, EstimatedNumberOfUsers), which Describe adds.
 */
export interface UserPool {
  id: string;
  createdAt: number;
  updatedAt: number;
  config: { [k: string]: Json };
  keys: { id: SigningKey; access: SigningKey; refresh: EncryptionKey };
  clients: Record<string, UserPoolClient>;
  /** Users by their internal username (the `Username` the API returns). */
  users: Record<string, User>;
  groups: Record<string, Group>;
  /** Pending authentication sessions (challenge `Session` strings) by session id. */
  sessions: Record<string, AuthSessionRecord>;
  /** Sign-in events (one per authentication), by `origin_jti`. Tokens are checked against these. */
  authEvents: Record<string, AuthEvent>;
  /** User pool domains (prefix or custom) by Domain; absent until the first one is created (simulator/oauth). */
  domains?: Record<string, DomainRecord>;
  /** Resource servers by Identifier (simulator/oauth). */
  resourceServers?: Record<string, ResourceServerRecord>;
  /** Authorization codes awaiting redemption at /oauth2/token, by code (simulator/oauth). */
  oauthCodes?: Record<string, AuthorizationCodeRecord>;
  /** Hosted-UI sign-in sessions (the session cookie), by id (simulator/oauth). */
  hostedSessions?: Record<string, HostedSessionRecord>;
  /** Federated identity providers by ProviderName (simulator/oauth). */
  identityProviders?: Record<string, IdentityProviderRecord>;
}

export interface UserPoolClient {
  createdAt: number;
  updatedAt: number;
  /** `UserPoolClientType` fields (ClientId, ClientName, ClientSecret, ExplicitAuthFlows, token validity, …). */
  config: { [k: string]: Json };
}

export interface Group {
  GroupName: string;
  Description?: string;
  Precedence?: number;
  RoleArn?: string;
  createdAt: number;
  updatedAt: number;
}

export type UserStatus = 'UNCONFIRMED' | 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD' | 'RESET_REQUIRED' | 'EXTERNAL_PROVIDER' | 'ARCHIVED' | 'COMPROMISED' | 'UNKNOWN';

/** A password, never stored in plain text. */
export interface PasswordRecord {
  /** PBKDF2-SHA256 of the password with `salt` (hex). */
  hash: string;
  salt: string;
  iterations: number;
  /** SRP: salt (hex) and verifier v = g^x mod N (hex), as Cognito's USER_SRP_AUTH needs. */
  srpSalt: string;
  srpVerifier: string;
  setAt: number;
  /** Temporary password from AdminCreateUser (or AdminSetUserPassword Permanent=false): expires at this time. */
  temporaryExpiresAt?: number;
}

export interface PendingCode {
  code: string;
  expiresAt: number;
  /** For attribute updates awaiting verification: the new value. */
  value?: string;
}

export interface User {
  username: string;
  /** Attributes by name, including `sub`. */
  attributes: Record<string, string>;
  status: UserStatus;
  enabled: boolean;
  createdAt: number;
  updatedAt: number;
  password?: PasswordRecord;
  /** Hashes of previous passwords, for PasswordHistorySize. */
  passwordHistory: string[];
  mfa: {
    smsEnabled: boolean;
    totpEnabled: boolean;
    emailEnabled: boolean;
    preferred?: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';
    /** Verified TOTP secret (base32). */
    totpSecret?: string;
    /** Secret from AssociateSoftwareToken awaiting VerifySoftwareToken. */
    pendingTotpSecret?: string;
  };
  codes: {
    signUp?: PendingCode;
    forgotPassword?: PendingCode;
    /** By attribute name (`email`, `phone_number`). */
    attributeVerification?: Record<string, PendingCode>;
  };
  /** Unverified new values of email/phone when the pool keeps the original until verification. */
  pendingAttributes?: Record<string, string>;
  lockout: { failures: number; lockedUntil: number };
  /** Names of the groups the user belongs to. */
  groups: string[];
}

/** One successful authentication: all tokens it issues share `origin_jti`. */
export interface AuthEvent {
  originJti: string;
  eventId: string;
  username: string;
  clientId: string;
  authTime: number;
  /** Refresh token expiry. */
  refreshExpiresAt: number;
  revoked: boolean;
  /** Access token jti values issued under this event (for revocation by RevokeToken). */
  deviceKey?: string;
  /** OAuth scopes granted to this sign-in (hosted UI / token endpoint); absent for API sign-ins. */
  scopes?: string[];
}

/** A pending challenge session. `state` is the auth-session statechart's state value. */
export interface AuthSessionRecord {
  id: string;
  clientId: string;
  username: string;
  state: string;
  createdAt: number;
  expiresAt: number;
  /** Data the challenge needs (SRP b and B, MFA code, …). */
  data: { [k: string]: Json };
  /** Set after the password step, so the next step is known. */
  flow: string;
}

export interface OutboxMessage {
  id: number;
  userPoolId: string;
  username: string;
  channel: 'EMAIL' | 'SMS';
  destination: string;
  subject?: string;
  body: string;
  /** Why it was sent: SignUp, ResendCode, ForgotPassword, AdminCreateUser, VerifyUserAttribute, UpdateUserAttribute, Authentication. */
  reason: string;
  /** The code it carries, if any (handy for tests and the UI). */
  code?: string;
  sentAt: number;
}
