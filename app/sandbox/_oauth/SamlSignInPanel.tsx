'use client';

import { useState, type FormEvent } from 'react';
import { decodeJwt } from 'jose';
import { useSandbox } from '../_lib/useSandbox';
import { FormFeedback, Panel, secondaryButtonClass, SubmitButton } from '../_components/ui';
import type { SandboxError } from '../_lib/sandboxStore';
import { CALLBACK_URL, randomToken, sessionTokensFrom, type HttpRequest } from './hostedUi';
import {
  assertionAttributes,
  configureSaml,
  decodeBase64Xml,
  follow,
  idpUsersOf,
  SAML_ATTRIBUTE_MAPPING,
  SAML_IDENTIFIER,
  SAML_PROVIDER,
  samlAuthorizeUrl,
  samlPostForm,
  samlTokenRequest,
  type ProviderSelection,
  type SamlHop,
  type SamlSetup,
} from './federationFlows';

const heading = 'text-lg font-semibold';
const box = 'rounded-lg border border-border bg-background p-3';

interface Run {
  url: string;
  hops: SamlHop[];
  users?: Array<{ action: string; id: string; label: string }>;
  form?: { action: string; samlResponse: string; relayState: string; xml: string };
  tokens?: Record<string, string>;
  error?: string;
}

/** SAML 2.0 sign-in through the hosted UI: provider selection, the simulated SAML provider, the decoded assertion and the mapped attributes. */
export function SamlSignInPanel() {
  return (
    <Panel
      id="saml-sign-in"
      title="SAML federation"
      description="Sign in through a simulated enterprise SAML 2.0 identity provider: see the assertion it posts to Cognito and how its attributes become user pool attributes."
    >
      <SamlSignIn />
    </Panel>
  );
}

