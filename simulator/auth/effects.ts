/**
 * The auth-session chart's named effects, as the engine carries them out.
 * The driver steps the chart with xstate's pure `transition()` and runs, in
 * order, the effects it returns. Each effect fills the response (challenge
 * parameters, tokens) and the data the next session needs.
 */
import type { AuthSessionEvent, SignInFactors } from '../../machines/authSession';
import type { AuthSessionRecord } from '../core/model';
import { bytesToBase64 } from '../crypto/encoding';
import { serverEphemeral } from '../crypto/srp';
import { SIGN_IN } from '../facts';
import { issueTokens, newAuthEvent } from '../tokens/issue';
import { newCode, sendMfaCode } from '../users/messages';
import { newTotpSecret } from '../users/totp';
import { schemaOf } from '../users/attributes';
import { clearLockout, recordFailedSignIn } from './lockout';
import { userIdOf, type AuthRun } from './run';
import type { TriggerCaller } from '../triggers/events';
import { deliverWithTriggers } from '../triggers/messageTriggers';
import { preTokenGenerationHook } from '../triggers/tokenGeneration';
import { postAuthentication } from '../triggers/authTriggers';
import { PUBLIC_PARAMETERS_KEY } from '../triggers/customAuthSession';
import { presentDevicePasswordVerifier, presentDeviceSrpAuth } from '../devices/effects';
import { deviceForTokens } from '../devices/signIn';

type Effect = (run: AuthRun, event: AuthSessionEvent) => Promise<void> | void;

const factorsOf = (event: AuthSessionEvent): SignInFactors | undefined =>
  event.type === 'PASSWORD_VERIFIED' || event.type === 'NEW_PASSWORD_SET' ? event.factors : undefined;

function needUser(run: AuthRun) {
  if (!run.user) throw new Error('auth effect needs a user');
  return run.user;
}

const params = (run: AuthRun): Record<string, string> => (run.response.ChallengeParameters ??= {});

/** SRP state kept in the PASSWORD_VERIFIER session. */
export type SrpSessionData = {
  A: string;
  b: string;
  B: string;
  secretBlock: string;
  userIdForSrp: string;
  simulated: boolean;
};

/** The SRP state of a session, if it has one. */
export const srpDataOf = (rec: AuthSessionRecord): SrpSessionData | undefined => rec.data.srp as unknown as SrpSessionData | undefined;

/** Bytes of random SECRET_BLOCK: encoded, as long as a Session string. */
const secretBlockBytes = () => Math.floor((SIGN_IN.sessionStringLength.value * 3) / 4);

/** Who the sign-in's Lambda triggers see as the caller. */
const triggerCaller = (run: AuthRun): TriggerCaller => ({ clientId: run.client.config.ClientId as string, clientMetadata: run.clientMetadata });

async function sendSmsOrEmail(run: AuthRun, channel: 'SMS' | 'EMAIL'): Promise<void> {
  const user = needUser(run);
  const code = newCode(run.ctx);
  // CustomMessage_Authentication or the custom sender triggers shape (or take over) the code message.
  const details = await deliverWithTriggers(run.ctx, run.pool, user, triggerCaller(run), () => sendMfaCode(run.ctx, run.pool, user, channel, code));
  Object.assign(params(run), {
    CODE_DELIVERY_DELIVERY_MEDIUM: details.DeliveryMedium,
    CODE_DELIVERY_DESTINATION: details.Destination,
  });
  run.nextData.code = code;
}

