/** Short display names for the content topics (lesson titles are longer). */
import type { Topic } from '../../../content/schema';

export const TOPIC_LABELS: Record<Topic, string> = {
  'user-pools': 'User pools',
  tokens: 'Tokens',
  'mfa-passwords': 'MFA and passwords',
  'lambda-triggers': 'Lambda triggers',
  'hosted-ui-oauth': 'Managed login and OAuth',
  federation: 'Federation',
  'identity-pools': 'Identity pools',
  'cognito-sync': 'Cognito Sync',
  'threat-protection': 'Threat protection',
  integrations: 'Integrations',
  monitoring: 'Monitoring',
  pricing: 'Pricing',
  'quotas-best-practices': 'Quotas and best practices',
  'pool-vs-identity-pool': 'User pool vs identity pool',
};

/** The display name of a topic (the key itself for anything unknown). */
export function topicLabel(topic: string): string {
  return (TOPIC_LABELS as Record<string, string>)[topic] ?? topic;
}
