/**
 * The sandbox's save format: the engine's snapshot wrapped in a versioned
 * envelope with the simulated time and the page state that matters (which
 * pool and client the forms use, the last tokens). The same envelope is kept
 * in localStorage, written to exported files and compressed into share links.
 *
 * Reading is all or nothing: {@link parseEnvelope} returns a message a learner
 * can act on instead of throwing, and never a half-checked envelope. The
 * snapshot inside is checked by the engine itself (`importState`).
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { z } from 'zod';
import { ENVELOPE_FORMAT, ENVELOPE_VERSION, SHARE_PREFIX } from './constants';

export { ENVELOPE_FORMAT, ENVELOPE_VERSION, SHARE_PREFIX };


const time = z.number().int().nonnegative();

const demoPoolSchema = z.object({
  userPoolId: z.string().min(1),
  poolName: z.string(),
  clientId: z.string().min(1),
  clientName: z.string(),
  clientSecret: z.string().optional(),
  explicitAuthFlows: z.array(z.string()),
  passwordPolicy: z.record(z.string(), z.unknown()).optional(),
});

const tokensSchema = z.object({
  username: z.string(),
  idToken: z.string(),
  accessToken: z.string(),
  refreshToken: z.string().optional(),
  expiresIn: z.number(),
  tokenType: z.string(),
  receivedAt: time,
});

const lastSignUpSchema = z.object({ username: z.string(), userSub: z.string().optional(), userConfirmed: z.boolean(), seq: z.number().int() });

/** Page state saved with the engine state. */
export const uiStateSchema = z.object({
  pool: demoPoolSchema.optional(),
  tokens: tokensSchema.optional(),
  lastSignUp: lastSignUpSchema.optional(),
  /** The virtual authenticator's accounts (TOTP secrets). */
  authenticator: z.array(z.object({ id: z.number().int(), label: z.string(), secret: z.string(), addedAt: time })).optional(),
  /** The preset the state started from, if any (shown in the bar). */
  presetId: z.string().optional(),
  /**
   * The code lab's code (page state, see _codelab/labCode.ts). Added within
   * format version 1 as an optional field: envelopes saved before it existed
   * have none and still load (the lab's code then stays as it is).
   */
  codeLab: z.object({ code: z.string() }).optional(),
});
export type SavedUiState = z.infer<typeof uiStateSchema>;

export const envelopeSchema = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  /** Simulated time (epoch ms). */
  clockMs: time,
  /** The engine's snapshot (`sim.exportState()`); the engine checks it on import. */
  snapshot: z.record(z.string(), z.unknown()),
  ui: uiStateSchema,
  /** Wall-clock time of saving (epoch ms), for "saved at". */
  savedAt: time.optional(),
});
export type SandboxEnvelope = z.infer<typeof envelopeSchema>;

export type EnvelopeResult = { ok: true; envelope: SandboxEnvelope } | { ok: false; message: string };

/**
 * Checks an envelope (JSON text or a parsed object). The messages say what is
 * wrong in the learner's terms: not JSON, not a sandbox file, a version this
 * build cannot read, or damaged (with the first problem's path).
 */
export function parseEnvelope(input: unknown): EnvelopeResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      return { ok: false, message: 'This file is not valid JSON, so it cannot be a saved sandbox.' };
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, message: 'This is not a saved Cognito Sandbox state.' };
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== ENVELOPE_FORMAT) {
    return { ok: false, message: `This is not a saved Cognito Sandbox state (expected "format": "${ENVELOPE_FORMAT}").` };
  }
  if (version !== ENVELOPE_VERSION) {
    return { ok: false, message: `This state was saved in format version ${JSON.stringify(version)}; this version of the sandbox reads version ${ENVELOPE_VERSION} only.` };
  }
  const res = envelopeSchema.safeParse(data);
  if (!res.success) {
    const first = res.error.issues[0];
    const more = res.error.issues.length > 1 ? ` (and ${res.error.issues.length - 1} more problems)` : '';
    return { ok: false, message: `The saved state is damaged: ${first.path.join('.') || '(root)'}: ${first.message}${more}.` };
  }
  return { ok: true, envelope: res.data };
}

/** Builds an envelope. */
export function makeEnvelope(parts: { clockMs: number; snapshot: object; ui: SavedUiState; savedAt?: number }): SandboxEnvelope {
  return {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    clockMs: parts.clockMs,
    snapshot: parts.snapshot as Record<string, unknown>,
    ui: parts.ui,
    ...(parts.savedAt !== undefined ? { savedAt: parts.savedAt } : {}),
  };
}

/** The envelope as the fragment of a share link (`#state=…`, lz-string, URL-safe). */
export function envelopeToFragment(envelope: SandboxEnvelope): string {
  return SHARE_PREFIX + compressToEncodedURIComponent(JSON.stringify(envelope));
}

/**
 * Reads a share-link fragment. `undefined` when the fragment is not a share
 * link at all; otherwise the checked envelope or why it cannot be used.
 */
export function envelopeFromFragment(hash: string): EnvelopeResult | undefined {
  if (!hash.startsWith(SHARE_PREFIX)) return undefined;
  const packed = hash.slice(SHARE_PREFIX.length);
  let text: string | null = null;
  try {
    text = decompressFromEncodedURIComponent(packed);
  } catch {
    text = null;
  }
  if (!text) return { ok: false, message: 'This share link is damaged (it may have been cut short when it was copied).' };
  return parseEnvelope(text);
}

/** A file name for an exported state: `cognito-sandbox-2026-01-01T09-00-00Z.json` (simulated time). */
export function exportFileName(clockMs: number): string {
  const iso = new Date(clockMs).toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-');
  return `cognito-sandbox-${iso}.json`;
}
