/**
 * Runs the auth-session statechart (machines/authSession.ts) for the engine:
 * resolves the stored state, steps it with the event, carries out the named
 * effects it returns, closes the answered session and opens the next one when
 * the chart waits on a new challenge.
 */
import { challengeOfState, resolveAuthState, stepAuthSession, type AuthSessionEvent } from '../../machines/authSession';
import { fail } from '../core/errors';
import { EFFECTS } from './effects';
import { UNCONFIRMED_AUTH_MESSAGES } from './messages';
import { userIdOf, type AuthRun, type AuthResponse } from './run';
import { authSessionValidityMs, closeSession, openSession } from './sessions';

/** Events after which the challenge stays open (a wrong code may be tried again). */
const STAYS_OPEN = new Set<AuthSessionEvent['type']>(['MFA_CODE_REJECTED', 'SOFTWARE_TOKEN_REJECTED']);

export interface Advanced {
  /** The chart's state after the event. */
  state: string;
  response: AuthResponse;
}

/**
 * Sends `event` to the chart at `from` (the answered session's state, or
 * `idle` for a new sign-in). Throws InvalidParameterException when that state
 * does not take the event (the wrong challenge was answered).
 */
export async function advance(run: AuthRun, from: string, event: AuthSessionEvent, answering = challengeOfState(from) ?? 'challenge'): Promise<Advanced> {
  const snapshot = resolveAuthState(from, authSessionValidityMs(run.client));
  const step = stepAuthSession(snapshot, event);
  if (!step) throw fail('InvalidParameterException', UNCONFIRMED_AUTH_MESSAGES.wrongChallenge(answering));

  for (const name of step.effects) {
    const effect = EFFECTS[name];
    if (!effect) throw new Error(`auth session effect ${name} is not implemented`);
    await effect(run, event);
  }

  const state = String(step.next.value);
  if (STAYS_OPEN.has(event.type)) return { state, response: run.response };
  if (run.session) closeSession(run.ctx, run.session);

  const challenge = challengeOfState(state);
  if (challenge) {
    const rec = openSession(run.ctx, run.pool, {
      client: run.client,
      username: userIdOf(run),
      state,
      flow: run.flow,
      data: { ...run.nextData, admin: run.admin },
      lifetimeMs: run.nextLifetimeMs,
    });
    run.response = { ChallengeName: challenge, Session: rec.id, ChallengeParameters: run.response.ChallengeParameters ?? {} };
  }
  return { state, response: run.response };
}
