/**
 * Amazon Cognito Sync state, kept in `SimState.cognitoSync` by identity pool
 * id, then identity id: each identity's datasets of key-value records.
 * Times are epoch ms.
 */

/** A record (API `Record`). A removed record stays, without `Value`, so other devices learn of the removal. */
export interface SyncRecordEntry {
  Key: string;
  Value?: string;
  /** The dataset sync count at the update that last changed this record. */
  SyncCount: number;
  LastModifiedDate: number;
  LastModifiedBy: string;
  DeviceLastModifiedDate?: number;
}

export interface SyncDatasetRecord {
  name: string;
  createdAt: number;
  lastModifiedAt: number;
  lastModifiedBy: string;
  /** Goes up by one with every successful UpdateRecords. */
  syncCount: number;
  records: Record<string, SyncRecordEntry>;
}

export interface IdentitySyncState {
  datasets: Record<string, SyncDatasetRecord>;
  /** SyncSessionTokens that ListRecords handed out, with the dataset they are for. */
  sessionTokens: Record<string, { dataset: string; issuedAt: number }>;
}

/** By identity pool id, then identity id. */
export type CognitoSyncState = Record<string, Record<string, IdentitySyncState>>;
