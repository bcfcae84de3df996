'use client';

import { useState, type FormEvent } from 'react';
import { decodeJwt } from 'jose';
import { useSandbox } from '../_lib/useSandbox';
import { FormFeedback, Panel, secondaryButtonClass, SubmitButton } from '../_components/ui';
import type { SandboxError } from '../_lib/sandboxStore';
import type { HttpRequest, HttpResponse } from './hostedUi';
import { clientCredentialsRequest, configureM2M, M2M_CLIENT_NAME, M2M_RESOURCE_SERVER, M2M_SCOPES, type M2MSetup } from './federationFlows';

const heading = 'text-lg font-semibold';
const box = 'rounded-lg border border-border bg-background p-3';
/** Claims a user's access token has and a machine token does not. */
const USER_CLAIMS = ['username', 'cognito:groups', 'origin_jti', 'event_id'];

/** The client-credentials grant (machine to machine): a confidential client asks /oauth2/token for an access token with custom scopes. */
export function ClientCredentialsPanel() {
  return (
    <Panel
      id="client-credentials"
      title="Machine to machine (client credentials)"
      description="A back-end service has no user: it authenticates with its own client ID and secret and receives an access token for the custom scopes of a resource server."
    >
      <ClientCredentials />
    </Panel>
  );
}

function ClientCredentials() {
  const { state, store } = useSandbox();
  const pool = state.pool;
  const sim = store.simulator;
  const [setup, setSetup] = useState<M2MSetup & { poolId: string }>();
  const [setupError, setSetupError] = useState<SandboxError>();
  const [scopes, setScopes] = useState<string[]>([M2M_SCOPES[0]]);
  const [busy, setBusy] = useState(false);
  const [exchange, setExchange] = useState<{ request: HttpRequest; response: HttpResponse }>();
  const live = setup && pool && setup.poolId === pool.userPoolId ? setup : undefined;

  async function configure() {
    if (!pool || !sim) return;
    setBusy(true);
    setSetupError(undefined);
    const out = await configureM2M((op, input) => store.call(op, input), { userPoolId: pool.userPoolId, region: sim.region });
    if (out.ok) {
      setSetup({ ...out.value, poolId: pool.userPoolId });
      setExchange(undefined);
    } else setSetupError(out.error);
    setBusy(false);
  }

  async function request(e: FormEvent) {
    e.preventDefault();
    if (!live || !sim) return;
    setBusy(true);
    try {
      const req = clientCredentialsRequest(live, scopes);
      setExchange({ request: req, response: await sim.oauth.handle(req) });
    } finally {
      setBusy(false);
    }
  }

  if (!pool) return <p className="text-sm text-muted">The sandbox is starting…</p>;

  return (
    <div className="space-y-5">
      <section aria-labelledby="m2m-setup-heading" className="space-y-3">
        <h3 id="m2m-setup-heading" className={heading}>
          1. A resource server and a confidential app client
        </h3>
        <p className="text-sm text-muted">
          Creates the resource server <code>{M2M_RESOURCE_SERVER}</code> with the custom scopes <code>{M2M_SCOPES.join(', ')}</code> and the app client{' '}
          <code>{M2M_CLIENT_NAME}</code>, which has a client secret and allows only the <code>client_credentials</code> flow (Cognito refuses that flow for a client without a secret, or together with the code and implicit flows).
        </p>
        <button type="button" className={secondaryButtonClass} disabled={busy || state.status !== 'ready'} onClick={() => void configure()}>
          Set up machine-to-machine access
        </button>
        <FormFeedback
          error={setupError}
          success={
            live ? (
              <>
                Resource server <code>{M2M_RESOURCE_SERVER}</code>, confidential client <code>{live.clientId}</code>.
              </>
            ) : undefined
          }
        />
      </section>

      {live ? (
        <form onSubmit={(e) => void request(e)} aria-labelledby="m2m-request-heading" className="space-y-3">
          <h3 id="m2m-request-heading" className={heading}>
            2. The service asks the token endpoint
          </h3>
          <fieldset className="flex flex-wrap gap-4 text-sm">
            <legend className="mb-1 font-medium">Scopes to request</legend>
            {M2M_SCOPES.map((s) => (
              <label key={s} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={scopes.includes(s)}
                  onChange={(ev) => setScopes((cur) => (ev.target.checked ? [...cur, s] : cur.filter((x) => x !== s)))}
                  className="h-4 w-4 accent-accent"
                />
                <code>{s}</code>
              </label>
            ))}
          </fieldset>
          <p className="text-xs text-muted">With no scope, Cognito grants every custom scope the app client allows.</p>
          <SubmitButton disabled={busy}>Request a token with client credentials</SubmitButton>
        </form>
      ) : null}

      {exchange ? <M2MExchange exchange={exchange} clientId={live?.clientId ?? ''} /> : null}
    </div>
  );
}

function M2MExchange({ exchange, clientId }: { exchange: { request: HttpRequest; response: HttpResponse }; clientId: string }) {
  const { request, response } = exchange;
  const body = JSON.parse(response.body) as Record<string, unknown>;
  const token = typeof body.access_token === 'string' ? body.access_token : undefined;
  const claims = token ? decodeJwt(token) : undefined;
  const userClaims = claims ? USER_CLAIMS.filter((c) => c in claims) : [];
  return (
    <section aria-labelledby="m2m-exchange-heading" className="space-y-3">
      <h3 id="m2m-exchange-heading" className={heading}>
        3. The answer
      </h3>
      <div className={`${box} space-y-2 text-sm`}>
        <p className="font-medium">POST /oauth2/token</p>
        <pre className="overflow-x-auto text-xs">
          {`Authorization: Basic base64(client_id:client_secret)\nContent-Type: ${request.headers?.['Content-Type'] ?? ''}\n\n${request.body ?? ''}`}
        </pre>
        <p className="font-medium">Response {response.status}</p>
        <pre className="overflow-x-auto text-xs" data-testid="m2m-token-response">
          {JSON.stringify(token ? { ...body, access_token: `${token.slice(0, 24)}…` } : body, null, 2)}
        </pre>
      </div>
      {claims ? (
        <div role="region" aria-label="Decoded M2M access token" className={`${box} space-y-2 text-sm`}>
          <p className="font-medium">The access token&apos;s claims</p>
          <pre className="overflow-x-auto text-xs">{JSON.stringify(claims, null, 2)}</pre>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              No user: <code>sub</code> is the app client ID{claims.sub === clientId ? ' (it is)' : ''}, and there is {userClaims.length ? <>a user claim: {userClaims.join(', ')}</> : <>no <code>username</code> claim</>}. No ID token and no refresh token either.
            </li>
            <li>
              Granted scopes: <code>{String(claims.scope ?? '')}</code> — only custom scopes of resource servers; <code>openid</code>, <code>email</code> and the other user scopes cannot be used with client credentials.
            </li>
            <li>A pre token generation trigger with event version V3_0 (Essentials or Plus plan) can add claims and scopes to this token; V1_0 and V2_0 triggers do not run for machine tokens.</li>
          </ul>
        </div>
      ) : null}
    </section>
  );
}
