import { DOC_CHANGES, QUOTAS, RATE_QUOTAS } from '../../simulator/facts';
import { num } from '../lib/format';
import { SRC } from '../lib/sources';
import type { Lesson } from '../schema';

const rps = RATE_QUOTAS.value;

export const quotasBestPracticesLesson: Lesson = {
  id: 'quotas-best-practices',
  title: 'Quotas and best practices',
  topic: 'quotas-best-practices',
  summary:
    'Cognito limits request rates per API category and the size of resources, per account and Region. Design for the limits, and apply the security practices AWS recommends.',
  sections: [
    {
      heading: 'Request-rate quotas',
      body: `User pool operations are grouped into categories, each with a requests-per-second quota shared by all user pools of the account in that Region. Examples of defaults: \`UserAuthentication\` ${num(rps.UserAuthentication)} RPS, \`UserCreation\` ${num(rps.UserCreation)} RPS, \`UserAccountRecovery\` ${num(rps.UserAccountRecovery)} RPS, \`ClientAuthentication\` (client credentials) ${num(rps.ClientAuthentication)} RPS. Identity pools have per-operation quotas, for example \`GetId\` ${num(rps.IdentityPoolGetId)} RPS.

Exceeding a quota gives \`TooManyRequestsException\`: retry with exponential backoff and jitter (the AWS SDKs do this). Watch \`CallCount\` and \`ThrottleCount\` in CloudWatch or utilization in Service Quotas, request increases for adjustable quotas, or buy extra capacity for some categories. Avoid calling \`ListUsers\` or \`AdminGetUser\` on every request: cache, or read the claims in the token instead.`,
    },
    {
      heading: 'Resource quotas',
      body: `Some limits to know: ${num(QUOTAS.userPoolsPerRegion.value)} user pools per Region (adjustable), ${num(QUOTAS.appClientsPerPool.value)} app clients per pool, ${num(QUOTAS.identityProvidersPerPool.value)} identity providers per pool, ${num(QUOTAS.resourceServersPerPool.value)} resource servers per pool, ${num(QUOTAS.customAttributesPerPool.value)} custom attributes per pool, ${num(QUOTAS.groupsPerPool.value)} groups per pool and ${num(QUOTAS.usersPerPool.value)} users per pool. The default Cognito email sender allows only ${num(QUOTAS.defaultSenderEmailsPerDay.value)} emails a day: configure Amazon SES for production.`,
    },
    {
      heading: 'Security best practices',
      body: `- Prefer SRP or passwordless sign-in; use the authorization code grant with PKCE, not the implicit grant.
- Turn on MFA (TOTP or passkeys over SMS where you can) and threat protection for sensitive apps; add an AWS WAF web ACL.
- Keep **prevent user existence errors** on, use case-insensitive usernames, and require verified email or phone for recovery.
- Keep access-token lifetimes short, revoke refresh tokens on sign-out, and verify every JWT in your APIs.
- Give app clients only the attributes and scopes they need; give identity pool roles least privilege and scope them per user with policy variables.
- Turn on **deletion protection** for production pools, and use infrastructure as code so a pool can be recreated (passwords cannot be exported).
- A user pool lives in one Region; plan for that in disaster recovery.`,
    },
  ],
  diagrams: [
    {
      caption: 'Handling throttling',
      mermaid: `flowchart LR
  R[Request] --> Q{Within quota}
  Q -->|Yes| OK[Served]
  Q -->|No| T[TooManyRequestsException]
  T --> B[Back off with jitter and retry]
  B --> R`,
    },
  ],
  notes: [
    { date: DOC_CHANGES.requestRateCapacityPurchase.value, text: 'Extra request-rate capacity above the default quotas became available for purchase for several user pool API categories.' },
    { date: '2023-12-19', text: 'Identity pool request-rate quotas became visible and adjustable in Service Quotas.' },
  ],
  sources: [SRC.quotas, SRC.securityBestPractices, SRC.metrics, SRC.email, SRC.docHistory],
  tryIt: [],
  examDomains: [
    { exam: 'DVA-C02', domain: 'Troubleshooting and Optimization' },
    { exam: 'SAA-C03', domain: 'Design Resilient Architectures' },
    { exam: 'SCS-C02', domain: 'Management and Security Governance' },
  ],
  factRefs: ['RATE_QUOTAS', 'QUOTAS.userPoolsPerRegion', 'QUOTAS.appClientsPerPool', 'QUOTAS.identityProvidersPerPool', 'QUOTAS.resourceServersPerPool', 'QUOTAS.customAttributesPerPool', 'QUOTAS.groupsPerPool', 'QUOTAS.usersPerPool', 'QUOTAS.defaultSenderEmailsPerDay', 'DOC_CHANGES.requestRateCapacityPurchase'],
};
