/**
 * All learning content: lessons (one per topic), quiz questions, learning
 * paths and the planned sandbox presets. Validated by `content.test.ts`.
 */
import { cognitoSyncLesson } from './lessons/cognito-sync';
import { federationLesson } from './lessons/federation';
import { hostedUiOauthLesson } from './lessons/hosted-ui-oauth';
import { identityPoolsLesson } from './lessons/identity-pools';
import { integrationsLesson } from './lessons/integrations';
import { lambdaTriggersLesson } from './lessons/lambda-triggers';
import { mfaPasswordsLesson } from './lessons/mfa-passwords';
import { monitoringLesson } from './lessons/monitoring';
import { poolVsIdentityPoolLesson } from './lessons/pool-vs-identity-pool';
import { pricingLesson } from './lessons/pricing';
import { quotasBestPracticesLesson } from './lessons/quotas-best-practices';
import { threatProtectionLesson } from './lessons/threat-protection';
import { tokensLesson } from './lessons/tokens';
import { userPoolsLesson } from './lessons/user-pools';
import { cognitoSyncQuestions } from './questions/cognito-sync';
import { federationQuestions } from './questions/federation';
import { hostedUiOauthQuestions } from './questions/hosted-ui-oauth';
import { identityPoolQuestions } from './questions/identity-pools';
import { integrationQuestions } from './questions/integrations';
import { lambdaTriggerQuestions } from './questions/lambda-triggers';
import { mfaPasswordQuestions } from './questions/mfa-passwords';
import { monitoringQuestions } from './questions/monitoring';
import { poolVsIdentityPoolQuestions } from './questions/pool-vs-identity-pool';
import { pricingQuestions } from './questions/pricing';
import { quotaQuestions } from './questions/quotas-best-practices';
import { threatProtectionQuestions } from './questions/threat-protection';
import { tokenQuestions } from './questions/tokens';
import { userPoolQuestions } from './questions/user-pools';
import type { Lesson, Question, Topic } from './schema';

export { learningPaths } from './paths';
export { PLANNED_PRESETS, PRESET_IDS, type PresetId } from './presets/ids';
export * from './schema';

/** Lessons in a sensible reading order. */
export const lessons: Lesson[] = [
  poolVsIdentityPoolLesson,
  userPoolsLesson,
  tokensLesson,
  mfaPasswordsLesson,
  lambdaTriggersLesson,
  hostedUiOauthLesson,
  federationLesson,
  identityPoolsLesson,
  integrationsLesson,
  threatProtectionLesson,
  monitoringLesson,
  pricingLesson,
  quotasBestPracticesLesson,
  cognitoSyncLesson,
];

/** Every quiz question. */
export const questions: Question[] = [
  ...userPoolQuestions,
  ...tokenQuestions,
  ...mfaPasswordQuestions,
  ...lambdaTriggerQuestions,
  ...hostedUiOauthQuestions,
  ...federationQuestions,
  ...identityPoolQuestions,
  ...cognitoSyncQuestions,
  ...threatProtectionQuestions,
  ...integrationQuestions,
  ...monitoringQuestions,
  ...pricingQuestions,
  ...quotaQuestions,
  ...poolVsIdentityPoolQuestions,
];

/** The lesson for a topic. */
export function lessonForTopic(topic: Topic): Lesson | undefined {
  return lessons.find((l) => l.topic === topic);
}

/** The questions of a topic. */
export function questionsForTopic(topic: Topic): Question[] {
  return questions.filter((q) => q.topic === topic);
}
