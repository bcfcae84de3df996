/**
 * Pure helpers of the policy playground: the starting policy, the request
 * context a request carries, and how a decision is explained (the result in
 * words, the deciding statements with their JSON, and the identity pool's
 * policy variables with the values they took for this session).
 */
import type { DecidingStatement, DecisionResult, PolicyRequest } from '@/simulator/iam/evaluator';
import type { PolicyDocument } from '@/simulator/iam/model';
import { statementOf } from '@/simulator/iam/policyRequest';
import { dynamoDbLeadingKeysPolicy, perIdentityS3Policy } from '@/simulator/iam/templates';
import { COGNITO_NAMESPACE, type CognitoKeys } from '@/simulator/iam/variables';

export type PlaygroundService = 's3' | 'dynamodb';

/** The actions the playground offers, by service. */
export const PLAYGROUND_ACTIONS: Record<PlaygroundService, string[]> = {
  s3: ['s3:PutObject', 's3:GetObject', 's3:ListBucket'],
  dynamodb: ['dynamodb:PutItem', 'dynamodb:GetItem', 'dynamodb:Query'],
};

/**
 * The policy the playground starts from: each identity may use only its own
 * S3 prefix and only the DynamoDB items whose partition key is its identity id
 * (the two templates of `simulator/iam/templates.ts`, in one policy).
 */
export function defaultPlaygroundPolicy(bucket: string, tableArn: string): PolicyDocument {
  const statements = (doc: PolicyDocument) => doc.Statement as unknown[];
  return { Version: '2012-10-17', Statement: [...statements(perIdentityS3Policy(bucket)), ...statements(dynamoDbLeadingKeysPolicy(tableArn))] };
}

/** The service context key a request of `action` carries, if any: what S3 or DynamoDB would put in the request. */
export function contextKeyFor(action: string): 's3:prefix' | 'dynamodb:LeadingKeys' | undefined {
  if (action === 's3:ListBucket') return 's3:prefix';
  if (action.startsWith('dynamodb:')) return 'dynamodb:LeadingKeys';
  return undefined;
}

/** The request context for `action` with the value typed in the form (LeadingKeys is multivalued). */
export function requestContext(action: string, value: string): Record<string, string | string[]> {
  const key = contextKeyFor(action);
  if (!key) return {};
  return key === 'dynamodb:LeadingKeys' ? { [key]: [value] } : { [key]: value };
}

/** The decision in words. */
export function decisionHeadline(result: DecisionResult): string {
  if (result === 'Allowed') return 'Allowed';
  if (result === 'ExplicitlyDenied') return 'Denied: explicit deny';
  return 'Denied: implicit (no statement allows it)';
}

/** One deciding statement, named as the playground shows it, with its JSON (variables resolved). */
export interface DecidingView {
  label: string;
  json: string;
}

/** Names a statement: `sandbox-access, statement 2 (Sid "ReadWriteOwnObjects")`, numbered from 1 as in the editor. */
export function statementLabel(s: DecidingStatement): string {
  return `${s.policyName}, statement ${s.index + 1}${s.sid ? ` (Sid "${s.sid}")` : ' (no Sid)'}`;
}

/** The deciding statements with the JSON the evaluator saw. */
export function decidingViews(deciding: DecidingStatement[], policies: PolicyRequest['policies']): DecidingView[] {
  return deciding.map((s) => ({ label: statementLabel(s), json: JSON.stringify(statementOf(policies, s.policyName, s.index) ?? null, null, 2) }));
}

/** The identity pool's policy variables and the values they took for this session. */
export function variableRows(keys: CognitoKeys): Array<{ name: string; value: string }> {
  return [
    { name: `\${${COGNITO_NAMESPACE}:sub}`, value: keys.sub },
    { name: `\${${COGNITO_NAMESPACE}:aud}`, value: keys.aud },
    { name: `${COGNITO_NAMESPACE}:amr (multivalued: conditions only)`, value: JSON.stringify(keys.amr) },
  ];
}

/** The request context entries as `key = value` rows (lists as JSON). */
export function contextRows(context: PolicyRequest['context']): Array<{ name: string; value: string }> {
  return Object.entries(context).map(([name, value]) => ({ name, value: typeof value === 'string' ? value : JSON.stringify(value) }));
}
