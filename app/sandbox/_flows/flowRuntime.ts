/**
 * The flows of the sandbox page, running: one actor per flow machine
 * (sign-up, sign-in, forgot password, the signed-in session), wired to the
 * sandbox store. Framework-free; React reads it through `useFlows.ts`.
 *
 * - Every flow calls the engine through the store's `call()`, so its calls
 *   appear in the call log; the runtime remembers which requests each flow
 *   sent, and the sequence diagram draws exactly those calls.
 * - When the app client has a secret, SECRET_HASH is added to each request
 *   here (as an app's backend helper would), so the charts stay about the flow.
 * - The actors' delays (a challenge session's lifetime) run on an XState
 *   SimulatedClock that follows the sandbox's simulated clock.
 * - Tokens from a sign-in go to the session and to the store (the Tokens
 *   panel); refreshes and sign-outs update the store too.
 */
import { createActor, SimulatedClock, type Actor, type AnyStateMachine } from 'xstate';
import type { FlowApi } from '@/machines/flows/api';
import { forgotPasswordMachine } from '@/machines/flows/forgotPassword';
import { sessionMachine } from '@/machines/flows/session';
import { signInMachine } from '@/machines/flows/signIn';
import { signUpMachine } from '@/machines/flows/signUp';
import { LIFETIMES } from '@/simulator/facts';
import type { SandboxStore, SessionTokens } from '../_lib/sandboxStore';
import { startSrp } from './srpClient';

export type FlowKey = 'signUp' | 'signIn' | 'forgotPassword' | 'session';

export const FLOW_TITLES: Readonly<Record<FlowKey, string>> = {
  signUp: 'Sign-up and confirmation',
  signIn: 'Sign-in',
  forgotPassword: 'Forgot password',
  session: 'Signed-in user',
};

export const FLOW_MACHINES: Readonly<Record<FlowKey, AnyStateMachine>> = {
  signUp: signUpMachine,
  signIn: signInMachine,
  forgotPassword: forgotPasswordMachine,
  session: sessionMachine,
};

const MINUTE_MS = 60_000;

/** SECRET_HASH = Base64(HMAC-SHA256(client secret, username ‖ client id)). */
async function secretHash(clientSecret: string, username: string, clientId: string): Promise<string> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', enc.encode(clientSecret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(username + clientId)));
  return btoa(String.fromCharCode(...mac));
}

/** The request with SECRET_HASH / SecretHash added where Cognito expects it for a client with a secret. */
export async function withSecretHash(operation: string, input: unknown, clientSecret: string | undefined, clientId: string, knownUsername?: string): Promise<unknown> {
  if (!clientSecret || typeof input !== 'object' || input === null) return input;
  const req = { ...(input as Record<string, unknown>) };
  if (typeof req.Username === 'string' && operation !== 'AdminCreateUser') req.SecretHash = await secretHash(clientSecret, req.Username, clientId);
  for (const key of ['AuthParameters', 'ChallengeResponses'] as const) {
    const params = req[key] as Record<string, string> | undefined;
    if (!params) continue;
    const username = params.USERNAME ?? knownUsername;
    if (username) req[key] = { ...params, SECRET_HASH: await secretHash(clientSecret, username, clientId) };
  }
  return req;
}

type Listener = () => void;

type SignUpActor = Actor<typeof signUpMachine>;
type SignInActor = Actor<typeof signInMachine>;
type ForgotActor = Actor<typeof forgotPasswordMachine>;
type SessionActor = Actor<typeof sessionMachine>;

/** What the page shows about the runtime itself (changes when an actor is replaced or another flow becomes the latest). */
export interface FlowRuntimeView {
  signUp: SignUpActor;
  signIn: SignInActor;
  forgotPassword: ForgotActor;
  session: SessionActor;
  /** The flow that called the engine last. */
  lastActive: FlowKey;
  /** Bumped whenever a flow's trace changes. */
  traceVersion: number;
}

export class FlowRuntime {
  readonly #store: SandboxStore;
  readonly #listeners = new Set<Listener>();
  readonly #clock = new SimulatedClock();
  readonly #traces: Record<FlowKey, Set<unknown>> = { signUp: new Set(), signIn: new Set(), forgotPassword: new Set(), session: new Set() };
  #view: FlowRuntimeView;
  #epoch: number | undefined;
  #pushedTokens: unknown;

  constructor(store: SandboxStore) {
    this.#store = store;
    const now = store.getSnapshot().now;
    if (now !== null) this.#clock.set(now);
    const session = this.#startSession();
    this.#view = {
      signUp: this.#startSignUp(),
      signIn: this.#startSignIn(session),
      forgotPassword: this.#startForgot(),
      session,
      lastActive: 'signUp',
      traceVersion: 0,
    };
    this.#epoch = store.getSnapshot().epoch;
    store.subscribe(() => this.#onStore());
  }

  subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  getView = (): FlowRuntimeView => this.#view;

  /** The requests a flow sent (to pick its calls out of the store's call log). */
  sentBy(flow: FlowKey): ReadonlySet<unknown> {
    return this.#traces[flow];
  }

  /** A fresh sign-in (after tokens, an expired session or an unanswerable challenge). */
  restartSignIn(): void {
    this.#view.signIn.stop();
    this.#traces.signIn = new Set();
    this.#update({ signIn: this.#startSignIn(this.#view.session), traceVersion: this.#view.traceVersion + 1 });
  }

  /** Clears a flow's trace (its diagram starts empty again). */
  clearTrace(flow: FlowKey): void {
    this.#traces[flow] = new Set();
    this.#update({ traceVersion: this.#view.traceVersion + 1 });
  }

