/**
 * The event every user pool trigger receives, in AWS's shape:
 * `version`, `triggerSource`, `region`, `userPoolId`, `userName`,
 * `callerContext { awsSdkVersion, clientId }`, `request`, `response`
 * (Developer Guide, "User pool Lambda trigger event").
 */
import type { OperationContext } from '../core/context';
import type { Json, User, UserPool } from '../core/model';
import { aliasAttributes } from '../core/lookup';

/** A trigger event. `request` and `response` depend on the trigger. */
export interface TriggerEvent {
  version: string;
  triggerSource: string;
  region: string;
  userPoolId: string;
  userName: string;
  callerContext: { awsSdkVersion: string; clientId: string };
  request: { [k: string]: Json | undefined };
  response?: { [k: string]: Json | undefined };
}

/**
 * `callerContext.clientId` of administrator operations, which name no app
 * client. Observed in real events (e.g. CustomMessage_AdminCreateUser,
 * PreSignUp_AdminCreateUser samples published on GitHub).
 */
export const NO_CLIENT_ID = 'CLIENT_ID_NOT_APPLICABLE';

/**
 * `callerContext.awsSdkVersion`: Cognito derives it from the caller's
 * User-Agent, which the engine does not see. Real events show values such as
 * "aws-sdk-js-2.1639.0", and "aws-sdk-unknown-unknown" when the agent is not an
 * AWS SDK (observed in published sample events).
 */
export const UNKNOWN_SDK_VERSION = 'aws-sdk-unknown-unknown';

/** Who called the operation that fires the trigger. */
export interface TriggerCaller {
  /** The app client of public operations; absent for administrator operations. */
  clientId?: string;
  /** The operation's ClientMetadata, passed to the trigger as `request.clientMetadata`. */
  clientMetadata?: Record<string, string>;
}

/** The common part of a trigger event. */
export function baseEvent(
  ctx: OperationContext,
  pool: UserPool,
  triggerSource: string,
  userName: string,
  caller: TriggerCaller,
  request: TriggerEvent['request'],
  response?: TriggerEvent['response'],
): TriggerEvent {
  const event: TriggerEvent = {
    version: '1',
    triggerSource,
    region: ctx.state.region,
    userPoolId: pool.id,
    userName,
    callerContext: { awsSdkVersion: UNKNOWN_SDK_VERSION, clientId: caller.clientId ?? NO_CLIENT_ID },
    request,
  };
  if (response) event.response = response;
  return event;
}

/** `request.clientMetadata`: present only when the caller sent ClientMetadata. */
export function withClientMetadata(request: TriggerEvent['request'], caller: TriggerCaller): TriggerEvent['request'] {
  return caller.clientMetadata ? { ...request, clientMetadata: { ...caller.clientMetadata } } : request;
}

/** A `[{Name, Value}]` list (ValidationData) as the map the event carries, or null when absent. */
export function attributeMap(list: ReadonlyArray<{ Name: string; Value?: string }> | undefined): Record<string, string> | null {
  if (!list) return null;
  const out: Record<string, string> = {};
  for (const { Name, Value } of list) out[Name] = Value ?? '';
  return out;
}

/**
 * `request.userAttributes` of an existing user, as Cognito sends it: every
 * attribute (with `sub`), `cognito:user_status`, and `cognito:email_alias` /
 * `cognito:phone_number_alias` when a verified email or phone number is a
 * sign-in alias.
 */
export function eventUserAttributes(pool: UserPool, user: User): Record<string, string> {
  const out: Record<string, string> = { ...user.attributes, 'cognito:user_status': user.status };
  for (const a of aliasAttributes(pool)) {
    if ((a === 'email' || a === 'phone_number') && user.attributes[a] && user.attributes[`${a}_verified`] === 'true') {
      out[`cognito:${a}_alias`] = user.attributes[a];
    }
  }
  return out;
}
