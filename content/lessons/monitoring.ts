import { SRC } from '../lib/sources';
import type { Lesson } from '../schema';

export const monitoringLesson: Lesson = {
  id: 'monitoring',
  title: 'Monitoring with CloudWatch and CloudTrail',
  topic: 'monitoring',
  summary:
    'CloudTrail answers "who called which Cognito API, when, from where"; CloudWatch metrics answer "how much sign-in traffic, how many throttles, how much risk"; log export gives message-delivery errors and per-user activity.',
  sections: [
    {
      heading: 'AWS CloudTrail',
      body: `CloudTrail records Cognito API calls for user pools and identity pools: administrative changes (\`CreateUserPool\`, \`UpdateUserPoolClient\`, \`AdminDeleteUser\` …) and user operations such as \`InitiateAuth\` or \`SignUp\`, with sensitive values such as passwords and tokens left out. Requests to the hosted endpoints appear as events such as \`Token_POST\`. Use a trail to keep events longer than the event history and to send them to S3 or CloudWatch Logs for alerts and queries (for example counting client-credentials token requests per app client).`,
    },
    {
      heading: 'Amazon CloudWatch metrics',
      body: `User pools publish metrics such as \`SignUpSuccesses\`, \`SignInSuccesses\`, \`TokenRefreshSuccesses\`, \`FederationSuccesses\` and the matching throttle metrics, plus \`CallCount\` and \`ThrottleCount\` per API category for quota tracking (also visible as utilization in Service Quotas). Threat protection adds risk metrics (for example account-takeover and compromised-credential risk). Put CloudWatch alarms on throttles and on unusual sign-in failures.`,
    },
    {
      heading: 'Logs',
      body: `A user pool can export **message delivery errors** (SMS and email failures) to CloudWatch Logs and, with the Plus plan, **user activity** logs from threat protection to CloudWatch Logs, Amazon S3 or Amazon Data Firehose. Lambda triggers log to their own CloudWatch Logs groups like any function; that is where trigger errors show up.`,
    },
  ],
  diagrams: [
    {
      caption: 'Where Cognito activity goes',
      mermaid: `flowchart LR
  C[Cognito] -->|API calls| T[CloudTrail]
  C -->|Metrics| W[CloudWatch metrics]
  C -->|Log export| L[CloudWatch Logs or S3 or Firehose]
  W --> A[Alarms]
  T --> Q[Queries and alerts]`,
    },
  ],
  notes: [],
  sources: [SRC.cloudtrail, SRC.metrics, SRC.trackingCost, SRC.threatProtection],
  tryIt: [],
  examDomains: [
    { exam: 'SCS-C02', domain: 'Security Logging and Monitoring' },
    { exam: 'DVA-C02', domain: 'Troubleshooting and Optimization' },
  ],
};