  /** Makes `flow` the one the diagrams follow. */
  focus(flow: FlowKey): void {
    if (this.#view.lastActive !== flow) this.#update({ lastActive: flow });
  }

  #api(flow: FlowKey, usernameForHash?: () => string | undefined): FlowApi {
    const store = this.#store;
    return {
      get userPoolId() {
        return store.getSnapshot().pool?.userPoolId ?? '';
      },
      get clientId() {
        return store.getSnapshot().pool?.clientId ?? '';
      },
      now: () => store.getSnapshot().now ?? Date.now(),
      call: async <T,>(operation: string, input: unknown) => {
        const pool = store.getSnapshot().pool;
        const request = await withSecretHash(operation, input, pool?.clientSecret, pool?.clientId ?? '', usernameForHash?.());
        this.#traces[flow].add(request);
        this.#update({ lastActive: flow, traceVersion: this.#view.traceVersion + 1 });
        const out = await store.call<T>(operation, request);
        this.#update({ traceVersion: this.#view.traceVersion + 1 });
        return out;
      },
    };
  }

  #startSignUp(): SignUpActor {
    return createActor(signUpMachine, { input: { api: this.#api('signUp') }, clock: this.#clock }).start();
  }

  #startForgot(): ForgotActor {
    return createActor(forgotPasswordMachine, { input: { api: this.#api('forgotPassword') }, clock: this.#clock }).start();
  }

  #startSignIn(session: SessionActor): SignInActor {
    const validity = this.#sessionValidityMinutes() * MINUTE_MS;
    const actor = createActor(signInMachine, { input: { api: this.#api('signIn'), startSrp, sessionValidityMs: validity }, clock: this.#clock });
    actor.subscribe((snapshot) => {
      if (snapshot.status !== 'done' || !snapshot.output?.tokens?.AccessToken) return;
      session.send({ type: 'SIGNED_IN', username: snapshot.output.username, tokens: snapshot.output.tokens });
    });
    return actor.start();
  }

  /** The app client's AuthSessionValidity (minutes), read from the engine; Cognito's default until it has started. */
  #sessionValidityMinutes(): number {
    const pool = this.#store.getSnapshot().pool;
    const config = pool ? this.#store.simulator?.state.userPools[pool.userPoolId]?.clients[pool.clientId]?.config : undefined;
    const minutes = (config as { AuthSessionValidity?: unknown } | undefined)?.AuthSessionValidity;
    return typeof minutes === 'number' && minutes > 0 ? minutes : LIFETIMES.authSession.value.default;
  }

  #startSession(): SessionActor {
    // The username is read later, when a request needs SECRET_HASH (the actor exists by then).
    const actor: SessionActor = createActor(sessionMachine, { input: { api: this.#api('session', () => actor.getSnapshot().context.username) }, clock: this.#clock });
    actor.subscribe((snapshot) => {
      const tokens = snapshot.context.tokens;
      if (tokens === this.#pushedTokens) return;
      this.#pushedTokens = tokens;
      this.#store.adoptTokens(tokens?.AccessToken && tokens.IdToken ? this.#asStoreTokens(snapshot.context.username ?? '', tokens) : undefined);
    });
    return actor.start();
  }

  #asStoreTokens(username: string, t: { IdToken?: string; AccessToken?: string; RefreshToken?: string; ExpiresIn?: number; TokenType?: string }): SessionTokens {
    return {
      username,
      idToken: t.IdToken ?? '',
      accessToken: t.AccessToken ?? '',
      refreshToken: t.RefreshToken,
      expiresIn: t.ExpiresIn ?? 0,
      tokenType: t.TokenType ?? 'Bearer',
      receivedAt: this.#store.getSnapshot().now ?? 0,
    };
  }

  #onStore(): void {
    const snap = this.#store.getSnapshot();
    if (snap.now !== null && snap.now > this.#clock.now()) this.#clock.set(snap.now);
    if (snap.epoch !== this.#epoch) {
      // The whole state was replaced (undo, reset, import, preset): start every flow afresh.
      this.#epoch = snap.epoch;
      if (snap.now !== null) this.#clock.set(Math.max(snap.now, this.#clock.now()));
      for (const key of Object.keys(this.#traces) as FlowKey[]) this.#traces[key] = new Set();
      const old = this.#view;
      for (const a of [old.signUp, old.signIn, old.forgotPassword, old.session]) a.stop();
      this.#pushedTokens = undefined;
      const session = this.#startSession();
      // Keep the tokens the restored state carries: the session picks them up.
      if (snap.tokens) {
        const t = snap.tokens;
        session.send({ type: 'SIGNED_IN', username: t.username, tokens: { IdToken: t.idToken, AccessToken: t.accessToken, RefreshToken: t.refreshToken, ExpiresIn: t.expiresIn, TokenType: t.tokenType } });
      }
      this.#update({
        signUp: this.#startSignUp(),
        signIn: this.#startSignIn(session),
        forgotPassword: this.#startForgot(),
        session,
        traceVersion: old.traceVersion + 1,
      });
    }
  }

  #update(patch: Partial<FlowRuntimeView>): void {
    this.#view = { ...this.#view, ...patch };
    for (const l of this.#listeners) l();
  }
}

let shared: FlowRuntime | undefined;

/** The page's flow runtime, over the page's store (created on first use). */
export function getFlowRuntime(store: SandboxStore): FlowRuntime {
  shared ??= new FlowRuntime(store);
  return shared;
}
