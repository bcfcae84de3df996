/**
 * Amazon Cognito Sync: per-identity datasets of key-value records, kept in
 * step across a user's devices with sync counts.
 *
 * Note for learners: Cognito Sync is a legacy service. AWS recommends AWS
 * AppSync for new applications (see `SYNC_API.appSyncRecommended` in
 * facts.ts); the sandbox simulates Sync to teach the identity pool's
 * original data story and the sync-count conflict model.
 *
 * The real API is REST-JSON (`POST /identitypools/{pool}/identities/{id}/datasets/{name}`),
 * not AWS JSON 1.1 with an X-Amz-Target, so these are engine functions
 * (`sim.sync.*`) taking the API's input members and answering with its
 * output members; timestamps are epoch seconds as in the API.
 *
 * Limits (facts SYNC, SYNC_API): 20 datasets per identity, 1,024 records and
 * 1 MB per dataset → LimitExceededException; a stale SyncCount →
 * ResourceConflictException (the whole update is refused).
 */
import type { OperationContext } from '../core/context';
import type { SimState } from '../core/model';
import { fail } from '../core/errors';
import { record, toRecord } from '../core/records';
import { randomString } from '../core/random';
import { utf8 } from '../crypto/encoding';
import { SYNC, SYNC_API } from '../facts';
import { IDENTITY_MESSAGES } from '../identity/messages';
import type { IdentitySyncState, SyncDatasetRecord, SyncRecordEntry } from './model';
import { SYNC_MESSAGES } from './messages';

const own = <T>(rec: Record<string, T> | undefined, key: string): T | undefined => (rec && Object.hasOwn(rec, key) ? rec[key] : undefined);
const seconds = (ms: number) => ms / 1000;
/** How many unused SyncSessionTokens an identity keeps (sandbox bound). */
const OPEN_SESSION_TOKENS = 32;

export interface IdentityRef {
  IdentityPoolId: string;
  IdentityId: string;
}

export interface DatasetRef extends IdentityRef {
  DatasetName: string;
}

export interface RecordPatch {
  Op: 'replace' | 'remove';
  Key: string;
  Value?: string;
  SyncCount: number;
  DeviceLastModifiedDate?: number;
}

export interface UpdateRecordsInput extends DatasetRef {
  DeviceId?: string;
  RecordPatches?: RecordPatch[];
  SyncSessionToken: string;
  ClientContext?: string;
}

/** What a successful UpdateRecords changed (for push sync). */
export interface SyncChange extends DatasetRef {
  DeviceId?: string;
  DatasetSyncCount: number;
  Keys: string[];
}

function checkDatasetName(name: string): void {
  const pattern = SYNC_API.datasetNamePattern.value;
  if (name.length < 1 || name.length > SYNC.datasetNameMaxChars.value || !new RegExp(`^${pattern}$`).test(name)) {
    throw fail('InvalidParameterException', SYNC_MESSAGES.badDatasetName(name, pattern, SYNC.datasetNameMaxChars.value));
  }
}

/** The identity's sync state; the pool and identity must exist. Creates the state when `create`. */
function identityState(state: SimState, ref: IdentityRef, create: true): IdentitySyncState;
function identityState(state: SimState, ref: IdentityRef, create: false): IdentitySyncState | undefined;
function identityState(state: SimState, ref: IdentityRef, create: boolean): IdentitySyncState | undefined {
  const pool = own(state.identityPools, ref.IdentityPoolId);
  if (!pool) throw fail('ResourceNotFoundException', IDENTITY_MESSAGES.poolNotFound(ref.IdentityPoolId));
  if (!own(pool.identities, ref.IdentityId)) throw fail('ResourceNotFoundException', SYNC_MESSAGES.identityNotFound(ref.IdentityId));
  const byPool = own(state.cognitoSync, ref.IdentityPoolId);
  const existing = own(byPool, ref.IdentityId);
  if (existing || !create) return existing;
  state.cognitoSync ??= record();
  state.cognitoSync[ref.IdentityPoolId] ??= record();
  const fresh: IdentitySyncState = { datasets: record(), sessionTokens: record() };
  state.cognitoSync[ref.IdentityPoolId][ref.IdentityId] = fresh;
  return fresh;
}

