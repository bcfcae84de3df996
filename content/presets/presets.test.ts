import { afterAll, describe, expect, it } from 'vitest';
import { createSimulator, SimulatedClock, seededRandom } from '@/simulator';
import { createNodeLambdaRuntime } from '@/server/lambdaRuntime';
import { lessons } from '../index';
import { PLANNED_PRESETS } from './ids';
import { findPreset, PRESET_PASSWORD, PRESET_TEMPORARY_PASSWORD, SANDBOX_PRESETS } from './presets';
import { presetEngineFor, replayPreset } from './replay';
import { SandboxPresetSchema } from './schema';
import { isSandboxView, PRESET_VIEWS, presetHref } from './views';
import { TRIGGER_FUNCTIONS } from './handlers';
import { domainPrefixOf } from './replay';
import { functionNameFor } from '@/app/sandbox/_triggers/catalog';
import { domainPrefixFor, HOSTED_CLIENT_NAME } from '@/app/sandbox/_oauth/hostedUi';
import { M2M_CLIENT_NAME, M2M_SCOPES } from '@/app/sandbox/_oauth/federationFlows';
import { HOSTED_CLIENT, ORDERS_API } from './oauthPresets';
import { NEW_PRESET_CHECKS, type LoadedPreset } from './presetChecks.testing';

const START = Date.UTC(2026, 0, 1, 9, 0, 0);

// Trigger presets run their handlers in the Node Lambda runtime (worker threads), as the engine's trigger tests do.
const runtime = createNodeLambdaRuntime();
afterAll(() => runtime.close());

async function load(id: string) {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  const clock = new SimulatedClock(START);
  const sim = createSimulator({ clock, random: seededRandom(`preset-${id}`), passwordHashIterations: 1, lambdaRuntime: runtime });
  const result = await replayPreset(presetEngineFor(sim, (ms) => clock.advance(ms)), preset);
  const pool = sim.state.userPools[result.poolId!];
  return { sim, clock, result, pool, state: sim.state };
}

