'use client';

import { useMemo, useState } from 'react';
import type { AnyStateMachine } from 'xstate';
import { basicFlowMachine } from '@/machines/identity/basicFlow';
import { enhancedFlowMachine } from '@/machines/identity/enhancedFlow';
import { MermaidDiagram } from '../_diagrams/MermaidDiagram';
import { describeTransitions, stateDiagramText } from '../_diagrams/statechart';

/** Edge labels on the page's own background (Mermaid's translucent default fails contrast checks). */
const EDGE_LABEL_STYLE = `[data-area="identity"] .mermaid-diagram .edgeLabel, [data-area="identity"] .mermaid-diagram .labelBkg, [data-area="identity"] .mermaid-diagram .edgeLabel p { background-color: var(--background) !important; color: var(--foreground) !important; opacity: 1 !important; }`;

function Chart({ machine, title, id }: { machine: AnyStateMachine; title: string; id: string }) {
  const text = useMemo(() => stateDiagramText(machine), [machine]);
  const words = useMemo(() => describeTransitions(machine), [machine]);
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2">
      <h4 id={`${id}-heading`} className="font-semibold">
        {title}
      </h4>
      {/* Focusable so the keyboard can scroll a chart larger than its frame. */}
      <div tabIndex={0} role="region" aria-label={`Statechart: ${title}`} className="max-h-[32rem] overflow-auto rounded-lg border border-border bg-background p-2">
        <MermaidDiagram text={text} title={`Statechart: ${title}`} />
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">The chart in words ({words.length} transitions)</summary>
        <ul className="mt-1 list-disc space-y-0.5 pl-5 font-mono text-xs">
          {words.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/**
 * The identity-pool flow machines (`machines/identity/*`), drawn from their
 * own definitions by the diagrams' statechart generator, only once opened.
 */
export function IdentityCharts() {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)} className="rounded-lg border border-border p-3">
      <summary className="cursor-pointer font-semibold">Statecharts of the credential flows</summary>
      {open ? (
        <div className="mt-3 space-y-6">
          <style>{EDGE_LABEL_STYLE}</style>
          <p className="text-sm text-muted">The machines the buttons above run, drawn from their definitions: every state, event and guard.</p>
          <div className="grid gap-6 lg:grid-cols-2">
            <Chart machine={enhancedFlowMachine} title="Enhanced (simplified) flow" id="identity-chart-enhanced" />
            <Chart machine={basicFlowMachine} title="Basic (classic) flow" id="identity-chart-basic" />
          </div>
        </div>
      ) : null}
    </details>
  );
}
