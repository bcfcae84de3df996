/**
 * A Mermaid sequence diagram of a running flow, generated from the engine's
 * trace (the calls the flow made, as the sandbox store records them) and the
 * flow machine's current state. Each call becomes one step: a request arrow
 * from the browser app to the user pool with the operation and its key
 * parameters (one per line, joined with Mermaid's `<br/>`), and a response arrow with the result or the error type. Secrets
 * are masked and tokens shortened; everything is escaped for Mermaid.
 *
 * Participants: the browser app and the Cognito user pool. A Lambda
 * participant is declared as soon as a message involves it (the hook for
 * triggers: {@link lambdaMessagesFor}).
 */
import { escapeMermaid, shorten } from './mermaidText';
import { lambdaArrows, type CallLambdaAttempts } from '../_triggers/logView';

/** The part of the engine's CallRecord this module reads. */
export interface TraceCall {
  seq: number;
  operation: string;
  request: unknown;
  response?: unknown;
  error?: { __type: string; message: string };
}

export type Participant = 'app' | 'pool' | 'lambda';

export const PARTICIPANT_NAMES: Readonly<Record<Participant, string>> = {
  app: 'Browser app',
  pool: 'Cognito user pool',
  lambda: 'Lambda',
};

/** One arrow or note of the diagram. */
export interface SequenceMessage {
  kind: 'request' | 'response' | 'error' | 'note';
  from: Participant;
  to: Participant;
  text: string;
  /** More lines under the text (a request's parameters, one per line). */
  detail?: string[];
}

/** One step: a call, with the notes and arrows it draws. */
export interface SequenceStep {
  seq: number;
  operation: string;
  ok: boolean;
  messages: SequenceMessage[];
  /** The step in words, for the list beside the diagram. */
  summary: string;
}

const SECRET_KEYS = new Set(['Password', 'PASSWORD', 'PreviousPassword', 'ProposedPassword', 'NEW_PASSWORD', 'TemporaryPassword', 'SecretCode', 'SECRET_HASH', 'ClientSecret']);
const TOKEN_KEYS = new Set(['AccessToken', 'RefreshToken', 'REFRESH_TOKEN', 'IdToken', 'Token', 'Session', 'SRP_A', 'SRP_B', 'SECRET_BLOCK', 'PASSWORD_CLAIM_SECRET_BLOCK', 'PASSWORD_CLAIM_SIGNATURE', 'SALT']);
/** Keys that say little on a diagram. */
const HIDDEN_KEYS = new Set(['ClientId', 'UserPoolId', 'TIMESTAMP', 'USER_ID_FOR_SRP', 'ClientMetadata']);
const MAX_PARAMS = 4;

function valueText(key: string, value: unknown): string {
  if (SECRET_KEYS.has(key)) return '******';
  if (typeof value === 'string') return TOKEN_KEYS.has(key) ? shorten(value, 9) : shorten(value, 32);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const attrs = value.filter((v): v is { Name: string; Value?: string } => typeof v === 'object' && v !== null && 'Name' in v);
    if (attrs.length) return attrs.map((a) => (a.Value !== undefined ? `${a.Name}=${shorten(String(a.Value), 24)}` : a.Name)).join(', ');
    return value.map(String).join(', ');
  }
  return '…';
}

/** The key parameters of a request, as `Key=value` pairs (nested AuthParameters / ChallengeResponses flattened). */
export function requestParams(request: unknown): string[] {
  if (typeof request !== 'object' || request === null) return [];
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(request as Record<string, unknown>)) {
    if (HIDDEN_KEYS.has(key) || value === undefined) continue;
    if ((key === 'AuthParameters' || key === 'ChallengeResponses') && typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (!HIDDEN_KEYS.has(k)) pairs.push(`${k}=${valueText(k, v)}`);
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      pairs.push(`${key}={…}`);
    } else {
      pairs.push(`${key}=${valueText(key, value)}`);
    }
  }
  return pairs.length > MAX_PARAMS ? [...pairs.slice(0, MAX_PARAMS), '…'] : pairs;
}

/** The result of a successful call in a few words. */
export function responseSummary(response: unknown): string {
  if (typeof response !== 'object' || response === null) return '200 OK';
  const r = response as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof r.ChallengeName === 'string') parts.push(`ChallengeName=${r.ChallengeName}`);
  const result = r.AuthenticationResult as Record<string, unknown> | undefined;
  if (result) {
    const tokens = [result.IdToken && 'ID', result.AccessToken && 'access', result.RefreshToken && 'refresh'].filter(Boolean);
    parts.push(`${tokens.join(', ')} tokens`);
  }
  const delivery = (r.CodeDeliveryDetails ?? (Array.isArray(r.CodeDeliveryDetailsList) ? r.CodeDeliveryDetailsList[0] : undefined)) as Record<string, unknown> | undefined;
  if (delivery) parts.push(`code sent by ${String(delivery.DeliveryMedium ?? '?')} to ${String(delivery.Destination ?? '?')}`);
  if (typeof r.UserConfirmed === 'boolean') parts.push(`UserConfirmed=${r.UserConfirmed}`);
  if (typeof r.SecretCode === 'string') parts.push('SecretCode=••••••');
  if (typeof r.Status === 'string') parts.push(`Status=${r.Status}`);
  if (typeof r.Username === 'string' && !parts.length) parts.push(`Username=${shorten(r.Username, 24)}`);
  const user = r.User as Record<string, unknown> | undefined;
  if (user && typeof user.UserStatus === 'string') parts.push(`UserStatus=${user.UserStatus}`);
  return parts.length ? `200 ${parts.join('; ')}` : '200 OK';
}

