/**
 * A signed-in user reading and changing their own attributes (GetUser,
 * UpdateUserAttributes, GetUserAttributeVerificationCode, VerifyUserAttribute),
 * limited by the app client's ReadAttributes and WriteAttributes.
 */
import type { OperationContext } from '../core/context';
import type { User, UserPool, UserPoolClient } from '../core/model';
import { fail, MESSAGES } from '../core/errors';
import { aliasAttributes } from '../core/lookup';
import { attributeList, checkAttributes, schemaAttribute, type AttributeInput } from './attributes';
import { sendVerificationCode, type CodeDeliveryDetails } from './messages';
import { CODE_LIFETIME_MS, issueCode } from './codes';
import { autoVerified } from './signUp';
import { usernameAttributeHolder } from './aliases';
import { SELF_SERVICE_MESSAGES } from './selfServiceMessages';

export type VerifiableAttribute = 'email' | 'phone_number';
const VERIFIABLE: readonly string[] = ['email', 'phone_number'];
const VERIFIED_FLAGS: readonly string[] = ['email_verified', 'phone_number_verified'];

/**
 * The user's attributes as the client may read them: developer-only (`dev:`)
 * attributes never, and only the client's ReadAttributes when it lists any
 * (`sub` is always readable).
 */
export function readableAttributes(user: User, client: UserPoolClient | undefined): Array<{ Name: string; Value: string }> {
  const readable = client?.config.ReadAttributes as string[] | undefined;
  return attributeList(user).filter(({ Name }) => !Name.startsWith('dev:') && (Name === 'sub' || !readable || readable.length === 0 || readable.includes(Name)));
}

/** The value an attribute verification would confirm: a pending new value first, else the current one. */
export const valueToVerify = (user: User, attribute: string): string | undefined => user.pendingAttributes?.[attribute] ?? user.attributes[attribute];

/** Throws InvalidParameterException unless `name` is email or phone_number. */
export function requireVerifiable(name: string): VerifiableAttribute {
  if (!VERIFIABLE.includes(name)) throw fail('InvalidParameterException', MESSAGES.onlyEmailOrPhoneVerifiable);
  return name as VerifiableAttribute;
}

/** The pool keeps the old value until the new one is verified (UserAttributeUpdateSettings). */
function keepsOriginal(pool: UserPool, attribute: string): boolean {
  const s = pool.config.UserAttributeUpdateSettings as { AttributesRequireVerificationBeforeUpdate?: string[] } | undefined;
  return (s?.AttributesRequireVerificationBeforeUpdate ?? []).includes(attribute);
}

/**
 * Issues and sends a verification code for `attribute` = `value` (recorded in
 * `user.codes.attributeVerification`), replacing any earlier code for it.
 */
export function sendAttributeCode(ctx: OperationContext, pool: UserPool, user: User, attribute: VerifiableAttribute, value: string, reason: string): CodeDeliveryDetails {
  const pending = issueCode(ctx, CODE_LIFETIME_MS.attributeVerification, value);
  user.codes.attributeVerification = { ...(user.codes.attributeVerification ?? {}), [attribute]: pending };
  // Lambda seam: CustomMessage_<reason> and the custom sender triggers would shape this message.
  return sendVerificationCode(ctx, pool, user, { channel: attribute === 'email' ? 'EMAIL' : 'SMS', attribute, destination: value }, pending.code, reason);
}

/**
 * Applies a user's own attribute changes (UpdateUserAttributes). Verification
 * flags and attributes outside the client's WriteAttributes are refused; a
 * changed email or phone number becomes unverified (or, when the pool keeps
 * originals until verification, waits in `pendingAttributes`) and gets a code
 * when the pool auto-verifies it. Returns the deliveries, in request order.
 */
export function applyOwnAttributeUpdate(ctx: OperationContext, pool: UserPool, client: UserPoolClient, user: User, input: AttributeInput[]): CodeDeliveryDetails[] {
  for (const { Name } of input) if (VERIFIED_FLAGS.includes(Name)) throw fail('NotAuthorizedException', MESSAGES.unauthorizedAttributeWrite);
  const changes = checkAttributes(pool, input, { creating: false, writable: client.config.WriteAttributes as string[] | undefined, existing: user });
  for (const [name, value] of Object.entries(changes)) {
    if (value === '' && schemaAttribute(pool, name)?.Required) throw fail('InvalidParameterException', SELF_SERVICE_MESSAGES.requiredAttributeDeleted(name));
    if (VERIFIABLE.includes(name) && value !== '' && usernameAttributeHolder(pool, name, value, user.username)) {
      throw fail('AliasExistsException', MESSAGES.aliasExists(name));
    }
    // A preferred_username alias needs no verification, so it must be free at once.
    if (name === 'preferred_username' && value !== '' && aliasAttributes(pool).includes(name)) {
      const taken = Object.values(pool.users).some((u) => u.username !== user.username && u.attributes.preferred_username?.toLowerCase() === value.toLowerCase());
      if (taken) throw fail('AliasExistsException', MESSAGES.aliasExists(name));
    }
  }
  const deliveries: CodeDeliveryDetails[] = [];
  const now = ctx.now();
  for (const [name, value] of Object.entries(changes)) {
    if (!VERIFIABLE.includes(name)) {
      if (value === '') delete user.attributes[name];
      else user.attributes[name] = value;
      continue;
    }
    const attribute = name as VerifiableAttribute;
    const current = user.attributes[attribute];
    if (value === current) {
      // The same value again: nothing to verify; a pending replacement is dropped.
      if (user.pendingAttributes) delete user.pendingAttributes[attribute];
      continue;
    }
    if (user.codes.attributeVerification) delete user.codes.attributeVerification[attribute];
    if (value === '') {
      delete user.attributes[attribute];
      delete user.attributes[`${attribute}_verified`];
      if (user.pendingAttributes) delete user.pendingAttributes[attribute];
      continue;
    }
    const auto = autoVerified(pool).includes(attribute);
    if (auto && current !== undefined && keepsOriginal(pool, attribute)) {
      user.pendingAttributes = { ...(user.pendingAttributes ?? {}), [attribute]: value };
    } else {
      user.attributes[attribute] = value;
      user.attributes[`${attribute}_verified`] = 'false';
      if (user.pendingAttributes) delete user.pendingAttributes[attribute];
    }
    if (auto) deliveries.push(sendAttributeCode(ctx, pool, user, attribute, value, 'UpdateUserAttribute'));
  }
  if (user.pendingAttributes && Object.keys(user.pendingAttributes).length === 0) delete user.pendingAttributes;
  user.updatedAt = now;
  return deliveries;
}
