import { SRC } from '../lib/sources';
import type { Lesson } from '../schema';

export const poolVsIdentityPoolLesson: Lesson = {
  id: 'pool-vs-identity-pool',
  title: 'User pool or identity pool?',
  topic: 'pool-vs-identity-pool',
  summary:
    'The most common Cognito exam trap. A user pool answers "who are you?" with tokens; an identity pool answers "what AWS resources may you touch?" with temporary AWS credentials. Many apps use both.',
  sections: [
    {
      heading: 'Side by side',
      body: `**User pool**
- A user directory and OIDC provider: sign-up, sign-in, MFA, recovery, managed login, federation with social, SAML and OIDC providers.
- Output: ID, access and refresh **tokens** (JWTs).
- Use for: authenticating users of your app and authorizing calls to **your own APIs** (API Gateway, ALB, AppSync, your servers).

**Identity pool**
- A credentials broker: trusts identity providers (including user pools) or guests, maps them to IAM roles.
- Output: **temporary AWS credentials** (access key, secret key, session token) from STS.
- Use for: letting the app call **AWS services directly** (S3, DynamoDB, Kinesis, IoT, Location …) with IAM policies, including unauthenticated guest access.`,
    },
    {
      heading: 'Reading exam scenarios',
      body: `- "Users must sign up and sign in, with MFA and a hosted login page" → user pool.
- "Mobile app users upload photos straight to S3 into their own folder" → identity pool (usually behind a user pool for sign-in).
- "Guests can read a DynamoDB table without signing in" → identity pool with unauthenticated identities.
- "Protect a REST API with minimal code" → user pool plus an API Gateway Cognito authorizer; no identity pool needed.
- "Corporate users from a SAML IdP need AWS credentials in a web app" → identity pool (directly with SAML, or through a user pool).
- Identity pools do not store user profiles or passwords; user pools do not issue AWS credentials.`,
    },
  ],
  diagrams: [
    {
      caption: 'Authentication then authorization',
      mermaid: `flowchart LR
  U[User] -->|Sign in| UP[User pool]
  UP -->|JWT tokens| App[App]
  App -->|Call your API with token| API[API Gateway]
  App -->|Exchange ID token| IP[Identity pool]
  IP -->|Temporary AWS credentials| App
  App -->|Signed request| AWS[S3 or DynamoDB]`,
    },
  ],
  notes: [],
  sources: [SRC.whatIs, SRC.userPools, SRC.identityPools, SRC.userPoolWithIdentityPool],
  tryIt: [
    { label: 'Sign in to a user pool', preset: 'basic-user-pool' },
    { label: 'Get credentials from an identity pool', preset: 'identity-pool-guest' },
  ],
  examDomains: [
    { exam: 'DVA-C02', domain: 'Security' },
    { exam: 'SAA-C03', domain: 'Design Secure Architectures' },
    { exam: 'SCS-C02', domain: 'Identity and Access Management' },
  ],
};
