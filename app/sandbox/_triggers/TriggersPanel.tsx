'use client';

/**
 * Lambda triggers of the demo pool: pick a trigger, edit its handler in
 * Monaco (TypeScript, with the event's types), deploy it (the function is
 * stored in the engine state, then LambdaConfig is updated with the pool's
 * full current settings), inject faults, and read the CloudWatch-style log and
 * every attempt Cognito made.
 */
import dynamic from 'next/dynamic';
import { useId, useState } from 'react';
import { LAMBDA } from '@/simulator/facts';
import { functionArn } from '@/simulator/triggers/functions';
import { setLambdaRuntimeFactory, type SandboxError } from '../_lib/sandboxStore';
import { useSandbox } from '../_lib/useSandbox';
import { FormFeedback, secondaryButtonClass } from '../_components/ui';
import { updateUserPoolRequest } from '../_workspace/updateRequests';
import { attachedAs, functionNameFor, sandboxKmsKeyArn, triggerById, TRIGGERS, withTrigger, type TriggerId } from './catalog';
import { TriggerLogs } from './TriggerLogs';
import { createWorkerLambdaRuntime } from './workerRuntime';
import { DEFAULT_TRIGGER, initialTrigger } from './initialTrigger';

// The page's engine runs trigger code in Web Workers (set before the store starts).
if (typeof window !== 'undefined' && typeof Worker !== 'undefined') setLambdaRuntimeFactory(createWorkerLambdaRuntime);

const CodeEditor = dynamic(() => import('./CodeEditor'), {
  ssr: false,
  loading: () => <p className="p-3 text-sm text-muted">Loading the editor…</p>,
});

/** Cognito's limit per attempt and number of attempts (facts LAMBDA). */
const LIMIT_S = LAMBDA.timeoutSeconds.value;
const ATTEMPTS = LAMBDA.attempts.value;

const buttonClass =
  'rounded-md bg-accent px-4 py-2 font-semibold text-accent-foreground shadow-sm hover:bg-accent-strong disabled:cursor-not-allowed disabled:opacity-60';

