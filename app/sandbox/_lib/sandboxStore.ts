/**
 * The sandbox's state outside React: one engine (a simulated Cognito with a
 * simulated clock), the demo user pool and app client it creates on start,
 * every call made to it, and the tokens of the last sign-in.
 *
 * Framework-free on purpose: React components read it through
 * `useSyncExternalStore` (see `useSandbox.ts`), tests drive it directly, and
 * later features (inspector, diagrams, users table) subscribe the same way.
 * The engine is loaded with a dynamic `import()` on start, so the page's own
 * script stays small and the engine arrives as a separate chunk.
 */
import type { CallRecord, Clock, OutboxMessage, RandomSource, Simulator } from '@/simulator';
import type { PasswordPolicyLike } from './passwordPolicy';

/** An error as the engine reports it: the AWS `__type` and AWS's message. */
export interface SandboxError {
  name: string;
  message: string;
}

/** What a call gave back: the response, or the error the engine refused with. */
export type CallOutcome<T> = { ok: true; value: T } | { ok: false; error: SandboxError };

/** The demo user pool and app client created on start. */
export interface DemoPool {
  userPoolId: string;
  poolName: string;
  clientId: string;
  clientName: string;
  explicitAuthFlows: string[];
  passwordPolicy?: PasswordPolicyLike;
}

/** The tokens from the last successful sign-in. */
export interface SessionTokens {
  username: string;
  idToken: string;
  accessToken: string;
  refreshToken?: string;
  expiresIn: number;
  tokenType: string;
  /** Simulated time the tokens were received (epoch ms). */
  receivedAt: number;
}

/** The last successful sign-up, so the next forms can suggest its user name. */
export interface LastSignUp {
  username: string;
  userSub?: string;
  userConfirmed: boolean;
  /** Increases with every sign-up (a key for forms that prefill from it). */
  seq: number;
}

export type SandboxStatus = 'idle' | 'starting' | 'ready' | 'failed';

/** Everything the page shows. A new object whenever something changes; never mutated. */
export interface SandboxSnapshot {
  status: SandboxStatus;
  /** Why the demo pool could not be created. */
  setupError?: SandboxError;
  /** Simulated time (epoch ms); null until the engine has started. */
  now: number | null;
  pool?: DemoPool;
  /** Every message the pools have sent, oldest first (as the engine keeps them). */
  outbox: readonly OutboxMessage[];
  /** Every call made to the engine, oldest first (at most {@link MAX_CALLS}). */
  calls: readonly CallRecord[];
  lastSignUp?: LastSignUp;
  tokens?: SessionTokens;
}

/** The call log keeps the most recent calls only. */
export const MAX_CALLS = 500;

/** What a server render (and the first client render) sees: nothing started yet. */
export const INITIAL_SNAPSHOT: SandboxSnapshot = Object.freeze({ status: 'idle', now: null, outbox: [], calls: [] });

/** The demo pool's settings (CreateUserPool): email is verified automatically; UsernameAttributes is left unset. */
export const DEMO_POOL_REQUEST = {
  PoolName: 'sandbox-demo-pool',
  AutoVerifiedAttributes: ['email'],
} as const;

/** The demo app client (CreateUserPoolClient): a public client, so no secret. */
export const DEMO_CLIENT_REQUEST = {
  ClientName: 'sandbox-web-app',
  GenerateSecret: false,
  ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
} as const;

export interface SandboxStoreOptions {
  /** Where the simulated clock starts (epoch ms). Default: the wall-clock time when the store starts, to the second. */
  startAt?: number;
  /** Randomness for the engine. Default: WebCrypto (`cryptoRandom`). Tests pass `seededRandom(…)`. */
  random?: RandomSource;
  /** PBKDF2 iterations for stored password hashes (tests may lower it). */
  passwordHashIterations?: number;
}

type Listener = () => void;

interface AdvancingClock extends Clock {
  advance(ms: number): void;
}

