'use client';

import { useId, useState, type FormEvent } from 'react';
import type { SandboxError, SessionTokens } from '../_lib/sandboxStore';
import { useSandbox } from '../_lib/useSandbox';
import { FormFeedback, secondaryButtonClass, SubmitButton } from '../_components/ui';
import type { TokenUse } from './claims';
import { payloadJsonOf, replacePayload } from './tokenParts';
import { TokenChecks } from './TokenChecks';
import { useVerification } from './useVerification';

const selectClass = 'block w-full rounded-md border border-slate-500 bg-background px-2 py-1.5 text-sm text-foreground dark:border-slate-400';

/**
 * Tamper mode: edit a token's payload (the header and signature stay as they
 * were) or present one kind of token where the other is expected, then watch
 * the checks fail, and hear what Cognito itself answers (GetUser).
 */
export function TamperMode({ tokens }: { tokens: SessionTokens }) {
  const ids = useId();
  const { store } = useSandbox();
  const [source, setSource] = useState<TokenUse>('id');
  const [expected, setExpected] = useState<TokenUse>('access');
  const original = source === 'id' ? tokens.idToken : tokens.accessToken;
  const [payload, setPayload] = useState(() => payloadJsonOf(tokens.idToken));
  const [presented, setPresented] = useState<{ token: string; expected: TokenUse; edited: boolean }>();
  const [editError, setEditError] = useState<SandboxError>();
  const [engine, setEngine] = useState<{ error?: SandboxError; success?: string }>({});
  const verification = useVerification(presented?.token, presented?.expected ?? expected);

  function chooseSource(next: TokenUse) {
    setSource(next);
    setPayload(payloadJsonOf(next === 'id' ? tokens.idToken : tokens.accessToken));
    setPresented(undefined);
    setEngine({});
  }

  function build(): string | undefined {
    const out = replacePayload(original, payload);
    if (!out.ok) {
      setEditError({ name: 'Cannot encode', message: out.error });
      return undefined;
    }
    setEditError(undefined);
    return out.token;
  }

  function verify(e: FormEvent) {
    e.preventDefault();
    const token = build();
    if (token) setPresented({ token, expected, edited: token !== original });
  }

  async function callGetUser() {
    const token = build();
    if (!token) return;
    setPresented({ token, expected: 'access', edited: token !== original });
    setExpected('access');
    const out = await store.call<{ Username?: string }>('GetUser', { AccessToken: token });
    setEngine(out.ok ? { success: `Cognito accepted it: GetUser answered for ${out.value.Username ?? 'the user'}.` } : { error: out.error });
  }

  return (
    <section aria-labelledby={`${ids}-heading`} className="space-y-3 rounded-lg border border-border bg-background p-4">
      <h3 id={`${ids}-heading`} className="text-lg font-semibold">
        Tamper mode
      </h3>
      <p className="text-sm text-muted">
        Change a claim (make yourself an admin, extend <code className="font-mono">exp</code>…) and the token is re-encoded with its old header and signature. Or
        leave it as is and present the ID token where an access token is expected. Then see which checks fail, and what Cognito answers.
      </p>
      <form onSubmit={verify} className="space-y-3" noValidate>
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor={`${ids}-source`} className="block text-sm font-medium">
              Token to tamper with
            </label>
            <select id={`${ids}-source`} className={selectClass} value={source} onChange={(e) => chooseSource(e.target.value as TokenUse)}>
              <option value="id">ID token</option>
              <option value="access">Access token</option>
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor={`${ids}-expected`} className="block text-sm font-medium">
              Verify it as
            </label>
            <select id={`${ids}-expected`} className={selectClass} value={expected} onChange={(e) => setExpected(e.target.value as TokenUse)}>
              <option value="access">an access token (what an API expects)</option>
              <option value="id">an ID token (what an app expects)</option>
            </select>
          </div>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${ids}-payload`} className="block text-sm font-medium">
            Payload (JSON)
          </label>
          <textarea
            id={`${ids}-payload`}
            value={payload}
            onChange={(e) => setPayload(e.target.value)}
            rows={10}
            spellCheck={false}
            aria-invalid={editError ? true : undefined}
            className="block w-full rounded-md border border-slate-500 bg-background px-3 py-2 font-mono text-xs leading-5 text-foreground dark:border-slate-400"
          />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton>Verify this token</SubmitButton>
          <button type="button" className={secondaryButtonClass} onClick={() => void callGetUser()}>
            Send it to GetUser as the access token
          </button>
          <button type="button" className={secondaryButtonClass} onClick={() => chooseSource(source)}>
            Undo my edits
          </button>
        </div>
        <FormFeedback error={editError} />
      </form>
      <div role="status" aria-label="Tamper mode verification" className="space-y-2">
        {presented ? (
          <>
            <p className="text-sm">
              {presented.edited ? 'The edited' : 'The unchanged'} {source === 'id' ? 'ID' : 'access'} token, verified as {presented.expected === 'id' ? 'an ID' : 'an access'}{' '}
              token:
            </p>
            <TokenChecks verification={verification} label="Checks of the tampered token" />
          </>
        ) : null}
      </div>
      <div>
        <h4 className="text-sm font-semibold">What Cognito answers (GetUser)</h4>
        <FormFeedback error={engine.error} success={engine.success} />
        {!engine.error && !engine.success ? <p className="text-sm text-muted">Not sent yet.</p> : null}
      </div>
    </section>
  );
}