const liveRecords = (ds: SyncDatasetRecord) => Object.values(ds.records).filter((r) => r.Value !== undefined);
const storageOf = (ds: SyncDatasetRecord) => liveRecords(ds).reduce((n, r) => n + utf8(r.Key).length + utf8(r.Value ?? '').length, 0);

function datasetView(ref: IdentityRef, ds: SyncDatasetRecord) {
  return {
    IdentityId: ref.IdentityId,
    DatasetName: ds.name,
    CreationDate: seconds(ds.createdAt),
    LastModifiedDate: seconds(ds.lastModifiedAt),
    LastModifiedBy: ds.lastModifiedBy,
    DataStorage: storageOf(ds),
    NumRecords: liveRecords(ds).length,
  };
}

function recordView(r: SyncRecordEntry) {
  return {
    Key: r.Key,
    ...(r.Value !== undefined ? { Value: r.Value } : {}),
    SyncCount: r.SyncCount,
    LastModifiedDate: seconds(r.LastModifiedDate),
    LastModifiedBy: r.LastModifiedBy,
    ...(r.DeviceLastModifiedDate !== undefined ? { DeviceLastModifiedDate: seconds(r.DeviceLastModifiedDate) } : {}),
  };
}

/** ListDatasets: the identity's datasets. */
export function listDatasets(ctx: OperationContext, input: IdentityRef) {
  const ident = identityState(ctx.state, input, false);
  const datasets = Object.values(ident?.datasets ?? {}).map((d) => datasetView(input, d));
  return { Datasets: datasets, Count: datasets.length };
}

/** DescribeDataset: ResourceNotFoundException when the dataset does not exist. */
export function describeDataset(ctx: OperationContext, input: DatasetRef) {
  checkDatasetName(input.DatasetName);
  const ds = own(identityState(ctx.state, input, false)?.datasets, input.DatasetName);
  if (!ds) throw fail('ResourceNotFoundException', SYNC_MESSAGES.datasetNotFound(input.DatasetName));
  return { Dataset: datasetView(input, ds) };
}

/**
 * ListRecords: the records changed after `LastSyncCount` (all when absent),
 * the dataset's sync count and a SyncSessionToken for the next UpdateRecords.
 */
export function listRecords(ctx: OperationContext, input: DatasetRef & { LastSyncCount?: number }) {
  checkDatasetName(input.DatasetName);
  const ident = identityState(ctx.state, input, true);
  const ds = own(ident.datasets, input.DatasetName);
  const token = randomString(ctx.random, 'abcdefghijklmnopqrstuvwxyz0123456789', 32);
  ident.sessionTokens[token] = { dataset: input.DatasetName, issuedAt: ctx.now() };
  // Keep the newest few: a sandbox bound, not an AWS limit (token lifetime is not documented).
  const issued = Object.entries(ident.sessionTokens).sort((a, b) => a[1].issuedAt - b[1].issuedAt);
  for (const [old] of issued.slice(0, Math.max(0, issued.length - OPEN_SESSION_TOKENS))) delete ident.sessionTokens[old];
  const since = input.LastSyncCount ?? 0;
  const records = ds ? Object.values(ds.records).filter((r) => r.SyncCount > since) : [];
  return {
    Records: records.map(recordView),
    Count: records.length,
    DatasetSyncCount: ds?.syncCount ?? 0,
    ...(ds ? { LastModifiedBy: ds.lastModifiedBy } : {}),
    MergedDatasetNames: [] as string[],
    DatasetExists: ds !== undefined,
    DatasetDeletedAfterRequestedSyncCount: false,
    SyncSessionToken: token,
  };
}

/**
 * UpdateRecords: applies the patches if every patch's SyncCount is at least
 * the record's current one (0 for a new record); otherwise refuses them all
 * with ResourceConflictException. Creates the dataset on first write.
 */
