/**
 * Sandbox scenario presets as typed data. A preset is replayed from a clean
 * slate: a list of engine calls (by service and AWS operation name, with AWS
 * request shapes), Lambda function deployments, IAM role policies and clock
 * moves. Replaying calls, rather than storing a snapshot, keeps presets valid
 * when the engine's state format changes.
 *
 * Inputs may use placeholders (in values and in object keys), filled in while
 * replaying:
 * - `{{poolId}}`: the pool made by the latest CreateUserPool step;
 * - `{{clientId}}`: the client made by the latest CreateUserPoolClient step;
 * - `{{identityPoolId}}`: the identity pool made by the latest CreateIdentityPool step;
 * - `{{region}}`: the simulated account's Region (for provider names such as
 *   `cognito-idp.{{region}}.amazonaws.com/{{poolId}}`);
 * - `{{functionArn:<name>}}`: the ARN of a function a `deployFunction` step deployed;
 * - `{{domainPrefix}}`: the domain prefix the sandbox's Hosted UI tab gives
 *   the latest pool (`sandbox-` and the pool id's suffix, lower case);
 * - `{{code:<username>}}`: the code in the newest message sent to that user.
 */
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const json: z.ZodType<unknown> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]));
const jsonObject = z.record(z.string(), json);

/** The AWS services a `call` step can address (X-Amz-Target prefixes AWSCognitoIdentityProviderService and AWSCognitoIdentityService). */
export const PRESET_SERVICES = ['cognito-idp', 'cognito-identity'] as const;
export type PresetService = (typeof PRESET_SERVICES)[number];

/** A Lambda function name (letters, digits, hyphens, underscores; the engine enforces the length limit). */
const functionName = z.string().regex(/^[A-Za-z0-9_-]+$/);
const roleArn = z.string().regex(/^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+$/);

export const PresetStepSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('call'),
    /** Which API: Amazon Cognito user pools (the default) or Amazon Cognito Identity. */
    service: z.enum(PRESET_SERVICES).optional(),
    /** The operation name (`CreateUserPool`, `AdminCreateUser`, `CreateIdentityPool`, …). */
    operation: z.string().regex(/^[A-Z][A-Za-z]+$/),
    input: jsonObject,
  }),
  z.object({ kind: z.literal('advance'), ms: z.number().int().positive() }),
  /** Signs in with USER_PASSWORD_AUTH on the preset's client; the tokens become the page's current tokens. */
  z.object({ kind: z.literal('signIn'), username: z.string().min(1), password: z.string().min(1) }),
  /**
   * Deploys a Lambda function's code (a module exporting `handler`), for a
   * pool's LambdaConfig to name with `{{functionArn:<name>}}`. Not a Cognito
   * operation: the sandbox's simulated Lambda.
   */
  z.object({
    kind: z.literal('deployFunction'),
    name: functionName,
    language: z.enum(['typescript', 'javascript']),
    code: z.string().refine((src) => /export\s+(const|async\s+function|function)\s+handler\b/.test(src), 'the code exports a handler'),
  }),
  /** Creates or replaces an IAM role's trust and permission policies (the simulated IAM). */
  z.object({
    kind: z.literal('putRole'),
    roleArn,
    trustPolicy: jsonObject.optional(),
    permissionPolicies: z.array(z.object({ name: z.string().min(1), document: jsonObject })),
  }),
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
  .refine((p) => p.steps.some((s) => s.kind === 'call' && s.operation === 'CreateUserPoolClient'), 'a preset creates an app client')
  .refine(
    (p) => {
      const deployed = new Set(p.steps.flatMap((s) => (s.kind === 'deployFunction' ? [s.name] : [])));
      const named = [...JSON.stringify(p.steps).matchAll(/\{\{functionArn:([^}]+)\}\}/g)].map((m) => m[1]);
      return named.every((n) => deployed.has(n));
    },
    'every {{functionArn:<name>}} names a function the preset deploys',
  );
export type SandboxPreset = z.infer<typeof SandboxPresetSchema>;
