/**
 * The CUSTOM_AUTH flow (Developer Guide, "Custom authentication challenge
 * Lambda triggers" and "Custom authentication flow and challenges").
 *
 * InitiateAuth CUSTOM_AUTH invokes DefineAuthChallenge with the challenges so
 * far (`request.session`, empty at first; `[{challengeName: 'SRP_A',
 * challengeResult: true}]` when AuthParameters carry `CHALLENGE_NAME: SRP_A`
 * and `SRP_A`). Its answer decides the next step, which the auth-session chart
 * records (machines/authSession.ts):
 * - `failAuthentication` → NotAuthorizedException "Incorrect username or
 *   password." (the session is closed);
 * - `issueTokens` → the user is signed in (pre token generation and post
 *   authentication run as for any sign-in);
 * - `challengeName: PASSWORD_VERIFIER` (SRP first) → the PASSWORD_VERIFIER
 *   challenge; once the password is proven, DefineAuthChallenge runs again
 *   with `{challengeName: 'PASSWORD_VERIFIER', challengeResult: true}` added;
 * - `challengeName: CUSTOM_CHALLENGE` → CreateAuthChallenge makes the
 *   challenge: its `publicChallengeParameters` (plus USERNAME) are the
 *   ChallengeParameters, its `privateChallengeParameters` and
 *   `challengeMetadata` stay in the session. RespondToAuthChallenge
 *   CUSTOM_CHALLENGE with `ANSWER` runs VerifyAuthChallengeResponse
 *   (`challengeAnswer`), adds `{challengeName: 'CUSTOM_CHALLENGE',
 *   challengeResult: answerCorrect, challengeMetadata}` and asks
 *   DefineAuthChallenge again. A wrong answer does not end the flow by itself:
 *   the define trigger decides.
 *
 * Simplifications: MFA is not added after PASSWORD_VERIFIER in this flow, and
 * with PreventUserExistenceErrors an unknown user gets the triggers with
 * `userNotFound: true` but can never be signed in.
 */
import { fail, keepingChanges } from '../core/errors';
import type { AuthSessionRecord, Json } from '../core/model';
import { findUser } from '../core/lookup';
import { parseClientPublic } from '../crypto/srp';
import { checkSecretHash, hidesUserExistence } from '../users/publicClient';
import { openAnswer, type AuthCall } from '../auth/call';
import { advance } from '../auth/driver';
import { AUTH_MESSAGES, UNCONFIRMED_AUTH_MESSAGES } from '../auth/messages';
import { newRun, type AuthResponse, type AuthRun } from '../auth/run';
import { checkAfterPassword, checkBeforePassword, incorrectCredentials, requireParam, unknownUser } from '../auth/signInUser';
import { baseEvent, eventUserAttributes, withClientMetadata, type TriggerCaller } from './events';
import { responseBoolean, responseOf, responseString, responseStringMap, runTrigger, triggerArn, triggerFailure } from './invoke';
import { preAuthentication } from './authTriggers';
import { TRIGGER_MESSAGES } from './messages';
import { PUBLIC_PARAMETERS_KEY, type ChallengeResult, type CustomAuthData } from './customAuthSession';


const callerOf = (run: AuthRun): TriggerCaller => ({ clientId: run.client.config.ClientId as string, clientMetadata: run.clientMetadata });

function customData(session: AuthSessionRecord): CustomAuthData {
  const data = session.data.custom as unknown as CustomAuthData | undefined;
  if (!data) throw incorrectCredentials();
  return data;
}

/** The request fields every challenge trigger gets. */
function challengeRequest(run: AuthRun, data: CustomAuthData, extra: { [k: string]: Json }): { [k: string]: Json | undefined } {
  return withClientMetadata(
    {
      userAttributes: run.user ? eventUserAttributes(run.pool, run.user) : {},
      ...extra,
      ...(hidesUserExistence(run.client) ? { userNotFound: data.userNotFound === true } : {}),
    },
    callerOf(run),
  );
}

const sessionJson = (results: ChallengeResult[]): Json => results.map((r) => ({ ...r })) as unknown as Json;

/** Runs a challenge trigger the flow needs; a missing one is an error. */
async function requiredTrigger(run: AuthRun, trigger: 'DefineAuthChallenge' | 'CreateAuthChallenge' | 'VerifyAuthChallengeResponse', source: string, data: CustomAuthData, request: { [k: string]: Json | undefined }, response: { [k: string]: Json }) {
  if (!triggerArn(run.pool, trigger)) throw fail('InvalidParameterException', TRIGGER_MESSAGES_NOT_CONFIGURED(trigger));
  const event = baseEvent(run.ctx, run.pool, source, run.user?.username ?? data.typedName, callerOf(run), request, response);
  const result = await runTrigger(run.ctx, run.pool, trigger, event);
  return responseOf(result ?? {});
}

/**
 * UNCONFIRMED wording, modelled on AWS's confirmed "Custom auth lambda trigger
 * is not configured for the user pool." (used when DefineAuthChallenge is missing).
 */
const TRIGGER_MESSAGES_NOT_CONFIGURED = (trigger: string) =>
  trigger === 'DefineAuthChallenge' ? AUTH_MESSAGES.customAuthNoTrigger : `${trigger} lambda trigger is not configured for the user pool.`;

/**
 * Asks DefineAuthChallenge what comes next and moves the sign-in on from
 * chart state `from` (`idle`, `passwordVerifier` or `customChallenge`).
 */
