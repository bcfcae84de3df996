'use client';

import { useState } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import type { SandboxError } from '../_lib/sandboxStore';
import { FormFeedback } from '../_components/ui';

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
        <code className="font-mono">/sandbox/?preset=…</code>. To hand out your own scenario, set it up and use <strong>Share link</strong>.
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
            <div className="mt-auto">
              <button
                type="button"
                onClick={() => void load(p.id)}
                disabled={state.status !== 'ready' || busy !== undefined}
                aria-label={`Load ${p.name}`}
                className="rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-accent-foreground hover:bg-accent-strong disabled:opacity-60"
              >
                {busy === p.id ? 'Loading…' : 'Load'}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
