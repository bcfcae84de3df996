'use client';

import type { Verification } from './verify';

/** The result of each verification step, and the verdict on the signature. */
export function TokenChecks({ verification, label }: { verification: Verification | undefined; label: string }) {
  if (!verification) return <p className="text-sm text-muted">Checking the signature…</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold">
        <span
          className={
            'mr-2 inline-block rounded-full px-2 py-0.5 text-xs font-bold uppercase ' +
            (verification.signatureValid
              ? 'bg-green-100 text-green-900 dark:bg-green-900/50 dark:text-green-100'
              : 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100')
          }
        >
          {verification.signatureValid ? 'Signature valid' : 'Signature invalid'}
        </span>
        {verification.valid ? 'Every check passes: an app or API may accept it.' : 'At least one check fails: an app or API must refuse it.'}
      </p>
      <ul className="space-y-1 text-sm" aria-label={label}>
        {verification.checks.map((c) => (
          <li key={c.id} className="flex gap-2">
            <span aria-hidden="true" className={c.ok ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'}>
              {c.ok ? '✓' : '✗'}
            </span>
            <span>
              <strong>
                {c.label}
                <span className="sr-only">{c.ok ? ' passes' : ' fails'}</span>:
              </strong>{' '}
              {c.detail}
            </span>
          </li>
        ))}
      </ul>
      <p className="text-xs text-muted">
        A generic JWT library (jose <code className="font-mono">jwtVerify</code>, checking the signature, <code className="font-mono">exp</code>,{' '}
        <code className="font-mono">iss</code>
        {verification.checks.some((c) => c.id === 'audience' && c.label === 'Audience') ? (
          <>
            {' '}
            and <code className="font-mono">aud</code>
          </>
        ) : null}
        ) says: <code className="font-mono">{verification.library === 'ok' ? 'passes' : verification.library}</code>. It knows nothing of{' '}
        <code className="font-mono">token_use</code> or <code className="font-mono">client_id</code>: those checks are the app&apos;s to make.
      </p>
    </div>
  );
}
