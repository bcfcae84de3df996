import type { LearningPath } from './schema';

/** Suggested lesson orders, one per exam. */
export const learningPaths: LearningPath[] = [
  {
    id: 'developer-associate',
    title: 'Cognito for the Developer Associate exam',
    exam: 'DVA-C02',
    description: 'Build sign-in into apps: user pools, tokens, triggers, OAuth, and calling AWS and your own APIs.',
    lessonIds: ['pool-vs-identity-pool', 'user-pools', 'tokens', 'lambda-triggers', 'hosted-ui-oauth', 'identity-pools', 'integrations', 'mfa-passwords', 'federation', 'cognito-sync', 'quotas-best-practices', 'monitoring', 'pricing'],
  },
  {
    id: 'solutions-architect-associate',
    title: 'Cognito for the Solutions Architect Associate exam',
    exam: 'SAA-C03',
    description: 'Choose the right Cognito building blocks for secure, resilient and cost-aware architectures.',
    lessonIds: ['pool-vs-identity-pool', 'user-pools', 'identity-pools', 'federation', 'integrations', 'tokens', 'mfa-passwords', 'hosted-ui-oauth', 'pricing', 'quotas-best-practices', 'cognito-sync'],
  },
  {
    id: 'security-specialty',
    title: 'Cognito for the Security Specialty exam',
    exam: 'SCS-C02',
    description: 'Identity, token security, threat protection, federation and auditing.',
    lessonIds: ['pool-vs-identity-pool', 'tokens', 'mfa-passwords', 'threat-protection', 'federation', 'identity-pools', 'hosted-ui-oauth', 'monitoring', 'quotas-best-practices', 'user-pools', 'lambda-triggers'],
  },
];