interface SignUpResponse {
  UserConfirmed?: boolean;
  UserSub?: string;
  CodeDeliveryDetails?: { Destination?: string; DeliveryMedium?: string; AttributeName?: string };
}

interface InitiateAuthResponse {
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
  AuthenticationResult?: { IdToken?: string; AccessToken?: string; RefreshToken?: string; ExpiresIn?: number; TokenType?: string };
}

/** Turns anything a call threw into `{ name, message }`. */
export function toSandboxError(e: unknown): SandboxError {
  if (e instanceof Error) return { name: e.name || 'Error', message: e.message };
  return { name: 'Error', message: String(e) };
}

/** The sandbox store: create one with {@link createSandboxStore}, or use the page's shared one. */
export class SandboxStore {
  #snapshot: SandboxSnapshot = INITIAL_SNAPSHOT;
  readonly #listeners = new Set<Listener>();
  readonly #options: SandboxStoreOptions;
  #sim: Simulator | undefined;
  #clock: AdvancingClock | undefined;
  #started: Promise<void> | undefined;
  #signUps = 0;

  constructor(options: SandboxStoreOptions = {}) {
    this.#options = options;
  }

  /** Registers a listener for any change; returns the unsubscribe function (the `useSyncExternalStore` contract). */
  subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  /** The current snapshot (the same object until something changes). */
  getSnapshot = (): SandboxSnapshot => this.#snapshot;

  /** The engine, once started (for features that need more than this store's actions). */
  get simulator(): Simulator | undefined {
    return this.#sim;
  }

  /**
   * Loads the engine and creates the demo user pool and app client. Safe to
   * call more than once: every call returns the same promise.
   */
  start(): Promise<void> {
    this.#started ??= this.#boot();
    return this.#started;
  }

