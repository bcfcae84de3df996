/**
 * Pre sign-up and post confirmation triggers (Developer Guide, "Pre sign-up
 * Lambda trigger" and "Post confirmation Lambda trigger").
 *
 * - PreSignUp_SignUp runs before SignUp stores anything (before the
 *   duplicate-name check, which is why a throwing trigger answers before
 *   UsernameExistsException would). Its response may auto-confirm the user and
 *   auto-verify the email address and phone number; auto-verifying a value
 *   the user does not have fails the sign-up. A verified alias moves to the new
 *   user and the previous holder's value becomes unverified.
 * - PreSignUp_AdminCreateUser may reject an administrator's AdminCreateUser;
 *   "autoVerifyPhone, autoVerifyEmail and autoConfirmUser are ignored" there.
 * - PostConfirmation_ConfirmSignUp runs after ConfirmSignUp, AdminConfirmSignUp
 *   and a SignUp the pre sign-up trigger auto-confirmed (the guide lists SignUp
 *   among the operations that pass ClientMetadata to it);
 *   PostConfirmation_ConfirmForgotPassword after ConfirmForgotPassword. A
 *   failure fails the operation, and nothing it changed is kept.
 */
import type { OperationContext } from '../core/context';
import type { User, UserPool } from '../core/model';
import { releaseAlias, verifiedAliasHolder } from '../users/aliases';
import { attributeMap, baseEvent, eventUserAttributes, withClientMetadata, type TriggerCaller } from './events';
import { responseBoolean, responseOf, runTrigger, triggerFailure } from './invoke';
import { TRIGGER_MESSAGES } from './messages';

/** What the pre sign-up trigger decided. All false when the pool has none. */
export interface PreSignUpDecision {
  autoConfirmUser: boolean;
  autoVerifyEmail: boolean;
  autoVerifyPhone: boolean;
}

const NOTHING: PreSignUpDecision = { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false };

/**
 * Runs the pre sign-up trigger for a user about to be created. `attributes`
 * are the attributes the new user will have (no `sub` yet). Throws the
 * trigger's failure (e.g. UserLambdaValidationException when it rejects).
 */
export async function preSignUp(
  ctx: OperationContext,
  pool: UserPool,
  source: 'PreSignUp_SignUp' | 'PreSignUp_AdminCreateUser',
  userName: string,
  attributes: Record<string, string>,
  validationData: ReadonlyArray<{ Name: string; Value?: string }> | undefined,
  caller: TriggerCaller,
): Promise<PreSignUpDecision> {
  const request = withClientMetadata({ userAttributes: { ...attributes }, validationData: attributeMap(validationData) }, caller);
  const event = baseEvent(ctx, pool, source, userName, caller, request, { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false });
  const result = await runTrigger(ctx, pool, 'PreSignUp', event);
  if (!result) return NOTHING;
  const response = responseOf(result);
  const decision: PreSignUpDecision = {
    autoConfirmUser: responseBoolean(response, 'autoConfirmUser') ?? false,
    autoVerifyEmail: responseBoolean(response, 'autoVerifyEmail') ?? false,
    autoVerifyPhone: responseBoolean(response, 'autoVerifyPhone') ?? false,
  };
  if (source === 'PreSignUp_AdminCreateUser') return NOTHING;
  if (decision.autoVerifyEmail && !attributes.email) throw triggerFailure(TRIGGER_MESSAGES.autoVerifyWithoutValue('email'));
  if (decision.autoVerifyPhone && !attributes.phone_number) throw triggerFailure(TRIGGER_MESSAGES.autoVerifyWithoutValue('phone_number'));
  return decision;
}

/**
 * Marks the email address / phone number the trigger auto-verified as
 * verified on the new user, moving a verified alias away from its previous
 * holder.
 */
export function applyAutoVerification(pool: UserPool, user: User, decision: PreSignUpDecision, now: number): void {
  const verify: Array<'email' | 'phone_number'> = [];
  if (decision.autoVerifyEmail) verify.push('email');
  if (decision.autoVerifyPhone) verify.push('phone_number');
  for (const attribute of verify) {
    const value = user.attributes[attribute];
    if (!value) continue;
    const holder = verifiedAliasHolder(pool, attribute, value, user.username);
    if (holder) releaseAlias(holder, attribute, now);
    user.attributes[`${attribute}_verified`] = 'true';
  }
}

/** Runs the post confirmation trigger for a user who was just confirmed (or reset their password). */
export async function postConfirmation(
  ctx: OperationContext,
  pool: UserPool,
  user: User,
  source: 'PostConfirmation_ConfirmSignUp' | 'PostConfirmation_ConfirmForgotPassword',
  caller: TriggerCaller,
): Promise<void> {
  const request = withClientMetadata({ userAttributes: eventUserAttributes(pool, user) }, caller);
  await runTrigger(ctx, pool, 'PostConfirmation', baseEvent(ctx, pool, source, user.username, caller, request, {}));
}
