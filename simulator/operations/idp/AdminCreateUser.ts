/**
 * AdminCreateUser: an administrator creates a user with a temporary password
 * (given or generated). The user starts in FORCE_CHANGE_PASSWORD and must
 * choose a password at first sign-in, before the temporary one expires
 * (TemporaryPasswordValidityDays). An invitation with the user name and the
 * temporary password goes out by SMS and/or email unless MessageAction is
 * SUPPRESS. MessageAction RESEND gives an existing FORCE_CHANGE_PASSWORD user a
 * new temporary password and a new invitation.
 */
import { defineOperation, type OperationContext } from '../../core/context';
import { AttributeList, ClientMetadata, opt, Password, struct, UserPoolId, Username } from '../../core/validate';
import { fail, MESSAGES } from '../../core/errors';
import { findUser, getPool, usernameKey } from '../../core/lookup';
import type { UserPool } from '../../core/model';
import { checkAttributes, type AttributeInput } from '../../users/attributes';
import { moveUser, newUser, storeUser } from '../../users/newUser';
import { signUpIdentity } from '../../users/signUp';
import { claimAlias } from '../../admin/aliases';
import { invitationTargets, sendInvitations, type DeliveryMedium } from '../../admin/invitation';
import { ADMIN_MESSAGES } from '../../admin/messages';
import { enforcePolicyWith, setUserPassword } from '../../admin/passwords';
import { DeliveryMediums, Flag, MessageAction } from '../../admin/shapes';
import { generateTemporaryPassword } from '../../admin/temporaryPassword';
import { userType } from '../../admin/userView';
import { preSignUp } from '../../triggers/signUpTriggers';
import { deliverWithTriggers } from '../../triggers/messageTriggers';

const input = struct({
  UserPoolId,
  Username,
  UserAttributes: opt(AttributeList),
  ValidationData: opt(AttributeList),
  TemporaryPassword: opt(Password),
  ForceAliasCreation: Flag,
  MessageAction,
  DesiredDeliveryMediums: DeliveryMediums,
  ClientMetadata,
});

/** The temporary password to use: the one given (checked against the policy) or a generated one. */
function temporaryPassword(ctx: OperationContext, pool: UserPool, given: string | undefined): string {
  if (given === undefined || given === '') return generateTemporaryPassword(ctx, pool);
  enforcePolicyWith(pool, given, ADMIN_MESSAGES.createUserPolicyPrefix);
  return given;
}

export const AdminCreateUser = defineOperation('AdminCreateUser', input, async (ctx, req) => {
  const pool = getPool(ctx, req.UserPoolId);
  const mediums = req.DesiredDeliveryMediums as DeliveryMedium[] | undefined;

  if (req.MessageAction === 'RESEND') {
    const user = findUser(pool, req.Username);
    if (!user) throw fail('UserNotFoundException', MESSAGES.userDoesNotExist);
    if (user.status !== 'FORCE_CHANGE_PASSWORD') throw fail('UnsupportedUserStateException', ADMIN_MESSAGES.resendNotPossible(user.username));
    const password = temporaryPassword(ctx, pool, req.TemporaryPassword);
    const targets = invitationTargets(user, mediums);
    moveUser(user, 'TEMPORARY_PASSWORD_RESENT', () => fail('UnsupportedUserStateException', ADMIN_MESSAGES.resendNotPossible(user.username)));
    await setUserPassword(ctx, pool, user, password, true);
    user.updatedAt = ctx.now();
    await deliverWithTriggers(ctx, pool, user, { clientMetadata: req.ClientMetadata }, () => sendInvitations(ctx, pool, user, targets, password));
    return { User: userType(user) };
  }

  // The typed Username: an email/phone in UsernameAttributes pools (the stored
  // username is then a UUID), never alias-shaped in AliasAttributes pools.
  const identity = signUpIdentity(ctx, pool, req.Username);
  if (pool.users[usernameKey(pool, identity.username)]) throw fail('UsernameExistsException', ADMIN_MESSAGES.userAccountExists);

  const given: AttributeInput[] = [...(req.UserAttributes ?? [])];
  if (identity.usernameAttribute) {
    const { name, value } = identity.usernameAttribute;
    const at = given.findIndex((a) => a.Name === name);
    if (at >= 0) given[at] = { Name: name, Value: value };
    else given.push({ Name: name, Value: value });
  }
  const attributes = checkAttributes(pool, given, { creating: true, admin: true });
  for (const [name, value] of Object.entries(attributes)) if (value === '') delete attributes[name];

  const password = temporaryPassword(ctx, pool, req.TemporaryPassword);
  // PreSignUp_AdminCreateUser may reject the user; its auto-confirm and auto-verify answers are ignored.
  await preSignUp(ctx, pool, 'PreSignUp_AdminCreateUser', identity.username, attributes, req.ValidationData, { clientMetadata: req.ClientMetadata });
  const user = newUser(ctx, pool, identity.username, attributes, 'ADMIN_CREATE');
  if (identity.sub) user.attributes.sub = identity.sub;

  const now = ctx.now();
  for (const attribute of ['email', 'phone_number'] as const) {
    const value = user.attributes[attribute];
    if (value) claimAlias(pool, user, attribute, value, user.attributes[`${attribute}_verified`] === 'true', { force: req.ForceAliasCreation === true, now });
  }
  if (user.attributes.preferred_username) claimAlias(pool, user, 'preferred_username', user.attributes.preferred_username, true, { now });

  const targets = req.MessageAction === 'SUPPRESS' ? [] : invitationTargets(user, mediums);
  await setUserPassword(ctx, pool, user, password, true);
  storeUser(pool, user);
  // CustomMessage_AdminCreateUser or the custom sender triggers shape (or take over) the invitation.
  await deliverWithTriggers(ctx, pool, user, { clientMetadata: req.ClientMetadata }, () => sendInvitations(ctx, pool, user, targets, password));
  return { User: userType(user) };
});
