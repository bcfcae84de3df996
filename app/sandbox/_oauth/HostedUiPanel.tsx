'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import { FormFeedback, Panel, secondaryButtonClass, SubmitButton, TextField } from '../_components/ui';
import { MermaidDiagram } from '../_diagrams/MermaidDiagram';
import { HostedPageForms, HostedPageLinks, HostedPageTotp } from './HostedPageForms';
import { MoreOAuthFlows } from './MoreOAuthFlows';
import type { SandboxError } from '../_lib/sandboxStore';
import {
  authorizeUrl,
  browse,
  CALLBACK_URL,
  configureHostedUi,
  FORM_TYPE,
  HOSTED_SCOPES,
  isCallback,
  locationOf,
  newCodeVerifier,
  PARTY_NAMES,
  parseUrl,
  randomToken,
  readHostedPage,
  s256,
  sessionTokensFrom,
  tokenForm,
  traceDiagram,
  traceLines,
  wrongVerifier,
  type CookieJar,
  type Hop,
  type HostedSetup,
  type HttpRequest,
  type HttpResponse,
  type TokenFields,
} from './hostedUi';

const TEST_USER = 'hosted-learner';
const TEST_PASSWORD = 'Hosted-Passw0rd!';

interface Flow {
  responseType: 'code' | 'token';
  verifier?: string;
  challenge?: string;
  state: string;
  nonce: string;
}

interface BrowserState {
  url?: string;
  response?: HttpResponse;
  /** The request the "Next" button sends (a redirect to follow). */
  next?: HttpRequest;
  jar: CookieJar;
  hops: Hop[];
}

interface Exchange {
  body: string;
  sentWrongVerifier: boolean;
  response: HttpResponse;
}

const EMPTY: BrowserState = { jar: {}, hops: [] };
const heading = 'text-lg font-semibold';
const box = 'rounded-lg border border-border bg-background p-3';

/** The "Hosted UI (OAuth)" panel: setup, a simulated browser following each redirect, PKCE, the token exchange and the trace. */
export function HostedUiPanel() {
  return (
    <div data-area="oauth">
      <Panel id="hosted-ui" title="Hosted UI (OAuth)" description="Run the managed login pages and the OAuth 2.0 redirects step by step, as a browser would, and watch every hop.">
        <HostedUi />
      </Panel>
      <MoreOAuthFlows />
    </div>
  );
}

