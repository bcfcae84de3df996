/**
 * User pool groups: lookup with Cognito's error, `GroupType` as the API
 * returns it, and memberships (kept on the user as `user.groups`, which the
 * token issuer reads for `cognito:groups`, `cognito:roles` and
 * `cognito:preferred_role`).
 */
import { fail, MESSAGES } from '../core/errors';
import type { Group, User, UserPool } from '../core/model';
import { QUOTAS } from '../facts';
import { ADMIN_MESSAGES } from './messages';
import { wireTime } from './userView';

export interface GroupTypeOut {
  GroupName: string;
  UserPoolId: string;
  Description?: string;
  RoleArn?: string;
  Precedence?: number;
  LastModifiedDate: number;
  CreationDate: number;
}

/** The group named `name` (names are case-sensitive), or ResourceNotFoundException "Group not found.". */
export function requireGroup(pool: UserPool, name: string): Group {
  const group = Object.hasOwn(pool.groups, name) ? pool.groups[name] : undefined;
  if (!group) throw fail('ResourceNotFoundException', MESSAGES.groupNotFound);
  return group;
}

/** A group as `GroupType`; settings never given are left out. */
export function groupType(pool: UserPool, group: Group): GroupTypeOut {
  const out: GroupTypeOut = { GroupName: group.GroupName, UserPoolId: pool.id, LastModifiedDate: wireTime(group.updatedAt), CreationDate: wireTime(group.createdAt) };
  if (group.Description !== undefined) out.Description = group.Description;
  if (group.RoleArn !== undefined) out.RoleArn = group.RoleArn;
  if (group.Precedence !== undefined) out.Precedence = group.Precedence;
  return out;
}

/** The users who belong to `groupName`. */
export const membersOf = (pool: UserPool, groupName: string): User[] => Object.values(pool.users).filter((u) => u.groups.includes(groupName));

/**
 * Adds `user` to `group` (nothing happens when already a member). A user
 * belongs to at most QUOTAS.groupsPerUser groups.
 */
export function addMembership(user: User, group: Group): boolean {
  if (user.groups.includes(group.GroupName)) return false;
  const max = QUOTAS.groupsPerUser.value;
  if (user.groups.length >= max) throw fail('LimitExceededException', ADMIN_MESSAGES.tooManyGroupsForUser(max));
  user.groups.push(group.GroupName);
  return true;
}

/** Removes `user` from `groupName`. Returns whether the user was a member. */
export function removeMembership(user: User, groupName: string): boolean {
  const at = user.groups.indexOf(groupName);
  if (at < 0) return false;
  user.groups.splice(at, 1);
  return true;
}
