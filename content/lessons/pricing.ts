import { PRICING } from '../../simulator/facts';
import { num } from '../lib/format';
import { SRC } from '../lib/sources';
import type { Lesson } from '../schema';

const p = PRICING;

export const pricingLesson: Lesson = {
  id: 'pricing',
  title: 'Pricing: MAU, feature plans and the free tier (dated)',
  topic: 'pricing',
  summary: `User pools are billed per monthly active user (MAU), at a rate set by the pool's feature plan. Pricing changed on ${p.featurePlansEffective.value}; the older free tier you still see in study notes is history.`,
  sections: [
    {
      heading: 'What counts as a monthly active user',
      body: `A user counts as an MAU in a calendar month if there is an identity operation for them that month: sign-up, sign-in, token refresh, password change, an attribute update, or an administrator creating, updating or reading the user (\`AdminGetUser\`). Users with no activity that month cost nothing, and a user who signs in many times in a month counts once. Some operations do not count, for example listing users with \`ListUsers\`.`,
    },
    {
      heading: `Feature plans (since ${p.featurePlansEffective.value})`,
      body: `Each user pool has one plan; different pools in an account can differ, and you can switch plans.
- **Lite**: the core directory features at the lowest price per MAU.
- **Essentials**: adds managed login, passwordless sign-in and passkeys, email MFA, access-token customization and password history. **It is the default for new user pools.**
- **Plus**: adds threat protection (adaptive authentication, compromised-credential checks) and user activity log export.

Free tier as of ${p.pricesReadOn.value}: ${num(p.freeTierMau.value)} MAU per month per account on Lite and Essentials, none on Plus. Always confirm current prices on the pricing page before quoting them.`,
    },
    {
      heading: 'Other charges',
      body: `- **Federated users**: MAUs who sign in through SAML or OIDC providers are priced separately from direct and social sign-ins.
- **Machine-to-machine**: app clients that use the client credentials grant are billed by app client and by token requests; there is no free tier for them.
- **Messages and code**: SMS goes through Amazon SNS and is billed there; email through your own Amazon SES configuration is billed by SES; Lambda triggers are billed as Lambda.
- **Extra request capacity**: you can buy request rates above the default quotas for some API categories.`,
    },
  ],
  diagrams: [
    {
      caption: 'How the monthly bill is built',
      mermaid: `flowchart TD
  U[Users active this month] --> D{How did they sign in}
  D -->|Directly or social| M[MAU at the plan rate]
  D -->|SAML or OIDC| F[Federated MAU rate]
  C[Client credentials clients] --> X[Per client and per token request]
  S[SMS and email] --> N[Billed by SNS and SES]`,
    },
  ],
  notes: [
    {
      date: p.featurePlansEffective.value,
      text: `Feature plans (Lite, Essentials, Plus) replaced the single user pool price. Until then the free tier was ${num(p.legacyFreeTierMau.value)} MAU for direct and social sign-in plus ${num(p.legacyFederatedFreeTierMau.value)} MAU for SAML or OIDC federation, and it did not expire after the first year. Study notes that quote the old numbers describe the past.`,
    },
    {
      date: p.pricesReadOn.value,
      text: `Pricing page read: ${num(p.freeTierMau.value)} free MAU per month on Lite and Essentials, no free tier on Plus.`,
    },
    {
      date: p.m2mBilledFrom.value,
      text: 'Machine-to-machine authorization (client credentials) started to be billed per app client and per token request. This date comes from secondary sources.',
      unconfirmed: true,
    },
  ],
  sources: [SRC.pricing, SRC.featurePlans, SRC.trackingCost, SRC.quotas],
  tryIt: [],
  examDomains: [
    { exam: 'SAA-C03', domain: 'Design Cost-Optimized Architectures' },
    { exam: 'DVA-C02', domain: 'Development with AWS Services' },
  ],
  factRefs: ['PRICING.featurePlansEffective', 'PRICING.pricesReadOn', 'PRICING.freeTierMau', 'PRICING.legacyFreeTierMau', 'PRICING.legacyFederatedFreeTierMau', 'PRICING.m2mBilledFrom'],
};
