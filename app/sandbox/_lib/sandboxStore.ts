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
import type { CallRecord, LambdaRuntime, OutboxMessage, RandomSource, SimState, Simulator } from '@/simulator';
import type { PolicyEvaluator } from '@/simulator/iam/evaluator';
import type { PasswordPolicyLike } from './passwordPolicy';
import { SandboxClock } from '../_workspace/sandboxClock';
import { browserStoreOptions } from '../_workspace/browserStart';
import { takeNewAttempts } from '../_triggers/logView';
import { ENVELOPE_FORMAT, ENVELOPE_VERSION } from '../_workspace/constants';
import type { SandboxEnvelope, SavedUiState } from '../_workspace/envelope';
import type { SandboxPreset } from '@/content/presets/schema';
import { SNAPSHOT_VERSION } from '@/simulator/core/model';
import { labCodeForEnvelope, restoreLabCode } from '../_codelab/labCode';

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
  /** The app client's secret, when it has one (callers then send SECRET_HASH). */
  clientSecret?: string;
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
  /** Accounts in the learner's virtual authenticator app (see {@link SandboxStore.addAuthenticatorAccount}); absent until one is added. */
  authenticator?: readonly AuthenticatorAccount[];
  /**
   * Increases whenever the whole state is replaced (undo, reset, import, a
   * preset or a shared link): forms holding local state can key on it.
   */
  epoch?: number;
  /** What undo would revert (newest last, labels only); empty when there is nothing to undo. */
  undoLabels?: readonly string[];
  /** The preset the current state started from. */
  presetId?: string;
  /** Presets the sandbox can load (id, name and description), once the catalogue has loaded. */
  presets?: readonly PresetSummary[];
  /** Something the learner must know about how the page started (a bad share link, a saved state that could not be read). */
  startNotice?: { kind: 'info' | 'error'; message: string };
  /** Saving in the browser: when it last worked, or why it failed. */
  saved?: { at?: number; error?: string };
}

/** A preset as the picker lists it. */
export interface PresetSummary {
  id: string;
  name: string;
  description: string;
  tryThis: string;
}

/** Where the sandbox keeps its state between visits (localStorage in the page; a Map in tests). */
export interface SandboxPersistence {
  load(): string | null;
  save(text: string): void;
}

/** What the page was opened with: a share link (`#state=…`) or a preset (`?preset=id`). */
export type StartRequest = { kind: 'link'; fragment: string } | { kind: 'preset'; id: string };

/** One account in the learner's virtual authenticator app: a TOTP shared secret (Base32) and its label. */
export interface AuthenticatorAccount {
  id: number;
  label: string;
  /** Base32, upper case, no spaces. */
  secret: string;
  /** Simulated time it was added (epoch ms). */
  addedAt: number;
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
  /** Keep the state between visits: restored on start, saved after every change. */
  persistence?: SandboxPersistence;
  /** How the page was opened (read once, on start). */
  startRequest?: () => StartRequest | undefined;
  /** Milliseconds to wait after a change before saving (default 300). */
  saveDelayMs?: number;
  /** Runs Lambda trigger code (TRIGGERS engineer). Default: the factory set with {@link setLambdaRuntimeFactory}, if any. */
  lambdaRuntime?: LambdaRuntime;
  /** Decides IAM requests (IDENTITY engineer). Default: the evaluator set with {@link setPolicyEvaluator}, looked up at each decision. */
  policyEvaluator?: PolicyEvaluator;
}

// --- Lambda runtime hook (added by the TRIGGERS engineer; app/sandbox/_triggers/ sets it) ---
let lambdaRuntimeFactory: (() => LambdaRuntime) | undefined;

/** Sets how the page's engine gets its Lambda runtime (called before the store starts; the browser's is a Web Worker runtime). */
export function setLambdaRuntimeFactory(factory: (() => LambdaRuntime) | undefined): void {
  lambdaRuntimeFactory = factory;
}
// --- end Lambda runtime hook ---

// --- Policy evaluator hook (added by the IDENTITY engineer; app/sandbox/_identity/ sets it) ---
let pagePolicyEvaluator: PolicyEvaluator | undefined;

/** Sets the evaluator the page's engine asks for IAM decisions (the browser's runs @cloud-copilot/iam-simulate in a Web Worker). */
export function setPolicyEvaluator(evaluator: PolicyEvaluator | undefined): void {
  pagePolicyEvaluator = evaluator;
}
// --- end policy evaluator hook ---

/** How many steps undo remembers. */
export const UNDO_LIMIT = 20;

