import { DOC_CHANGES, LIFETIMES } from '../../simulator/facts';
import { dur } from '../lib/format';
import { SRC } from '../lib/sources';
import type { Lesson } from '../schema';

const id = LIFETIMES.idToken.value;
const access = LIFETIMES.accessToken.value;
const refresh = LIFETIMES.refreshToken.value;

export const tokensLesson: Lesson = {
  id: 'tokens',
  title: 'Tokens: ID, access and refresh',
  topic: 'tokens',
  summary:
    'A successful sign-in returns three tokens. The ID token says who the user is, the access token says what the bearer may do, and the refresh token gets new ones. Knowing which token goes where, how long each lives and how to verify and revoke them is core exam material.',
  sections: [
    {
      heading: 'Three tokens, three jobs',
      body: `- **ID token** (JWT, \`token_use\` = \`id\`): identity claims about the user: \`sub\`, \`email\`, \`cognito:username\`, \`cognito:groups\`, custom attributes. Its \`aud\` claim is the app client id. Use it in your app to show who signed in, or to pass identity to an identity pool.
- **Access token** (JWT, \`token_use\` = \`access\`): authorization: \`scope\`, \`client_id\`, \`username\`, \`cognito:groups\`. It has no \`aud\` claim. Send it to your APIs and to Cognito's own user operations such as \`GetUser\`, \`ChangePassword\` or \`GlobalSignOut\`.
- **Refresh token**: an opaque, encrypted token your app keeps safely and exchanges for new ID and access tokens with \`REFRESH_TOKEN_AUTH\` or the token endpoint.

ID and access tokens are signed with RS256 using keys published at \`https://cognito-idp.<region>.amazonaws.com/<userPoolId>/.well-known/jwks.json\`.`,
    },
    {
      heading: 'Lifetimes',
      body: `Each app client sets its own lifetimes:
- ID token: default ${dur(id.default, id.unit, 'hours')}; from ${dur(id.min, id.unit)} to ${dur(id.max, id.unit, 'hours')}.
- Access token: default ${dur(access.default, access.unit, 'hours')}; from ${dur(access.min, access.unit)} to ${dur(access.max, access.unit, 'hours')}.
- Refresh token: default ${dur(refresh.default, refresh.unit, 'days')}; from ${dur(refresh.min, refresh.unit)} to ${dur(refresh.max, refresh.unit, 'days')}.

The ID and access token lifetimes are separate settings. Short access tokens limit the damage of a leaked token; a long refresh token keeps users signed in. The refresh token must outlive the access and ID tokens.`,
    },
    {
      heading: 'Verifying a JWT in your own code',
      body: `An API that receives a Cognito token must check it before trusting it:
- Decode the header, find the \`kid\`, and verify the signature with the matching key from the pool's JWKS (cache the JWKS).
- \`iss\` is \`https://cognito-idp.<region>.amazonaws.com/<userPoolId>\`.
- \`token_use\` is what you expect (\`access\` for APIs).
- The audience: \`aud\` for an ID token, \`client_id\` for an access token, matches one of your app clients.
- \`exp\` is in the future (and \`iat\` is sensible).

AWS publishes the \`aws-jwt-verify\` library for Node.js that does all of this. API Gateway's Cognito authorizer and HTTP API JWT authorizer do it for you.`,
    },
    {
      heading: 'Revocation and sign-out',
      body: `- \`RevokeToken\` (or the \`/oauth2/revoke\` endpoint) revokes one refresh token and the access tokens it issued. The user's other sessions are not affected.
- \`GlobalSignOut\` (called with the user's access token) and \`AdminUserGlobalSignOut\` (called with IAM credentials) revoke all of the user's refresh tokens and the tokens issued from them.

Token revocation is on by default for new app clients (\`EnableTokenRevocation\`); revocation-enabled tokens carry \`jti\` and \`origin_jti\` claims. Important detail: a revoked access token is refused by Cognito's APIs, but a JWT library that only checks the signature and expiry will still accept it until it expires. That is why short access-token lifetimes matter.`,
    },
    {
      heading: 'Customizing tokens',
      body: `The **pre token generation** Lambda trigger adds, changes or suppresses claims. Version \`V1_0\` of the event customizes the ID token; \`V2_0\` also customizes the access token (claims and scopes) and needs the Essentials plan or higher; \`V3_0\` also covers machine-to-machine (client credentials) tokens.`,
    },
  ],
  diagrams: [
    {
      caption: 'Where each token goes',
      mermaid: `flowchart LR
  Pool[User pool] -->|ID token| App[Client app]
  Pool -->|Access token| App
  Pool -->|Refresh token| App
  App -->|Access token as bearer| API[Your API]
  App -->|ID token in Logins map| IdP[Identity pool]
  App -->|Refresh token| Pool
  API -->|Fetch JWKS once| Pool`,
    },
  ],
  notes: [
    {
      date: DOC_CHANGES.accessTokenCustomization.value,
      text: 'Customizing access-token claims and scopes (pre token generation event V2_0) became possible; later it moved to the Essentials feature plan.',
    },
  ],
  sources: [SRC.tokens, SRC.idToken, SRC.accessToken, SRC.refreshToken, SRC.verifyJwt, SRC.revocation, SRC.appClients, SRC.preToken],
  tryIt: [
    { label: 'Watch tokens expire and refresh them', preset: 'token-lifetimes' },
    { label: 'Revoke a refresh token', preset: 'token-revocation' },
    { label: 'Verify a token against the JWKS', preset: 'jwt-inspector' },
  ],
  examDomains: [
    { exam: 'DVA-C02', domain: 'Security' },
    { exam: 'SAA-C03', domain: 'Design Secure Architectures' },
    { exam: 'SCS-C02', domain: 'Identity and Access Management' },
  ],
  factRefs: ['LIFETIMES.idToken', 'LIFETIMES.accessToken', 'LIFETIMES.refreshToken', 'DOC_CHANGES.accessTokenCustomization'],
};