/** The Triggers tab. */
export function TriggersPanel() {
  const { state, store } = useSandbox();
  const base = useId();
  const [selected, setSelected] = useState<TriggerId>(DEFAULT_TRIGGER);
  const [drafts, setDrafts] = useState<Partial<Record<TriggerId, string>>>({});
  const [problems, setProblems] = useState<{ count: number; first?: string }>({ count: 0 });
  const [latency, setLatency] = useState('0');
  const [throwError, setThrowError] = useState('');
  const [realTime, setRealTime] = useState(false);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<{ error?: SandboxError; success?: string }>({});

  const sim = store.simulator;
  const trigger = triggerById(selected);
  const name = functionNameFor(selected);
  const deployed = state.status === 'ready' ? sim?.getLambdaFunction(name) : undefined;
  const poolId = state.pool?.userPoolId;
  const lambdaConfig = poolId ? (sim?.state.userPools[poolId]?.config.LambdaConfig as Record<string, unknown> | undefined) : undefined;
  const arn = sim ? functionArn(sim.region, name) : '';
  const attached = !!deployed && attachedAs(lambdaConfig, trigger, arn);
  const code = drafts[selected] ?? deployed?.code ?? trigger.template;

  // Open on the first trigger the pool calls (a scenario may have attached others than Pre sign-up): when the tab
  // first shows a ready sandbox, and again when a scenario, an import or a reset replaces the pool (state adjusted during render).
  const pickKey = state.status === 'ready' ? `${poolId ?? ''}|${state.presetId ?? ''}` : '';
  const [pickedFor, setPickedFor] = useState('');
  if (pickKey && pickedFor !== pickKey) {
    setPickedFor(pickKey);
    setSelected(initialTrigger(lambdaConfig, sim?.region));
    setProblems({ count: 0 });
  }

  // Show the deployed fault settings when the trigger changes or the engine becomes ready (state adjusted during render).
  const faultKey = `${selected}|${state.status}`;
  const [shownFor, setShownFor] = useState('');
  if (shownFor !== faultKey) {
    setShownFor(faultKey);
    setLatency(String(deployed?.latencyMs ?? 0));
    setThrowError(deployed?.throwError ?? '');
    setRealTime(deployed?.realTime === true);
    setFeedback({});
  }

  const latencyMs = Math.round(Number(latency) || 0);

  async function deploy(attach: boolean) {
    if (!sim || !poolId) return;
    setBusy(true);
    setFeedback({});
    try {
      await sim.putLambdaFunction({ name, code, language: 'typescript', latencyMs: Math.max(0, latencyMs), throwError: throwError.trim() || undefined, realTime });
      const described = await store.call<{ UserPool: Record<string, unknown> }>('DescribeUserPool', { UserPoolId: poolId });
      if (!described.ok) {
        setFeedback({ error: described.error });
        return;
      }
      const current = described.value.UserPool.LambdaConfig as Record<string, unknown> | undefined;
      // UpdateUserPool resets what it is not sent: send every current setting, with the new LambdaConfig
      // (a custom sender also gets the simulated KMS key AWS requires with it).
      const lambdaConfig = withTrigger(current, trigger, attach ? arn : undefined, sandboxKmsKeyArn(sim.region));
      const request = { ...updateUserPoolRequest(poolId, described.value.UserPool, {}), LambdaConfig: lambdaConfig };
      const out = await store.call('UpdateUserPool', request);
      if (!out.ok) setFeedback({ error: out.error });
      else {
        setDrafts((d) => ({ ...d, [selected]: undefined }));
        setFeedback({ success: attach ? `Deployed ${name} and set it as the pool’s ${trigger.label} trigger.` : `Detached ${name} from the pool (the function is kept).` });
      }
    } catch (e) {
      setFeedback({ error: { name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) } });
    } finally {
      setBusy(false);
    }
  }

  const ready = state.status === 'ready' && !!poolId;
  const dirty = drafts[selected] !== undefined && drafts[selected] !== deployed?.code;
  const statusText = !deployed
    ? 'Not deployed.'
    : `${attached ? 'Deployed and attached to the pool' : 'Deployed, not attached'}${dirty ? ' · unsaved edits' : ''}.`;

  return (
    <div data-area="triggers" className="space-y-5">
      <section aria-labelledby={`${base}-heading`} className="min-w-0 rounded-xl border border-border bg-surface p-5">
        <h2 id={`${base}-heading`} className="text-xl font-semibold tracking-tight">
          Lambda triggers
        </h2>
        <p className="mt-1 text-sm leading-relaxed text-muted">
          Write a Node.js handler; the pool calls it with the event Cognito would send and acts on the answer. Code runs in an isolated worker of this
          page with no network: each attempt has Cognito’s 5-second limit, and after three failed attempts the operation fails.
        </p>

        <div className="mt-4 grid gap-4 lg:grid-cols-[14rem_minmax(0,1fr)]">
          <div className="space-y-1">
            <label htmlFor={`${base}-trigger`} className="block text-sm font-medium">
              Trigger
            </label>
            <select
              id={`${base}-trigger`}
              value={selected}
              onChange={(e) => {
                setSelected(e.target.value as TriggerId);
                setProblems({ count: 0 });
              }}
              className="block w-full rounded-md border border-slate-500 bg-background px-3 py-2 text-foreground dark:border-slate-400"
            >
              {TRIGGERS.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.label}
                </option>
              ))}
            </select>
            <p className="pt-2 text-sm leading-relaxed text-muted">{trigger.when}</p>
            <p className="text-xs text-muted">
              Sources: <span className="font-mono">{trigger.sources.join(', ')}</span>
            </p>
            <p className="pt-2 text-sm">
              Function <span className="font-mono">{name}</span>: <span data-testid="trigger-status">{statusText}</span>
            </p>
          </div>

          <div className="min-w-0 space-y-3">
            <div className="overflow-hidden rounded-md border border-border" data-testid="trigger-editor">
              <CodeEditor
                key={selected}
                path={`file:///triggers/${selected}.ts`}
                value={code}
                label={`${trigger.label} handler (TypeScript)`}
                onChange={(v) => setDrafts((d) => ({ ...d, [selected]: v }))}
                onProblems={(count, first) => setProblems({ count, first })}
              />
            </div>
            <p className="text-sm" aria-live="polite">
              {problems.count === 0 ? (
                <span className="text-muted">No errors in the editor.</span>
              ) : (
                <span className="text-red-800 dark:text-red-300">
                  {problems.count} error{problems.count === 1 ? '' : 's'} in the editor. {problems.first}
                </span>
              )}
            </p>

            <fieldset className="rounded-md border border-border p-3">
              <legend className="px-1 text-sm font-semibold">Fault injection</legend>
              <div className="flex flex-wrap items-end gap-4">
                <div className="space-y-1">
                  <label htmlFor={`${base}-latency`} className="block text-sm font-medium">
                    Added latency (ms)
                  </label>
                  <input
                    id={`${base}-latency`}
                    type="number"
                    min={0}
                    step={500}
                    value={latency}
                    onChange={(e) => setLatency(e.target.value)}
                    aria-describedby={`${base}-latency-hint`}
                    className="block w-32 rounded-md border border-slate-500 bg-background px-3 py-2 text-foreground dark:border-slate-400"
                  />
                </div>
                <div className="min-w-56 flex-1 space-y-1">
                  <label htmlFor={`${base}-throw`} className="block text-sm font-medium">
                    Throw an error with message
                  </label>
                  <input
                    id={`${base}-throw`}
                    type="text"
                    value={throwError}
                    placeholder="(off)"
                    onChange={(e) => setThrowError(e.target.value)}
                    className="block w-full rounded-md border border-slate-500 bg-background px-3 py-2 text-foreground dark:border-slate-400"
                  />
                </div>
              </div>
              <div className="mt-3 flex items-center gap-2">
                <input
                  id={`${base}-real-time`}
                  type="checkbox"
                  checked={realTime}
                  onChange={(e) => setRealTime(e.target.checked)}
                  aria-describedby={`${base}-latency-hint`}
                  className="h-4 w-4 accent-current"
                />
                <label htmlFor={`${base}-real-time`} className="text-sm font-medium">
                  Wait in real time
                </label>
              </div>
              <p id={`${base}-latency-hint`} className="mt-2 text-xs text-muted">
                {realTime
                  ? `Latency is real: each attempt waits for it (up to ${LIMIT_S} seconds), so ${ATTEMPTS} timed-out attempts take ${LIMIT_S * ATTEMPTS} seconds of your time. The sandbox clock moves as much.`
                  : `Latency is simulated: it moves the sandbox clock instead of making you wait. ${(LIMIT_S * 1000).toLocaleString('en-US')} ms or more is a timeout on every attempt (${ATTEMPTS} attempts, ${LIMIT_S * ATTEMPTS} simulated seconds).`}{' '}
                Applied when you deploy.
              </p>
            </fieldset>

            <div className="flex flex-wrap gap-2">
              <button type="button" className={buttonClass} disabled={!ready || busy} onClick={() => void deploy(true)}>
                Deploy
              </button>
              <button
                type="button"
                className={secondaryButtonClass}
                disabled={busy}
                onClick={() => {
                  setDrafts((d) => ({ ...d, [selected]: trigger.template }));
                  setFeedback({ success: 'Template restored in the editor (deploy to use it).' });
                }}
              >
                Reset to template
              </button>
              <button type="button" className={secondaryButtonClass} disabled={!ready || busy || !attached} onClick={() => void deploy(false)}>
                Detach from pool
              </button>
            </div>
            <FormFeedback error={feedback.error} success={feedback.success} />
          </div>
        </div>
      </section>

      <TriggerLogs functionName={name} />
    </div>
  );
}
