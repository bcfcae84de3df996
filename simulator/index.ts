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
import { DEFAULT_REGION, issuerFor } from './facts';
import { idpOperations } from './operations/idp';

setAutoFreeze(false);

export { SimulatedClock, systemClock, type Clock } from './core/clock';
export { seededRandom, cryptoRandom, type RandomSource } from './core/random';
export { CognitoError, isCognitoError, type CognitoExceptionName } from './core/errors';
export { SnapshotError, type Snapshot } from './core/snapshot';
export type { OutboxMessage, SimState } from './core/model';
export type { CryptoProviders } from './core/context';

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
for (const op of idpOperations) operationsByTarget.set(`${TARGET_PREFIX[op.service]}.${op.name}`, op);

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

  constructor(opts: SimulatorOptions = {}) {
    this.clock = opts.clock ?? new SimulatedClock();
    this.random = opts.random ?? cryptoRandom;
    this.#crypto = { modPow: bigintModPow, ...opts.crypto };
    this.#options = { passwordHashIterations: opts.passwordHashIterations ?? 1000 };
    this.#state =
      opts.snapshot !== undefined
        ? parseSnapshot(opts.snapshot)
        : { version: SNAPSHOT_VERSION, region: opts.region ?? DEFAULT_REGION, userPools: record(), outbox: [], nextMessageId: 1 };
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
      let output: unknown;
      try {
        output = await op.run(this.#context(draft as SimState), args);
      } catch (e) {
        if (isCognitoError(e) && e.keepChanges) this.#state = finishDraft(draft) as SimState;
        throw e;
      }
      // Copy the answer out while the draft is alive: it may reference state, and drafts are revoked once finished.
      const response = output === undefined || output === null ? {} : (JSON.parse(JSON.stringify(output)) as unknown);
      this.#state = finishDraft(draft) as SimState;
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

  #context(draft: SimState): OperationContext {
    const clock = this.clock;
    return {
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
    if (!this.#state.userPools[userPoolId]) throw fail('ResourceNotFoundException', `User pool ${userPoolId} does not exist.`);
    const issuer = issuerFor(this.#state.region, userPoolId);
    const base = baseUrl ? `${baseUrl.replace(/\/$/, '')}/${userPoolId}` : issuer;
    return {
      issuer,
      jwks_uri: `${base}/.well-known/jwks.json`,
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'token'],
      scopes_supported: ['openid', 'email', 'phone', 'profile'],
      subject_types_supported: ['public'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    };
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
