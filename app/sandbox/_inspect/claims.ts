/**
 * What each claim in a Cognito user pool token means, in plain words (our
 * own). Covers every claim the engine puts in ID and access tokens, the
 * standard OpenID Connect profile attributes a user may have, and custom
 * attributes (`custom:…`).
 */

export type TokenUse = 'id' | 'access';

export interface ClaimExplanation {
  /** One sentence a learner can read at a glance. */
  meaning: string;
  /** Which tokens carry it. */
  in: readonly TokenUse[];
  /** NumericDate claims (seconds since 1 January 1970, UTC). */
  time?: boolean;
}

const both = ['id', 'access'] as const;
const idOnly = ['id'] as const;
const accessOnly = ['access'] as const;

/** The user's own attributes that can appear in an ID token (standard OpenID Connect claims). */
const profile = (meaning: string): ClaimExplanation => ({ meaning, in: idOnly });

export const CLAIMS: Readonly<Record<string, ClaimExplanation>> = {
  sub: {
    meaning: 'The user\'s permanent, unique ID in this pool (a UUID). It never changes, even if the user name or email does, so apps use it as the key for the user.',
    in: both,
  },
  iss: {
    meaning: 'Who issued the token: the user pool\'s URL. Check it before trusting anything else; its /.well-known/jwks.json holds the keys that verify the signature.',
    in: both,
  },
  aud: {
    meaning: 'Audience: the app client ID the ID token was issued to. An app must reject an ID token whose aud is not its own client ID.',
    in: idOnly,
  },
  client_id: {
    meaning: 'The app client the access token was issued to. Access tokens carry this instead of aud; an API checks it against the clients it accepts.',
    in: accessOnly,
  },
  token_use: {
    meaning: 'What the token is for: "id" (who the user is, for the app) or "access" (what the user may do, for APIs). A server expecting one must refuse the other.',
    in: both,
  },
  scope: {
    meaning: 'The permissions the access token grants, separated by spaces. aws.cognito.signin.user.admin lets the user call the pool\'s own user APIs (GetUser, ChangePassword…).',
    in: accessOnly,
  },
  auth_time: {
    meaning: 'When the user actually signed in. Refreshing gives new tokens but keeps this time, so it shows how long ago the user last proved who they are.',
    in: both,
    time: true,
  },
  iat: { meaning: 'Issued at: when this particular token was created.', in: both, time: true },
  exp: {
    meaning: 'Expires at: after this instant the token must be refused. Cognito sets it from the app client\'s ID or access token validity.',
    in: both,
    time: true,
  },
  nbf: { meaning: 'Not before: the token must not be accepted before this instant.', in: both, time: true },
  jti: { meaning: 'A unique ID for this token (a UUID), so one token can be told apart from another, for example in logs.', in: both },
  origin_jti: {
    meaning: 'The ID of the sign-in these tokens come from. Tokens refreshed from the same refresh token share it, which is how revoking the refresh token also revokes them.',
    in: both,
  },
  event_id: { meaning: 'The ID of the authentication event that produced the tokens (it also appears in the pool\'s sign-in history).', in: both },
  'cognito:username': {
    meaning: 'The user\'s user name in the pool. When the pool signs users in by email or phone, it is the same UUID as sub rather than what the user typed.',
    in: idOnly,
  },
  username: { meaning: 'The user\'s user name in the pool (the access token\'s name for cognito:username).', in: accessOnly },
  'cognito:groups': {
    meaning: 'The groups the user belongs to, most important (lowest precedence) first. Apps and APIs use it for role-based access.',
    in: both,
  },
  'cognito:roles': {
    meaning: 'The IAM role ARNs of the user\'s groups. An identity pool can let the user choose one of them for AWS credentials.',
    in: idOnly,
  },
  'cognito:preferred_role': {
    meaning: 'The IAM role of the user\'s highest-priority group (lowest precedence): the one an identity pool picks by default.',
    in: idOnly,
  },
  device_key: {
    meaning: 'The remembered device this sign-in came from (when the pool tracks devices). Used to sign in from that device without MFA again.',
    in: accessOnly,
  },
  version: { meaning: 'The version of the access token\'s format (newer versions can carry OAuth scopes for custom resource servers).', in: accessOnly },
  email: profile('The user\'s email address (the email attribute).'),
  email_verified: profile('Whether the user proved they own that email address, with a code or because an administrator marked it verified.'),
  phone_number: profile('The user\'s phone number, in E.164 format (+ country code, then the number).'),
  phone_number_verified: profile('Whether the user proved they own that phone number, with a code sent by SMS or because an administrator marked it verified.'),
  name: profile('The user\'s full name.'),
  given_name: profile('The user\'s first (given) name.'),
  family_name: profile('The user\'s last (family) name.'),
  middle_name: profile('The user\'s middle name.'),
  nickname: profile('A casual name the user goes by.'),
  preferred_username: profile('The name the user would like to be shown as; it can also be a sign-in alias.'),
  profile: profile('The URL of the user\'s profile page.'),
  picture: profile('The URL of the user\'s picture.'),
  website: profile('The URL of the user\'s website or blog.'),
  gender: profile('The user\'s gender, as they gave it.'),
  birthdate: profile('The user\'s date of birth (YYYY-MM-DD).'),
  zoneinfo: profile('The user\'s time zone (for example Europe/Paris).'),
  locale: profile('The user\'s locale (language and country, for example en-US).'),
  address: profile('The user\'s postal address.'),
  updated_at: { meaning: 'When the user\'s profile was last changed (seconds since 1970).', in: idOnly, time: true },
  identities: profile('The external identity providers (Google, SAML…) linked to this user, when they signed in through one.'),
};

const CUSTOM: ClaimExplanation = {
  meaning: 'A custom attribute defined for this pool (custom:…). Cognito adds it to the ID token when the app client may read it.',
  in: idOnly,
};

/** The explanation of a claim, or undefined for a claim we know nothing about. */
export function explainClaim(name: string): ClaimExplanation | undefined {
  if (Object.hasOwn(CLAIMS, name)) return CLAIMS[name];
  if (name.startsWith('custom:') && name.length > 'custom:'.length) return CUSTOM;
  return undefined;
}

/** Whether a claim holds a NumericDate (seconds since the epoch). */
export function isTimeClaim(name: string): boolean {
  return explainClaim(name)?.time === true;
}
