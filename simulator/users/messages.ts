/**
 * What the pool sends: verification codes, invitations and MFA codes go to
 * the outbox (the learner's inbox and phone) with the pool's templates, and
 * callers get Cognito's masked `CodeDeliveryDetails`.
 */
import type { OperationContext } from '../core/context';
import type { User, UserPool } from '../core/model';
import { DIGITS, randomString } from '../core/random';
import { CODES } from '../facts';
import { fail } from '../core/errors';

export interface CodeDeliveryDetails {
  Destination: string;
  DeliveryMedium: 'EMAIL' | 'SMS';
  AttributeName: string;
}

/** Default texts, as a new pool has them. */
export const DEFAULT_TEMPLATES = {
  verificationEmailSubject: 'Your verification code',
  verificationEmail: 'Your verification code is {####}. ',
  verificationSms: 'Your verification code is {####}. ',
  invitationEmailSubject: 'Your temporary password',
  invitationEmail: 'Your username is {username} and temporary password is {####}. ',
  invitationSms: 'Your username is {username} and temporary password is {####}. ',
  mfaSms: 'Your authentication code is {####}. ',
  mfaEmailSubject: 'Your sign-in code',
  mfaEmail: 'Your authentication code is {####}. ',
} as const;

/** A fresh numeric code. */
export const newCode = (ctx: OperationContext): string => randomString(ctx.random, DIGITS, CODES.verificationCodeDigits.value);

/** Masks a destination the way Cognito shows it (`j***@e***`, `+*******1234`). */
export function maskDestination(channel: 'EMAIL' | 'SMS', value: string): string {
  if (channel === 'EMAIL') {
    const [local, domain = ''] = value.split('@');
    return `${local.charAt(0)}***@${domain.charAt(0)}***`;
  }
  return `+${'*'.repeat(Math.max(0, value.length - 5))}${value.slice(-4)}`;
}

/** Where a verification code goes: the attribute being verified, or the pool's auto-verified attribute the user has. */
export function deliveryTarget(pool: UserPool, user: User, attribute?: string): { channel: 'EMAIL' | 'SMS'; attribute: string; destination: string } | undefined {
  const pick = (a: string) => {
    const v = user.pendingAttributes?.[a] ?? user.attributes[a];
    return v ? { channel: a === 'email' ? ('EMAIL' as const) : ('SMS' as const), attribute: a, destination: v } : undefined;
  };
  if (attribute) return pick(attribute);
  const auto = (pool.config.AutoVerifiedAttributes as string[] | undefined) ?? [];
  for (const a of auto) {
    const t = pick(a);
    if (t) return t;
  }
  return undefined;
}

function verificationTemplate(pool: UserPool, channel: 'EMAIL' | 'SMS'): { subject?: string; body: string } {
  const t = (pool.config.VerificationMessageTemplate ?? {}) as Record<string, string | undefined>;
  if (channel === 'SMS') return { body: t.SmsMessage ?? (pool.config.SmsVerificationMessage as string | undefined) ?? DEFAULT_TEMPLATES.verificationSms };
  return {
    subject: t.EmailSubject ?? (pool.config.EmailVerificationSubject as string | undefined) ?? DEFAULT_TEMPLATES.verificationEmailSubject,
    body: t.EmailMessage ?? (pool.config.EmailVerificationMessage as string | undefined) ?? DEFAULT_TEMPLATES.verificationEmail,
  };
}

export const fill = (template: string, values: { code?: string; username?: string }): string =>
  template.replaceAll('{####}', values.code ?? '').replaceAll('{username}', values.username ?? '');

/**
 * Sends a verification code to `target` and returns the delivery details.
 * `reason` is the trigger-style source name (SignUp, ResendCode, ForgotPassword, UpdateUserAttribute, VerifyUserAttribute).
 */
export function sendVerificationCode(
  ctx: OperationContext,
  pool: UserPool,
  user: User,
  target: { channel: 'EMAIL' | 'SMS'; attribute: string; destination: string },
  code: string,
  reason: string,
): CodeDeliveryDetails {
  const t = verificationTemplate(pool, target.channel);
  ctx.send({
    userPoolId: pool.id,
    username: user.username,
    channel: target.channel,
    destination: target.destination,
    subject: t.subject,
    body: fill(t.body, { code, username: user.username }),
    reason,
    code,
  });
  return { Destination: maskDestination(target.channel, target.destination), DeliveryMedium: target.channel, AttributeName: target.attribute };
}

/** Sends an MFA code by SMS or email (SMS_MFA, EMAIL_OTP). */
export function sendMfaCode(ctx: OperationContext, pool: UserPool, user: User, channel: 'EMAIL' | 'SMS', code: string): CodeDeliveryDetails {
  const attribute = channel === 'EMAIL' ? 'email' : 'phone_number';
  const destination = user.attributes[attribute];
  if (!destination) throw fail('InvalidParameterException', channel === 'EMAIL' ? 'User does not have an email address.' : 'User does not have a phone number.');
  const cfg = (channel === 'SMS' ? pool.config.SmsAuthenticationMessage : undefined) as string | undefined;
  const emailCfg = (pool.config.EmailMfaConfiguration ?? {}) as { Message?: string; Subject?: string };
  ctx.send({
    userPoolId: pool.id,
    username: user.username,
    channel,
    destination,
    subject: channel === 'EMAIL' ? (emailCfg.Subject ?? DEFAULT_TEMPLATES.mfaEmailSubject) : undefined,
    body: fill(channel === 'EMAIL' ? (emailCfg.Message ?? DEFAULT_TEMPLATES.mfaEmail) : (cfg ?? DEFAULT_TEMPLATES.mfaSms), { code, username: user.username }),
    reason: 'Authentication',
    code,
  });
  return { Destination: maskDestination(channel, destination), DeliveryMedium: channel, AttributeName: attribute };
}

/**
 * The invitation template of a pool for one channel
 * (AdminCreateUserConfig.InviteMessageTemplate, or the defaults).
 */
export function invitationTemplate(pool: UserPool, channel: 'EMAIL' | 'SMS'): { subject?: string; body: string } {
  const admin = (pool.config.AdminCreateUserConfig ?? {}) as { InviteMessageTemplate?: { SMSMessage?: string; EmailMessage?: string; EmailSubject?: string } };
  const t = admin.InviteMessageTemplate ?? {};
  if (channel === 'SMS') return { body: t.SMSMessage ?? DEFAULT_TEMPLATES.invitationSms };
  return { subject: t.EmailSubject ?? DEFAULT_TEMPLATES.invitationEmailSubject, body: t.EmailMessage ?? DEFAULT_TEMPLATES.invitationEmail };
}

/**
 * Sends the AdminCreateUser invitation (user name and temporary password) by
 * email or SMS to `destination`. The outbox message's `code` is the temporary
 * password.
 */
export function sendInvitation(
  ctx: OperationContext,
  pool: UserPool,
  user: User,
  channel: 'EMAIL' | 'SMS',
  destination: string,
  temporaryPassword: string,
): CodeDeliveryDetails {
  const t = invitationTemplate(pool, channel);
  ctx.send({
    userPoolId: pool.id,
    username: user.username,
    channel,
    destination,
    subject: t.subject,
    body: fill(t.body, { code: temporaryPassword, username: user.username }),
    reason: 'AdminCreateUser',
    code: temporaryPassword,
  });
  return { Destination: maskDestination(channel, destination), DeliveryMedium: channel, AttributeName: channel === 'EMAIL' ? 'email' : 'phone_number' };
}
