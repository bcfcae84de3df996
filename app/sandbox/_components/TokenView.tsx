'use client';

import { useMemo } from 'react';
import { decodeProtectedHeader } from 'jose';
import { useSandbox } from '../_lib/useSandbox';
import { annotatedJsonLines, decodeToken, describeValidity, tokenValidity } from '../_lib/jwt';
import { formatSimTime, isoTime } from '../_lib/time';

/** The tokens of the last sign-in: decoded ID and access tokens, checked against the simulated clock. */
export function TokenView() {
  const { state } = useSandbox();
  const { tokens, now } = state;
  if (!tokens || now === null) {
    return <p className="text-sm text-muted">Sign in, and the tokens Cognito issues appear here, decoded.</p>;
  }
  return (
    <div className="space-y-6">
      <p className="text-sm">
        Issued to <strong>{tokens.username}</strong> at <time dateTime={isoTime(tokens.receivedAt)}>{formatSimTime(tokens.receivedAt)}</time>{' '}
        (<code className="font-mono">ExpiresIn</code> {tokens.expiresIn} seconds, <code className="font-mono">TokenType</code> {tokens.tokenType}).
        Decoding shows what a token says; only checking its signature against the pool&apos;s keys shows that Cognito issued it.
      </p>
      <JwtPanel id="id-token" title="ID token" token={tokens.idToken} now={now} announce />
      <JwtPanel id="access-token" title="Access token" token={tokens.accessToken} now={now} collapsed />
      {tokens.refreshToken ? <RefreshTokenPanel token={tokens.refreshToken} /> : null}
    </div>
  );
}

function JwtPanel({ id, title, token, now, announce = false, collapsed = false }: { id: string; title: string; token: string; now: number; announce?: boolean; collapsed?: boolean }) {
  const decoded = useMemo(() => decodeToken(token), [token]);
  if (!decoded) {
    return (
      <section aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`} className="text-lg font-semibold">
          {title}
        </h3>
        <p className="text-sm">This token could not be decoded.</p>
      </section>
    );
  }
  const validity = tokenValidity(decoded.payload, now);
  const body = (
    <div className="space-y-3">
      <h4 className="text-sm font-semibold uppercase tracking-wide text-muted">Header</h4>
      <JsonBlock value={decoded.header} />
      <h4 className="text-sm font-semibold uppercase tracking-wide text-muted">Payload</h4>
      <JsonBlock value={decoded.payload} />
      <details>
        <summary className="cursor-pointer text-sm font-medium">Encoded token</summary>
        <pre className="mt-2 whitespace-pre-wrap rounded-md border border-border bg-background p-3 font-mono text-xs leading-5 wrap-anywhere">
          {token}
        </pre>
      </details>
    </div>
  );
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h3 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h3>
      <p role={announce ? 'status' : undefined} className="text-sm">
        <span
          aria-hidden="true"
          className={
            'mr-2 inline-block rounded-full px-2 py-0.5 text-xs font-bold uppercase ' +
            (validity.valid
              ? 'bg-green-100 text-green-900 dark:bg-green-900/50 dark:text-green-100'
              : 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100')
          }
        >
          {validity.valid ? 'Valid' : 'Expired'}
        </span>
        {describeValidity(validity)}
        {validity.expiresAt !== undefined ? (
          <>
            {' '}
            (<code className="font-mono">exp</code> {formatSimTime(validity.expiresAt)}, simulated clock)
          </>
        ) : null}
      </p>
      {collapsed ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium">Decoded {title.toLowerCase()}</summary>
          <div className="mt-3">{body}</div>
        </details>
      ) : (
        body
      )}
    </section>
  );
}

function JsonBlock({ value }: { value: object }) {
  const lines = annotatedJsonLines(value as Record<string, unknown>);
  return (
    <pre className="whitespace-pre-wrap rounded-md border border-border bg-background p-3 font-mono text-xs leading-5 wrap-anywhere sm:text-sm">
      <code>
        {lines.map((line, i) => (
          <span key={i}>
            {line.text}
            {line.note ? <span className="text-muted">{`  // ${line.note}`}</span> : null}
            {'\n'}
          </span>
        ))}
      </code>
    </pre>
  );
}

function RefreshTokenPanel({ token }: { token: string }) {
  const header = useMemo(() => {
    try {
      return decodeProtectedHeader(token);
    } catch {
      return undefined;
    }
  }, [token]);
  return (
    <section aria-labelledby="refresh-token-heading" className="space-y-3">
      <h3 id="refresh-token-heading" className="text-lg font-semibold">
        Refresh token
      </h3>
      <p className="text-sm">
        Opaque: an encrypted JWE that only Cognito can read. Apps keep it and send it back (<code className="font-mono">REFRESH_TOKEN_AUTH</code>) for new ID
        and access tokens. Only its header is readable:
      </p>
      {header ? <JsonBlock value={header} /> : null}
    </section>
  );
}