async function decide(run: AuthRun, from: string, data: CustomAuthData): Promise<AuthResponse> {
  const define = await requiredTrigger(
    run,
    'DefineAuthChallenge',
    'DefineAuthChallenge_Authentication',
    data,
    challengeRequest(run, data, { session: sessionJson(data.results) }),
    { challengeName: null, issueTokens: null, failAuthentication: null },
  );
  const failAuthentication = responseBoolean(define, 'failAuthentication') ?? false;
  const issueTokens = responseBoolean(define, 'issueTokens') ?? false;
  const challengeName = responseString(define, 'challengeName');

  if (failAuthentication || (issueTokens && !run.user)) {
    await advance(run, from, { type: 'CUSTOM_AUTH_FAILED' });
    throw keepingChanges(incorrectCredentials());
  }
  if (issueTokens) return (await advance(run, from, { type: 'CUSTOM_AUTH_SUCCEEDED' })).response;

  if (challengeName === 'PASSWORD_VERIFIER' && from === 'idle') {
    const user = run.user;
    const srpA = requireParam(run.params, 'SRP_A');
    if (parseClientPublic(srpA) === undefined) throw fail('InvalidParameterException', UNCONFIRMED_AUTH_MESSAGES.invalidSrpA);
    if (!user?.password) throw keepingChanges(incorrectCredentials());
    run.srp = { userIdForSrp: user.username, saltHex: user.password.srpSalt, verifierHex: user.password.srpVerifier, simulated: false };
    run.nextData.custom = data as unknown as Json;
    return (await advance(run, from, { type: 'SRP_STARTED' })).response;
  }
  if (challengeName === 'CUSTOM_CHALLENGE') {
    const create = await requiredTrigger(
      run,
      'CreateAuthChallenge',
      'CreateAuthChallenge_Authentication',
      data,
      challengeRequest(run, data, { challengeName, session: sessionJson(data.results) }),
      { publicChallengeParameters: null, privateChallengeParameters: null, challengeMetadata: null },
    );
    const next: CustomAuthData = {
      ...data,
      privateChallengeParameters: responseStringMap(create, 'privateChallengeParameters') ?? {},
      challengeMetadata: responseString(create, 'challengeMetadata'),
    };
    run.nextData.custom = next as unknown as Json;
    run.nextData[PUBLIC_PARAMETERS_KEY] = (responseStringMap(create, 'publicChallengeParameters') ?? {}) as Json;
    return (await advance(run, from, { type: 'CUSTOM_CHALLENGE_CREATED' })).response;
  }
  // No decision, or a challenge the sandbox does not run in this flow.
  throw triggerFailure(TRIGGER_MESSAGES.unrecognizableOutput());
}

/** InitiateAuth / AdminInitiateAuth with AuthFlow CUSTOM_AUTH. */
export async function customAuthStart(call: AuthCall): Promise<AuthResponse> {
  const { ctx, pool, client, params } = call;
  if (!triggerArn(pool, 'DefineAuthChallenge')) throw fail('InvalidParameterException', AUTH_MESSAGES.customAuthNoTrigger);
  const typedName = requireParam(params, 'USERNAME');
  const user = findUser(pool, typedName);
  await checkSecretHash(client, user ? [typedName, user.username] : [typedName], params.SECRET_HASH);
  if (!user && !hidesUserExistence(client)) throw unknownUser(client);
  if (user) {
    const now = ctx.now();
    checkBeforePassword(client, user, now);
    checkAfterPassword(user, now);
  }
  const caller: TriggerCaller = { clientId: client.config.ClientId as string, clientMetadata: call.clientMetadata };
  await preAuthentication(ctx, pool, client, user, typedName, caller);

  const run = newRun({ ...call, user, flow: 'CUSTOM_AUTH', session: undefined });
  const srpFirst = params.CHALLENGE_NAME === 'SRP_A';
  if (srpFirst) requireParam(params, 'SRP_A');
  const data: CustomAuthData = { results: srpFirst ? [{ challengeName: 'SRP_A', challengeResult: true }] : [], userNotFound: !user, typedName };
  return decide(run, 'idle', data);
}

/** After PASSWORD_VERIFIER in a CUSTOM_AUTH flow: tell DefineAuthChallenge the password was right. */
export async function continueAfterPassword(run: AuthRun, session: AuthSessionRecord): Promise<AuthResponse> {
  const data = customData(session);
  return decide(run, session.state, { ...data, results: [...data.results, { challengeName: 'PASSWORD_VERIFIER', challengeResult: true }] });
}

/** RespondToAuthChallenge / AdminRespondToAuthChallenge CUSTOM_CHALLENGE: ANSWER goes to VerifyAuthChallengeResponse. */
export async function answerCustomChallenge(call: AuthCall, session: AuthSessionRecord): Promise<AuthResponse> {
  const data = customData(session);
  const run = await openAnswer(call, session);
  const answer = requireParam(call.params, 'ANSWER');
  const verify = await requiredTrigger(
    run,
    'VerifyAuthChallengeResponse',
    'VerifyAuthChallengeResponse_Authentication',
    data,
    challengeRequest(run, data, { privateChallengeParameters: { ...(data.privateChallengeParameters ?? {}) }, challengeAnswer: answer }),
    { answerCorrect: null },
  );
  const answerCorrect = responseBoolean(verify, 'answerCorrect') ?? false;
  const result: ChallengeResult = { challengeName: 'CUSTOM_CHALLENGE', challengeResult: answerCorrect };
  if (data.challengeMetadata !== undefined) result.challengeMetadata = data.challengeMetadata;
  const next: CustomAuthData = { results: [...data.results, result], userNotFound: data.userNotFound, typedName: data.typedName };
  return decide(run, session.state, next);
}
