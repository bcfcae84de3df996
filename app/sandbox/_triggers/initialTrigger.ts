/**
 * Which trigger the Triggers tab shows first: the first one (in the list's
 * order) whose function the pool's LambdaConfig calls, so a scenario that
 * deployed, say, the custom auth challenge triggers opens on them; Pre sign-up
 * when the pool calls none.
 */
import { functionArn } from '@/simulator/triggers/functions';
import { attachedAs, functionNameFor, TRIGGERS, type TriggerId } from './catalog';

/** The trigger shown when nothing is attached. */
export const DEFAULT_TRIGGER: TriggerId = 'PreSignUp';

/**
 * The first trigger attached to the pool (its slot in `lambdaConfig` names
 * the sandbox's function for that trigger in `region`), or {@link DEFAULT_TRIGGER}.
 */
export function initialTrigger(lambdaConfig: Record<string, unknown> | undefined, region: string | undefined): TriggerId {
  if (!lambdaConfig || !region) return DEFAULT_TRIGGER;
  const first = TRIGGERS.find((t) => attachedAs(lambdaConfig, t, functionArn(region, functionNameFor(t.id))));
  return first?.id ?? DEFAULT_TRIGGER;
}
