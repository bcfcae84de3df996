import { ClientCredentialsPanel } from './ClientCredentialsPanel';
import { SamlSignInPanel } from './SamlSignInPanel';

/** The flows beside the hosted UI: machine to machine (client credentials) and SAML federation. */
export function MoreOAuthFlows() {
  return (
    <div className="mt-6 space-y-6">
      <ClientCredentialsPanel />
      <SamlSignInPanel />
    </div>
  );
}
