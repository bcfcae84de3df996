/**
 * A simulated Amazon DynamoDB table for fine-grained access control: items
 * keyed by a string partition key (and optional sort key); PutItem, GetItem
 * and Query authorized by the caller's role policies with the
 * `dynamodb:LeadingKeys` condition key (the partition key values the request
 * touches). A denial is DynamoDB's `AccessDeniedException` with the deciding
 * statement.
 */
import type { OperationContext } from '../core/context';
import type { Json } from '../core/model';
import { SIMULATED_ACCOUNT_ID } from '../facts';
import { authorize, denialMessage, type CallerCredentials } from '../iam/authorize';
import type { PolicyEvaluator } from '../iam/evaluator';
import type { DynamoTableRecord } from './model';
import { AwsServiceError } from './errors';
import { own, resources } from './resources';

type Item = { [attribute: string]: Json };

/** The ARN of a table of this account. */
export const tableArn = (region: string, table: string) => `arn:aws:dynamodb:${region}:${SIMULATED_ACCOUNT_ID.value}:table/${table}`;

const notFound = () => new AwsServiceError('ResourceNotFoundException', 'Requested resource not found', 400);
const validation = (message: string) => new AwsServiceError('ValidationException', message, 400);

/** Creates a table (an administrator's action). */
export function createTable(ctx: OperationContext, input: { table: string; partitionKey: string; sortKey?: string }): { tableArn: string } {
  if (!/^[a-zA-Z0-9_.-]{3,255}$/.test(input.table)) throw validation('TableName must be 3-255 characters of a-z, A-Z, 0-9, _, - and .');
  const all = resources(ctx.state).dynamoTables;
  if (own(all, input.table)) throw new AwsServiceError('ResourceInUseException', `Table already exists: ${input.table}`, 400);
  all[input.table] = { name: input.table, partitionKey: input.partitionKey, ...(input.sortKey ? { sortKey: input.sortKey } : {}), createdAt: ctx.now(), items: Object.create(null) as Record<string, Item> };
  return { tableArn: tableArn(ctx.state.region, input.table) };
}

function keyOf(table: DynamoTableRecord, item: Item): { id: string; partition: string } {
  const partition = item[table.partitionKey];
  if (typeof partition !== 'string') throw validation('One or more parameter values were invalid: Missing the key ' + table.partitionKey + ' in the item');
  const sort = table.sortKey ? item[table.sortKey] : null;
  if (table.sortKey && (sort === undefined || sort === null)) throw validation('One or more parameter values were invalid: Missing the key ' + table.sortKey + ' in the item');
  return { id: JSON.stringify([partition, sort ?? null]), partition };
}

async function decide(ctx: OperationContext, evaluator: PolicyEvaluator, credentials: CallerCredentials, action: string, table: string, leadingKeys: string[]) {
  const decision = await authorize(ctx, evaluator, { credentials, action, resourceArn: tableArn(ctx.state.region, table), context: { 'dynamodb:LeadingKeys': leadingKeys } });
  if (decision.result !== 'Allowed') throw new AwsServiceError('AccessDeniedException', denialMessage(decision), 400, decision);
  const t = own(resources(ctx.state).dynamoTables, table);
  if (!t) throw notFound();
  return { decision, table: t };
}

export interface DynamoRequest {
  credentials: CallerCredentials;
  table: string;
}

/** PutItem: `dynamodb:LeadingKeys` is the item's partition key value. */
export async function putItem(ctx: OperationContext, evaluator: PolicyEvaluator, input: DynamoRequest & { item: Item }) {
  const stored = own(resources(ctx.state).dynamoTables, input.table);
  const leading = stored && typeof input.item[stored.partitionKey] === 'string' ? [input.item[stored.partitionKey] as string] : [];
  const { decision, table } = await decide(ctx, evaluator, input.credentials, 'dynamodb:PutItem', input.table, leading);
  table.items[keyOf(table, input.item).id] = input.item;
  return { decision };
}

/** GetItem by key (`{ [partitionKey]: value, [sortKey]: value }`). */
export async function getItem(ctx: OperationContext, evaluator: PolicyEvaluator, input: DynamoRequest & { key: Item }) {
  const stored = own(resources(ctx.state).dynamoTables, input.table);
  const leading = stored && typeof input.key[stored.partitionKey] === 'string' ? [input.key[stored.partitionKey] as string] : [];
  const { decision, table } = await decide(ctx, evaluator, input.credentials, 'dynamodb:GetItem', input.table, leading);
  const item = own(table.items, keyOf(table, input.key).id);
  return { item, decision };
}

/** Query: every item whose partition key equals `partitionValue`. */
export async function query(ctx: OperationContext, evaluator: PolicyEvaluator, input: DynamoRequest & { partitionValue: string }) {
  const { decision, table } = await decide(ctx, evaluator, input.credentials, 'dynamodb:Query', input.table, [input.partitionValue]);
  const items = Object.values(table.items).filter((i) => i[table.partitionKey] === input.partitionValue);
  return { items, count: items.length, decision };
}