/**
 * Messages to or from Lambda that a call caused.
 * TRIGGERS engineer: the store attaches the call's trigger attempts as `lambda`
 * (app/sandbox/_triggers/logView.ts builds the arrows).
 */
export function lambdaMessagesFor(call: TraceCall): SequenceMessage[] {
  return lambdaArrows((call as TraceCall & { lambda?: CallLambdaAttempts }).lambda);
}

/** What the browser does by itself before a call (from the request: SRP math, say). */
function localNotes(call: TraceCall): SequenceMessage[] {
  const req = (call.request ?? {}) as Record<string, unknown>;
  if (call.operation === 'InitiateAuth' && req.AuthFlow === 'USER_SRP_AUTH') {
    return [{ kind: 'note', from: 'app', to: 'app', text: 'picks a secret a and computes SRP_A = g^a mod N' }];
  }
  if (call.operation === 'RespondToAuthChallenge' && req.ChallengeName === 'PASSWORD_VERIFIER') {
    return [{ kind: 'note', from: 'app', to: 'app', text: 'derives the SRP key from the password and signs the SECRET_BLOCK' }];
  }
  return [];
}

/** Turns the calls of a flow into diagram steps, oldest first. */
export function stepsFromCalls(calls: readonly TraceCall[]): SequenceStep[] {
  return calls.map((call) => {
    const params = requestParams(call.request);
    const req = (call.request ?? {}) as Record<string, unknown>;
    const label = call.operation + (typeof req.AuthFlow === 'string' ? ` ${req.AuthFlow}` : '') + (typeof req.ChallengeName === 'string' ? ` ${req.ChallengeName}` : '');
    const request: SequenceMessage = { kind: 'request', from: 'app', to: 'pool', text: call.operation, detail: params };
    const answer: SequenceMessage = call.error
      ? { kind: 'error', from: 'pool', to: 'app', text: `400 ${call.error.__type}` }
      : { kind: 'response', from: 'pool', to: 'app', text: responseSummary(call.response) };
    return {
      seq: call.seq,
      operation: call.operation,
      ok: !call.error,
      messages: [...localNotes(call), request, ...lambdaMessagesFor(call), answer],
      summary: `${label}: ${call.error ? `${call.error.__type}: ${call.error.message}` : answer.text.replace(/^200 /, '')}`,
    };
  });
}

const ARROW: Record<SequenceMessage['kind'], string> = { request: '->>', response: '-->>', error: '--x', note: '' };

export interface SequenceOptions {
  /** Index (0-based) of the step to highlight. */
  current?: number;
  /** The flow machine's state now, shown as a closing note. */
  machineState?: string;
}

/** Mermaid `sequenceDiagram` source for the steps, with the current step inside a highlighted box. */
export function sequenceDiagramText(steps: readonly SequenceStep[], options: SequenceOptions = {}): string {
  const used = new Set<Participant>(['app', 'pool']);
  for (const step of steps) for (const m of step.messages) used.add(m.from).add(m.to);
  const lines = ['sequenceDiagram'];
  for (const p of ['app', 'pool', 'lambda'] as const) if (used.has(p)) lines.push(`  participant ${p} as ${escapeMermaid(PARTICIPANT_NAMES[p])}`);
  if (!steps.length) lines.push(`  Note over app,pool: ${escapeMermaid('No calls yet: start the flow')}`);
  steps.forEach((step, i) => {
    const highlighted = i === options.current;
    if (highlighted) lines.push('  rect rgba(245, 158, 11, 0.28)');
    const pad = highlighted ? '    ' : '  ';
    if (highlighted) lines.push(`${pad}Note over app,pool: ${escapeMermaid(`Step ${i + 1} of ${steps.length}`)}`);
    for (const m of step.messages) {
      if (m.kind === 'note') lines.push(`${pad}Note over ${m.from}: ${escapeMermaid(m.text)}`);
      else lines.push(`${pad}${m.from}${ARROW[m.kind]}${m.to}: ${[m.text, ...(m.detail ?? [])].map(escapeMermaid).join('<br/>')}`);
    }
    if (highlighted) lines.push('  end');
  });
  if (options.machineState) lines.push(`  Note over app: ${escapeMermaid(`flow state: ${options.machineState}`)}`);
  return lines.join('\n');
}
