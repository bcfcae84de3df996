import { DOMAINS, PRICING, QUOTAS } from '../../simulator/facts';
import { count, num } from '../lib/format';
import { SRC } from '../lib/sources';
import type { Lesson } from '../schema';

export const hostedUiOauthLesson: Lesson = {
  id: 'hosted-ui-oauth',
  title: 'Managed login, OAuth 2.0, OIDC, scopes and domains',
  topic: 'hosted-ui-oauth',
  summary:
    'Give a user pool a domain and it becomes a full OAuth 2.0 authorization server and OpenID Connect provider with ready-made sign-in pages. Know the grant types, the scopes, and what a custom domain needs.',
  sections: [
    {
      heading: 'Domains',
      body: `The OAuth endpoints and sign-in pages need a domain:
- a **prefix domain** on \`amazoncognito.com\` (\`https://<prefix>.auth.<region>.amazoncognito.com\`), or
- a **custom domain** such as \`auth.example.com\`. It needs a certificate in AWS Certificate Manager in **${DOMAINS.customDomainCertificateRegion.value}** (the pages are served through Amazon CloudFront), a DNS alias record pointing to the CloudFront distribution Cognito gives you, and a parent domain that resolves in DNS. A changed certificate can take up to ${count(DOMAINS.customDomainPropagationHours.value, 'hour')} to reach the domain.`,
    },
    {
      heading: 'Managed login and the classic hosted UI',
      body: `Cognito hosts sign-up, sign-in, MFA and password-reset pages for you. **Managed login** is the current version with a branding editor and passwordless and passkey sign-in; the **classic hosted UI** is the simpler first generation that you can still choose per app client. Hosted pages are also the only way to sign users in through external identity providers: the SDK's \`InitiateAuth\` cannot federate. Custom authentication with Lambda challenges, on the other hand, is available only through the SDK.`,
    },
    {
      heading: 'OAuth 2.0 grants',
      body: `- **Authorization code grant** (\`response_type=code\`): the browser is redirected back with a short-lived code that the app exchanges at \`/oauth2/token\`. Use it with **PKCE** (\`code_challenge\`) for public clients such as single-page and mobile apps. This is the recommended grant for users.
- **Implicit grant** (\`response_type=token\`): tokens come back in the URL fragment and no refresh token is issued. Legacy; avoid it.
- **Client credentials grant**: a confidential client (one with a secret) gets an access token for itself, with custom scopes only: machine-to-machine (M2M) access with no user.

Redirect targets must be registered as callback and sign-out URLs on the app client (up to ${num(QUOTAS.callbackUrlsPerClient.value)} each); HTTPS is required except for \`http://localhost\` during development.`,
    },
    {
      heading: 'Scopes and resource servers',
      body: `Standard OIDC scopes: \`openid\` (required for an ID token), \`email\`, \`phone\`, \`profile\`. The Cognito scope \`aws.cognito.signin.user.admin\` lets the access token call user self-service operations such as \`GetUser\` and \`UpdateUserAttributes\`.

A **resource server** represents your API; you define **custom scopes** on it such as \`orders/read\` (identifier/scope name). App clients are allowed a subset of scopes; granted scopes appear in the access token's \`scope\` claim, which an API Gateway authorizer or your API checks. A resource server can have up to ${count(QUOTAS.scopesPerResourceServer.value, 'scope')}.`,
    },
    {
      heading: 'Endpoints',
      body: `- \`/oauth2/authorize\`: starts sign-in (or redirects straight to an external IdP with \`identity_provider\` or \`idp_identifier\`).
- \`/oauth2/token\`: exchanges codes, refresh tokens or client credentials for tokens.
- \`/oauth2/userInfo\`: returns the user's claims for an access token.
- \`/oauth2/revoke\`: revokes a refresh token.
- \`/logout\`: ends the managed login session and redirects to a registered sign-out URL.
- The OIDC discovery document and JWKS live under the issuer: \`https://cognito-idp.<region>.amazonaws.com/<userPoolId>/.well-known/openid-configuration\`.`,
    },
  ],
  diagrams: [
    {
      caption: 'Authorization code grant with PKCE',
      mermaid: `sequenceDiagram
  participant Browser
  participant App
  participant Login as Managed login
  participant Token as Token endpoint
  App->>Browser: Redirect to authorize with code challenge
  Browser->>Login: Sign in
  Login-->>Browser: Redirect to callback with code
  Browser->>App: Code
  App->>Token: Code and code verifier
  Token-->>App: ID, access and refresh tokens`,
    },
  ],
  notes: [
    { date: PRICING.featurePlansEffective.value, text: 'Managed login, with a branding editor and passwordless sign-in, joined the classic hosted UI; managed login needs the Essentials plan or higher.' },
    { date: '2025-10-24', text: 'User pools added resource binding (RFC 8707), so resource servers can check the audience of access tokens.' },
    { date: '2026-01-30', text: 'App clients can hold two client secrets at once, so secrets can be rotated without downtime.' },
  ],
  sources: [SRC.managedLogin, SRC.domain, SRC.customDomain, SRC.updateDomainApi, SRC.endpoints, SRC.authorizeEndpoint, SRC.tokenEndpoint, SRC.resourceServers, SRC.authThingsToKnow, SRC.docHistory],
  tryIt: [
    { label: 'Run the code grant with PKCE', preset: 'hosted-ui-code-flow' },
    { label: 'Get a machine-to-machine token', preset: 'client-credentials' },
  ],
  examDomains: [
    { exam: 'DVA-C02', domain: 'Security' },
    { exam: 'SAA-C03', domain: 'Design Secure Architectures' },
    { exam: 'SCS-C02', domain: 'Identity and Access Management' },
  ],
  factRefs: ['DOMAINS.customDomainCertificateRegion', 'DOMAINS.customDomainPropagationHours', 'QUOTAS.callbackUrlsPerClient', 'QUOTAS.scopesPerResourceServer', 'PRICING.featurePlansEffective'],
};
