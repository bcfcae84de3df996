/**
 * Attribute changes made by an administrator (AdminUpdateUserAttributes,
 * AdminDeleteUserAttributes). Rules (API reference, AdminUpdateUserAttributes):
 * - an empty value deletes the attribute; required attributes cannot go;
 * - a new email or phone number becomes unverified, unless the same request
 *   sets `email_verified` / `phone_number_verified` to true, which also skips
 *   the verification message;
 * - when the pool auto-verifies the attribute, the user gets a code for the new
 *   value; when the pool keeps the original value until verification
 *   (UserAttributeUpdateSettings), the new value waits in `pendingAttributes`;
 * - sign-in aliases stay unique (AliasExistsException).
 */
import type { OperationContext } from '../core/context';
import { fail } from '../core/errors';
import type { User, UserPool } from '../core/model';
import { checkAttributes, schemaAttribute, type AttributeInput } from '../users/attributes';
import { autoVerified } from '../users/signUp';
import { sendAttributeCode, type VerifiableAttribute } from '../users/selfAttributes';
import { SELF_SERVICE_MESSAGES } from '../users/selfServiceMessages';
import { claimAlias } from './aliases';

const VERIFIABLE: readonly VerifiableAttribute[] = ['email', 'phone_number'];
const isVerifiable = (name: string): name is VerifiableAttribute => (VERIFIABLE as readonly string[]).includes(name);

/** Whether the pool keeps the original value until the new one is verified. */
function keepsOriginal(pool: UserPool, attribute: string): boolean {
  const s = pool.config.UserAttributeUpdateSettings as { AttributesRequireVerificationBeforeUpdate?: string[] } | undefined;
  return (s?.AttributesRequireVerificationBeforeUpdate ?? []).includes(attribute);
}

/** Removes an email or phone number with everything hanging on it (flag, pending value, code). */
function dropVerifiable(user: User, attribute: VerifiableAttribute): void {
  delete user.attributes[attribute];
  delete user.attributes[`${attribute}_verified`];
  if (user.pendingAttributes) delete user.pendingAttributes[attribute];
  if (user.codes.attributeVerification) delete user.codes.attributeVerification[attribute];
}

/** Throws when a required attribute would be removed. */
export function refuseRequiredDeletion(pool: UserPool, name: string): void {
  if (schemaAttribute(pool, name)?.Required) throw fail('InvalidParameterException', SELF_SERVICE_MESSAGES.requiredAttributeDeleted(name));
}

/**
 * Applies AdminUpdateUserAttributes' `UserAttributes` to `user`. Everything is
 * checked before anything changes.
 */
export function applyAdminAttributeUpdate(ctx: OperationContext, pool: UserPool, user: User, input: AttributeInput[]): void {
  const changes = checkAttributes(pool, input, { creating: false, existing: user, admin: true });
  const now = ctx.now();
  for (const [name, value] of Object.entries(changes)) if (value === '') refuseRequiredDeletion(pool, name);

  // Aliases first: the value each verifiable attribute will have, and whether verified.
  for (const attribute of VERIFIABLE) {
    const flag = changes[`${attribute}_verified`];
    const value = changes[attribute] ?? user.attributes[attribute];
    if (value === undefined || value === '') continue;
    const changed = changes[attribute] !== undefined && changes[attribute] !== user.attributes[attribute];
    const verified = flag === 'true' || (flag === undefined && !changed && user.attributes[`${attribute}_verified`] === 'true');
    if (changed || flag === 'true') claimAlias(pool, user, attribute, value, verified, { now });
  }
  if (changes.preferred_username) claimAlias(pool, user, 'preferred_username', changes.preferred_username, true, { now });

  for (const [name, value] of Object.entries(changes)) {
    if (isVerifiable(name) || name === 'email_verified' || name === 'phone_number_verified') continue;
    if (value === '') delete user.attributes[name];
    else user.attributes[name] = value;
  }

  for (const attribute of VERIFIABLE) {
    const flag = changes[`${attribute}_verified`];
    const value = changes[attribute];
    const current = user.attributes[attribute];
    if (value === '') {
      dropVerifiable(user, attribute);
      continue;
    }
    if (value !== undefined && value !== current) {
      if (user.codes.attributeVerification) delete user.codes.attributeVerification[attribute];
      if (user.pendingAttributes) delete user.pendingAttributes[attribute];
      const auto = autoVerified(pool).includes(attribute);
      if (flag === 'true') {
        user.attributes[attribute] = value;
        user.attributes[`${attribute}_verified`] = 'true';
      } else if (auto && current !== undefined && keepsOriginal(pool, attribute)) {
        // The original stays (and stays verified) until the user confirms the new value.
        user.pendingAttributes = { ...(user.pendingAttributes ?? {}), [attribute]: value };
        sendAttributeCode(ctx, pool, user, attribute, value, 'UpdateUserAttribute');
      } else {
        user.attributes[attribute] = value;
        user.attributes[`${attribute}_verified`] = flag ?? 'false';
        if (auto) sendAttributeCode(ctx, pool, user, attribute, value, 'UpdateUserAttribute');
      }
      continue;
    }
    if (value !== undefined && user.pendingAttributes) delete user.pendingAttributes[attribute];
    if (flag !== undefined) {
      if (flag === '') delete user.attributes[`${attribute}_verified`];
      else user.attributes[`${attribute}_verified`] = flag;
    }
  }
  if (user.pendingAttributes && Object.keys(user.pendingAttributes).length === 0) delete user.pendingAttributes;
  user.updatedAt = now;
}

/**
 * AdminDeleteUserAttributes: removes the named attributes. Unknown names,
 * `sub`, immutable and required attributes are refused (nothing changes).
 */
export function deleteAdminAttributes(ctx: OperationContext, pool: UserPool, user: User, names: string[]): void {
  // checkAttributes gives the schema errors (unknown, sub, immutable) with Cognito's wording.
  checkAttributes(
    pool,
    names.map((Name) => ({ Name, Value: '' })),
    { creating: false, existing: user, admin: true },
  );
  for (const name of names) refuseRequiredDeletion(pool, name);
  for (const name of names) {
    if (isVerifiable(name)) dropVerifiable(user, name);
    else delete user.attributes[name];
  }
  user.updatedAt = ctx.now();
}
