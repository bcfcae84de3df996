/**
 * Presets for the managed login pages (hosted UI) and the OAuth 2.0 token
 * endpoint: a domain, app clients with OAuth settings, and a resource server
 * with custom scopes. The domain prefix is the one the Hosted UI tab uses,
 * so the tab's setup keeps it.
 */
import { call, client, confirmedUser, pool, PRESET_PASSWORD } from './builders';
import type { SandboxPreset } from './schema';

/** Where the preset's web client may send the authorization code (the Hosted UI tab's simulated app). */
export const HOSTED_CALLBACK_URL = 'https://app.example.com/callback';

/**
 * The preset resource server, the scopes and the name of the machine-to-machine
 * client: the same as the Hosted UI tab's machine-to-machine setup
 * (app/sandbox/_oauth/federationFlows.ts), which then reuses them.
 */
export const ORDERS_API = { identifier: 'orders', read: 'orders/read', write: 'orders/write', clientName: 'machine-client' } as const;
/** The web client's name, as the Hosted UI tab names its own. */
export const HOSTED_CLIENT = 'hosted-ui-app';

const domain = call('CreateUserPoolDomain', { UserPoolId: '{{poolId}}', Domain: '{{domainPrefix}}' });

export const OAUTH_PRESETS: SandboxPreset[] = [
  {
    id: 'hosted-ui-code-flow',
    name: 'Hosted UI: code grant with PKCE',
    description: `A pool with a Cognito domain and a public web client allowed the authorization code grant (scopes openid, email, profile; callback ${HOSTED_CALLBACK_URL}); sam is a confirmed user.`,
    tryThis: `On the Hosted UI tab, start the code flow with PKCE, sign in as sam (password ${PRESET_PASSWORD}) on the managed login page, follow the redirect and exchange the code (with the verifier) for tokens.`,
    steps: [
      pool('hosted-ui-pool'),
      domain,
      client({
        ClientName: HOSTED_CLIENT,
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid', 'email', 'profile'],
        CallbackURLs: [HOSTED_CALLBACK_URL],
        SupportedIdentityProviders: ['COGNITO'],
      }),
      ...confirmedUser('sam', 'sam@example.com'),
    ],
  },
  {
    id: 'client-credentials',
    name: 'Machine-to-machine tokens',
    description: `A pool with a Cognito domain, a resource server ${ORDERS_API.identifier} with read and write scopes, and a confidential app client (with a secret) allowed only the client credentials grant for those scopes.`,
    tryThis: `On the Hosted UI tab, under machine to machine, ask /oauth2/token for a client_credentials token with scope ${ORDERS_API.read} (client id and secret with HTTP Basic): the access token carries that scope and no user.`,
    steps: [
      pool('machine-to-machine-pool'),
      domain,
      call('CreateResourceServer', {
        UserPoolId: '{{poolId}}',
        Identifier: ORDERS_API.identifier,
        Name: 'Orders API',
        Scopes: [
          { ScopeName: 'read', ScopeDescription: 'Read orders' },
          { ScopeName: 'write', ScopeDescription: 'Create and change orders' },
        ],
      }),
      call('CreateUserPoolClient', {
        UserPoolId: '{{poolId}}',
        ClientName: ORDERS_API.clientName,
        GenerateSecret: true,
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['client_credentials'],
        AllowedOAuthScopes: [ORDERS_API.read, ORDERS_API.write],
      }),
    ],
  },
];