export const EFFECTS: Record<string, Effect> = {
  /** SRP_B, SALT and SECRET_BLOCK for the client to prove the password with. */
  async presentPasswordVerifier(run) {
    const id = run.srp;
    if (!id) throw new Error('presentPasswordVerifier needs the SRP identity');
    const { b, B } = await serverEphemeral(run.ctx.crypto, run.ctx.random, id.verifierHex);
    const secretBlock = bytesToBase64(run.ctx.random.bytes(secretBlockBytes()));
    const srp: SrpSessionData = { A: run.params.SRP_A, b, B, secretBlock, userIdForSrp: id.userIdForSrp, simulated: id.simulated };
    run.nextData.srp = srp;
    run.nextLifetimeMs = SIGN_IN.srpAnswerWindowSeconds.value * 1000;
    Object.assign(params(run), { SALT: id.saltHex, SECRET_BLOCK: secretBlock, SRP_B: B, USERNAME: id.userIdForSrp, USER_ID_FOR_SRP: id.userIdForSrp });
  },

  /** A wrong password counts toward the lockout. */
  countFailedSignIn(run) {
    if (run.user) recordFailedSignIn(run.user, run.ctx.now());
  },

  /** The user's attributes and the required ones still missing, as JSON strings. */
  presentNewPasswordRequired(run) {
    const user = needUser(run);
    const shown: Record<string, string> = {};
    for (const [name, value] of Object.entries(user.attributes)) if (name !== 'sub') shown[name] = value;
    const required = schemaOf(run.pool)
      .filter((a) => a.Required && a.Name !== 'sub' && !user.attributes[a.Name])
      .map((a) => `userAttributes.${a.Name}`);
    Object.assign(params(run), { USER_ID_FOR_SRP: user.username, requiredAttributes: JSON.stringify(required), userAttributes: JSON.stringify(shown) });
  },

  /** MFAS_CAN_SETUP: the factors the pool offers. */
  presentMfaSetup(run, event) {
    const canSetup = factorsOf(event)?.canSetup ?? [];
    Object.assign(params(run), { MFAS_CAN_SETUP: JSON.stringify(canSetup), USER_ID_FOR_SRP: userIdOf(run) });
  },

  /** A new authenticator secret, kept as pending until VerifySoftwareToken. */
  associateSoftwareToken(run) {
    const user = needUser(run);
    user.mfa.pendingTotpSecret = newTotpSecret(run.ctx.random);
    user.updatedAt = run.ctx.now();
  },

  /** The verified secret becomes the user's software token MFA. */
  enableSoftwareToken(run) {
    const user = needUser(run);
    const secret = user.mfa.pendingTotpSecret;
    if (!secret) throw new Error('enableSoftwareToken needs a pending secret');
    user.mfa.totpSecret = secret;
    user.mfa.totpEnabled = true;
    delete user.mfa.pendingTotpSecret;
    user.updatedAt = run.ctx.now();
  },

  /** MFAS_CAN_CHOOSE: the factors the user has. */
  presentMfaChoice(run, event) {
    const choices = factorsOf(event)?.enabled ?? [];
    run.nextData.choices = choices;
    Object.assign(params(run), { MFAS_CAN_CHOOSE: JSON.stringify(choices), USER_ID_FOR_SRP: userIdOf(run) });
  },

  sendSmsCode: (run) => sendSmsOrEmail(run, 'SMS'),

  sendEmailCode: (run) => sendSmsOrEmail(run, 'EMAIL'),

  presentSoftwareTokenChallenge(run) {
    Object.assign(params(run), { USER_ID_FOR_SRP: userIdOf(run) });
  },

  /** CUSTOM_CHALLENGE: the create auth challenge trigger's public parameters, and USERNAME. */
  presentCustomChallenge(run) {
    const shown = (run.nextData[PUBLIC_PARAMETERS_KEY] ?? {}) as Record<string, string>;
    delete run.nextData[PUBLIC_PARAMETERS_KEY];
    Object.assign(params(run), { ...shown, USERNAME: userIdOf(run) });
  },

  presentDeviceSrpAuth,

  presentDevicePasswordVerifier,

  /**
   * A new sign-in event and its ID, access and refresh tokens; the lockout
   * count starts again. With device tracking the access token names the
   * device (a new one comes back as NewDeviceMetadata). The pre token generation trigger may change the
   * claims; the post authentication trigger runs once the tokens are made.
   */
  async issueTokens(run) {
    const user = needUser(run);
    const ev = newAuthEvent(run.ctx, run.pool, run.client, user);
    const device = deviceForTokens(run, user);
    if (device.deviceKey) ev.deviceKey = device.deviceKey;
    const state = run.session?.state;
    const source =
      state === 'newPasswordRequired' ? 'TokenGeneration_NewPasswordChallenge' : state === 'devicePasswordVerifier' ? 'TokenGeneration_AuthenticateDevice' : 'TokenGeneration_Authentication';
    const hook = preTokenGenerationHook(run.ctx, run.pool, user, source, triggerCaller(run));
    const tokens = await issueTokens(run.ctx, run.pool, run.client, user, ev, true, hook);
    clearLockout(user);
    await postAuthentication(run.ctx, run.pool, user, triggerCaller(run));
    run.response = { ChallengeParameters: {}, AuthenticationResult: device.newDeviceMetadata ? { ...tokens, NewDeviceMetadata: device.newDeviceMetadata } : tokens };
  },
};
