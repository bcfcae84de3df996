import { PRICING, THREAT_PROTECTION } from '../../simulator/facts';
import { count } from '../lib/format';
import { SRC } from '../lib/sources';
import type { Lesson } from '../schema';

export const threatProtectionLesson: Lesson = {
  id: 'threat-protection',
  title: 'Threat protection (formerly advanced security features)',
  topic: 'threat-protection',
  summary:
    'Threat protection watches sign-ins and password changes for signs of account takeover, scores their risk, checks passwords against leaked credentials, and can require MFA or block automatically.',
  sections: [
    {
      heading: 'What it does',
      body: `- **Adaptive authentication**: every sign-in gets a risk level (low, medium or high) from signals such as a new device, an unusual location or IP address. For each level you choose: allow, require MFA if the user has it set up (optional MFA), always require MFA, or block. You can also notify the user by email.
- **Compromised credentials**: Cognito compares passwords at sign-in, sign-up and password change with credentials known to have leaked elsewhere, and can block them. A blocked user must reset the password.
- **Logs and feedback**: the user's event history (\`AdminListUserAuthEvents\`) shows each attempt with its risk; you or the user can mark events as valid or not (\`AdminUpdateAuthEventFeedback\`) to improve future decisions.`,
    },
    {
      heading: 'Audit first, then enforce',
      body: `Threat protection has an **audit-only** mode that scores and logs without acting, and a **full-function** mode that applies your actions. AWS suggests auditing for ${count(THREAT_PROTECTION.auditModeWeeks.value, 'week')} or more before enforcing. Settings can differ between standard authentication and custom authentication, and an app client can override the pool's settings.

For the best risk signals the client sends device and session data (\`UserContextData\`); Amplify and managed login do this for you. Threat protection does not evaluate federated sign-ins: the external identity provider authenticated those users, so protect them there.`,
    },
    {
      heading: 'Related protections',
      body: `- **AWS WAF**: associate a web ACL with the user pool to rate-limit or block requests to its endpoints and managed login pages (bots, IP reputation, geographic rules).
- **Built-in lockout** after repeated wrong passwords works with or without threat protection.
- **MFA** is what adaptive authentication asks for, so set it up (optional MFA) for users.`,
    },
  ],
  diagrams: [
    {
      caption: 'Adaptive authentication decisions',
      mermaid: `flowchart TD
  S[Sign-in attempt] --> R{Risk level}
  R -->|Low| A[Allow]
  R -->|Medium| M[Require MFA]
  R -->|High| B[Block]
  S --> C{Password leaked elsewhere}
  C -->|Yes| X[Block and require reset]`,
    },
  ],
  notes: [
    {
      date: PRICING.featurePlansEffective.value,
      text: 'Advanced security features were renamed threat protection and moved into the Plus feature plan. Before, they were an add-on priced per monthly active user, charged in audit mode too.',
    },
  ],
  sources: [SRC.threatProtection, SRC.threatProtectionConcepts, SRC.featurePlans, SRC.waf, SRC.securityBestPractices],
  tryIt: [],
  examDomains: [
    { exam: 'SCS-C02', domain: 'Threat Detection and Incident Response' },
    { exam: 'SCS-C02', domain: 'Identity and Access Management' },
    { exam: 'SAA-C03', domain: 'Design Secure Architectures' },
  ],
  factRefs: ['THREAT_PROTECTION.auditModeWeeks', 'PRICING.featurePlansEffective'],
};
