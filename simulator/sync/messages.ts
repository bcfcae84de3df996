/**
 * Error wording of the simulated Cognito Sync. AWS's exact texts were not
 * found: every message here is the sandbox's own wording (unconfirmed); the
 * exception types are the API reference's.
 */
export const SYNC_MESSAGES = {
  tooManyDatasets: (max: number) => `The identity already has ${max} datasets, the most it can have.`,
  tooManyRecords: (max: number) => `A dataset can hold at most ${max} records.`,
  datasetTooLarge: (maxBytes: number) => `A dataset can hold at most ${maxBytes} bytes of keys and values.`,
  conflict: (key: string, current: number, given: number) => `Current SyncCount for: ${key} is: ${current} not: ${given}`,
  datasetNotFound: (name: string) => `Dataset ${name} not found.`,
  identityNotFound: (id: string) => `Identity ${id} not found.`,
  badDatasetName: (name: string, pattern: string, max: number) =>
    `1 validation error detected: Value '${name}' at 'datasetName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern} and have length between 1 and ${max}`,
  badRecordKey: (min: number, max: number) => `Record keys must be ${min} to ${max} characters long.`,
  badRecordValue: (max: number) => `A record value must be at most ${max} characters long.`,
  badSyncSessionToken: 'The SyncSessionToken is not valid for this dataset.',
  badOp: (op: string) => `Op must be replace or remove, not ${op}.`,
} as const;
