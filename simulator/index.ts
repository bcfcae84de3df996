/**
 * The Cognito Sandbox engine: a simulated Amazon Cognito that runs unchanged
 * in the browser and in Node. Create one with {@link createSimulator} and call
 * operations by their AWS target names.
 *
 * ```ts
 * const sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('demo') });
 * const { UserPool } = await sim.call('AWSCognitoIdentityProviderService.CreateUserPool', { PoolName: 'demo' });
 * ```
 */
import { createDraft, finishDraft, setAutoFreeze } from 'immer';
import { SimulatedClock, type Clock } from './core/clock';
import { cryptoRandom, type RandomSource } from './core/random';
import { CognitoError, fail, isCognitoError } from './core/errors';
import { TARGET_PREFIX, type CryptoProviders, type EngineOptions, type Operation, type OperationContext } from './core/context';
import { SNAPSHOT_VERSION, type OutboxMessage, type SimState } from './core/model';
import { exportSnapshot, parseSnapshot, SnapshotError, type Snapshot } from './core/snapshot';
import { validate } from './core/validate';
import { record } from './core/records';
import { bigintModPow } from './crypto/srpGroup';
import { jwksOf } from './tokens/keys';
import { DEFAULT_REGION } from './facts';
import { idpOperations } from './operations/idp';
import { handleOAuthRequest, type OAuthRequest, type OAuthResponse } from './oauth/handler';
import { openIdConfiguration as discoveryDocument } from './oauth/discovery';
import { identityOperations } from './operations/identity';
import { LambdaSupport, type LambdaHost } from './triggers/host';
import { deleteFunction, findFunction, putFunction, type PutLambdaFunctionInput } from './triggers/functions';
import type { LambdaFunctionRecord, LambdaInvocationRecord, LambdaLogLine } from './triggers/model';
import type { LambdaRuntime } from './triggers/runtime';
import { evaluatorResolver, type PolicyEvaluatorSource } from './iam/evaluator';
import { createAwsApi } from './aws/api';
import { createSyncApi } from './sync/api';

setAutoFreeze(false);

export { SimulatedClock, systemClock, type Clock } from './core/clock';
export { seededRandom, cryptoRandom, type RandomSource } from './core/random';
export { CognitoError, isCognitoError, type CognitoExceptionName } from './core/errors';
export { SnapshotError, type Snapshot } from './core/snapshot';
export type { OutboxMessage, SimState } from './core/model';
export type { CryptoProviders } from './core/context';
export type { LambdaRuntime, LambdaOutcome, LambdaCode, LambdaInvokeOptions, LambdaConsoleLine } from './triggers/runtime';
export type { LambdaFunctionRecord, LambdaInvocationRecord, LambdaLogLine } from './triggers/model';
export type { PutLambdaFunctionInput } from './triggers/functions';
export { LambdaFunctionError } from './triggers/functions';
export type { PolicyEvaluator, PolicyDecision, DecidingStatement, PolicyEvaluatorSource } from './iam/evaluator';
export { NoPolicyEvaluatorError } from './iam/evaluator';
export { AwsServiceError, isAwsServiceError } from './aws/errors';

export interface SimulatorOptions {
  clock?: Clock;
  random?: RandomSource;
  /** AWS Region of the simulated account (default us-east-1). */
  region?: string;
  /** Replace big-number work with a native implementation (the Node endpoint does). */
  crypto?: Partial<CryptoProviders>;
  /** PBKDF2 iterations for stored password hashes (default 1,000: a teaching tool, not a vault). */
  passwordHashIterations?: number;
  /** Start from this snapshot instead of an empty account. */
  snapshot?: unknown;
  /** Runs Lambda trigger code (server/lambdaRuntime.ts in Node, a Web Worker in the browser). Without one, triggers fail. */
  lambdaRuntime?: LambdaRuntime;
  /**
   * Real milliseconds one trigger attempt may run (default: Cognito's 5 s). A
   * shorter limit lets an infinite loop fail fast; the attempt is still
   * recorded, and the simulated clock moved, as Cognito's full 5 s.
   */
  lambdaWallClockTimeoutMs?: number;
  /**
   * Decides IAM requests for `sim.aws` (the policy playground, S3, DynamoDB):
   * an evaluator or a loader of one. No default, so the engine's bundle stays
   * free of the IAM library; in Node pass `iamSimulateEvaluator` from
   * `simulator/iam/iamSimulateEvaluator.ts` (see `iam/evaluator.ts`).
   */
  policyEvaluator?: PolicyEvaluatorSource;
}

