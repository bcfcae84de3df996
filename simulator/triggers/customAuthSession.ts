/**
 * What a CUSTOM_AUTH challenge session keeps between calls, shared by the
 * custom-auth driver (customAuth.ts) and the auth-session chart's
 * presentCustomChallenge effect (auth/effects.ts).
 */

/** One entry of the define / create auth challenge triggers' `request.session`. */
export interface ChallengeResult {
  challengeName: string;
  challengeResult: boolean;
  challengeMetadata?: string;
}

/** Kept in the session record's `data.custom`. */
export interface CustomAuthData {
  results: ChallengeResult[];
  privateChallengeParameters?: Record<string, string>;
  challengeMetadata?: string;
  userNotFound?: boolean;
  /** The name the user typed (the userName of the events when the user is unknown). */
  typedName: string;
}

/** Key under which CreateAuthChallenge's public parameters wait (in the run's next-session data) for presentCustomChallenge. */
export const PUBLIC_PARAMETERS_KEY = 'customChallengePublic';
