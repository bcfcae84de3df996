'use client';

import { useMemo } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import { annotatedJsonLines, decodeToken, describeValidity, tokenValidity } from '../_lib/jwt';
import { formatSimTime, isoTime } from '../_lib/time';
import type { TokenUse } from '../_inspect/claims';
import { ClaimsTable } from '../_inspect/ClaimsTable';
import { TamperMode } from '../_inspect/TamperMode';
import { TokenChecks } from '../_inspect/TokenChecks';
import { jweHeader, jweParts } from '../_inspect/tokenParts';
import { useVerification } from '../_inspect/useVerification';

/**
 * The tokens of the last sign-in: decoded ID and access tokens with every
 * claim explained, verified against the pool's JWKS on the simulated clock,
 * the opaque refresh token taken apart, and a tamper mode.
 */
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
      <JwtPanel id="id-token" title="ID token" use="id" token={tokens.idToken} now={now} announce />
      <JwtPanel id="access-token" title="Access token" use="access" token={tokens.accessToken} now={now} collapsed />
      {tokens.refreshToken ? <RefreshTokenPanel token={tokens.refreshToken} /> : null}
      <TamperMode key={tokens.idToken} tokens={tokens} />
    </div>
  );
}

function JwtPanel({
  id,
  title,
  use,
  token,
  now,
  announce = false,
  collapsed = false,
}: {
  id: string;
  title: string;
  use: TokenUse;
  token: string;
  now: number;
  announce?: boolean;
  collapsed?: boolean;
}) {
  const decoded = useMemo(() => decodeToken(token), [token]);
  const verification = useVerification(token, use);
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
      <h4 className="text-sm font-semibold uppercase tracking-wide text-muted">Claims explained</h4>
      <ClaimsTable payload={decoded.payload} caption={`Claims of the ${title.toLowerCase()}, explained`} />
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
      <TokenChecks verification={verification} label={`Verification of the ${title.toLowerCase()}`} />
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
  const header = useMemo(() => jweHeader(token), [token]);
  const parts = useMemo(() => jweParts(token), [token]);
  return (
    <section aria-labelledby="refresh-token-heading" className="space-y-3">
      <h3 id="refresh-token-heading" className="text-lg font-semibold">
        Refresh token
      </h3>
      <p className="text-sm">
        Opaque: an encrypted JWE, not a signed JWT, so neither you nor your app can read what is inside; only Cognito holds the key. Apps keep it and send it
        back (<code className="font-mono">REFRESH_TOKEN_AUTH</code>) for new ID and access tokens. It has five parts instead of three, and only the first, its
        protected header, is readable:
      </p>
      {header ? <JsonBlock value={header} /> : null}
      {parts ? (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">The five parts of the refresh token</caption>
          <thead>
            <tr className="border-b border-border">
              <th scope="col" className="py-1.5 pr-3 font-semibold">
                Part
              </th>
              <th scope="col" className="py-1.5 pr-3 text-right font-semibold">
                Bytes
              </th>
              <th scope="col" className="py-1.5 font-semibold">
                What it is
              </th>
            </tr>
          </thead>
          <tbody>
            {parts.map((p, i) => (
              <tr key={p.name} className="border-b border-border align-top last:border-b-0">
                <th scope="row" className="py-1.5 pr-3 font-medium whitespace-nowrap">
                  {i + 1}. {p.name}
                </th>
                <td className="py-1.5 pr-3 text-right tabular-nums">{p.bytes}</td>
                <td className="py-1.5">{p.role}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
