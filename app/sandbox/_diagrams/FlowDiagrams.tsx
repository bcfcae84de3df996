'use client';

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { authSessionMachine } from '@/machines/authSession';
import { userStatusMachine } from '@/machines/userStatus';
import type { AnyActorRef, AnyStateMachine } from 'xstate';
import { secondaryButtonClass } from '../_components/ui';
import { useSandbox } from '../_lib/useSandbox';
import { FLOW_MACHINES, FLOW_TITLES, type FlowKey } from '../_flows/flowRuntime';
import { useActorSnapshot, useFlows } from '../_flows/useFlows';
import { MermaidDiagram } from './MermaidDiagram';
import { sequenceDiagramText, stepsFromCalls } from './sequence';
import { describeTransitions, stateDiagramText, stateNodeId } from './statechart';

const FLOW_KEYS = Object.keys(FLOW_TITLES) as FlowKey[];
const REPLAY_MS = 900;

/** The running flow drawn two ways: its calls as a sequence diagram (step by step) and its chart with the current state. */
export function FlowDiagrams() {
  const { view, runtime } = useFlows();
  const flow = view.lastActive;
  return (
    <div className="space-y-6">
      <style>{DIAGRAM_STYLE}</style>
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <legend className="mb-1 text-sm font-medium">Flow to draw (follows the flow you used last)</legend>
        {FLOW_KEYS.map((key) => (
          <div key={key} className="flex items-center gap-1.5">
            <input
              id={`diagram-flow-${key}`}
              type="radio"
              name="diagram-flow"
              checked={flow === key}
              onChange={() => runtime.focus(key)}
              className="h-4 w-4 accent-accent"
            />
            <label htmlFor={`diagram-flow-${key}`} className="text-sm">
              {FLOW_TITLES[key]}
            </label>
          </div>
        ))}
      </fieldset>
      <SequenceView flow={flow} />
      <FlowChart flow={flow} />
      <EngineCharts />
    </div>
  );
}

function SequenceView({ flow }: { flow: FlowKey }) {
  const { state } = useSandbox();
  const { view, runtime } = useFlows();
  const sent = runtime.sentBy(flow);
  const steps = useMemo(
    () => stepsFromCalls(state.calls.filter((c) => sent.has(c.request))),
    // traceVersion changes whenever the flow's set of requests does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.calls, sent, view.traceVersion],
  );
  const [cursor, setCursor] = useState<{ flow: FlowKey; index: number } | null>(null);
  const [replaying, setReplaying] = useState(false);
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  const last = steps.length - 1;
  // Without a chosen step the diagram follows the newest one.
  const current = cursor && cursor.flow === flow && cursor.index <= last ? cursor.index : last;
  const machineState = useFlowState(flow);
  const text = sequenceDiagramText(steps, { current: current >= 0 ? current : undefined, machineState });

  const stopReplay = () => {
    clearInterval(timer.current);
    timer.current = undefined;
    setReplaying(false);
  };
  useEffect(() => () => clearInterval(timer.current), []);

  const go = (index: number) => {
    stopReplay();
    setCursor({ flow, index: Math.max(0, Math.min(last, index)) });
  };
  const replay = () => {
    stopReplay();
    if (last < 0) return;
    let i = 0;
    setCursor({ flow, index: 0 });
    setReplaying(true);
    timer.current = setInterval(() => {
      i += 1;
      if (i > last) {
        stopReplay();
        return;
      }
      setCursor({ flow, index: i });
    }, REPLAY_MS);
  };
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowLeft: current - 1, ArrowUp: current - 1, ArrowRight: current + 1, ArrowDown: current + 1, Home: 0, End: last };
    if (e.key in moves && last >= 0) {
      e.preventDefault();
      go(moves[e.key]);
    }
  };

  const step = current >= 0 ? steps[current] : undefined;
  return (
    <section aria-labelledby="sequence-heading" className="space-y-3">
      <h3 id="sequence-heading" className="text-lg font-semibold">
        Sequence: {FLOW_TITLES[flow]}
      </h3>
      <div role="group" aria-label="Step controls" className="flex flex-wrap items-center gap-2">
        <button type="button" className={secondaryButtonClass} onClick={() => go(current - 1)} disabled={current <= 0}>
          Previous step
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => go(current + 1)} disabled={current >= last}>
          Next step
        </button>
        <button type="button" className={secondaryButtonClass} onClick={replaying ? stopReplay : replay} disabled={last < 0}>
          {replaying ? 'Stop replay' : 'Replay'}
        </button>
        <p role="status" className="text-sm">
          {step ? (
            <>
              Step {current + 1} of {steps.length}: {step.summary}
            </>
          ) : (
            'No calls yet: run the flow above.'
          )}
        </p>
      </div>
      <div className="grid gap-4">
        <div
          tabIndex={0}
          onKeyDown={onKey}
          aria-label="Sequence diagram (arrow keys move between steps)"
          role="region"
          className="max-h-[40rem] min-w-0 overflow-auto rounded-lg border border-border bg-background p-2"
        >
          <MermaidDiagram text={text} title={`Sequence diagram: ${FLOW_TITLES[flow]}`} />
        </div>
        <div className="min-w-0">
          <h4 className="text-sm font-semibold">The steps in words</h4>
          {steps.length ? (
            <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
              {steps.map((s, i) => (
                <li key={s.seq} aria-current={i === current ? 'step' : undefined} className={i === current ? 'font-semibold' : undefined}>
                  <button type="button" className="text-left align-top underline-offset-2 hover:underline" onClick={() => go(i)}>
                    {s.summary}
                  </button>
                  {s.ok ? null : <span className="sr-only"> (refused)</span>}
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-1 text-sm text-muted">Nothing yet.</p>
          )}
        </div>
      </div>
    </section>
  );
}

/** The flow's current state value (its actor's snapshot). */
function useFlowState(flow: FlowKey): string {
  const { view } = useFlows();
  const snapshot = useActorSnapshot(view[flow] as AnyActorRef) as { value: unknown };
  return typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);
}

