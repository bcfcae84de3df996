/**
 * A Mermaid sequence diagram of one identity-pool run, generated from the
 * engine's trace: the Cognito Identity calls the run made (the store's call
 * log, `AWSCognitoIdentityService.*`) and, in the basic flow, the simulated
 * STS call (not an engine operation, so the run reports it). Tokens are
 * shortened and every label escaped for Mermaid.
 */
import { escapeMermaid, shorten } from '../_diagrams/mermaidText';

/** The part of the engine's CallRecord this module reads. */
export interface IdentityTraceCall {
  seq: number;
  target: string;
  operation: string;
  request: unknown;
  response?: unknown;
  error?: { __type: string; message: string };
}

/** One step of a run, for the diagram and its text alternative. */
export interface RunStep {
  to: 'identity' | 'sts';
  operation: string;
  params: string[];
  ok: boolean;
  result: string;
}

export const IDENTITY_PREFIX = 'AWSCognitoIdentityService.';

const TOKEN_KEYS = new Set(['Token', 'WebIdentityToken', 'SessionToken']);

function params(request: unknown): string[] {
  if (typeof request !== 'object' || request === null) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(request as Record<string, unknown>)) {
    if (key === 'Logins' && typeof value === 'object' && value !== null) {
      for (const provider of Object.keys(value)) out.push(`Logins: ${shorten(provider, 64)} = ID token`);
    } else if (typeof value === 'string') {
      out.push(`${key}=${TOKEN_KEYS.has(key) ? shorten(value, 10) : shorten(value, 48)}`);
    }
  }
  return out;
}

function resultOf(response: unknown): string {
  const r = (response ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof r.IdentityId === 'string') parts.push(`IdentityId=${r.IdentityId}`);
  if (typeof r.Token === 'string') parts.push('OpenID token');
  if (r.Credentials) parts.push('temporary credentials');
  return parts.length ? parts.join(', ') : 'OK';
}

/** The steps of a run: identity calls with `seq` above `afterSeq`, then the STS step if any. */
export function runSteps(calls: readonly IdentityTraceCall[], afterSeq: number, sts?: RunStep): RunStep[] {
  const steps: RunStep[] = calls
    .filter((c) => c.seq > afterSeq && c.target.startsWith(IDENTITY_PREFIX))
    .map((c) => ({
      to: 'identity' as const,
      operation: c.operation,
      params: params(c.request),
      ok: !c.error,
      result: c.error ? `${c.error.__type}: ${c.error.message}` : resultOf(c.response),
    }));
  return sts ? [...steps, sts] : steps;
}

/** Mermaid `sequenceDiagram` source for a run. */
export function runDiagramText(steps: readonly RunStep[]): string {
  const lines = ['sequenceDiagram', '  participant app as Browser app', '  participant identity as Cognito identity pool'];
  if (steps.some((s) => s.to === 'sts')) lines.push('  participant sts as AWS STS');
  if (!steps.length) lines.push(`  Note over app,identity: ${escapeMermaid('No calls yet')}`);
  for (const s of steps) {
    lines.push(`  app->>${s.to}: ${[s.operation, ...s.params].map(escapeMermaid).join('<br/>')}`);
    lines.push(`  ${s.to}${s.ok ? '-->>' : '--x'}app: ${escapeMermaid(s.ok ? `200 ${s.result}` : `400 ${shorten(s.result, 60)}`)}`);
  }
  return lines.join('\n');
}
