/**
 * The engine functions for IAM roles, the simulated AWS resources and the
 * API Gateway authorizer, as `sim.aws` exposes them. Each runs in the
 * engine's call queue on a draft of the state (a failure changes nothing).
 * These are not AWS JSON targets: S3, DynamoDB and API Gateway are not
 * Cognito, and their real protocols (REST-XML, JSON 1.0, HTTP) differ.
 */
import type { OperationContext } from '../core/context';
import type { SimState } from '../core/model';
import { authorize, type AccessDecision, type AuthorizeInput } from '../iam/authorize';
import type { PolicyEvaluator } from '../iam/evaluator';
import type { IamRoleRecord } from '../iam/model';
import { findRole, putRole, type PutRoleInput } from '../iam/roles';
import { dynamoDbLeadingKeysPolicy, identityPoolTrustPolicy, perIdentityS3Policy } from '../iam/templates';
import * as s3 from './s3';
import * as dynamodb from './dynamodb';
import * as apiGateway from './apiGateway';

/** Runs work in the call queue on a draft (the Simulator's `#exclusive`). */
export type Exclusive = <T>(work: (ctx: OperationContext) => Promise<T>) => Promise<T>;

export interface AwsHost {
  exclusive: Exclusive;
  state(): Readonly<SimState>;
  evaluator(): Promise<PolicyEvaluator>;
}

/** Builds `sim.aws`. */
export function createAwsApi(host: AwsHost) {
  const { exclusive } = host;
  const withEvaluator = <I, O>(fn: (ctx: OperationContext, ev: PolicyEvaluator, input: I) => Promise<O>) => async (input: I): Promise<O> => {
    const ev = await host.evaluator();
    return exclusive((ctx) => fn(ctx, ev, input));
  };
  return {
    iam: {
      /** Creates or replaces a role's trust and permission policies (throws IamInputError). */
      putRole: (input: PutRoleInput): Promise<IamRoleRecord> => exclusive(async (ctx) => putRole(ctx.state, input, ctx.now())),
      /** A stored role, or undefined. */
      getRole: (roleArn: string): IamRoleRecord | undefined => findRole(host.state(), roleArn),
      /** The policy playground: the decision for a request, without performing it. */
      simulate: async (input: AuthorizeInput): Promise<AccessDecision> => {
        const ev = await host.evaluator();
        return exclusive((ctx) => authorize(ctx, ev, input));
      },
      templates: { identityPoolTrustPolicy, perIdentityS3Policy, dynamoDbLeadingKeysPolicy },
    },
    s3: {
      createBucket: (input: { bucket: string }) => exclusive(async (ctx) => s3.createBucket(ctx, input)),
      putObject: withEvaluator(s3.putObject),
      getObject: withEvaluator(s3.getObject),
      listObjects: withEvaluator(s3.listObjects),
    },
    dynamodb: {
      createTable: (input: { table: string; partitionKey: string; sortKey?: string }) => exclusive(async (ctx) => dynamodb.createTable(ctx, input)),
      putItem: withEvaluator(dynamodb.putItem),
      getItem: withEvaluator(dynamodb.getItem),
      query: withEvaluator(dynamodb.query),
      tableArn: (table: string) => dynamodb.tableArn(host.state().region, table),
    },
    apiGateway: {
      createRestApi: (input: apiGateway.CreateRestApiInput) => exclusive(async (ctx) => apiGateway.createRestApi(ctx, input)),
      invoke: (input: apiGateway.InvokeInput) => exclusive((ctx) => apiGateway.invoke(ctx, input)),
    },
  };
}

export type AwsApi = ReturnType<typeof createAwsApi>;
