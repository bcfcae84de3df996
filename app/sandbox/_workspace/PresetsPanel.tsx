'use client';

import { useState } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import type { SandboxError } from '../_lib/sandboxStore';
import { FormFeedback, secondaryButtonClass } from '../_components/ui';
import { openView } from './PresetViewOpener';
import { PRESET_VIEWS, type SandboxView } from '@/content/presets/views';

/** How the buttons name each part of the page. */
const VIEW_LABELS: Record<SandboxView, string> = {
  flows: 'the Flows tab',
  users: 'the Users tab',
  settings: 'the Settings tab',
  scenarios: 'the Scenarios tab',
  triggers: 'the Triggers tab',
  'hosted-ui': 'the Hosted UI tab',
  'identity-pool': 'the identity pool panel',
};

/** Every scenario preset, each loadable in one click (from a clean slate; undo goes back). */
export function PresetsPanel() {
  const { state, store } = useSandbox();
  const [busy, setBusy] = useState<string>();
  const [feedback, setFeedback] = useState<{ error?: SandboxError; success?: string }>({});
  const presets = state.presets ?? [];

  async function load(id: string) {
    setBusy(id);
    const out = await store.loadPreset(id);
    setBusy(undefined);
    setFeedback(out.ok ? { success: `Loaded “${out.value.name}”. ${out.value.tryThis}` } : { error: out.error });
  }

  return (
    <div className="space-y-4">
      <p className="text-sm leading-relaxed text-muted">
        A scenario replaces the sandbox with a prepared pool, client and users (undo brings your work back). Lessons link here as{' '}
        <code className="font-mono">/sandbox/?preset=…&amp;tab=…</code>. To hand out your own scenario, set it up and use <strong>Share link</strong>.
      </p>
      <FormFeedback error={feedback.error} success={feedback.success} />
      {presets.length === 0 ? <p className="text-sm text-muted">Loading the scenarios…</p> : null}
      <ul className="grid gap-3 xl:grid-cols-2">
        {presets.map((p) => (
          <li key={p.id} className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-4">
            <h3 className="font-semibold">
              {p.name}
              {state.presetId === p.id ? <span className="ml-2 text-xs font-normal text-muted">(loaded)</span> : null}
            </h3>
            <p className="text-sm leading-relaxed">{p.description}</p>
            <p className="text-sm leading-relaxed text-muted">Try: {p.tryThis}</p>
            <div className="mt-auto flex flex-wrap items-center gap-2">
              <button
                type="button"
                onClick={() => void load(p.id)}
                disabled={state.status !== 'ready' || busy !== undefined}
                aria-label={`Load ${p.name}`}
                className="rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-accent-foreground hover:bg-accent-strong disabled:opacity-60"
              >
                {busy === p.id ? 'Loading…' : 'Load'}
              </button>
              {state.presetId === p.id && PRESET_VIEWS[p.id] ? (
                <button type="button" onClick={() => openView(PRESET_VIEWS[p.id], { focus: true })} className={secondaryButtonClass}>
                  Open {VIEW_LABELS[PRESET_VIEWS[p.id]]}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
