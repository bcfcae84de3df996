/**
 * SignUp: a user registers through an app client. The account starts
 * UNCONFIRMED; when the pool auto-verifies email or phone, a confirmation code
 * goes out and the response says where (masked).
 */
import { defineOperation } from '../../core/context';
import {
  AnalyticsMetadata,
  AttributeList,
  ClientId,
  ClientMetadata,
  Password,
  SecretHash,
  UserContextData,
  Username,
  opt,
  struct,
} from '../../core/validate';
import { fail, MESSAGES } from '../../core/errors';
import { poolOfClient } from '../../core/lookup';
import { enforcePasswordPolicy, makePasswordRecord } from '../../crypto/password';
import { checkAttributes } from '../../users/attributes';
import { sendVerificationCode, type CodeDeliveryDetails } from '../../users/messages';
import { newUser, storeUser } from '../../users/newUser';
import { checkSecretHash } from '../../users/publicClient';
import { CODE_LIFETIME_MS, issueCode } from '../../users/codes';
import { signUpCodeTarget, signUpIdentity } from '../../users/signUp';
import { applyAutoVerification, postConfirmation, preSignUp } from '../../triggers/signUpTriggers';
import { deliverWithTriggers } from '../../triggers/messageTriggers';

const VERIFIED_FLAGS = ['email_verified', 'phone_number_verified'];

export const SignUp = defineOperation(
  'SignUp',
  struct({
    ClientId,
    SecretHash: opt(SecretHash),
    Username,
    Password,
    UserAttributes: opt(AttributeList),
    ValidationData: opt(AttributeList),
    AnalyticsMetadata,
    UserContextData,
    ClientMetadata,
  }),
  async (ctx, input) => {
    const { pool, client } = poolOfClient(ctx, input.ClientId);
    await checkSecretHash(client, [input.Username], input.SecretHash);
    const adminOnly = (pool.config.AdminCreateUserConfig as { AllowAdminCreateUserOnly?: boolean } | undefined)?.AllowAdminCreateUserOnly;
    if (adminOnly) throw fail('NotAuthorizedException', MESSAGES.signUpNotPermitted);

    const identity = signUpIdentity(ctx, pool, input.Username);
    const given = input.UserAttributes ?? [];
    // Users never write their own verification flags; other attributes need the client's write permission.
    if (given.some((a) => VERIFIED_FLAGS.includes(a.Name))) throw fail('NotAuthorizedException', MESSAGES.unauthorizedAttributeWrite);
    checkAttributes(pool, given, { creating: false, writable: client.config.WriteAttributes as string[] | undefined });
    const withUsername = identity.usernameAttribute
      ? [...given.filter((a) => a.Name !== identity.usernameAttribute?.name), { Name: identity.usernameAttribute.name, Value: identity.usernameAttribute.value }]
      : given;
    const attributes = checkAttributes(pool, withUsername, { creating: true, admin: true });
    enforcePasswordPolicy(pool, input.Password);

    // The PreSignUp_SignUp trigger may reject the sign-up, auto-confirm and
    // auto-verify. Nothing is stored before it answers.
    const caller = { clientId: input.ClientId, clientMetadata: input.ClientMetadata };
    const pre = await preSignUp(ctx, pool, 'PreSignUp_SignUp', identity.username, attributes, input.ValidationData, caller);

    const user = newUser(ctx, pool, identity.username, identity.sub ? { ...attributes, sub: identity.sub } : attributes, pre.autoConfirmUser ? 'SIGN_UP_AUTO_CONFIRMED' : 'SIGN_UP');
    applyAutoVerification(pool, user, pre, ctx.now());
    user.password = await makePasswordRecord(ctx, pool.id, user.username, input.Password);

    let CodeDeliveryDetails: CodeDeliveryDetails | undefined;
    const target = user.status === 'UNCONFIRMED' ? signUpCodeTarget(pool, user) : undefined;
    if (target) {
      const pending = issueCode(ctx, CODE_LIFETIME_MS.signUp, target.destination);
      user.codes.signUp = pending;
      // CustomMessage_SignUp or the custom sender triggers shape (or take over) the message.
      CodeDeliveryDetails = await deliverWithTriggers(ctx, pool, user, caller, () => sendVerificationCode(ctx, pool, user, target, pending.code, 'SignUp'));
    }
    storeUser(pool, user);
    if (user.status === 'CONFIRMED') await postConfirmation(ctx, pool, user, 'PostConfirmation_ConfirmSignUp', caller);

    const out: { UserConfirmed: boolean; UserSub: string; CodeDeliveryDetails?: CodeDeliveryDetails } = {
      UserConfirmed: user.status === 'CONFIRMED',
      UserSub: user.attributes.sub,
    };
    if (CodeDeliveryDetails) out.CodeDeliveryDetails = CodeDeliveryDetails;
    return out;
  },
);
