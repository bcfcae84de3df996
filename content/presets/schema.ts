/**
 * Sandbox scenario presets as typed data. A preset is replayed from a clean
 * slate: a list of engine calls (by AWS operation name, with AWS request
 * shapes) and clock moves. Replaying calls, rather than storing a snapshot,
 * keeps presets valid when the engine's state format changes.
 *
 * Inputs may use placeholders, filled in while replaying:
 * - `{{poolId}}`: the pool made by the latest CreateUserPool step;
 * - `{{clientId}}`: the client made by the latest CreateUserPoolClient step;
 * - `{{code:<username>}}`: the code in the newest message sent to that user.
 */
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const json: z.ZodType<unknown> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]));

export const PresetStepSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('call'),
    /** The operation name (`CreateUserPool`, `AdminCreateUser`, …). */
    operation: z.string().regex(/^[A-Z][A-Za-z]+$/),
    input: z.record(z.string(), json),
  }),
  z.object({ kind: z.literal('advance'), ms: z.number().int().positive() }),
  /** Signs in with USER_PASSWORD_AUTH on the preset's client; the tokens become the page's current tokens. */
  z.object({ kind: z.literal('signIn'), username: z.string().min(1), password: z.string().min(1) }),
]);
export type PresetStep = z.infer<typeof PresetStepSchema>;

export const SandboxPresetSchema = z
  .object({
    id: slug,
    name: z.string().min(3),
    description: z.string().min(10),
    /** What to try once it has loaded (shown under the preset). */
    tryThis: z.string().min(10),
    steps: z.array(PresetStepSchema).min(2),
  })
  .refine((p) => p.steps.some((s) => s.kind === 'call' && s.operation === 'CreateUserPool'), 'a preset creates a user pool')
  .refine((p) => p.steps.some((s) => s.kind === 'call' && s.operation === 'CreateUserPoolClient'), 'a preset creates an app client');
export type SandboxPreset = z.infer<typeof SandboxPresetSchema>;

/** A lesson's preset that the sandbox cannot build yet, and why. */
export const PendingPresetSchema = z.object({ id: slug, reason: z.string().min(10) });
export type PendingPreset = z.infer<typeof PendingPresetSchema>;