  async #boot(): Promise<void> {
    this.#set({ status: 'starting' });
    try {
      const engine = await import('@/simulator');
      const clock = new engine.SimulatedClock(this.#options.startAt ?? Math.floor(Date.now() / 1000) * 1000);
      const sim = engine.createSimulator({
        clock,
        random: this.#options.random ?? engine.cryptoRandom,
        passwordHashIterations: this.#options.passwordHashIterations,
      });
      sim.onCall((record) => this.#recordCall(record));
      this.#sim = sim;
      this.#clock = clock;
      this.#set({ now: clock.now() });

      const { UserPool } = await sim.call<{ UserPool: { Id: string; Name: string; Policies?: { PasswordPolicy?: PasswordPolicyLike } } }>(
        'CreateUserPool',
        structuredClone(DEMO_POOL_REQUEST),
      );
      const { UserPoolClient } = await sim.call<{ UserPoolClient: { ClientId: string; ClientName: string; ExplicitAuthFlows?: string[] } }>(
        'CreateUserPoolClient',
        { UserPoolId: UserPool.Id, ...structuredClone(DEMO_CLIENT_REQUEST) },
      );
      this.#set({
        status: 'ready',
        pool: {
          userPoolId: UserPool.Id,
          poolName: UserPool.Name,
          clientId: UserPoolClient.ClientId,
          clientName: UserPoolClient.ClientName,
          explicitAuthFlows: UserPoolClient.ExplicitAuthFlows ?? [...DEMO_CLIENT_REQUEST.ExplicitAuthFlows],
          passwordPolicy: UserPool.Policies?.PasswordPolicy,
        },
        ...this.#engineView(),
      });
    } catch (e) {
      this.#set({ status: 'failed', setupError: toSandboxError(e), ...this.#engineView() });
    }
  }

  /**
   * Calls any operation on the engine (by name or X-Amz-Target). Never
   * throws: a refusal comes back as `{ ok: false, error }` with AWS's type and
   * message. The call also appears in the call log.
   */
  async call<T = Record<string, unknown>>(operation: string, input: unknown): Promise<CallOutcome<T>> {
    const sim = this.#sim;
    if (!sim) return { ok: false, error: { name: 'SandboxNotReady', message: 'The sandbox is still starting.' } };
    try {
      const value = await sim.call<T>(operation, input);
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: toSandboxError(e) };
    } finally {
      this.#set(this.#engineView());
    }
  }

  /** SignUp on the demo client with an email attribute. */
  async signUp(form: { username: string; email: string; password: string }): Promise<CallOutcome<SignUpResponse>> {
    const pool = this.#requirePool();
    if (!pool.ok) return pool;
    const out = await this.call<SignUpResponse>('SignUp', {
      ClientId: pool.value.clientId,
      Username: form.username,
      Password: form.password,
      UserAttributes: [{ Name: 'email', Value: form.email }],
    });
    if (out.ok) {
      this.#set({
        lastSignUp: { username: form.username, userSub: out.value.UserSub, userConfirmed: out.value.UserConfirmed === true, seq: ++this.#signUps },
      });
    }
    return out;
  }

  /** ConfirmSignUp on the demo client. */
  async confirmSignUp(form: { username: string; code: string }): Promise<CallOutcome<Record<string, unknown>>> {
    const pool = this.#requirePool();
    if (!pool.ok) return pool;
    return this.call('ConfirmSignUp', { ClientId: pool.value.clientId, Username: form.username, ConfirmationCode: form.code });
  }

  /**
   * InitiateAuth with USER_PASSWORD_AUTH on the demo client. On success the
   * tokens become the sandbox's current tokens; a challenge is returned as is.
   */
  async signIn(form: { username: string; password: string }): Promise<CallOutcome<InitiateAuthResponse>> {
    const pool = this.#requirePool();
    if (!pool.ok) return pool;
    const out = await this.call<InitiateAuthResponse>('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: pool.value.clientId,
      AuthParameters: { USERNAME: form.username, PASSWORD: form.password },
    });
    const result = out.ok ? out.value.AuthenticationResult : undefined;
    if (result?.IdToken && result.AccessToken) {
      this.#set({
        tokens: {
          username: form.username,
          idToken: result.IdToken,
          accessToken: result.AccessToken,
          refreshToken: result.RefreshToken,
          expiresIn: result.ExpiresIn ?? 0,
          tokenType: result.TokenType ?? 'Bearer',
          receivedAt: this.#clock?.now() ?? 0,
        },
      });
    }
    return out;
  }

  /** Moves the simulated clock forward by `ms` milliseconds. */
  advanceClock(ms: number): void {
    if (!this.#clock) return;
    this.#clock.advance(ms);
    this.#set({ now: this.#clock.now() });
  }

  #requirePool(): CallOutcome<DemoPool> {
    const pool = this.#snapshot.pool;
    if (pool) return { ok: true, value: pool };
    return { ok: false, error: { name: 'SandboxNotReady', message: 'The demo user pool has not been created yet.' } };
  }

  #engineView(): Pick<SandboxSnapshot, 'now' | 'outbox'> {
    return { now: this.#clock?.now() ?? null, outbox: this.#sim?.outbox ?? [] };
  }

  #recordCall(record: CallRecord): void {
    const calls = [...this.#snapshot.calls, record];
    this.#set({ calls: calls.length > MAX_CALLS ? calls.slice(-MAX_CALLS) : calls });
  }

  #set(patch: Partial<SandboxSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...patch };
    for (const listener of this.#listeners) listener();
  }
}

/** Creates a store with its own engine (the page uses one shared store; tests make their own). */
export function createSandboxStore(options: SandboxStoreOptions = {}): SandboxStore {
  return new SandboxStore(options);
}

let shared: SandboxStore | undefined;

/** The page's store, created on first use and shared by every component. */
export function getSandboxStore(): SandboxStore {
  shared ??= createSandboxStore();
  return shared;
}
