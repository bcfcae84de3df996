/**
 * Storing the roles' policies (`SimState.iamRoles`). A role the store does
 * not know has no permission policies: every request it makes is implicitly
 * denied.
 */
import type { SimState } from '../core/model';
import { record } from '../core/records';
import type { IamRoleRecord, PolicyDocument, RolePolicy } from './model';

/** Raised for a role or policy the store refuses. */
export class IamInputError extends Error {
  override readonly name = 'IamInputError';
}

const ROLE_ARN = /^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]{1,64}$/;

export interface PutRoleInput {
  roleArn: string;
  trustPolicy?: PolicyDocument;
  permissionPolicies: RolePolicy[];
}

function checkDocument(doc: unknown, what: string): asserts doc is PolicyDocument {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new IamInputError(`${what} must be a JSON object.`);
  const st = (doc as PolicyDocument).Statement;
  if (st === undefined || (typeof st !== 'object' && !Array.isArray(st))) throw new IamInputError(`${what} needs a Statement.`);
}

/** Creates or replaces a role's policies. Throws {@link IamInputError}. */
export function putRole(state: SimState, input: PutRoleInput, now: number): IamRoleRecord {
  if (!ROLE_ARN.test(input.roleArn)) throw new IamInputError(`${input.roleArn} is not an IAM role ARN.`);
  if (input.trustPolicy !== undefined) checkDocument(input.trustPolicy, 'The trust policy');
  const names = new Set<string>();
  for (const p of input.permissionPolicies) {
    if (!p.name || names.has(p.name)) throw new IamInputError(`Policy names must be present and unique (${p.name || 'empty'}).`);
    names.add(p.name);
    checkDocument(p.document, `Policy ${p.name}`);
  }
  state.iamRoles ??= record();
  const prev = state.iamRoles[input.roleArn];
  const role: IamRoleRecord = {
    arn: input.roleArn,
    ...(input.trustPolicy ? { trustPolicy: input.trustPolicy } : {}),
    permissionPolicies: input.permissionPolicies.map((p) => ({ name: p.name, document: p.document })),
    createdAt: prev?.createdAt ?? now,
    updatedAt: now,
  };
  state.iamRoles[input.roleArn] = role;
  return role;
}

/** A stored role, or undefined. */
export function findRole(state: Readonly<SimState>, roleArn: string): IamRoleRecord | undefined {
  return state.iamRoles && Object.hasOwn(state.iamRoles, roleArn) ? state.iamRoles[roleArn] : undefined;
}
