/**
 * IAM roles of the simulated account, as plain JSON kept in
 * `SimState.iamRoles` (by role ARN): the trust policy and the permission
 * policies a learner can read and edit in the policy playground.
 */

/** An IAM policy document (JSON), kept as the learner wrote it. */
export type PolicyDocument = { [k: string]: unknown };

/** A permission policy attached to a role (an inline policy, by name). */
export interface RolePolicy {
  name: string;
  document: PolicyDocument;
}

/** One role: its trust policy and its permission policies. Times are epoch ms. */
export interface IamRoleRecord {
  arn: string;
  trustPolicy?: PolicyDocument;
  permissionPolicies: RolePolicy[];
  createdAt: number;
  updatedAt: number;
}
