/**
 * AdminGetUser: a user's attributes, status, dates and MFA settings, looked
 * up by username, sub or sign-in alias.
 */
import { defineOperation } from '../../core/context';
import { struct, UserPoolId, Username } from '../../core/validate';
import { getPool, requireUser } from '../../core/lookup';
import { adminGetUserOutput } from '../../admin/userView';

export const AdminGetUser = defineOperation(
  'AdminGetUser',
  struct({ UserPoolId, Username }),
  async (ctx, input) => adminGetUserOutput(requireUser(getPool(ctx, input.UserPoolId), input.Username)),
  { readOnly: true },
);
