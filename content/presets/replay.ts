/**
 * Replays a preset against an engine. Portable (browser and Node): it only
 * needs something that runs calls and moves the clock, plus, for presets
 * that use them, the simulated Lambda and IAM (see {@link presetEngineFor}).
 */
import type { PresetService, PresetStep, SandboxPreset } from './schema';

/** The X-Amz-Target prefix of each service a preset can call. */
const TARGET_PREFIX: Record<PresetService, string> = {
  'cognito-idp': 'AWSCognitoIdentityProviderService',
  'cognito-identity': 'AWSCognitoIdentityService',
};

/** A function deployment as the engine takes it (`Simulator.putLambdaFunction`). */
export interface PresetFunction {
  name: string;
  code: string;
  language: 'typescript' | 'javascript';
}

/** An IAM role's policies as the engine takes them (`sim.aws.iam.putRole`). */
export interface PresetRole {
  roleArn: string;
  trustPolicy?: Record<string, unknown>;
  permissionPolicies: { name: string; document: Record<string, unknown> }[];
}

/** What replaying needs from the engine. */
export interface PresetEngine {
  /** Runs one operation; `target` is an X-Amz-Target (`AWSCognitoIdentityService.GetId`) or a user pools operation name. */
  call(target: string, input: unknown): Promise<Record<string, unknown>>;
  advance(ms: number): void;
  /** Messages sent so far, oldest first. */
  outbox(): readonly { username: string; code?: string }[];
  /** The simulated account's Region (needed by `{{region}}`). */
  region?: string;
  /** Deploys a Lambda function; resolves with its ARN (needed by `deployFunction` steps). */
  putLambdaFunction?(fn: PresetFunction): Promise<{ arn: string }>;
  /** Stores an IAM role's policies (needed by `putRole` steps). */
  putRole?(role: PresetRole): Promise<unknown>;
}

/** The parts of the engine's Simulator {@link presetEngineFor} uses (structural, so this module stays free of engine imports). */
export interface PresetSimulator {
  call<O = Record<string, unknown>>(target: string, input?: unknown): Promise<O>;
  readonly outbox: readonly { username: string; code?: string }[];
  readonly region: string;
  putLambdaFunction(input: PresetFunction): Promise<{ arn: string }>;
  readonly aws: { iam: { putRole(input: PresetRole): Promise<unknown> } };
}

/** A {@link PresetEngine} over a simulator and a way to move its clock. */
export function presetEngineFor(sim: PresetSimulator, advance: (ms: number) => void): PresetEngine {
  return {
    call: (target, input) => sim.call(target, input),
    advance,
    outbox: () => sim.outbox,
    region: sim.region,
    putLambdaFunction: (fn) => sim.putLambdaFunction(fn),
    putRole: (role) => sim.aws.iam.putRole(role),
  };
}

interface AuthenticationResult {
  IdToken?: string;
  AccessToken?: string;
  RefreshToken?: string;
  ExpiresIn?: number;
  TokenType?: string;
}

/** Where a replay ended: the pool, client and identity pool it made, the functions it deployed, and the last sign-in. */
export interface ReplayResult {
  poolId?: string;
  clientId?: string;
  clientSecret?: string;
  identityPoolId?: string;
  /** ARNs of the functions the preset deployed, by name. */
  functions: Record<string, string>;
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

/**
 * The domain prefix the sandbox's Hosted UI tab gives a pool: `sandbox-` and
 * the part of the pool id after the Region, lower case (domain prefixes are
 * lower case). Must agree with `domainPrefixFor` in app/sandbox/_oauth/hostedUi.ts.
 */
export const domainPrefixOf = (poolId: string): string => `sandbox-${(poolId.split('_')[1] ?? poolId).toLowerCase().replace(/[^a-z0-9-]/g, '')}`;

const PLACEHOLDER = /\{\{(poolId|clientId|identityPoolId|region|domainPrefix|functionArn:([^}]+)|code:([^}]+))\}\}/g;

interface Fill {
  vars: ReplayResult;
  region?: string;
  codeOf(username: string): string | undefined;
}

function fillText(text: string, f: Fill): string {
  return text.replace(PLACEHOLDER, (whole, name: string, fn?: string, user?: string) => {
    const v =
      name === 'poolId'
        ? f.vars.poolId
        : name === 'clientId'
          ? f.vars.clientId
          : name === 'identityPoolId'
            ? f.vars.identityPoolId
            : name === 'region'
              ? f.region
              : name === 'domainPrefix'
                ? f.vars.poolId && domainPrefixOf(f.vars.poolId)
                : fn !== undefined
                  ? f.vars.functions[fn]
                  : user !== undefined
                    ? f.codeOf(user)
                    : undefined;
    if (v === undefined) throw new Error(`No value for ${whole} yet`);
    return v;
  });
}

function fill(value: unknown, f: Fill): unknown {
  if (typeof value === 'string') return fillText(value, f);
  if (Array.isArray(value)) return value.map((v) => fill(v, f));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [fillText(k, f), fill(v, f)]));
  }
  return value;
}

async function runStep(engine: PresetEngine, step: PresetStep, out: ReplayResult): Promise<void> {
  const f: Fill = {
    vars: out,
    region: engine.region,
    codeOf: (username) => [...engine.outbox()].reverse().find((m) => m.username === username && m.code)?.code,
  };
  switch (step.kind) {
    case 'advance':
      engine.advance(step.ms);
      return;
    case 'signIn': {
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
    case 'deployFunction': {
      if (!engine.putLambdaFunction) throw new Error('This engine cannot deploy Lambda functions');
      const fn = await engine.putLambdaFunction({ name: step.name, code: step.code, language: step.language });
      out.functions[step.name] = fn.arn;
      return;
    }
    case 'putRole': {
      if (!engine.putRole) throw new Error('This engine has no IAM roles');
      await engine.putRole(fill({ roleArn: step.roleArn, trustPolicy: step.trustPolicy, permissionPolicies: step.permissionPolicies }, f) as PresetRole);
      return;
    }
    case 'call':
      break;
  }
  const target = `${TARGET_PREFIX[step.service ?? 'cognito-idp']}.${step.operation}`;
  const res = await engine.call(target, fill(step.input, f));
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
  if (step.operation === 'CreateIdentityPool') out.identityPoolId = res.IdentityPoolId as string;
}

/** Runs every step in order; throws {@link PresetReplayError} at the first failure. */
export async function replayPreset(engine: PresetEngine, preset: SandboxPreset): Promise<ReplayResult> {
  const out: ReplayResult = { functions: {} };
  for (const [i, step] of preset.steps.entries()) {
    try {
      await runStep(engine, step, out);
    } catch (e) {
      throw new PresetReplayError(preset.id, i, e);
    }
  }
  return out;
}
