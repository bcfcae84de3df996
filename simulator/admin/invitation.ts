/**
 * Where AdminCreateUser sends its invitation (DesiredDeliveryMediums).
 *
 * - Listed mediums are all used; EMAIL for a user without an email address
 *   fails with AWS's "No email provided but desired delivery medium was Email"
 *   (SMS without a phone number fails the same way; that wording is unconfirmed).
 * - Left out, the API's default is SMS. The sandbox sends by SMS when the user
 *   has a phone number and otherwise by email, and sends nothing when the user
 *   has neither (unconfirmed: what AWS does without a phone number).
 */
import type { OperationContext } from '../core/context';
import { fail } from '../core/errors';
import type { User, UserPool } from '../core/model';
import { sendInvitation } from '../users/messages';
import { ADMIN_MESSAGES } from './messages';

export type DeliveryMedium = 'SMS' | 'EMAIL';

interface Invite {
  channel: DeliveryMedium;
  destination: string;
}

/** The invitations to send, or AWS's error when a listed medium cannot be used. */
export function invitationTargets(user: User, desired: readonly DeliveryMedium[] | undefined): Invite[] {
  const email = user.attributes.email;
  const phone = user.attributes.phone_number;
  if (desired === undefined) {
    if (phone) return [{ channel: 'SMS', destination: phone }];
    if (email) return [{ channel: 'EMAIL', destination: email }];
    return [];
  }
  const out: Invite[] = [];
  for (const medium of new Set(desired)) {
    if (medium === 'EMAIL') {
      if (!email) throw fail('InvalidParameterException', ADMIN_MESSAGES.noEmailForDelivery);
      out.push({ channel: 'EMAIL', destination: email });
    } else {
      if (!phone) throw fail('InvalidParameterException', ADMIN_MESSAGES.noPhoneForDelivery);
      out.push({ channel: 'SMS', destination: phone });
    }
  }
  return out;
}

/** Sends the invitation with the temporary password to each target. */
export function sendInvitations(ctx: OperationContext, pool: UserPool, user: User, targets: Invite[], temporaryPassword: string): void {
  // Lambda seam: CustomMessage_AdminCreateUser / CustomEmailSender / CustomSMSSender would shape these.
  for (const t of targets) sendInvitation(ctx, pool, user, t.channel, t.destination, temporaryPassword);
}
