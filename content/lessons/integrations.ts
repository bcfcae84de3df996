import { SRC } from '../lib/sources';
import type { Lesson } from '../schema';

export const integrationsLesson: Lesson = {
  id: 'integrations',
  title: 'Integrations: API Gateway, Lambda, S3 and DynamoDB, AppSync, ALB and Amplify',
  topic: 'integrations',
  summary:
    'Cognito rarely works alone. Know which AWS service validates which token, where an identity pool is needed, and which option needs the least custom code.',
  sections: [
    {
      heading: 'Amazon API Gateway',
      body: `- **REST API, Cognito user pool authorizer** (\`COGNITO_USER_POOLS\`): API Gateway validates the token in the \`Authorization\` header itself. Without OAuth scopes on the method it expects an **ID token**; when the method lists **authorization scopes**, it expects an **access token** that carries one of them. No code to write.
- **HTTP API, JWT authorizer**: checks the issuer and audience of a JWT from any OIDC provider, including a user pool, and can require scopes.
- **Lambda authorizer**: your own code, for custom logic such as checking a token and then looking up permissions in a database.
- **IAM authorization** (\`AWS_IAM\`): the client signs requests with SigV4 using identity pool credentials.`,
    },
    {
      heading: 'AWS Lambda',
      body: `Lambda appears on both sides: as **user pool triggers** that customize Cognito, and as the back end behind API Gateway, where the authorizer passes the user's claims to the function in the request context (\`requestContext.authorizer.claims\` for a REST API Cognito authorizer).`,
    },
    {
      heading: 'Amazon S3 and Amazon DynamoDB through IAM',
      body: `To let a mobile or web app call S3 or DynamoDB **directly**, use an identity pool: it turns the user's sign-in into temporary IAM credentials. Per-user isolation comes from IAM policy variables: an S3 prefix such as \`private/\${cognito-identity.amazonaws.com:sub}/\`, or a DynamoDB condition on \`dynamodb:LeadingKeys\` equal to the identity id. A user pool token alone cannot sign AWS requests.`,
    },
    {
      heading: 'AWS AppSync',
      body: `GraphQL APIs can use the \`AMAZON_COGNITO_USER_POOLS\` authorization mode (a user pool token, with group-based rules such as \`@aws_auth(cognito_groups: …)\` in the schema) or \`AWS_IAM\` (identity pool credentials, including guests). One API can combine several modes, for example IAM for guests and user pools for signed-in users.`,
    },
    {
      heading: 'Application Load Balancer and Amplify',
      body: `- An **Application Load Balancer** listener rule can use the \`authenticate-cognito\` action: the ALB sends unauthenticated users to managed login, handles the code exchange, and forwards user claims to targets in \`x-amzn-oidc-*\` headers. It needs an HTTPS listener.
- **AWS Amplify** libraries and the Amplify UI \`Authenticator\` component wrap sign-up, sign-in, MFA, token storage and refresh, and identity pool credentials for web and mobile apps.`,
    },
  ],
  diagrams: [
    {
      caption: 'Two paths from sign-in to AWS',
      mermaid: `flowchart LR
  U[Signed-in user] --> P[User pool tokens]
  P -->|Bearer token| G[API Gateway authorizer]
  G --> L[Lambda back end]
  P -->|ID token| I[Identity pool]
  I -->|Temporary credentials| S[S3 and DynamoDB]
  P -->|Token| A[AppSync]`,
    },
  ],
  notes: [{ date: '2025-11-04', text: 'User pool API operations became reachable through AWS PrivateLink (VPC endpoints).' }],
  sources: [SRC.apiGatewayAccess, SRC.apiGatewayAuthorizer, SRC.httpApiJwt, SRC.userPoolWithIdentityPool, SRC.identityRoles, SRC.appsyncAuth, SRC.albAuth, SRC.whatIs],
  tryIt: [{ label: 'Verify tokens the way an authorizer does', preset: 'jwt-inspector' }],
  examDomains: [
    { exam: 'DVA-C02', domain: 'Development with AWS Services' },
    { exam: 'DVA-C02', domain: 'Security' },
    { exam: 'SAA-C03', domain: 'Design Secure Architectures' },
  ],
};