/** One call as the API inspector and the audit log see it. */
export interface CallRecord {
  seq: number;
  target: string;
  operation: string;
  request: unknown;
  response?: unknown;
  error?: { __type: string; message: string };
  at: number;
  /** Wall-clock milliseconds the engine spent. */
  durationMs: number;
}

type CallListener = (record: CallRecord) => void;

const operationsByTarget = new Map<string, Operation<unknown, unknown>>();
for (const op of [...idpOperations, ...identityOperations]) operationsByTarget.set(`${TARGET_PREFIX[op.service]}.${op.name}`, op);

/** Names of every operation the engine answers, as X-Amz-Target values. */
export const supportedTargets = (): string[] => [...operationsByTarget.keys()].sort();

export class Simulator {
  readonly clock: Clock;
  readonly random: RandomSource;
  #state: SimState;
  readonly #crypto: CryptoProviders;
  readonly #options: EngineOptions;
  readonly #keyCache = new Map<string, CryptoKey>();
  #queue: Promise<unknown> = Promise.resolve();
  #seq = 0;
  readonly #listeners = new Set<CallListener>();
  readonly #lambda: LambdaSupport;
  readonly #policyEvaluator: ReturnType<typeof evaluatorResolver>;

  constructor(opts: SimulatorOptions = {}) {
    this.clock = opts.clock ?? new SimulatedClock();
    this.random = opts.random ?? cryptoRandom;
    this.#crypto = { modPow: bigintModPow, ...opts.crypto };
    this.#options = { passwordHashIterations: opts.passwordHashIterations ?? 1000 };
    this.#policyEvaluator = evaluatorResolver(opts.policyEvaluator);
    this.#state =
      opts.snapshot !== undefined
        ? parseSnapshot(opts.snapshot)
        : { version: SNAPSHOT_VERSION, region: opts.region ?? DEFAULT_REGION, userPools: record(), outbox: [], nextMessageId: 1 };
    this.#lambda = new LambdaSupport({
      runtime: opts.lambdaRuntime,
      wallClockTimeoutMs: opts.lambdaWallClockTimeoutMs,
      clock: this.clock,
      random: this.random,
      enqueue: (change) => void this.#enqueue(() => (this.#state = change(this.#state))),
    });
  }

  /** The AWS Region the simulated account lives in. */
  get region(): string {
    return this.#state.region;
  }

  /** The current state (read-only view; change it only through {@link call} or {@link importState}). */
  get state(): Readonly<SimState> {
    return this.#state;
  }

  /** Every message the pools have sent. */
  get outbox(): readonly OutboxMessage[] {
    return this.#state.outbox;
  }

  /** Listens to every call (for inspectors and audit logs). Returns an unsubscribe function. */
  onCall(listener: CallListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Runs one operation. `target` is the X-Amz-Target value
   * (`AWSCognitoIdentityProviderService.SignUp`) or just the operation name.
   * Resolves with the response body; rejects with a {@link CognitoError}.
   * Calls run one at a time, and a failed call changes nothing.
   */
  call<O = Record<string, unknown>>(target: string, input: unknown = {}): Promise<O> {
    const run = this.#queue.then(() => this.#run(target, input));
    this.#queue = run.catch(() => undefined);
    return run as Promise<O>;
  }

  async #run(target: string, input: unknown): Promise<unknown> {
    const started = performance.now();
    const op = operationsByTarget.get(target) ?? operationsByTarget.get(`${TARGET_PREFIX['cognito-idp']}.${target}`);
    const record: CallRecord = { seq: ++this.#seq, target, operation: op?.name ?? target.split('.').pop() ?? target, request: input, at: this.clock.now(), durationMs: 0 };
    try {
      if (!op) throw fail('UnknownOperationException', target ? `Unknown operation ${target}` : 'Missing X-Amz-Target');
      if (input !== undefined && input !== null && (typeof input !== 'object' || Array.isArray(input))) {
        throw fail('SerializationException', 'Start of structure or map expected');
      }
      const args = validate(op.input, input);
      // Work on a draft; only a call that succeeds replaces the state
      // (or one whose error asks to keep its changes: see keepingChanges).
      const draft = createDraft(this.#state);
      // Trigger logs and attempts are kept whatever the outcome (see triggers/host.ts).
      const triggers = this.#lambda.forCall();
      let output: unknown;
      try {
        output = await op.run(this.#context(draft as SimState, triggers.host), args);
      } catch (e) {
        const kept = isCognitoError(e) && e.keepChanges;
        this.#state = triggers.settle(kept ? (finishDraft(draft) as SimState) : this.#state, false);
        throw e;
      }
      // Copy the answer out while the draft is alive: it may reference state, and drafts are revoked once finished.
      const response = output === undefined || output === null ? {} : (JSON.parse(JSON.stringify(output)) as unknown);
      this.#state = triggers.settle(finishDraft(draft) as SimState, true);
      record.response = response;
      return response;
    } catch (e) {
      const err = isCognitoError(e) ? e : internal(e);
      record.error = err.toJSON();
      throw err;
    } finally {
      record.durationMs = performance.now() - started;
      for (const l of this.#listeners) {
        try {
          l(record);
        } catch {
          /* a listener's failure is not the caller's */
        }
      }
    }
  }

  #context(draft: SimState, lambda?: LambdaHost): OperationContext {
    const clock = this.clock;
    return {
      lambda,
      state: draft,
      clock,
      random: this.random,
      crypto: this.#crypto,
      options: this.#options,
      keyCache: this.#keyCache,
      now: () => clock.now(),
      send(message) {
        const m: OutboxMessage = { ...message, id: draft.nextMessageId++, sentAt: clock.now() };
        draft.outbox.push(m);
        return m;
      },
    };
  }

  /**
   * Runs `work` in the call queue on a draft of the state, like an operation:
   * its changes are kept when it returns (or throws a CognitoError that keeps
   * its changes) and discarded when it throws anything else.
   */
  #exclusive<T>(work: (ctx: OperationContext) => Promise<T>): Promise<T> {
    const run = this.#queue.then(async () => {
      const draft = createDraft(this.#state);
      const triggers = this.#lambda.forCall();
      let out: T;
      try {
        out = await work(this.#context(draft as SimState, triggers.host));
      } catch (e) {
        const kept = isCognitoError(e) && e.keepChanges;
        this.#state = triggers.settle(kept ? (finishDraft(draft) as SimState) : this.#state, false);
        throw e;
      }
      const copy = out === undefined ? out : (JSON.parse(JSON.stringify(out)) as T);
      this.#state = triggers.settle(finishDraft(draft) as SimState, true);
      return copy;
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The pools' OAuth 2.0 / OpenID Connect endpoints (managed login, the hosted
   * UI): `handle` takes an HTTP request as data (`/oauth2/authorize`, `/login`,
   * `/oauth2/token`, `/oauth2/userInfo`, `/oauth2/revoke`, `/logout`, discovery)
   * and resolves with the response (status, headers such as Location and
   * Set-Cookie, body). See `oauth/handler.ts`.
   */
  /**
   * What identity pool credentials and user pool tokens unlock: IAM role
   * policies and the policy playground (`aws.iam`), a simulated S3 and
   * DynamoDB authorized by those policies, and a REST API behind a Cognito
   * user pools authorizer (`aws.apiGateway`). See `aws/api.ts`.
   */
  readonly aws = createAwsApi({
    exclusive: (work) => this.#exclusive(work),
    state: () => this.#state,
    evaluator: () => this.#policyEvaluator(),
  });

  /** Amazon Cognito Sync (legacy; AWS recommends AppSync for new apps): datasets, records, push sync. See `sync/service.ts`. */
  readonly sync = createSyncApi((work) => this.#exclusive(work));

  readonly oauth = {
    handle: (request: OAuthRequest): Promise<OAuthResponse> => this.#exclusive((ctx) => handleOAuthRequest(ctx, request)),
  };

  /** Runs `change` between calls (state changes outside operations must not race a call's draft). */
  #enqueue<T>(change: () => T): Promise<T> {
    const run = this.#queue.then(change);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Creates or replaces a Lambda function the pools' triggers can name in
   * LambdaConfig (`arn:aws:lambda:{region}:{account}:function:{name}`). Not an
   * AWS operation: Lambda is not Cognito. Rejects with LambdaFunctionError.
   */
  putLambdaFunction(input: PutLambdaFunctionInput): Promise<LambdaFunctionRecord> {
    return this.#enqueue(() => {
      const { state, fn } = putFunction(this.#state, input, this.clock.now());
      this.#state = state;
      return fn;
    });
  }

  /** A function by name or ARN. */
  getLambdaFunction(nameOrArn: string): LambdaFunctionRecord | undefined {
    return findFunction(this.#state, nameOrArn);
  }

  /** Deletes a function (pools that name it then fail as AWS does). Rejects with LambdaFunctionError. */
  deleteLambdaFunction(nameOrArn: string): Promise<void> {
    return this.#enqueue(() => {
      this.#state = deleteFunction(this.#state, nameOrArn);
    });
  }

  /** What a function logged (CloudWatch Logs lines, oldest first). */
  lambdaLogs(nameOrArn: string): readonly LambdaLogLine[] {
    const fn = findFunction(this.#state, nameOrArn);
    return (fn && this.#state.lambdaLogs?.[fn.arn]) ?? this.#state.lambdaLogs?.[nameOrArn] ?? [];
  }

  /** Every trigger attempt a pool made (oldest first). */
  lambdaInvocations(userPoolId: string): readonly LambdaInvocationRecord[] {
    return this.#state.lambdaInvocations?.[userPoolId] ?? [];
  }

  /** Resolves when pending asynchronous trigger calls (custom senders) have finished and been recorded. */
  async settled(): Promise<void> {
    await this.#lambda.settled();
    await this.#queue;
  }

  /** The whole state as a versioned, JSON-serialisable snapshot. */
  exportState(): Snapshot {
    return exportSnapshot(this.#state);
  }

  /**
   * Replaces the state with a snapshot (object or JSON text). A bad snapshot
   * throws {@link SnapshotError} and the current state is kept as it was.
   */
  async importState(snapshot: unknown): Promise<void> {
    const parsed = parseSnapshot(snapshot);
    await this.#queue;
    this.#state = parsed;
  }

  /** The public JWKS of a pool, as `https://cognito-idp.{region}.amazonaws.com/{poolId}/.well-known/jwks.json` serves it. */
  jwks(userPoolId: string): ReturnType<typeof jwksOf> {
    const pool = this.#state.userPools[userPoolId];
    if (!pool) throw fail('ResourceNotFoundException', `User pool ${userPoolId} does not exist.`);
    return jwksOf(pool);
  }

  /** The pool's OpenID Connect discovery document. */
  openIdConfiguration(userPoolId: string, baseUrl?: string): Record<string, unknown> {
    const pool = this.#state.userPools[userPoolId];
    if (!pool) throw fail('ResourceNotFoundException', `User pool ${userPoolId} does not exist.`);
    // With a domain, the OAuth endpoints are named too: on baseUrl when given (the sandbox endpoint), else on the pool's domain.
    const root = baseUrl?.replace(/\/$/, '');
    return discoveryDocument(this.#state.region, pool, { jwksBase: root ? `${root}/${userPoolId}` : undefined, oauthBase: root });
  }
}

function internal(e: unknown): CognitoError {
  if (e instanceof SnapshotError) return new CognitoError('InvalidParameterException', e.message);
  const err = new CognitoError('InternalErrorException', 'An internal error occurred.');
  (err as { cause?: unknown }).cause = e;
  return err;
}

/** Creates a simulator holding any number of user pools. */
export function createSimulator(opts: SimulatorOptions = {}): Simulator {
  return new Simulator(opts);
}
