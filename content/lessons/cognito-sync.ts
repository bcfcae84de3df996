import { SYNC } from '../../simulator/facts';
import { count, dur, num } from '../lib/format';
import { SRC } from '../lib/sources';
import type { Lesson } from '../schema';

export const cognitoSyncLesson: Lesson = {
  id: 'cognito-sync',
  title: 'Cognito Sync (legacy) and AWS AppSync',
  topic: 'cognito-sync',
  summary:
    'Cognito Sync stored small key-value datasets per identity-pool identity and synchronized them across a user’s devices, offline first. AWS now points new projects to AWS AppSync, but Sync still appears in exam questions.',
  sections: [
    {
      heading: 'Datasets and records',
      body: `Cognito Sync data belongs to an **identity** from an identity pool. Each identity has **datasets** (up to ${count(SYNC.datasetsPerIdentity.value, 'dataset')}), each a set of key-value **records** (up to ${num(SYNC.recordsPerDataset.value)} records and ${num(SYNC.datasetSizeMb.value)} MB per dataset; dataset names up to ${count(SYNC.datasetNameMaxChars.value, 'character')}). Typical content: user preferences or game state, not large files (those belong in S3).

The client SDK keeps a local copy, so the app reads and writes while offline; \`synchronize()\` compares versions with the cloud store, pushes local changes, pulls remote ones, and lets the app resolve conflicts.`,
    },
    {
      heading: 'Push sync, streams and events',
      body: `- **Push sync** uses Amazon SNS mobile push to tell a user's other devices that a dataset changed, so they can synchronize right away.
- **Cognito Streams** sends every dataset change to an Amazon Kinesis stream in your account for analytics; a **bulk publish** of existing data can run once every ${dur(SYNC.bulkPublishEveryHours.value, 'hours')}.
- **Cognito Events** run a Lambda function when a dataset is synchronized, for example to validate or change data.`,
    },
    {
      heading: 'The successor: AWS AppSync',
      body: `AWS's guidance is that new projects should use **AWS AppSync** instead of Cognito Sync. AppSync is a managed GraphQL (and Events) service that offers real-time subscriptions, offline data through the Amplify client libraries, conflict resolution, and authorization with user pools, IAM (identity pools), OIDC, API keys or Lambda. If an exam question asks for cross-device sync of user data with real-time updates in a new application, AppSync is the modern answer; Cognito Sync is the legacy one.`,
    },
  ],
  diagrams: [
    {
      caption: 'Synchronizing a dataset across devices',
      mermaid: `sequenceDiagram
  participant Phone
  participant Sync as Cognito Sync store
  participant SNS as Amazon SNS
  participant Tablet
  Phone->>Phone: Write record locally
  Phone->>Sync: synchronize
  Sync->>SNS: Dataset changed
  SNS-->>Tablet: Silent push
  Tablet->>Sync: synchronize
  Sync-->>Tablet: New records`,
    },
  ],
  notes: [],
  sources: [SRC.sync, SRC.pushSync, SRC.streams, SRC.syncDatasetApi, SRC.quotas, SRC.appsyncAuth],
  tryIt: [],
  examDomains: [
    { exam: 'DVA-C02', domain: 'Development with AWS Services' },
    { exam: 'SAA-C03', domain: 'Design High-Performing Architectures' },
  ],
  factRefs: ['SYNC.datasetsPerIdentity', 'SYNC.recordsPerDataset', 'SYNC.datasetSizeMb', 'SYNC.datasetNameMaxChars', 'SYNC.bulkPublishEveryHours'],
};