export function updateRecords(ctx: OperationContext, input: UpdateRecordsInput): { Records: ReturnType<typeof recordView>[]; change: SyncChange } {
  checkDatasetName(input.DatasetName);
  const ident = identityState(ctx.state, input, true);
  const session = own(ident.sessionTokens, input.SyncSessionToken);
  if (!session || session.dataset !== input.DatasetName) throw fail('InvalidParameterException', SYNC_MESSAGES.badSyncSessionToken);
  delete ident.sessionTokens[input.SyncSessionToken];
  const patches = input.RecordPatches ?? [];
  const { min: keyMin, max: keyMax } = SYNC_API.recordKeyLength.value;
  for (const p of patches) {
    if (p.Op !== 'replace' && p.Op !== 'remove') throw fail('InvalidParameterException', SYNC_MESSAGES.badOp(String(p.Op)));
    if (p.Key.length < keyMin || p.Key.length > keyMax) throw fail('InvalidParameterException', SYNC_MESSAGES.badRecordKey(keyMin, keyMax));
    if ((p.Value ?? '').length > SYNC_API.recordValueMaxLength.value) throw fail('InvalidParameterException', SYNC_MESSAGES.badRecordValue(SYNC_API.recordValueMaxLength.value));
  }
  const now = ctx.now();
  const device = input.DeviceId ?? input.ClientContext ?? 'unknown';
  let ds = own(ident.datasets, input.DatasetName);
  if (!ds) {
    if (Object.keys(ident.datasets).length >= SYNC.datasetsPerIdentity.value) throw fail('LimitExceededException', SYNC_MESSAGES.tooManyDatasets(SYNC.datasetsPerIdentity.value));
    ds = { name: input.DatasetName, createdAt: now, lastModifiedAt: now, lastModifiedBy: device, syncCount: 0, records: record() };
    ident.datasets[input.DatasetName] = ds;
  }
  for (const p of patches) {
    const current = own(ds.records, p.Key);
    if (current && p.SyncCount < current.SyncCount) throw fail('ResourceConflictException', SYNC_MESSAGES.conflict(p.Key, current.SyncCount, p.SyncCount));
  }
  const next = ds.syncCount + 1;
  const changed: SyncRecordEntry[] = [];
  for (const p of patches) {
    const entry: SyncRecordEntry = {
      Key: p.Key,
      ...(p.Op === 'replace' ? { Value: p.Value ?? '' } : {}),
      SyncCount: next,
      LastModifiedDate: now,
      LastModifiedBy: device,
      ...(p.DeviceLastModifiedDate !== undefined ? { DeviceLastModifiedDate: p.DeviceLastModifiedDate } : {}),
    };
    ds.records[p.Key] = entry;
    changed.push(entry);
  }
  if (liveRecords(ds).length > SYNC.recordsPerDataset.value) throw fail('LimitExceededException', SYNC_MESSAGES.tooManyRecords(SYNC.recordsPerDataset.value));
  if (storageOf(ds) > SYNC_API.datasetSizeBytes.value) throw fail('LimitExceededException', SYNC_MESSAGES.datasetTooLarge(SYNC_API.datasetSizeBytes.value));
  ds.syncCount = next;
  ds.lastModifiedAt = now;
  ds.lastModifiedBy = device;
  return {
    Records: changed.map(recordView),
    change: { IdentityPoolId: input.IdentityPoolId, IdentityId: input.IdentityId, DatasetName: input.DatasetName, DeviceId: input.DeviceId, DatasetSyncCount: next, Keys: changed.map((r) => r.Key) },
  };
}

/** DeleteDataset: removes the dataset and answers with what it was. */
export function deleteDataset(ctx: OperationContext, input: DatasetRef) {
  checkDatasetName(input.DatasetName);
  const ident = identityState(ctx.state, input, false);
  const ds = own(ident?.datasets, input.DatasetName);
  if (!ident || !ds) throw fail('ResourceNotFoundException', SYNC_MESSAGES.datasetNotFound(input.DatasetName));
  const view = datasetView(input, ds);
  delete ident.datasets[input.DatasetName];
  return { Dataset: view };
}

/** Makes the sync state's keyed collections prototype-free after a snapshot is parsed. */
export function restoreSyncRecords(state: SimState): void {
  if (!state.cognitoSync) return;
  state.cognitoSync = toRecord(state.cognitoSync);
  for (const [poolId, byIdentity] of Object.entries(state.cognitoSync)) {
    state.cognitoSync[poolId] = toRecord(byIdentity);
    for (const ident of Object.values(state.cognitoSync[poolId])) {
      ident.datasets = toRecord(ident.datasets);
      ident.sessionTokens = toRecord(ident.sessionTokens);
      for (const ds of Object.values(ident.datasets)) ds.records = toRecord(ds.records);
    }
  }
}