function HostedUi() {
  const { state, store } = useSandbox();
  const pool = state.pool;
  const [google, setGoogle] = useState(true);
  const [setup, setSetup] = useState<HostedSetup & { poolId: string }>();
  const [setupError, setSetupError] = useState<SandboxError>();
  const [busy, setBusy] = useState(false);
  const [responseType, setResponseType] = useState<'code' | 'token'>('code');
  const [pkce, setPkce] = useState(true);
  const [wrong, setWrong] = useState(false);
  const [flow, setFlow] = useState<Flow>();
  const [browser, setBrowser] = useState<BrowserState>(EMPTY);
  const [exchange, setExchange] = useState<Exchange>();
  const [error, setError] = useState<SandboxError>();
  const [adopted, setAdopted] = useState<string>();

  const live = setup && pool && setup.poolId === pool.userPoolId ? setup : undefined;
  const sim = store.simulator;

  async function configure() {
    if (!pool || !sim) return;
    setBusy(true);
    setSetupError(undefined);
    const out = await configureHostedUi((op, input) => store.call(op, input), { userPoolId: pool.userPoolId, region: sim.region, google });
    if (out.ok) {
      // A user to sign in with on the hosted page (kept if it already exists).
      const made = await store.call('AdminCreateUser', { UserPoolId: pool.userPoolId, Username: TEST_USER, MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'hosted-learner@example.com' }, { Name: 'email_verified', Value: 'true' }] });
      const pw = made.ok || made.error.name === 'UsernameExistsException' ? await store.call('AdminSetUserPassword', { UserPoolId: pool.userPoolId, Username: TEST_USER, Password: TEST_PASSWORD, Permanent: true }) : made;
      if (!pw.ok) setSetupError(pw.error);
      setSetup({ ...out.value, poolId: pool.userPoolId });
      resetBrowser();
    } else setSetupError(out.error);
    setBusy(false);
  }

  function resetBrowser() {
    setBrowser(EMPTY);
    setFlow(undefined);
    setExchange(undefined);
    setError(undefined);
    setAdopted(undefined);
  }

  async function start(e: FormEvent) {
    e.preventDefault();
    if (!live) return;
    const verifier = responseType === 'code' && pkce ? newCodeVerifier() : undefined;
    const f: Flow = { responseType, verifier, challenge: verifier ? await s256(verifier) : undefined, state: randomToken(), nonce: randomToken() };
    const url = authorizeUrl(live.base, { clientId: live.clientId, responseType, scopes: HOSTED_SCOPES, state: f.state, nonce: f.nonce, challenge: f.challenge });
    setFlow(f);
    setExchange(undefined);
    setError(undefined);
    setAdopted(undefined);
    setBrowser((b) => ({
      jar: b.jar,
      url: 'https://app.example.com/',
      hops: [{ from: 'app', to: 'browser', request: { method: 'GET', url }, note: '302 redirect to /oauth2/authorize' }],
      next: { method: 'GET', url },
    }));
  }

  async function send(req: HttpRequest) {
    if (!sim) return;
    setError(undefined);
    if (isCallback(req.url)) {
      const where = new URL(req.url).hash ? 'GET /callback (tokens in the #fragment stay in the browser)' : 'GET /callback (code in the query)';
      setBrowser((b) => ({ ...b, url: req.url, response: undefined, next: undefined, hops: [...b.hops, { from: 'browser', to: 'app', request: req, note: where }] }));
      return;
    }
    setBusy(true);
    try {
      const { hop, jar } = await browse((r) => sim.oauth.handle(r), browser.jar, req);
      // The hosted pages send codes (sign-up, reset, MFA): show them in the inbox and phone.
      store.syncEngineView();
      const loc = locationOf(hop.response);
      setBrowser((b) => ({ url: req.url, response: hop.response, jar, hops: [...b.hops, hop], next: loc ? { method: 'GET', url: loc } : undefined }));
    } catch (e) {
      setError({ name: 'InternalError', message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  const callback = browser.url && isCallback(browser.url) ? parseUrl(browser.url) : undefined;
  const callbackQuery = Object.fromEntries(callback?.query ?? []);
  const callbackFragment = Object.fromEntries(callback?.fragment ?? []);

  function adopt(t: TokenFields) {
    const tokens = sessionTokensFrom(t, state.now ?? Date.now());
    if (!tokens) return;
    store.adoptTokens(tokens);
    setAdopted(tokens.username);
  }

  async function redeem() {
    if (!live || !sim || !callbackQuery.code) return;
    const verifier = flow?.verifier && wrong ? wrongVerifier(flow.verifier) : flow?.verifier;
    const body = tokenForm({ clientId: live.clientId, code: callbackQuery.code, verifier });
    const req: HttpRequest = { method: 'POST', url: `${live.base}/oauth2/token`, headers: { 'Content-Type': FORM_TYPE }, body };
    setBusy(true);
    try {
      const response = await sim.oauth.handle(req);
      setExchange({ body, sentWrongVerifier: Boolean(flow?.verifier && wrong), response });
      setBrowser((b) => ({ ...b, hops: [...b.hops, { from: 'app', to: 'cognito', request: req, response }] }));
      if (response.status === 200) adopt(JSON.parse(response.body) as Record<string, string>);
    } finally {
      setBusy(false);
    }
  }

  if (!pool) return <p className="text-sm text-muted">The sandbox is starting…</p>;

  return (
    <div className="space-y-6">
      <section aria-labelledby="oauth-setup-heading" className="space-y-3">
        <h3 id="oauth-setup-heading" className={heading}>
          1. Set up the hosted UI
        </h3>
        <p className="text-sm text-muted">
          Gives the pool a Cognito domain prefix and a public app client for the authorization code and implicit grants (scopes openid, email, profile; callback{' '}
          <code>{CALLBACK_URL}</code>, which the simulated browser only shows) and a user <code>{TEST_USER}</code> / <code>{TEST_PASSWORD}</code>.
        </p>
        <div className="flex flex-wrap items-center gap-4">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={google} onChange={(e) => setGoogle(e.target.checked)} className="h-4 w-4 accent-accent" />
            Add a simulated Google identity provider
          </label>
          <button type="button" className={secondaryButtonClass} disabled={busy || state.status !== 'ready'} onClick={() => void configure()}>
            Configure the pool for OAuth
          </button>
        </div>
        <FormFeedback
          error={setupError}
          success={
            live ? (
              <>
                Domain <code>{live.base}</code>, app client <code>{live.clientId}</code>
                {live.google ? ', Google provider' : ''}.
              </>
            ) : undefined
          }
        />
      </section>

      {live ? (
        <>
          <form onSubmit={(e) => void start(e)} aria-labelledby="oauth-start-heading" className="space-y-3">
            <h3 id="oauth-start-heading" className={heading}>
              2. The app sends the browser to /oauth2/authorize
            </h3>
            <fieldset className="flex flex-wrap gap-4 text-sm">
              <legend className="mb-1 font-medium">Grant (response_type)</legend>
              <label className="flex items-center gap-2">
                <input type="radio" name="oauth-response-type" checked={responseType === 'code'} onChange={() => setResponseType('code')} className="accent-accent" />
                Authorization code (<code>code</code>)
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name="oauth-response-type" checked={responseType === 'token'} onChange={() => setResponseType('token')} className="accent-accent" />
                Implicit (<code>token</code>)
              </label>
            </fieldset>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={pkce && responseType === 'code'} disabled={responseType !== 'code'} onChange={(e) => setPkce(e.target.checked)} className="h-4 w-4 accent-accent" />
              Use PKCE (S256)
            </label>
            <div className="flex flex-wrap items-center gap-3">
              <SubmitButton disabled={busy}>Start sign-in</SubmitButton>
              <button type="button" className={secondaryButtonClass} disabled={busy} onClick={resetBrowser}>
                New browser (forget cookies)
              </button>
            </div>
          </form>

          {flow?.verifier ? <PkcePanel flow={flow} wrong={wrong} setWrong={setWrong} exchange={exchange} /> : null}

          <BrowserFrame browser={browser} busy={busy} onSend={(r) => void send(r)} />
          <div role="alert">{error ? <p className="text-sm text-red-800 dark:text-red-200">{error.name}: {error.message}</p> : null}</div>

          {callback ? (
            <section aria-labelledby="oauth-callback-heading" className="space-y-3">
              <h3 id="oauth-callback-heading" className={heading}>
                3. Back at the app
              </h3>
              {callbackQuery.error ? (
                <p className="text-sm">
                  Cognito sent an error back: <code>{callbackQuery.error}</code> {callbackQuery.error_description}
                </p>
              ) : callbackFragment.access_token ? (
                <>
                  <p className="text-sm">
                    Implicit grant: the tokens arrived in the URL <strong>fragment</strong> (after <code>#</code>). Browsers never send the fragment to a server, so only
                    the page&apos;s script can read them; there is no refresh token and no code to exchange.
                  </p>
                  <button type="button" className={secondaryButtonClass} onClick={() => adopt(callbackFragment)}>
                    Send the tokens to the token inspector
                  </button>
                </>
              ) : callbackQuery.code ? (
                <>
                  <p className="text-sm">
                    Authorization code grant: the URL <strong>query</strong> carries a one-time <code>code</code> (state <code>{callbackQuery.state}</code>
                    {flow && callbackQuery.state === flow.state ? ', matches what the app sent' : ''}). The app redeems it at the token endpoint, server to server.
                  </p>
                  <button type="button" className={secondaryButtonClass} disabled={busy || exchange !== undefined} onClick={() => void redeem()}>
                    Exchange the code at /oauth2/token
                  </button>
                </>
              ) : null}
              {exchange ? <ExchangeView exchange={exchange} /> : null}
              <div role="status">{adopted ? <p className="text-sm">Tokens for {adopted} are now in the token inspector.</p> : null}</div>
            </section>
          ) : null}

          {browser.hops.length > 0 ? <Trace hops={browser.hops} /> : null}
        </>
      ) : null}
    </div>
  );
}

function PkcePanel({ flow, wrong, setWrong, exchange }: { flow: Flow; wrong: boolean; setWrong: (v: boolean) => void; exchange?: Exchange }) {
  let check: ReactNode = 'Not checked yet: the check happens when the app redeems the code.';
  if (exchange) {
    const err = exchange.response.status === 200 ? undefined : (JSON.parse(exchange.response.body) as { error?: string }).error;
    check = err ? (
      <>
        Refused: <code>{err}</code> (SHA-256 of the verifier sent does not match the challenge).
      </>
    ) : (
      <>Accepted: the engine hashed the verifier and it matched the challenge.</>
    );
  }
  return (
    <section aria-labelledby="oauth-pkce-heading" className={`${box} space-y-2 text-sm`}>
      <h3 id="oauth-pkce-heading" className={heading}>
        PKCE
      </h3>
      <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">code_verifier (kept by the app)</dt>
        <dd className="font-mono break-all">{flow.verifier}</dd>
        <dt className="font-medium">code_challenge = base64url(SHA-256(verifier))</dt>
        <dd className="font-mono break-all">{flow.challenge}</dd>
        <dt className="font-medium">Check at the token endpoint</dt>
        <dd>{check}</dd>
      </dl>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={wrong} onChange={(e) => setWrong(e.target.checked)} className="h-4 w-4 accent-accent" />
        Send a wrong verifier
      </label>
    </section>
  );
}

function ParamTable({ caption, rows }: { caption: string; rows: Array<[string, string]> }) {
  if (rows.length === 0) return null;
  return (
    <table className="w-full text-left text-sm">
      <caption className="text-left font-medium">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="pr-3">
            Name
          </th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([k, v], i) => (
          <tr key={`${k}-${i}`} className="border-t border-border align-top">
            <td className="pr-3 font-mono">{k}</td>
            <td className="font-mono break-all">{v.length > 120 ? `${v.slice(0, 117)}...` : v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BrowserFrame({ browser, busy, onSend }: { browser: BrowserState; busy: boolean; onSend: (r: HttpRequest) => void }) {
  const parsed = browser.url ? parseUrl(browser.url) : undefined;
  const r = browser.response;
  const html = r && (r.headers['Content-Type'] ?? '').includes('html') ? r.body : undefined;
  const page = html ? readHostedPage(html) : undefined;
  const cookies = Object.entries(browser.jar).flatMap(([host, c]) => Object.entries(c).map(([k, v]) => `${host}: ${k}=${v.slice(0, 12)}…`));
  return (
    <section aria-labelledby="oauth-browser-heading" className="overflow-hidden rounded-lg border border-border">
      <h3 id="oauth-browser-heading" className="sr-only">
        Simulated browser
      </h3>
      <div className="space-y-2 border-b border-border bg-surface p-3">
        <label htmlFor="oauth-address" className="block text-sm font-medium">
          Address bar
        </label>
        <input id="oauth-address" readOnly value={browser.url ?? ''} placeholder="(no page yet)" className="block w-full rounded-md border border-slate-500 bg-background px-3 py-1.5 font-mono text-sm dark:border-slate-400" />
        {parsed ? (
          <div className="space-y-2">
            <ParamTable caption="Query parameters" rows={parsed.query} />
            <ParamTable caption="Fragment parameters (after #, never sent to a server)" rows={parsed.fragment} />
          </div>
        ) : null}
        {r ? (
          <p className="text-sm" data-testid="oauth-last-response">
            Response: <strong>{r.status}</strong>
            {r.headers.Location ? (
              <>
                {' '}
                Location <code className="break-all">{r.headers.Location}</code>
              </>
            ) : null}
            {r.headers['Set-Cookie'] ? <> · Set-Cookie {r.headers['Set-Cookie'].split('=')[0]}</> : null}
          </p>
        ) : null}
        {browser.next ? (
          <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => onSend(browser.next!)}>
            Next: {browser.next.method} {isCallback(browser.next.url) ? CALLBACK_URL : new URL(browser.next.url).pathname}
          </button>
        ) : null}
        <p className="text-xs text-muted">Cookies in this browser: {cookies.length ? cookies.join(', ') : 'none'}</p>
      </div>
      <div className="min-h-24 p-4">
        {page ? <HostedPageView key={browser.hops.length} page={page} busy={busy} onSend={onSend} /> : null}
        {r && !html && !r.headers.Location ? <pre className="overflow-x-auto text-sm">{r.body}</pre> : null}
        {browser.url && isCallback(browser.url) ? <p className="text-sm text-muted">The app&apos;s callback page (simulated: nothing is fetched from app.example.com).</p> : null}
        {!browser.url ? <p className="text-sm text-muted">Start a sign-in to open the hosted UI here.</p> : null}
        {html ? (
          <details className="mt-3 text-sm">
            <summary>The page&apos;s HTML as the engine sent it</summary>
            <pre className="max-h-64 overflow-auto whitespace-pre-wrap text-xs">{html}</pre>
          </details>
        ) : null}
      </div>
    </section>
  );
}

function HostedPageView({ page, busy, onSend }: { page: ReturnType<typeof readHostedPage>; busy: boolean; onSend: (r: HttpRequest) => void }) {
  const [username, setUsername] = useState(page.login?.username ?? '');
  const [password, setPassword] = useState('');
  const login = page.login;
  return (
    <div className="mx-auto max-w-md space-y-3" data-testid="oauth-page">
      <h4 className="text-lg font-semibold">{page.title}</h4>
      {page.text.map((t, i) => (
        <p key={i} className="text-sm wrap-anywhere">
          {t}
        </p>
      ))}
      {page.notice ? <p className="rounded-md border border-border bg-surface p-2 text-sm">{page.notice}</p> : null}
      {page.error ? <p className="rounded-md border border-red-700/40 bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-200">{page.error}</p> : null}
      {page.providers.map((p) => (
        <button key={p.href} type="button" className={secondaryButtonClass} disabled={busy} onClick={() => onSend({ method: 'GET', url: p.href })}>
          Continue with {p.name}
        </button>
      ))}
      {login ? (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            onSend({ method: 'POST', url: login.action, body: new URLSearchParams({ username, password }).toString() });
          }}
        >
          <TextField id="oauth-username" label="Username" autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} required />
          <TextField id="oauth-password" label="Password" type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} required />
          <SubmitButton disabled={busy}>Sign in</SubmitButton>
        </form>
      ) : null}
      <HostedPageTotp page={page} />
      <HostedPageForms page={page} busy={busy} onSend={onSend} />
      <HostedPageLinks page={page} busy={busy} onSend={onSend} />
      {page.idpUsers.length ? (
        <ul className="space-y-3">
          {page.idpUsers.map((u) => (
            <li key={u.id} className="space-y-1">
              <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => onSend({ method: 'POST', url: u.action, body: new URLSearchParams({ user: u.id }).toString() })}>
                Sign in as {u.label}
              </button>
              <pre className="overflow-x-auto text-xs">{u.claims}</pre>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function ExchangeView({ exchange }: { exchange: Exchange }) {
  const ok = exchange.response.status === 200;
  const body = ok ? Object.fromEntries(Object.entries(JSON.parse(exchange.response.body) as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' && v.length > 40 ? `${v.slice(0, 37)}...` : v])) : JSON.parse(exchange.response.body);
  return (
    <div className={`${box} space-y-2 text-sm`}>
      <p className="font-medium">POST /oauth2/token (Content-Type: {FORM_TYPE})</p>
      <pre className="overflow-x-auto text-xs">{exchange.body.split('&').join('\n&')}</pre>
      <p className="font-medium">
        Response {exchange.response.status}
        {exchange.sentWrongVerifier ? ' (a wrong verifier was sent)' : ''}
      </p>
      <pre className="overflow-x-auto text-xs" data-testid="oauth-token-response">
        {JSON.stringify(body, null, 2)}
      </pre>
    </div>
  );
}

function Trace({ hops }: { hops: Hop[] }) {
  const lines = traceLines(hops);
  return (
    <section aria-labelledby="oauth-trace-heading" className="space-y-3">
      <h3 id="oauth-trace-heading" className={heading}>
        The hops, as a sequence diagram
      </h3>
      {/* The diagram keeps its natural size; its frame scrolls sideways (focusable, so keyboards can scroll it too). */}
      <div role="region" aria-label="Sequence diagram of the hops" tabIndex={0} className="overflow-x-auto rounded-lg border border-border p-2">
        <MermaidDiagram text={traceDiagram(hops)} title="OAuth redirects and requests" />
      </div>
      <details>
        <summary className="text-sm font-medium">The same hops in words</summary>
        <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
          {lines.map((l, i) => (
            <li key={i}>
              {PARTY_NAMES[l.from]} → {PARTY_NAMES[l.to]}: {l.text}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
