/**
 * Replays a preset against an engine. Portable (browser and Node): it only
 * needs something that runs calls and moves the clock.
 */
import type { PresetStep, SandboxPreset } from './schema';

/** What replaying needs from the engine. */
export interface PresetEngine {
  call(operation: string, input: unknown): Promise<Record<string, unknown>>;
  advance(ms: number): void;
  /** Messages sent so far, oldest first. */
  outbox(): readonly { username: string; code?: string }[];
}

interface AuthenticationResult {
  IdToken?: string;
  AccessToken?: string;
  RefreshToken?: string;
  ExpiresIn?: number;
  TokenType?: string;
}

/** Where a replay ended: the pool and client it made, and the last sign-in. */
export interface ReplayResult {
  poolId?: string;
  clientId?: string;
  clientSecret?: string;
  signIn?: { username: string; result: AuthenticationResult };
}

/** A step that failed: which one and the engine's error. */
export class PresetReplayError extends Error {
  override readonly name = 'PresetReplayError';
  constructor(
    readonly presetId: string,
    readonly stepIndex: number,
    readonly cause: unknown,
  ) {
    const e = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    super(`Preset "${presetId}" failed at step ${stepIndex + 1}: ${e}`);
  }
}

const PLACEHOLDER = /\{\{(poolId|clientId|code:([^}]+))\}\}/g;

function fill(value: unknown, vars: ReplayResult, codeOf: (username: string) => string | undefined): unknown {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (whole, name: string, user?: string) => {
      const v = name === 'poolId' ? vars.poolId : name === 'clientId' ? vars.clientId : user ? codeOf(user) : undefined;
      if (v === undefined) throw new Error(`No value for ${whole} yet`);
      return v;
    });
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, vars, codeOf));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars, codeOf)]));
  }
  return value;
}

async function runStep(engine: PresetEngine, step: PresetStep, out: ReplayResult): Promise<void> {
  const codeOf = (username: string) => [...engine.outbox()].reverse().find((m) => m.username === username && m.code)?.code;
  if (step.kind === 'advance') {
    engine.advance(step.ms);
    return;
  }
  if (step.kind === 'signIn') {
    if (!out.clientId) throw new Error('signIn needs an app client first');
    const res = await engine.call('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: out.clientId,
      AuthParameters: { USERNAME: step.username, PASSWORD: step.password },
    });
    const result = res.AuthenticationResult as AuthenticationResult | undefined;
    if (!result?.AccessToken) throw new Error(`signIn of ${step.username} returned a challenge (${String(res.ChallengeName)}), not tokens`);
    out.signIn = { username: step.username, result };
    return;
  }
  const res = await engine.call(step.operation, fill(step.input, out, codeOf));
  if (step.operation === 'CreateUserPool') {
    out.poolId = (res.UserPool as { Id: string }).Id;
    out.clientId = undefined;
    out.clientSecret = undefined;
  }
  if (step.operation === 'CreateUserPoolClient') {
    const client = res.UserPoolClient as { ClientId: string; ClientSecret?: string };
    out.clientId = client.ClientId;
    out.clientSecret = client.ClientSecret;
  }
}

/** Runs every step in order; throws {@link PresetReplayError} at the first failure. */
export async function replayPreset(engine: PresetEngine, preset: SandboxPreset): Promise<ReplayResult> {
  const out: ReplayResult = {};
  for (const [i, step] of preset.steps.entries()) {
    try {
      await runStep(engine, step, out);
    } catch (e) {
      throw new PresetReplayError(preset.id, i, e);
    }
  }
  return out;
}
