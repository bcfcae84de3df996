'use client';

import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import type { SandboxError } from '../_lib/sandboxStore';

const buttonClass =
  'rounded-md border border-slate-500 bg-background px-2.5 py-1 text-sm font-semibold hover:bg-surface disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-400';

type Feedback = { error?: SandboxError; success?: string };

/** Undo, reset, export, import and share: the whole sandbox state in one row of buttons. */
export function StateActions() {
  const { state, store } = useSandbox();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [feedback, setFeedback] = useState<Feedback>({});
  const [shareLink, setShareLink] = useState<string>();
  const [busy, setBusy] = useState(false);
  const ready = state.status === 'ready' && !busy;
  const undoLabel = state.undoLabels?.at(-1);

  async function run(action: () => Promise<Feedback>) {
    setBusy(true);
    try {
      setFeedback(await action());
    } finally {
      setBusy(false);
    }
  }

  const undo = () =>
    run(async () => {
      const out = await store.undo();
      return out.ok ? { success: `Undid: ${out.value.label}.` } : { error: out.error };
    });

  const reset = () =>
    run(async () => {
      setShareLink(undefined);
      const out = await store.reset();
      return out.ok ? { success: 'Started again with a new demo pool. Undo brings the previous state back.' } : { error: out.error };
    });

  const exportFile = () =>
    run(async () => {
      const envelope = await store.exportEnvelope();
      if (!envelope) return { error: { name: 'SandboxNotReady', message: 'The sandbox is still starting.' } };
      const { exportFileName } = await import('./envelope');
      const name = exportFileName(envelope.clockMs);
      const url = URL.createObjectURL(new Blob([JSON.stringify(envelope, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return { success: `Exported ${name}.` };
    });

  const importFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    void run(async () => {
      const text = await file.text();
      const out = await store.importEnvelope(text);
      return out.ok ? { success: `Imported ${file.name}. Undo goes back to what you had before.` } : { error: { name: 'Import refused', message: `${out.error.message} Nothing was changed.` } };
    });
  };

  const share = () =>
    run(async () => {
      const envelope = await store.exportEnvelope();
      if (!envelope) return { error: { name: 'SandboxNotReady', message: 'The sandbox is still starting.' } };
      const { envelopeToFragment } = await import('./envelope');
      const link = `${window.location.origin}${window.location.pathname}${envelopeToFragment(envelope)}`;
      setShareLink(link);
      try {
        await navigator.clipboard.writeText(link);
        return { success: `Share link copied (${Math.ceil(link.length / 1024)} KB). Anyone who opens it gets this exact sandbox.` };
      } catch {
        return { success: 'Share link ready: copy it from the box below.' };
      }
    });

  return (
    <div className="space-y-2">
      <div role="group" aria-label="Sandbox state" className="flex flex-wrap items-center gap-1.5">
        <button type="button" className={buttonClass} disabled={!ready || !undoLabel} onClick={undo} aria-describedby={`${id}-undo`}>
          Undo
        </button>
        <span id={`${id}-undo`} className="sr-only">
          {undoLabel ? `Reverts: ${undoLabel}` : 'Nothing to undo'}
        </span>
        <button type="button" className={buttonClass} disabled={!ready} onClick={reset}>
          Reset
        </button>
        <button type="button" className={buttonClass} disabled={!ready} onClick={exportFile}>
          Export
        </button>
        <input ref={fileRef} id={`${id}-file`} type="file" accept="application/json,.json" className="peer sr-only" onChange={importFile} disabled={!ready} />
        <label htmlFor={`${id}-file`} className={`${buttonClass} cursor-pointer peer-focus-visible:outline-3 peer-focus-visible:outline-focus`}>
          Import…
        </label>
        <button type="button" className={buttonClass} disabled={!ready} onClick={share}>
          Share link
        </button>
        <SaveStatus saved={state.saved} undoLabel={undoLabel} />
      </div>
      <div role="alert" className="text-sm">
        {feedback.error ? (
          <p className="rounded-md border border-red-700/40 bg-red-50 px-3 py-2 text-red-800 dark:border-red-400/40 dark:bg-red-950/40 dark:text-red-200">
            <span className="font-semibold">{feedback.error.name}</span>: {feedback.error.message}
          </p>
        ) : null}
      </div>
      <div role="status" className="text-sm">
        {feedback.success ? <p className="text-green-800 dark:text-green-300">{feedback.success}</p> : null}
      </div>
      {shareLink ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-link`} className="block text-sm font-medium">
            Share link
          </label>
          <input
            id={`${id}-link`}
            readOnly
            value={shareLink}
            onFocus={(e) => e.target.select()}
            className="block w-full rounded-md border border-slate-500 bg-background px-2 py-1 font-mono text-xs dark:border-slate-400"
          />
        </div>
      ) : null}
      <p className="text-xs text-muted">
        Exports and share links hold everything, including the pool’s private signing keys and users’ password hashes: fine for a sandbox, never for
        real data.
      </p>
    </div>
  );
}

function SaveStatus({ saved, undoLabel }: { saved?: { at?: number; error?: string }; undoLabel?: string }) {
  return (
    <span className="ml-1 text-xs text-muted">
      {saved?.error ? (
        <span className="text-red-800 dark:text-red-300">{saved.error}</span>
      ) : saved?.at ? (
        'Saved in this browser'
      ) : (
        'Not saved yet'
      )}
      {undoLabel ? <span className="hidden xl:inline"> · undo: {undoLabel}</span> : null}
    </span>
  );
}
