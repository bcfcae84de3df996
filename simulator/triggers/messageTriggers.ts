/**
 * Triggers that shape what the pool sends: the custom message trigger and the
 * custom email / SMS sender triggers (Developer Guide, "Custom message Lambda
 * trigger" and "Custom sender Lambda triggers").
 *
 * Operations keep sending their messages as before; {@link deliverWithTriggers}
 * wraps the send and then, for every message it put in the outbox:
 * - with a CustomEmailSender (email) or CustomSMSSender (SMS) trigger, the
 *   message is taken back out (Cognito does not send it) and the sender is
 *   invoked asynchronously with the code encrypted (senderCode.ts) as
 *   `request.code`, type `customEmailSenderRequestV1` / `customSMSSenderRequestV1`;
 * - otherwise, with a CustomMessage trigger, `CustomMessage_<source>` runs
 *   with `codeParameter` "{####}" (and `usernameParameter` "{username}" for
 *   AdminCreateUser); the message takes the returned smsMessage /
 *   emailMessage / emailSubject, with the placeholders replaced.
 *
 * A returned message must keep the placeholders ("Must include the
 * codeParameter value received in the request"; the admin-create-user message
 * needs the username too). A message without them is not used and the pool's
 * own text goes out instead (UNCONFIRMED: observed behaviour reported in
 * StackOverflow 56865198, where an AdminCreateUser message without both
 * placeholders was replaced by the pool's template while the subject was
 * kept). The DG-2023 page also says returning emailMessage/emailSubject when
 * the pool's EmailSendingAccount is not DEVELOPER gives
 * InvalidLambdaResponseException; the sandbox does not enforce that (it does
 * not restrict email templates of COGNITO_DEFAULT pools either).
 */
import type { OperationContext } from '../core/context';
import type { OutboxMessage, User, UserPool } from '../core/model';
import { baseEvent, eventUserAttributes, withClientMetadata, type TriggerCaller } from './events';
import { kmsKeyOf, responseOf, responseString, runTrigger, startAsyncTrigger, triggerArn } from './invoke';
import { encryptSenderCode } from './senderCode';

/** Placeholders Cognito puts in the custom message event and replaces in the answer. */
export const CODE_PARAMETER = '{####}';
export const USERNAME_PARAMETER = '{username}';
/** `request.linkParameter` (the CONFIRM_WITH_LINK placeholder), as real events carry it. */
export const LINK_PARAMETER = '{##Click Here##}';

/**
 * Runs `send` (which puts messages in the outbox) and then the pool's message
 * triggers for each message it sent to `user`. Returns what `send` returned.
 * Throws the custom message trigger's failure, which fails the operation.
 */
export async function deliverWithTriggers<T>(ctx: OperationContext, pool: UserPool, user: User, caller: TriggerCaller, send: () => T): Promise<T> {
  const before = ctx.state.outbox.length;
  const result = send();
  const sent = ctx.state.outbox.slice(before) as OutboxMessage[];
  for (const message of sent) await applyMessageTriggers(ctx, pool, user, caller, message);
  return result;
}

/** Applies the custom sender or custom message trigger to one message already in the outbox. */
export async function applyMessageTriggers(ctx: OperationContext, pool: UserPool, user: User, caller: TriggerCaller, message: OutboxMessage): Promise<void> {
  const source = message.reason;
  const sender = message.channel === 'EMAIL' ? 'CustomEmailSender' : 'CustomSMSSender';
  if (triggerArn(pool, sender)) {
    const at = ctx.state.outbox.findIndex((m) => m.id === message.id);
    if (at >= 0) ctx.state.outbox.splice(at, 1);
    const code = await encryptSenderCode(kmsKeyOf(pool), message.code ?? '', ctx.random);
    const request = withClientMetadata(
      { type: message.channel === 'EMAIL' ? 'customEmailSenderRequestV1' : 'customSMSSenderRequestV1', code, userAttributes: eventUserAttributes(pool, user) },
      caller,
    );
    startAsyncTrigger(ctx, pool, sender, baseEvent(ctx, pool, `${sender}_${source}`, user.username, caller, request));
    return;
  }
  if (!triggerArn(pool, 'CustomMessage')) return;
  const admin = source === 'AdminCreateUser';
  const request = withClientMetadata(
    {
      userAttributes: eventUserAttributes(pool, user),
      codeParameter: CODE_PARAMETER,
      linkParameter: LINK_PARAMETER,
      usernameParameter: admin ? USERNAME_PARAMETER : null,
    },
    caller,
  );
  const event = baseEvent(ctx, pool, `CustomMessage_${source}`, user.username, caller, request, { smsMessage: null, emailMessage: null, emailSubject: null });
  const result = await runTrigger(ctx, pool, 'CustomMessage', event);
  if (!result) return;
  const response = responseOf(result);
  const sms = responseString(response, 'smsMessage');
  const email = responseString(response, 'emailMessage');
  const subject = responseString(response, 'emailSubject');
  const required = admin ? [CODE_PARAMETER, USERNAME_PARAMETER] : [CODE_PARAMETER];
  const usable = (text: string | undefined): text is string => text !== undefined && text !== '' && required.every((p) => text.includes(p));
  const fillIn = (text: string) => {
    const withCode = text.replaceAll(CODE_PARAMETER, message.code ?? '');
    return admin ? withCode.replaceAll(USERNAME_PARAMETER, user.username) : withCode;
  };
  if (message.channel === 'SMS') {
    if (usable(sms)) message.body = fillIn(sms);
    return;
  }
  if (usable(email)) message.body = fillIn(email);
  if (subject) message.subject = subject;
}