type Listener = () => void;

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
  #clock: SandboxClock | undefined;
  #started: Promise<void> | undefined;

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
      const clock = new SandboxClock(this.#options.startAt ?? Math.floor(Date.now() / 1000) * 1000);
      const sim = engine.createSimulator({
        clock,
        random: this.#options.random ?? engine.cryptoRandom,
        passwordHashIterations: this.#options.passwordHashIterations,
        lambdaRuntime: this.#options.lambdaRuntime ?? lambdaRuntimeFactory?.(),
        policyEvaluator: this.#options.policyEvaluator ?? {
          evaluate: (request) => (pagePolicyEvaluator ? pagePolicyEvaluator.evaluate(request) : Promise.reject(new engine.NoPolicyEvaluatorError())),
        },
      });
      sim.onCall((record) => this.#recordCall(record));
      this.#sim = sim;
      this.#clock = clock;
      this.#lastState = sim.state;
      this.#set({ now: clock.now() });
      await this.#startFromBestSource();
      this.#lastState = sim.state;
      // Trigger attempts from a restored state belong to no call of this visit (TRIGGERS engineer).
      for (const list of Object.values(sim.state.lambdaInvocations ?? {})) for (const r of list) this.#lambdaSeen.add(r.requestId);
      // How the page started is not a step to undo.
      this.#undo = [];
      this.#set({ undoLabels: [] });
      this.#set({ status: 'ready', ...this.#engineView() });
    } catch (e) {
      this.#set({ status: 'failed', setupError: toSandboxError(e), ...this.#engineView() });
    }
  }

  /** Creates the demo user pool and app client and makes them the forms' pool. */
  async #createDemoPool(): Promise<void> {
    const sim = this.#sim!;
    const { UserPool } = await sim.call<{ UserPool: { Id: string; Name: string; Policies?: { PasswordPolicy?: PasswordPolicyLike } } }>(
      'CreateUserPool',
      structuredClone(DEMO_POOL_REQUEST),
    );
    const { UserPoolClient } = await sim.call<{ UserPoolClient: { ClientId: string; ClientName: string; ExplicitAuthFlows?: string[] } }>(
      'CreateUserPoolClient',
      { UserPoolId: UserPool.Id, ...structuredClone(DEMO_CLIENT_REQUEST) },
    );
    this.#set({
      pool: {
        userPoolId: UserPool.Id,
        poolName: UserPool.Name,
        clientId: UserPoolClient.ClientId,
        clientName: UserPoolClient.ClientName,
        explicitAuthFlows: UserPoolClient.ExplicitAuthFlows ?? [...DEMO_CLIENT_REQUEST.ExplicitAuthFlows],
        passwordPolicy: UserPool.Policies?.PasswordPolicy,
      },
    });
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

  /** Moves the simulated clock forward by `ms` milliseconds (undo moves it back). */
  advanceClock(ms: number, label = 'Move the clock'): void {
    if (!this.#clock || !this.#sim || !(ms > 0)) return;
    this.#pushUndo(this.#entry(label));
    this.#clock.advance(ms);
    this.#set({ now: this.#clock.now() });
  }

  // --- Authenticator accounts (inspector feature; the flows' TOTP setup calls addAuthenticatorAccount) ---

  /**
   * Adds a TOTP account to the learner's virtual authenticator, as scanning
   * the setup QR code would (`secret` is AssociateSoftwareToken's SecretCode;
   * spaces and lower case are accepted). Adding a secret that is already
   * there only renames it. Refuses a secret that is not Base32.
   */
  addAuthenticatorAccount(account: { label: string; secret: string }): CallOutcome<AuthenticatorAccount> {
    const secret = account.secret.replace(/[\s-]/g, '').toUpperCase();
    if (!/^[A-Z2-7]+=*$/.test(secret)) {
      return { ok: false, error: { name: 'InvalidSecret', message: 'A secret key uses only the letters A to Z and the digits 2 to 7 (Base32).' } };
    }
    const label = account.label.trim() || 'Cognito user pool';
    const accounts = this.#snapshot.authenticator ?? [];
    const existing = accounts.find((a) => a.secret === secret);
    const added: AuthenticatorAccount = existing
      ? { ...existing, label }
      : { id: accounts.reduce((max, a) => Math.max(max, a.id), 0) + 1, label, secret, addedAt: this.#clock?.now() ?? 0 };
    this.#set({ authenticator: existing ? accounts.map((a) => (a.id === existing.id ? added : a)) : [...accounts, added] });
    return { ok: true, value: added };
  }

  /** Removes an account from the virtual authenticator. */
  removeAuthenticatorAccount(id: number): void {
    const accounts = this.#snapshot.authenticator ?? [];
    if (accounts.some((a) => a.id === id)) this.#set({ authenticator: accounts.filter((a) => a.id !== id) });
  }

  // --- Flow tokens (flows feature: the sign-in, refresh and sign-out flows hand their tokens to the Tokens panel) ---

  /**
   * Makes `tokens` the sandbox's current tokens (what the Tokens panel shows),
   * as a sign-in or refresh in the flows area got them; `undefined` forgets
   * them (a local sign-out).
   */
  adoptTokens(tokens: SessionTokens | undefined): void {
    this.#set({ tokens });
  }

  /** Publishes the engine's outbox, clock and pool again after work done outside `call` (the hosted pages' `sim.oauth.handle` sends codes too). */
  syncEngineView(): void {
    if (this.#sim) this.#set(this.#engineView());
  }

  // --- end of flow tokens ---

  #engineView(): Pick<SandboxSnapshot, 'now' | 'outbox' | 'pool'> {
    return { now: this.#clock?.now() ?? null, outbox: this.#sim?.outbox ?? [], pool: this.#currentPool() };
  }

  #recordCall(record: CallRecord): void {
    const sim = this.#sim;
    // Every call that changed the engine's state is one step undo can revert
    // (unless it runs inside a larger action, which records itself once).
    if (sim && sim.state !== this.#lastState) {
      if (this.#batchDepth === 0 && this.#lastState) this.#pushUndo({ label: record.operation, state: this.#lastState, clockMs: this.#clock?.now() ?? 0, ui: this.#uiState(), calls: this.#snapshot.calls });
      this.#lastState = sim.state;
    }
    // TRIGGERS engineer: attach the Lambda trigger attempts this call caused (`lambda`), for the sequence diagrams.
    const poolId = this.#snapshot.pool?.userPoolId;
    const lambda = sim && poolId ? takeNewAttempts(sim.lambdaInvocations(poolId), this.#lambdaSeen) : [];
    const entry: CallRecord = lambda.length ? Object.assign({}, record, { lambda }) : record;
    const calls = [...this.#snapshot.calls, entry];
    this.#set({ calls: calls.length > MAX_CALLS ? calls.slice(-MAX_CALLS) : calls });
  }

  /** Request ids of trigger attempts already attached to a call (TRIGGERS engineer). */
  readonly #lambdaSeen = new Set<string>();

  #set(patch: Partial<SandboxSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...patch };
    for (const listener of this.#listeners) listener();
    if (!('saved' in patch && Object.keys(patch).length === 1)) this.#scheduleSave();
  }

  // --- Workspace: undo, reset, saving, import/export, presets (workspace feature) ---

  #lastState: SimState | undefined;
  #undo: UndoEntry[] = [];
  #batchDepth = 0;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** The forms' pool and client, re-read from the engine (settings may have changed them). */
  #currentPool(): DemoPool | undefined {
    const known = this.#snapshot.pool;
    const state = this.#sim?.state;
    if (!known || !state) return known;
    const pool = state.userPools[known.userPoolId];
    const client = pool?.clients[known.clientId];
    if (!pool || !client) return known;
    const next: DemoPool = {
      userPoolId: pool.id,
      poolName: String(pool.config.Name ?? known.poolName),
      clientId: known.clientId,
      clientName: String(client.config.ClientName ?? known.clientName),
      explicitAuthFlows: (client.config.ExplicitAuthFlows as string[] | undefined) ?? [],
      passwordPolicy: (pool.config.Policies as { PasswordPolicy?: PasswordPolicyLike } | undefined)?.PasswordPolicy,
      ...(typeof client.config.ClientSecret === 'string' ? { clientSecret: client.config.ClientSecret } : {}),
    };
    return JSON.stringify(next) === JSON.stringify(known) ? known : next;
  }

  #uiState(): SavedUiState {
    const s = this.#snapshot;
    return JSON.parse(
      JSON.stringify({ pool: s.pool, tokens: s.tokens, lastSignUp: s.lastSignUp, authenticator: s.authenticator, presetId: s.presetId }),
    ) as SavedUiState;
  }

  #entry(label: string): UndoEntry {
    return { label, state: this.#sim!.state, clockMs: this.#clock!.now(), ui: this.#uiState(), calls: this.#snapshot.calls };
  }

  #pushUndo(entry: UndoEntry): void {
    this.#undo = [...this.#undo, entry].slice(-UNDO_LIMIT);
    this.#set({ undoLabels: this.#undo.map((e) => e.label) });
  }

  /** Puts the engine, the clock and the page state back as they were; throws (changing nothing) if the engine refuses the snapshot. */
  async #restore(state: unknown, clockMs: number, ui: SavedUiState): Promise<void> {
    const sim = this.#sim!;
    await sim.importState(state);
    this.#clock!.restore(clockMs);
    this.#lastState = sim.state;
    this.#set({
      pool: ui.pool as DemoPool | undefined,
      tokens: ui.tokens,
      lastSignUp: ui.lastSignUp,
      authenticator: ui.authenticator as AuthenticatorAccount[] | undefined,
      presetId: ui.presetId,
      epoch: (this.#snapshot.epoch ?? 0) + 1,
    });
    this.#set(this.#engineView());
  }

  /**
   * Runs a larger action (reset, a preset, new pool) as one undo step. The
   * step is recorded only if something changed.
   */
  async batch<T>(label: string, action: () => Promise<T>): Promise<T> {
    if (!this.#sim || !this.#clock) return action();
    const before = this.#entry(label);
    this.#batchDepth++;
    try {
      return await action();
    } finally {
      this.#batchDepth--;
      this.#lastState = this.#sim.state;
      const changed = this.#sim.state !== before.state || this.#clock.now() !== before.clockMs || JSON.stringify(this.#uiState()) !== JSON.stringify(before.ui);
      if (changed) this.#pushUndo(before);
    }
  }

  /** Makes another pool and client the one the forms use (after creating a pool with new sign-in settings, or a client with a secret). */
  usePool(userPoolId: string, clientId: string): CallOutcome<DemoPool> {
    const pool = this.#sim?.state.userPools[userPoolId];
    const client = pool?.clients[clientId];
    if (!pool || !client) return { ok: false, error: { name: 'ResourceNotFoundException', message: `No app client ${clientId} in pool ${userPoolId}.` } };
    this.#set({
      pool: {
        userPoolId,
        poolName: String(pool.config.Name),
        clientId,
        clientName: String(client.config.ClientName),
        explicitAuthFlows: [],
      },
      tokens: undefined,
    });
    this.#set(this.#engineView());
    return { ok: true, value: this.#snapshot.pool! };
  }

  /** Reverts the last step (an engine call that changed something, a clock move, or a larger action). */
  async undo(): Promise<CallOutcome<{ label: string }>> {
    const entry = this.#undo.at(-1);
    if (!entry || !this.#sim) return { ok: false, error: { name: 'NothingToUndo', message: 'There is nothing to undo.' } };
    try {
      await this.#restore(entry.state, entry.clockMs, entry.ui);
    } catch (e) {
      return { ok: false, error: toSandboxError(e) };
    }
    // The calls the undone step made leave the log (and so the audit view and metrics) with it.
    if (entry.calls) this.#set({ calls: entry.calls });
    this.#undo = this.#undo.slice(0, -1);
    this.#set({ undoLabels: this.#undo.map((e) => e.label) });
    return { ok: true, value: { label: entry.label } };
  }

  /** Starts again from a clean slate: an empty account with a new demo pool (undo brings the old state back). */
  async reset(): Promise<CallOutcome<Record<string, never>>> {
    const sim = this.#sim;
    if (!sim) return { ok: false, error: { name: 'SandboxNotReady', message: 'The sandbox is still starting.' } };
    try {
      await this.batch('Reset', async () => {
        await this.#restore(emptyState(sim.region), this.#clock!.now(), {});
        this.#set({ calls: [] });
        await this.#createDemoPool();
      });
      this.#set(this.#engineView());
      return { ok: true, value: {} };
    } catch (e) {
      return { ok: false, error: toSandboxError(e) };
    }
  }

  /** The whole sandbox as a versioned envelope (engine snapshot, simulated time, page state). */
  exportEnvelope(): Promise<SandboxEnvelope | undefined> {
    return Promise.resolve(this.#envelope());
  }

  #envelope(): SandboxEnvelope | undefined {
    if (!this.#sim || !this.#clock || this.#snapshot.status !== 'ready') return undefined;
    return {
      format: ENVELOPE_FORMAT,
      version: ENVELOPE_VERSION,
      clockMs: this.#clock.now(),
      snapshot: this.#sim.exportState() as unknown as Record<string, unknown>,
      // The code lab's code travels in files and links, but is not part of undo steps.
      ui: { ...this.#uiState(), ...labCodeForEnvelope() },
      savedAt: Date.now(),
    };
  }

  /**
   * Replaces the whole sandbox with a saved envelope (JSON text or object).
   * Anything wrong (not JSON, another format or version, a damaged engine
   * snapshot) is refused with a message and nothing changes.
   */
  async importEnvelope(input: unknown, label = 'Import'): Promise<CallOutcome<SandboxEnvelope>> {
    if (!this.#sim) return { ok: false, error: { name: 'SandboxNotReady', message: 'The sandbox is still starting.' } };
    const { parseEnvelope } = await import('../_workspace/envelope');
    const parsed = parseEnvelope(input);
    if (!parsed.ok) return { ok: false, error: { name: 'InvalidSandboxState', message: parsed.message } };
    try {
      await this.batch(label, () => this.#restore(parsed.envelope.snapshot, parsed.envelope.clockMs, parsed.envelope.ui));
    } catch (e) {
      return { ok: false, error: { name: 'InvalidSandboxState', message: e instanceof Error ? e.message : String(e) } };
    }
    restoreLabCode(parsed.envelope.ui.codeLab);
    return { ok: true, value: parsed.envelope };
  }

  /** Loads a preset by id: a clean slate, then the preset's calls and clock moves. */
  async loadPreset(id: string): Promise<CallOutcome<PresetSummary>> {
    const sim = this.#sim;
    if (!sim) return { ok: false, error: { name: 'SandboxNotReady', message: 'The sandbox is still starting.' } };
    const { findPreset } = await import('@/content/presets/presets');
    const preset = findPreset(id);
    if (!preset) {
      return { ok: false, error: { name: 'UnknownPreset', message: `There is no scenario called "${id}".` } };
    }
    const before = { state: sim.state, clockMs: this.#clock!.now(), ui: this.#uiState(), undo: this.#undo, calls: this.#snapshot.calls };
    try {
      await this.batch(`Load “${preset.name}”`, () => this.#replay(preset));
    } catch (e) {
      // A preset that fails part-way leaves nothing behind.
      await this.#restore(before.state, before.clockMs, before.ui);
      // As undo does: the log (audit view, metrics) goes back with the state.
      this.#set({ calls: before.calls });
      this.#undo = before.undo;
      this.#set({ undoLabels: this.#undo.map((u) => u.label) });
      return { ok: false, error: toSandboxError(e) };
    }
    return { ok: true, value: summary(preset) };
  }

  async #replay(preset: SandboxPreset): Promise<void> {
    const sim = this.#sim!;
    const clock = this.#clock!;
    const { presetEngineFor, replayPreset } = await import('@/content/presets/replay');
    await this.#restore(emptyState(sim.region), clock.now(), {});
    this.#set({ calls: [] });
    const out = await replayPreset(presetEngineFor(sim, (ms) => clock.advance(ms)), preset);
    if (out.poolId && out.clientId) this.usePool(out.poolId, out.clientId);
    const r = out.signIn?.result;
    this.#set({
      presetId: preset.id,
      tokens:
        out.signIn && r?.IdToken && r.AccessToken
          ? { username: out.signIn.username, idToken: r.IdToken, accessToken: r.AccessToken, refreshToken: r.RefreshToken, expiresIn: r.ExpiresIn ?? 0, tokenType: r.TokenType ?? 'Bearer', receivedAt: clock.now() }
          : undefined,
      ...this.#engineView(),
    });
  }

  /** Moves the clock to an instant in the future (the custom jump). */
  jumpClockTo(ms: number): CallOutcome<number> {
    const now = this.#clock?.now();
    if (now === undefined) return { ok: false, error: { name: 'SandboxNotReady', message: 'The sandbox is still starting.' } };
    if (!Number.isFinite(ms) || ms <= now) return { ok: false, error: { name: 'InvalidTime', message: 'Choose a time after the current simulated time: the clock only moves forward (undo moves it back).' } };
    this.advanceClock(ms - now, 'Jump the clock');
    return { ok: true, value: ms };
  }

  async #startFromBestSource(): Promise<void> {
    const request = this.#options.startRequest?.();
    const catalogue = await import('@/content/presets/presets');
    this.#set({ presets: catalogue.SANDBOX_PRESETS.map(summary) });
    const notices: string[] = [];
    if (request?.kind === 'link') {
      const { envelopeFromFragment } = await import('../_workspace/envelope');
      const parsed = envelopeFromFragment(request.fragment);
      if (parsed?.ok) {
        try {
          await this.#restore(parsed.envelope.snapshot, parsed.envelope.clockMs, parsed.envelope.ui);
          restoreLabCode(parsed.envelope.ui.codeLab);
          this.#set({ startNotice: { kind: 'info', message: 'Opened the sandbox state from the shared link.' } });
          return;
        } catch (e) {
          notices.push(`The shared link could not be opened: ${e instanceof Error ? e.message : String(e)}`);
        }
      } else if (parsed) {
        notices.push(`The shared link could not be opened: ${parsed.message}`);
      }
    }
    if (request?.kind === 'preset') {
      const preset = catalogue.findPreset(request.id);
      if (preset) {
        try {
          await this.batch(`Load “${preset.name}”`, () => this.#replay(preset));
          this.#undo = [];
          this.#set({ undoLabels: [], startNotice: { kind: 'info', message: `Loaded the scenario “${preset.name}”.` } });
          return;
        } catch (e) {
          notices.push(`The scenario "${request.id}" could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
        }
      } else {
        notices.push(`There is no scenario called "${request.id}".`);
      }
    }
    const saved = this.#options.persistence?.load();
    if (saved) {
      const { parseEnvelope } = await import('../_workspace/envelope');
      const parsed = parseEnvelope(saved);
      try {
        if (!parsed.ok) throw new Error(parsed.message);
        await this.#restore(parsed.envelope.snapshot, parsed.envelope.clockMs, parsed.envelope.ui);
        if (notices.length > 0) this.#set({ startNotice: { kind: 'error', message: `${notices.join(' ')} Your saved sandbox is shown instead.` } });
        return;
      } catch (e) {
        notices.push(`Your saved sandbox could not be restored (${e instanceof Error ? e.message : String(e)}), so a new one was started.`);
      }
    }
    await this.#restore(emptyState(this.#sim!.region), this.#clock!.now(), {});
    this.#set({ epoch: 0 });
    await this.#createDemoPool();
    if (notices.length > 0) this.#set({ startNotice: { kind: 'error', message: notices.join(' ') } });
  }

  #scheduleSave(): void {
    const persistence = this.#options.persistence;
    if (!persistence || this.#snapshot.status !== 'ready') return;
    if (this.#saveTimer !== undefined) clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = undefined;
      void this.saveNow();
    }, this.#options.saveDelayMs ?? 300);
  }

  /** Saves the state now (the page also saves by itself shortly after every change). */
  saveNow(): Promise<void> {
    this.flushSave();
    return Promise.resolve();
  }

  /** Saves at once, synchronously (the page calls it when it is being left, so the last change is never lost). */
  flushSave(): void {
    const persistence = this.#options.persistence;
    if (!persistence) return;
    if (this.#saveTimer !== undefined) {
      clearTimeout(this.#saveTimer);
      this.#saveTimer = undefined;
    }
    const envelope = this.#envelope();
    if (!envelope) return;
    try {
      persistence.save(JSON.stringify(envelope));
      this.#set({ saved: { at: envelope.savedAt } });
    } catch (e) {
      this.#set({ saved: { error: `Could not save in this browser: ${e instanceof Error ? e.message : String(e)}` } });
    }
  }
}

interface UndoEntry {
  label: string;
  /** The engine state before the step (states are never changed in place, so keeping the object is enough). */
  state: SimState;
  clockMs: number;
  ui: SavedUiState;
  /** The call log before the step: undo puts it back, so the log, audit view and metrics match the restored state. */
  calls?: readonly CallRecord[];
}

const summary = (p: SandboxPreset): PresetSummary => ({ id: p.id, name: p.name, description: p.description, tryThis: p.tryThis });

/** An account with no pools (the engine's snapshot format). */
function emptyState(region: string): object {
  return { version: SNAPSHOT_VERSION, region, userPools: {}, outbox: [], nextMessageId: 1 };
}

/** Creates a store with its own engine (the page uses one shared store; tests make their own). */
export function createSandboxStore(options: SandboxStoreOptions = {}): SandboxStore {
  return new SandboxStore(options);
}

let shared: SandboxStore | undefined;

/** The page's store, created on first use and shared by every component. */
export function getSandboxStore(): SandboxStore {
  if (!shared) {
    shared = createSandboxStore(typeof window === 'undefined' ? {} : browserStoreOptions());
    const store = shared;
    if (typeof window !== 'undefined') window.addEventListener('pagehide', () => store.flushSave());
  }
  return shared;
}