function SamlSignIn() {
  const { state, store } = useSandbox();
  const pool = state.pool;
  const sim = store.simulator;
  const [setup, setSetup] = useState<SamlSetup & { poolId: string }>();
  const [setupError, setSetupError] = useState<SandboxError>();
  const [selection, setSelection] = useState<ProviderSelection>('identity_provider');
  const [busy, setBusy] = useState(false);
  const [run, setRun] = useState<Run>();
  const [adopted, setAdopted] = useState<string>();
  const live = setup && pool && setup.poolId === pool.userPoolId ? setup : undefined;

  async function configure() {
    if (!pool || !sim) return;
    setBusy(true);
    setSetupError(undefined);
    const out = await configureSaml((op, input) => store.call(op, input), { userPoolId: pool.userPoolId, region: sim.region });
    if (out.ok) setSetup({ ...out.value, poolId: pool.userPoolId });
    else setSetupError(out.error);
    setRun(undefined);
    setBusy(false);
  }

  /** Sends a request, follows its redirects and records where the browser ends up. */
  async function go(req: HttpRequest, before: SamlHop[]): Promise<Run | undefined> {
    if (!sim || !live) return undefined;
    const out = await follow((r) => sim.oauth.handle(r), req);
    const hops = [...before, ...out.hops];
    const next: Run = { url: out.url, hops };
    if (out.page) {
      const form = samlPostForm(out.page.body);
      if (form) next.form = { ...form, xml: decodeBase64Xml(form.samlResponse) };
      else if (out.page.status === 200) next.users = idpUsersOf(out.page);
      else next.error = `${out.page.status}: the page says ${out.page.body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200)}`;
    } else {
      const cb = new URL(out.url);
      const code = cb.searchParams.get('code');
      if (code) {
        const tokenReq = samlTokenRequest(live, code);
        const res = await sim.oauth.handle(tokenReq);
        next.hops = [...hops, { request: tokenReq, response: res }];
        if (res.status === 200) next.tokens = JSON.parse(res.body) as Record<string, string>;
        else next.error = res.body;
      } else next.error = `${cb.searchParams.get('error') ?? 'error'}: ${cb.searchParams.get('error_description') ?? ''}`;
    }
    return next;
  }

  async function step(req: HttpRequest, before: SamlHop[]) {
    setBusy(true);
    try {
      const next = await go(req, before);
      if (next) setRun(next);
    } catch (e) {
      setRun({ url: req.url, hops: before, error: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  function start(e: FormEvent) {
    e.preventDefault();
    if (!live) return;
    setAdopted(undefined);
    void step({ method: 'GET', url: samlAuthorizeUrl(live, selection, randomToken()) }, []);
  }

  function adopt(t: Record<string, string>) {
    const tokens = sessionTokensFrom(t, state.now ?? Date.now());
    if (!tokens) return;
    store.adoptTokens(tokens);
    setAdopted(tokens.username);
  }

  if (!pool) return <p className="text-sm text-muted">The sandbox is starting…</p>;

  return (
    <div className="space-y-5">
      <section aria-labelledby="saml-setup-heading" className="space-y-3">
        <h3 id="saml-setup-heading" className={heading}>
          1. A SAML identity provider
        </h3>
        <p className="text-sm text-muted">
          Adds the SAML provider <code>{SAML_PROVIDER}</code> (identifier <code>{SAML_IDENTIFIER}</code>; its metadata URL is never fetched) with an attribute mapping for email, given name and family name, and an app client for the code grant that offers it.
        </p>
        <button type="button" className={secondaryButtonClass} disabled={busy || state.status !== 'ready'} onClick={() => void configure()}>
          Add a simulated SAML provider
        </button>
        <FormFeedback error={setupError} success={live ? <>Provider {SAML_PROVIDER}, app client <code>{live.clientId}</code>.</> : undefined} />
      </section>

      {live ? (
        <form onSubmit={start} aria-labelledby="saml-start-heading" className="space-y-3">
          <h3 id="saml-start-heading" className={heading}>
            2. The app picks the provider in /oauth2/authorize
          </h3>
          <fieldset className="flex flex-wrap gap-4 text-sm">
            <legend className="mb-1 font-medium">Provider selection</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="saml-selection" checked={selection === 'identity_provider'} onChange={() => setSelection('identity_provider')} className="accent-accent" />
              <code>identity_provider={SAML_PROVIDER}</code> (by name)
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="saml-selection" checked={selection === 'idp_identifier'} onChange={() => setSelection('idp_identifier')} className="accent-accent" />
              <code>idp_identifier={SAML_IDENTIFIER}</code> (by identifier, e.g. the email domain)
            </label>
          </fieldset>
          <p className="text-xs text-muted">Either way Cognito skips its own sign-in page and sends the browser straight to the provider.</p>
          <SubmitButton disabled={busy}>Start SAML sign-in</SubmitButton>
        </form>
      ) : null}

      {run ? <RunView run={run} busy={busy} onStep={(r) => void step(r, run.hops)} onAdopt={adopt} adopted={adopted} /> : null}
    </div>
  );
}

function RunView({ run, busy, onStep, onAdopt, adopted }: { run: Run; busy: boolean; onStep: (r: HttpRequest) => void; onAdopt: (t: Record<string, string>) => void; adopted?: string }) {
  const attrs = run.form ? assertionAttributes(run.form.xml) : undefined;
  return (
    <div className="space-y-4">
      <div className="space-y-2 rounded-lg border border-border bg-surface p-3">
        <label htmlFor="saml-address" className="block text-sm font-medium">
          SAML browser address
        </label>
        <input id="saml-address" readOnly value={run.url} className="block w-full rounded-md border border-slate-500 bg-background px-3 py-1.5 font-mono text-sm dark:border-slate-400" />
        <details className="text-sm">
          <summary>Requests so far ({run.hops.length})</summary>
          <ol className="mt-2 list-decimal space-y-1 pl-6 font-mono text-xs break-all">
            {run.hops.map((h, i) => (
              <li key={i}>
                {h.request.method} {h.request.url.split('?')[0]} → {h.response.status}
                {h.response.headers.Location ? ` → ${h.response.headers.Location.split('?')[0]}` : ''}
              </li>
            ))}
          </ol>
        </details>
      </div>

      {run.error ? (
        <p role="alert" className="rounded-md border border-red-700/40 bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-200">
          {run.error}
        </p>
      ) : null}

      {run.users ? (
        <section aria-labelledby="saml-idp-heading" className={`${box} space-y-2`}>
          <h3 id="saml-idp-heading" className={heading}>
            {SAML_PROVIDER} (simulated SAML provider)
          </h3>
          <p className="text-sm">Pick a test user. No real account is involved.</p>
          {run.users.map((u) => (
            <button key={u.id} type="button" className={secondaryButtonClass} disabled={busy} onClick={() => onStep({ method: 'POST', url: u.action, body: new URLSearchParams({ user: u.id }).toString() })}>
              Sign in as {u.label}
            </button>
          ))}
        </section>
      ) : null}

      {run.form && attrs ? (
        <section aria-labelledby="saml-assertion-heading" className={`${box} space-y-2`}>
          <h3 id="saml-assertion-heading" className={heading}>
            3. The provider posts a SAML response to /saml2/idpresponse
          </h3>
          <p className="text-sm">
            The browser carries a form with <code>SAMLResponse</code> (the XML below, base64-encoded) and <code>RelayState</code>. Cognito checks the issuer, the audience <code>urn:amazon:cognito:sp:&lt;user pool ID&gt;</code>, the recipient and the validity window on the simulated clock. Simplification: this simulated provider does not sign its response; a real one must, and Cognito verifies the signature with the certificate from the provider&apos;s metadata.
          </p>
          <div role="region" aria-label="SAML assertion" tabIndex={0} className="max-h-80 overflow-auto rounded-md border border-border p-2">
            <pre className="text-xs whitespace-pre">{run.form.xml}</pre>
          </div>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={busy}
            onClick={() => onStep({ method: 'POST', url: run.form!.action, body: new URLSearchParams({ SAMLResponse: run.form!.samlResponse, RelayState: run.form!.relayState }).toString() })}
          >
            Post the SAMLResponse to /saml2/idpresponse
          </button>
        </section>
      ) : null}

      {run.tokens ? <Landed run={run} onAdopt={onAdopt} adopted={adopted} /> : null}
    </div>
  );
}

function Landed({ run, onAdopt, adopted }: { run: Run; onAdopt: (t: Record<string, string>) => void; adopted?: string }) {
  const tokens = run.tokens!;
  const id = decodeJwt(tokens.id_token);
  const posted = [...run.hops].reverse().find((h) => h.request.url.endsWith('/saml2/idpresponse'));
  const sent = posted ? assertionAttributes(decodeBase64Xml(new URLSearchParams(posted.request.body).get('SAMLResponse') ?? '')) : {};
  return (
    <section aria-labelledby="saml-landed-heading" className="space-y-3">
      <h3 id="saml-landed-heading" className={heading}>
        4. Back at the app with tokens
      </h3>
      <p className="text-sm">
        Cognito redirected to <code>{CALLBACK_URL}</code> with a code, which the app redeemed: user <code>{String(id['cognito:username'])}</code> (status EXTERNAL_PROVIDER, named <code>{SAML_PROVIDER}_&lt;NameID&gt;</code>).
      </p>
      <table className="w-full text-left text-sm" aria-label="Mapped attributes">
        <caption className="text-left font-medium">Mapped attributes (the provider&apos;s AttributeMapping)</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-3">
              User pool attribute
            </th>
            <th scope="col" className="pr-3">
              SAML attribute
            </th>
            <th scope="col">Value in the ID token</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(SAML_ATTRIBUTE_MAPPING).map(([poolAttr, samlAttr]) => (
            <tr key={poolAttr} className="border-t border-border align-top">
              <td className="pr-3 font-mono">{poolAttr}</td>
              <td className="pr-3 font-mono break-all">{samlAttr}</td>
              <td className="font-mono break-all">
                {String(id[poolAttr] ?? '(not set)')}
                {sent[samlAttr] !== undefined && sent[samlAttr] === id[poolAttr] ? ' ✓' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="text-sm">
        <summary>The ID token&apos;s claims</summary>
        <pre className="overflow-x-auto text-xs" data-testid="saml-id-token">
          {JSON.stringify(id, null, 2)}
        </pre>
      </details>
      <button type="button" className={secondaryButtonClass} onClick={() => onAdopt(tokens)}>
        Send the SAML user&apos;s tokens to the token inspector
      </button>
      <div role="status">{adopted ? <p className="text-sm">Tokens for {adopted} are now in the token inspector.</p> : null}</div>
    </section>
  );
}
