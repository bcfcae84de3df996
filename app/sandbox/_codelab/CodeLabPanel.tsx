'use client';

/**
 * The Code lab tab: learners write client code with the AWS SDK for
 * JavaScript v3 and amazon-cognito-identity-js, and run it against the
 * sandbox's pool. The code runs in a worker with no DOM, storage or network
 * (runner.ts, codeLab.worker.ts); its requests are answered by the page's
 * engine and appear in the API inspector like every other call. Loaded with
 * next/dynamic, so none of this (nor Monaco or the SDK) is in the page's
 * first bundle.
 */
import dynamic from 'next/dynamic';
import { useId, useRef, useState, useSyncExternalStore } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import { secondaryButtonClass } from '../_components/ui';
import { findIdentityPool, userPoolProvider } from '../_identity/model';
import { LAB_EXAMPLES, labExample } from './examples';
import { getLabCode, setLabCode, subscribeLabCode } from './labCode';
import { formatDuration } from './labStorage';
import type { LabConstants } from './protocol';
import { CODE_LAB_TIME_LIMIT_MS, startLabRun, type LabLogLine, type LabRun, type LabRunResult } from './runner';

const LabEditor = dynamic(() => import('./LabEditor'), {
  ssr: false,
  loading: () => <p className="p-3 text-sm text-muted">Loading the editor…</p>,
});

/** Most console lines kept per run. */
const MAX_LINES = 1000;

const buttonClass =
  'rounded-md bg-accent px-4 py-2 font-semibold text-accent-foreground shadow-sm hover:bg-accent-strong disabled:cursor-not-allowed disabled:opacity-60';

const LINE_CLASS: Record<LabLogLine['level'], string> = {
  log: 'text-slate-100',
  info: 'text-slate-100',
  debug: 'text-slate-300',
  warn: 'text-amber-200',
  error: 'text-red-300',
  system: 'text-sky-300',
};