type Loaded = Awaited<ReturnType<typeof load>> & LoadedPreset;
const signIn = (l: Loaded, username: string, password: string) =>
  l.sim.call<{ ChallengeName?: string; AuthenticationResult?: { AccessToken?: string } }>('InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: l.result.clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });

/** What each preset's description promises, checked on the engine's state. */
const CHECKS: Record<string, (l: Loaded) => Promise<void> | void> = {
  ...NEW_PRESET_CHECKS,
  'basic-user-pool': ({ pool, result }) => {
    expect(pool.config.AutoVerifiedAttributes).toEqual(['email']);
    expect(pool.clients[result.clientId!].config.ClientSecret).toBeUndefined();
    expect(Object.keys(pool.users)).toHaveLength(0);
  },
  'email-as-username': async (l) => {
    expect(l.pool.config.UsernameAttributes).toEqual(['email']);
    const [user] = Object.values(l.pool.users);
    expect(user.attributes.email).toBe('pat@example.com');
    expect(user.username).not.toBe('pat@example.com');
    expect((await signIn(l, 'pat@example.com', PRESET_PASSWORD)).AuthenticationResult?.AccessToken).toBeTruthy();
  },
  'email-alias-pool': async (l) => {
    expect(l.pool.config.AliasAttributes).toEqual(['email', 'preferred_username']);
    expect((await signIn(l, 'carol@example.com', PRESET_PASSWORD)).AuthenticationResult?.AccessToken).toBeTruthy();
  },
  'admin-created-users': async (l) => {
    expect(l.pool.users.dana.status).toBe('FORCE_CHANGE_PASSWORD');
    const invitation = l.sim.outbox.find((m) => m.username === 'dana');
    expect(invitation).toMatchObject({ channel: 'EMAIL', destination: 'dana@example.com' });
    expect(invitation?.body).toContain(PRESET_TEMPORARY_PASSWORD);
    expect((await signIn(l, 'dana', PRESET_TEMPORARY_PASSWORD)).ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
  },
  'forgot-password': async (l) => {
    expect(l.pool.users.erin).toMatchObject({ status: 'CONFIRMED', attributes: { email_verified: 'true' } });
    await l.sim.call('ForgotPassword', { ClientId: l.result.clientId, Username: 'erin' });
    expect(l.sim.outbox.at(-1)).toMatchObject({ username: 'erin', destination: 'erin@example.com' });
  },
  'token-lifetimes': ({ pool, result }) => {
    expect(pool.clients[result.clientId!].config).toMatchObject({
      IdTokenValidity: 5,
      AccessTokenValidity: 5,
      RefreshTokenValidity: 60,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
    });
    expect(result.signIn).toMatchObject({ username: 'frank', result: { ExpiresIn: 300 } });
  },
  'token-revocation': ({ pool, result }) => {
    expect(pool.clients[result.clientId!].config.EnableTokenRevocation).toBe(true);
    expect(result.signIn?.result.RefreshToken).toBeTruthy();
  },
  'jwt-inspector': ({ result }) => {
    expect(result.signIn?.username).toBe('hank');
    expect(result.signIn?.result.IdToken?.split('.')).toHaveLength(3);
  },
  'mfa-totp': async (l) => {
    expect(l.pool.config.MfaConfiguration).toBe('OPTIONAL');
    // Optional MFA and no factor set up yet: the password alone signs ivy in.
    expect((await signIn(l, 'ivy', PRESET_PASSWORD)).AuthenticationResult?.AccessToken).toBeTruthy();
  },
  'mfa-required': async (l) => {
    expect(l.pool.config.MfaConfiguration).toBe('ON');
    const mfa = await l.sim.call<{ SoftwareTokenMfaConfiguration?: { Enabled?: boolean } }>('GetUserPoolMfaConfig', { UserPoolId: l.result.poolId });
    expect(mfa.SoftwareTokenMfaConfiguration?.Enabled).toBe(true);
    expect((await signIn(l, 'jack', PRESET_PASSWORD)).ChallengeName).toBe('MFA_SETUP');
  },
  'password-policy-lockout': async (l) => {
    expect((l.pool.config.Policies as { PasswordPolicy: unknown }).PasswordPolicy).toMatchObject({ MinimumLength: 12, RequireSymbols: true, PasswordHistorySize: 5 });
    await expect(l.sim.call('SignUp', { ClientId: l.result.clientId, Username: 'weak', Password: 'Short1!' })).rejects.toMatchObject({ name: 'InvalidPasswordException' });
  },
  'groups-and-roles': ({ pool }) => {
    expect(Object.keys(pool.groups).sort()).toEqual(['admins', 'readers']);
    expect(pool.groups.admins.RoleArn).toMatch(/^arn:aws:iam::\d{12}:role\//);
    expect([...pool.users.leo.groups].sort()).toEqual(['admins', 'readers']);
    expect(pool.users.mia.groups).toEqual(['readers']);
  },
};

describe('sandbox presets', () => {
  it('are valid, with unique ids', () => {
    const ids = SANDBOX_PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of SANDBOX_PRESETS) expect(SandboxPresetSchema.safeParse(p).success).toBe(true);
  });

  it('are parsed on lookup only, to the same content as written', () => {
    for (const p of SANDBOX_PRESETS) {
      const found = findPreset(p.id);
      // Lazy parsing changes nothing: the schema neither strips nor adds anything.
      expect(found).toEqual(p);
      expect(findPreset(p.id)).toBe(found);
    }
    expect(findPreset('no-such-preset')).toBeUndefined();
  });

  it('has a check for every preset', () => {
    expect(Object.keys(CHECKS).sort()).toEqual(SANDBOX_PRESETS.map((p) => p.id).sort());
  });

  it.each(SANDBOX_PRESETS.map((p) => [p.id]))('%s replays on the real engine and gives the described state', async (id) => {
    const loaded = await load(id);
    expect(loaded.pool).toBeDefined();
    expect(loaded.result.clientId && loaded.pool.clients[loaded.result.clientId]).toBeTruthy();
    await CHECKS[id](loaded);
  });

  it('has every preset a lesson links to, and every planned one', () => {
    const known = new Set(SANDBOX_PRESETS.map((p) => p.id));
    const linked = lessons.flatMap((l) => l.tryIt.map((t) => t.preset));
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((id) => !known.has(id))).toEqual([]);
    // And every planned id is accounted for.
    expect(PLANNED_PRESETS.map((p) => p.id).filter((id) => !known.has(id))).toEqual([]);
  });

  it('opens each preset at a part of the page that exists, and lesson links carry it', () => {
    const ids = new Set(SANDBOX_PRESETS.map((p) => p.id));
    for (const id of Object.keys(PRESET_VIEWS)) expect(ids, id).toContain(id);
    for (const lesson of lessons) for (const t of lesson.tryIt) if (t.step !== undefined) expect(isSandboxView(t.step), `${lesson.id} → ${t.step}`).toBe(true);
    expect(presetHref('pre-signup-auto-confirm')).toBe('/sandbox/?preset=pre-signup-auto-confirm&tab=triggers');
    expect(presetHref('hosted-ui-code-flow')).toBe('/sandbox/?preset=hosted-ui-code-flow&tab=hosted-ui');
    expect(presetHref('identity-pool-rules')).toBe('/sandbox/?preset=identity-pool-rules&tab=identity-pool');
    expect(presetHref('basic-user-pool')).toBe('/sandbox/?preset=basic-user-pool');
  });

  it('names trigger functions, domains, resource servers and clients as the Triggers and Hosted UI tabs do, so they show the preset', () => {
    for (const [trigger, name] of Object.entries(TRIGGER_FUNCTIONS)) expect(name).toBe(functionNameFor(trigger as Parameters<typeof functionNameFor>[0]));
    expect(domainPrefixOf('us-east-1_AbC9xYz12')).toBe(domainPrefixFor('us-east-1_AbC9xYz12'));
    expect([ORDERS_API.read, ORDERS_API.write]).toEqual([...M2M_SCOPES]);
    expect([ORDERS_API.clientName, HOSTED_CLIENT]).toEqual([M2M_CLIENT_NAME, HOSTED_CLIENT_NAME]);
  });

  it('reports the failing step with the engine error', async () => {
    const broken = { ...findPreset('basic-user-pool')!, id: 'broken', steps: [...findPreset('basic-user-pool')!.steps, { kind: 'call' as const, operation: 'AdminGetUser', input: { UserPoolId: '{{poolId}}', Username: 'nobody' } }] };
    const sim = createSimulator({ clock: new SimulatedClock(START), random: seededRandom('broken') });
    const run = replayPreset({ call: (op, input) => sim.call(op, input), advance: () => undefined, outbox: () => sim.outbox }, broken);
    await expect(run).rejects.toThrow(/step 3: UserNotFoundException/);
  });
});