function FlowChart({ flow }: { flow: FlowKey }) {
  const active = useFlowState(flow);
  const machine = FLOW_MACHINES[flow];
  return (
    <section aria-labelledby="flow-chart-heading" className="space-y-2">
      <h3 id="flow-chart-heading" className="text-lg font-semibold">
        Statechart: {FLOW_TITLES[flow]} <span className="text-sm font-normal text-muted">(now in “{active}”)</span>
      </h3>
      <ChartWithText machine={machine} active={active} title={`Statechart of the ${FLOW_TITLES[flow]} flow`} />
    </section>
  );
}

/**
 * Colours for the drawn diagrams: edge labels on the page's own background
 * (Mermaid's translucent default fails contrast checks), and the current
 * state, marked on the drawn chart without redrawing it.
 */
const DIAGRAM_STYLE = `.mermaid-diagram .edgeLabel, .mermaid-diagram .labelBkg, .mermaid-diagram .edgeLabel p { background-color: var(--background) !important; color: var(--foreground) !important; opacity: 1 !important; }
.mermaid-diagram g.flow-active rect, .mermaid-diagram g.flow-active path { fill: #f59e0b !important; stroke: #92400e !important; stroke-width: 3px !important; }
.mermaid-diagram g.flow-active text, .mermaid-diagram g.flow-active .nodeLabel, .mermaid-diagram g.flow-active span { fill: #0b1120 !important; color: #0b1120 !important; font-weight: 700; }`;

function ChartWithText({ machine, active, title }: { machine: AnyStateMachine; active?: string; title: string }) {
  // Drawn once per machine; the current state is marked on the drawing (see MermaidDiagram's highlight).
  const text = useMemo(() => stateDiagramText(machine), [machine]);
  const words = useMemo(() => describeTransitions(machine), [machine]);
  return (
    <div className="space-y-2">
      {/* Focusable so the keyboard can scroll a chart larger than its frame. */}
      <div tabIndex={0} role="region" aria-label={title} className="max-h-[36rem] overflow-auto rounded-lg border border-border bg-background p-2">
        <MermaidDiagram text={text} title={title} highlight={active ? stateNodeId(active) : undefined} />
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">The chart in words ({words.length} transitions)</summary>
        <ul className="mt-1 list-disc space-y-0.5 pl-5 font-mono text-xs">
          {words.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** The engine's own charts, drawn only once the learner opens them. */
function EngineCharts() {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)} className="rounded-lg border border-border p-3">
      <summary className="cursor-pointer font-semibold">Inside Cognito: the engine&apos;s own statecharts</summary>
      {open ? (
        <div className="mt-3 space-y-6">
          <section aria-labelledby="engine-auth-heading" className="space-y-2">
            <h3 id="engine-auth-heading" className="font-semibold">
              A sign-in session, as the user pool runs it
            </h3>
            <p className="text-sm text-muted">
              Each waiting state is a challenge; the guards pick the next one. The simulated Cognito steps this very chart.
            </p>
            <ChartWithText machine={authSessionMachine} title="Statechart of a sign-in session inside the user pool" />
          </section>
          <section aria-labelledby="engine-status-heading" className="space-y-2">
            <h3 id="engine-status-heading" className="font-semibold">
              A user&apos;s status (UserStatus)
            </h3>
            <ChartWithText machine={userStatusMachine} title="Statechart of a user's status" />
          </section>
        </div>
      ) : null}
    </details>
  );
}