/** The Code lab panel (default export for next/dynamic). */
export default function CodeLabPanel() {
  const { state, store } = useSandbox();
  const base = useId();
  // The code is shared page state: an imported file or a share link may replace it.
  const code = useSyncExternalStore(subscribeLabCode, getLabCode, () => null) ?? LAB_EXAMPLES[0].code;
  const [exampleId, setExampleId] = useState(LAB_EXAMPLES[0].id);
  const [problems, setProblems] = useState<{ count: number; first?: string }>({ count: 0 });
  const [lines, setLines] = useState<LabLogLine[]>([]);
  const [result, setResult] = useState<LabRunResult | undefined>();
  const [running, setRunning] = useState(false);
  const runRef = useRef<LabRun | undefined>(undefined);

  const sim = store.simulator;
  const pool = state.pool;
  const region = sim?.region;
  const identityPool = sim && pool && region ? findIdentityPool(sim.state.identityPools, userPoolProvider(region, pool.userPoolId), pool.clientId) : undefined;
  const constants: LabConstants | undefined =
    pool && region ? { REGION: region, POOL_ID: pool.userPoolId, CLIENT_ID: pool.clientId, ...(identityPool ? { IDENTITY_POOL_ID: identityPool.id } : {}) } : undefined;
  const ready = state.status === 'ready' && !!constants;

  function edit(value: string) {
    setLabCode(value);
  }

  async function run() {
    if (!constants || running) return;
    setLines([]);
    setResult(undefined);
    setRunning(true);
    const lab = startLabRun({
      source: code,
      constants,
      clockMs: state.now ?? Date.now(),
      call: (target, input) => store.call(target, input),
      onLog: (line) => setLines((old) => (old.length >= MAX_LINES ? old : [...old, line])),
    });
    runRef.current = lab;
    const outcome = await lab.done;
    if (runRef.current === lab) runRef.current = undefined;
    setResult(outcome);
    setRunning(false);
  }

  const selected = labExample(exampleId);
  const seconds = CODE_LAB_TIME_LIMIT_MS / 1000;

  return (
    <div data-area="code-lab" className="space-y-5">
      <section aria-labelledby={`${base}-heading`} className="min-w-0 rounded-xl border border-border bg-surface p-5">
        <h2 id={`${base}-heading`} className="text-xl font-semibold tracking-tight">
          Code lab
        </h2>
        <p className="mt-1 text-sm leading-relaxed text-muted">
          Write client code with the AWS SDK for JavaScript v3 (<code>@aws-sdk/client-cognito-identity-provider</code>,{' '}
          <code>@aws-sdk/client-cognito-identity</code>) or <code>amazon-cognito-identity-js</code>, and run it against the sandbox’s pool. It runs in an
          isolated worker with no network: its requests to Cognito are answered by this page, and show in the API inspector. A run may take{' '}
          {seconds} seconds (the lab’s own limit, not a Cognito number).
        </p>

        <div className="mt-4 flex flex-wrap items-end gap-2">
          <div className="space-y-1">
            <label htmlFor={`${base}-example`} className="block text-sm font-medium">
              Example
            </label>
            <select
              id={`${base}-example`}
              value={exampleId}
              onChange={(e) => setExampleId(e.target.value)}
              className="block rounded-md border border-slate-500 bg-background px-3 py-2 text-foreground dark:border-slate-400"
            >
              {LAB_EXAMPLES.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.title}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className={secondaryButtonClass} onClick={() => edit(selected.code)} disabled={running}>
            Load example
          </button>
        </div>
        <p className="mt-1 text-sm text-muted">{selected.summary} Loading it replaces the code in the editor.</p>

        <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]">
          <dt className="font-mono font-semibold">REGION</dt>
          <dd className="font-mono break-all">{constants?.REGION ?? '…'}</dd>
          <dt className="font-mono font-semibold">POOL_ID</dt>
          <dd className="font-mono break-all">{constants?.POOL_ID ?? '…'}</dd>
          <dt className="font-mono font-semibold">CLIENT_ID</dt>
          <dd className="font-mono break-all">{constants?.CLIENT_ID ?? '…'}</dd>
          <dt className="font-mono font-semibold">IDENTITY_POOL_ID</dt>
          <dd className="font-mono break-all">{constants?.IDENTITY_POOL_ID ?? 'undefined (no identity pool for the demo pool yet)'}</dd>
        </dl>

        <div className="mt-4 overflow-hidden rounded-md border border-border">
          <LabEditor value={code} onChange={edit} label="Code lab editor (TypeScript)" onProblems={(count, first) => setProblems({ count, first })} />
        </div>
        <p className="mt-1 text-sm text-muted" aria-live="polite">
          {problems.count > 0 ? `${problems.count} problem${problems.count === 1 ? '' : 's'} · ${problems.first ?? ''}` : 'No problems found.'}
        </p>

        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className={buttonClass} onClick={() => void run()} disabled={!ready || running}>
            {running ? 'Running…' : 'Run'}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={() => runRef.current?.stop()} disabled={!running}>
            Stop
          </button>
          <button type="button" className={secondaryButtonClass} onClick={() => setLines([])} disabled={running || lines.length === 0}>
            Clear output
          </button>
        </div>
      </section>

      <section aria-labelledby={`${base}-output`} className="min-w-0 rounded-xl border border-border bg-surface p-5">
        <h3 id={`${base}-output`} className="text-lg font-semibold">
          Output
        </h3>
        <RunResult result={result} running={running} seconds={seconds} />
        <pre
          role="log"
          aria-label="Console output"
          tabIndex={0}
          className="mt-3 max-h-96 min-h-24 overflow-auto rounded-md bg-slate-950 p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap"
        >
          {lines.length === 0 ? <span className="text-slate-400">{running ? 'Running…' : 'Console output appears here.'}</span> : null}
          {lines.map((line, i) => (
            <span key={i} className={`block ${LINE_CLASS[line.level]}`}>
              {line.level === 'error' || line.level === 'warn' ? `${line.level.toUpperCase()} ` : ''}
              {line.text}
            </span>
          ))}
        </pre>
      </section>
    </div>
  );
}

function RunResult({ result, running, seconds }: { result?: LabRunResult; running: boolean; seconds: number }) {
  const ok = result?.status === 'ok';
  return (
    <>
      <div role="status" className="mt-2 text-sm">
        {running ? <p>Running…</p> : null}
        {!running && ok ? <p className="text-green-800 dark:text-green-300">Finished in {formatDuration(result.durationMs)}.</p> : null}
        {!running && result?.status === 'stopped' ? <p>Stopped after {formatDuration(result.durationMs)}.</p> : null}
      </div>
      <div role="alert" className="text-sm">
        {!running && result?.status === 'error' ? (
          <p className="mt-2 rounded-md border border-red-700/40 bg-red-50 p-3 text-red-800 dark:border-red-400/40 dark:bg-red-950/40 dark:text-red-200">
            Uncaught <span className="font-mono font-semibold">{result.error.name}</span>: {result.error.message}
          </p>
        ) : null}
        {!running && result?.status === 'timeout' ? (
          <p className="mt-2 rounded-md border border-red-700/40 bg-red-50 p-3 text-red-800 dark:border-red-400/40 dark:bg-red-950/40 dark:text-red-200">
            Stopped: the run took longer than {seconds} seconds (the code lab’s limit).
          </p>
        ) : null}
      </div>
    </>
  );
}
