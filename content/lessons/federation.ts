import { PRICING, QUOTAS } from '../../simulator/facts';
import { count, num } from '../lib/format';
import { SRC } from '../lib/sources';
import type { Lesson } from '../schema';

export const federationLesson: Lesson = {
  id: 'federation',
  title: 'Federation: social, SAML and OIDC identity providers',
  topic: 'federation',
  summary:
    'A user pool can act as a broker: users sign in with Google, Facebook, Apple, Login with Amazon, a SAML 2.0 identity provider or any OIDC provider, and your app still receives the same Cognito tokens.',
  sections: [
    {
      heading: 'The user pool as an identity broker',
      body: `You add external identity providers (IdPs) to the pool (up to ${num(QUOTAS.identityProvidersPerPool.value)}) and enable them on app clients. The user goes to managed login (or straight to the IdP with the \`identity_provider\` parameter), authenticates there, and comes back. Cognito then creates or updates a **federated user profile** in the pool (its username looks like \`Google_1234…\`), applies your **attribute mapping**, and issues normal user pool tokens. Your app only has to understand Cognito tokens, whatever the IdP.

Federation needs the hosted pages: an app cannot federate with the SDK's \`InitiateAuth\`.`,
    },
    {
      heading: 'Social providers',
      body: `Built-in providers are Facebook, Google, Login with Amazon and Sign in with Apple. You register your app with the provider, paste its client id and secret into the pool, choose the scopes to request (for example \`email\`), and map provider attributes to pool attributes. The provider's redirect URI is your pool domain's \`/oauth2/idpresponse\` endpoint.`,
    },
    {
      heading: 'SAML 2.0',
      body: `For enterprise directories (Microsoft Entra ID, Okta, AD FS …) you add a SAML IdP with its metadata document or URL. In the IdP you register Cognito as a service provider: the entity id is \`urn:amazon:cognito:sp:<userPoolId>\` and the assertion consumer service URL is \`https://<your-domain>/saml2/idpresponse\`. Attribute mapping turns SAML assertion attributes into pool attributes; users can be routed to the right IdP by email domain with **identifiers**. Cognito supports SP-initiated sign-in and, optionally, IdP-initiated sign-in, signed requests and encrypted assertions.`,
    },
    {
      heading: 'OIDC providers',
      body: `Any OpenID Connect provider (for example Salesforce, or another Cognito pool) can be added with its issuer URL, client id and secret, the scopes to request, and how to send attributes (the \`userInfo\` endpoint or the ID token).`,
    },
    {
      heading: 'Linking and attributes',
      body: `If a person already has a local account and later signs in with Google, you get two users unless you link them. \`AdminLinkProviderForUser\` (often called from a pre sign-up trigger on \`PreSignUp_ExternalProvider\`) links the federated identity to the existing user, so both sign-ins reach one profile; a user can have up to ${count(QUOTAS.identitiesLinkedPerUser.value, 'linked identity', 'linked identities')}.

Mapped attributes are updated from the IdP at each federated sign-in, so a mapped attribute must be writable by the app client. Required attributes must be mapped, or sign-in fails.`,
    },
    {
      heading: 'User pool federation versus identity pool federation',
      body: `Identity pools can also trust Google, Facebook, SAML and OIDC providers directly. The difference: user pool federation gives you **user pool tokens** and a user profile; identity pool federation gives you **temporary AWS credentials**. Many apps chain them: external IdP → user pool → identity pool.`,
    },
  ],
  diagrams: [
    {
      caption: 'SAML sign-in through a user pool',
      mermaid: `sequenceDiagram
  participant Browser
  participant Login as Managed login
  participant IdP as SAML IdP
  participant App
  Browser->>Login: authorize with identity_provider
  Login-->>Browser: Redirect with SAML request
  Browser->>IdP: Sign in with corporate account
  IdP-->>Browser: SAML assertion
  Browser->>Login: POST saml2 idpresponse
  Login-->>Browser: Redirect to app with code
  Browser->>App: Code
  App->>Login: Exchange code
  Login-->>App: User pool tokens`,
    },
  ],
  notes: [
    {
      date: PRICING.featurePlansEffective.value,
      text: `Before this date users federated through SAML or OIDC had a free tier of ${num(PRICING.legacyFederatedFreeTierMau.value)} MAU, counted separately from direct sign-ins. Check the pricing page for the current treatment.`,
    },
    { date: '2024-02-01', text: 'SAML support gained signed requests, encrypted responses and IdP-initiated sign-in.' },
    { date: '2026-01-28', text: 'An inbound federation Lambda trigger was added to transform federated users’ attributes during sign-in.' },
  ],
  sources: [SRC.federation, SRC.socialIdp, SRC.samlIdp, SRC.oidcIdp, SRC.preSignUp, SRC.authThingsToKnow, SRC.docHistory, SRC.pricing],
  tryIt: [],
  examDomains: [
    { exam: 'DVA-C02', domain: 'Security' },
    { exam: 'SAA-C03', domain: 'Design Secure Architectures' },
    { exam: 'SCS-C02', domain: 'Identity and Access Management' },
  ],
  factRefs: ['QUOTAS.identityProvidersPerPool', 'QUOTAS.identitiesLinkedPerUser', 'PRICING.legacyFederatedFreeTierMau'],
};
