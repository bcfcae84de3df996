import { IDENTITY_POOLS } from '../../simulator/facts';
import { count, dur, num } from '../lib/format';
import { SRC } from '../lib/sources';
import type { Lesson } from '../schema';

const ip = IDENTITY_POOLS;

export const identityPoolsLesson: Lesson = {
  id: 'identity-pools',
  title: 'Identity pools: temporary AWS credentials',
  topic: 'identity-pools',
  summary:
    'An identity pool (federated identities) exchanges a proof of identity, or nothing at all for guests, for temporary AWS credentials from AWS STS, so apps can call AWS services such as S3 and DynamoDB directly under an IAM role.',
  sections: [
    {
      heading: 'Identities and providers',
      body: `Each end user gets an **identity id** of the form \`<region>:<guid>\` that stays the same across devices once they sign in with the same provider. Providers an identity pool can trust:
- Cognito user pools (the app passes the **ID token**),
- social providers (Login with Amazon, Facebook, Google, Sign in with Apple),
- OIDC and SAML 2.0 providers (registered in IAM),
- **developer-authenticated identities** (your own back end vouches for the user),
- unauthenticated **guests**.

The app passes tokens in a \`Logins\` map; for a user pool the key is \`cognito-idp.<region>.amazonaws.com/<userPoolId>\`.`,
    },
    {
      heading: 'Guest and authenticated roles',
      body: `The pool has an **authenticated role** and, if guest access is on, an **unauthenticated role**. Give the guest role the least privilege (for example read-only access to public content). When a guest later signs in, the identity can be kept and becomes authenticated.

The roles' trust policies trust \`cognito-identity.amazonaws.com\` through \`sts:AssumeRoleWithWebIdentity\` and should check the conditions \`cognito-identity.amazonaws.com:aud\` (your identity pool id) and \`cognito-identity.amazonaws.com:amr\` (\`authenticated\` or \`unauthenticated\`). In permission policies, the variable \`\${cognito-identity.amazonaws.com:sub}\` (the identity id) scopes access per user, for example to an S3 prefix or a DynamoDB partition key.`,
    },
    {
      heading: 'Choosing a role: role mapping',
      body: `Per provider you can choose:
- **Default roles**: everyone authenticated gets the authenticated role.
- **Token-based**: use the \`cognito:preferred_role\` and \`cognito:roles\` claims a user pool puts in the ID token from the user's groups (group precedence decides the preferred role).
- **Rules**: match a claim with \`Equals\`, \`Contains\`, \`StartsWith\` or \`NotEqual\`; up to ${count(ip.rulesPerProvider.value, 'rule')} per provider, evaluated in order, the first match wins.

When nothing matches (or the token gives no clear role), the **ambiguous role resolution** setting decides: fall back to the authenticated role, or deny.

**Attributes for access control** is another option: claims become session tags (principal tags) that IAM policies compare with resource tags (ABAC).`,
    },
    {
      heading: 'Enhanced and basic flows',
      body: `- **Enhanced (simplified) flow**: \`GetId\` then \`GetCredentialsForIdentity\`. Cognito calls STS for you and returns credentials valid for ${dur(ip.enhancedFlowCredentialHours.value, 'hours')}; role mapping rules apply. This is the default and the recommended flow.
- **Basic (classic) flow**: \`GetId\`, \`GetOpenIdToken\` (an OpenID token valid for ${dur(ip.openIdTokenMinutes.value, 'minutes')}), then the app calls \`sts:AssumeRoleWithWebIdentity\` itself. It must be turned on for the pool. The app picks the role ARN, and can ask for a session from ${dur(ip.stsSessionSeconds.value.min, 'seconds', 'minutes')} up to the role's maximum session duration (at most ${dur(ip.stsSessionSeconds.value.max, 'seconds', 'hours')}).
- **Developer-authenticated**: your back end calls \`GetOpenIdTokenForDeveloperIdentity\` with IAM credentials (token lifetime up to ${num(ip.developerTokenDuration.value.maxSeconds)} seconds), and the device continues with \`GetCredentialsForIdentity\`.`,
    },
  ],
  diagrams: [
    {
      caption: 'Enhanced flow with a user pool',
      mermaid: `sequenceDiagram
  participant App
  participant Pool as User pool
  participant IdP as Identity pool
  participant STS as AWS STS
  participant S3 as Amazon S3
  App->>Pool: Sign in
  Pool-->>App: ID token
  App->>IdP: GetId with Logins map
  IdP-->>App: Identity id
  App->>IdP: GetCredentialsForIdentity
  IdP->>STS: AssumeRoleWithWebIdentity
  STS-->>IdP: Temporary credentials
  IdP-->>App: Access key, secret key, session token
  App->>S3: Signed request`,
    },
  ],
  notes: [{ date: '2025-12-10', text: 'Identity pool API operations became reachable through AWS PrivateLink (VPC endpoints).' }],
  sources: [SRC.identityPools, SRC.identityAuthFlow, SRC.identityRoles, SRC.roleBased, SRC.attributesForAccess, SRC.developerIdentities, SRC.userPoolWithIdentityPool, SRC.rulesApi, SRC.getOpenIdTokenApi, SRC.assumeRoleWebIdentity],
  tryIt: [
    { label: 'Get guest credentials', preset: 'identity-pool-guest' },
    { label: 'Map groups to IAM roles', preset: 'identity-pool-rules' },
  ],
  examDomains: [
    { exam: 'DVA-C02', domain: 'Security' },
    { exam: 'SAA-C03', domain: 'Design Secure Architectures' },
    { exam: 'SCS-C02', domain: 'Identity and Access Management' },
  ],
  factRefs: ['IDENTITY_POOLS.rulesPerProvider', 'IDENTITY_POOLS.enhancedFlowCredentialHours', 'IDENTITY_POOLS.openIdTokenMinutes', 'IDENTITY_POOLS.stsSessionSeconds', 'IDENTITY_POOLS.developerTokenDuration'],
};
