/**
 * A simulated device of a Cognito Sync user: a local copy of datasets that
 * works offline, with dirty flags on local edits, and `synchronize()` as the
 * Sync SDKs do it:
 *
 * 1. pull: ListRecords with the last sync count the device knows;
 * 2. detect conflicts: a record changed on the server since that count and
 *    also edited locally (dirty) is a conflict; the caller resolves each one
 *    (keep local or keep remote); without a resolver, synchronization stops
 *    and reports the conflicts;
 * 3. apply the other remote changes locally;
 * 4. push: UpdateRecords with the dirty records, each carrying the sync count
 *    last seen for it (the server refuses a stale one).
 *
 * Push sync: `listen()` subscribes the device to the engine's push event;
 * a change made by another device of the same identity marks the dataset as
 * having remote changes (`pendingRemote`), so the app knows to synchronize.
 */
import type { SyncApi, SyncCaller } from './api';
import type { SyncChange } from './service';

interface LocalRecord {
  value?: string;
  /** Server sync count of the record as last seen (0 when never synchronized). */
  syncCount: number;
  dirty: boolean;
  modifiedAt: number;
}

interface LocalDataset {
  lastSyncCount: number;
  records: Map<string, LocalRecord>;
}

export interface SyncConflict {
  key: string;
  local?: string;
  remote?: string;
  remoteSyncCount: number;
}

export type ConflictResolution = 'local' | 'remote';

export interface SynchronizeResult {
  /** Keys taken from the server. */
  pulled: string[];
  /** Keys sent to the server. */
  pushed: string[];
  /** Conflicts met (resolved if a resolver was given, else synchronization stopped before pushing). */
  conflicts: SyncConflict[];
  resolved: boolean;
  datasetSyncCount: number;
}

export class SyncDevice {
  readonly #datasets = new Map<string, LocalDataset>();
  /** Datasets another device changed since this one last synchronized (push sync). */
  readonly pendingRemote = new Set<string>();
  #unsubscribe?: () => void;

  constructor(
    readonly sync: SyncApi,
    /** The identity, and optionally its credentials (GetCredentialsForIdentity) to sign the calls with. */
    readonly identity: { IdentityPoolId: string; IdentityId: string } & SyncCaller,
    readonly deviceId: string,
    readonly now: () => number,
  ) {}

  #dataset(name: string): LocalDataset {
    let ds = this.#datasets.get(name);
    if (!ds) this.#datasets.set(name, (ds = { lastSyncCount: 0, records: new Map() }));
    return ds;
  }

  /** Edits a record locally (offline): it becomes dirty until pushed. */
  put(dataset: string, key: string, value: string): void {
    const ds = this.#dataset(dataset);
    const prev = ds.records.get(key);
    ds.records.set(key, { value, syncCount: prev?.syncCount ?? 0, dirty: true, modifiedAt: this.now() });
  }

  /** Removes a record locally (offline). */
  remove(dataset: string, key: string): void {
    const ds = this.#dataset(dataset);
    const prev = ds.records.get(key);
    ds.records.set(key, { syncCount: prev?.syncCount ?? 0, dirty: true, modifiedAt: this.now() });
  }

  /** The local value of a record. */
  get(dataset: string, key: string): string | undefined {
    return this.#datasets.get(dataset)?.records.get(key)?.value;
  }

  /** Local records of a dataset (without removed ones). */
  entries(dataset: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, r] of this.#datasets.get(dataset)?.records ?? []) if (r.value !== undefined) out[k] = r.value;
    return out;
  }

  /** Keys edited locally and not yet pushed. */
  dirtyKeys(dataset: string): string[] {
    return [...(this.#datasets.get(dataset)?.records ?? [])].filter(([, r]) => r.dirty).map(([k]) => k);
  }

  /** The last dataset sync count this device knows. */
  lastSyncCount(dataset: string): number {
    return this.#datasets.get(dataset)?.lastSyncCount ?? 0;
  }

  /** Subscribes to push sync: changes by other devices of this identity mark the dataset pending. */
  listen(onChange?: (change: SyncChange) => void): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.sync.onPush((change) => {
      if (change.IdentityPoolId !== this.identity.IdentityPoolId || change.IdentityId !== this.identity.IdentityId || change.DeviceId === this.deviceId) return;
      this.pendingRemote.add(change.DatasetName);
      onChange?.(change);
    });
  }

  /** Stops listening to push sync. */
  stopListening(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /**
   * Synchronizes one dataset (pull, resolve conflicts, push). `resolve` is
   * asked for each conflict; without it, conflicts stop the push and are
   * returned unresolved (local edits stay dirty).
   */
  async synchronize(dataset: string, resolve?: (conflict: SyncConflict) => ConflictResolution): Promise<SynchronizeResult> {
    const local = this.#dataset(dataset);
    const pulled = await this.sync.listRecords({ ...this.identity, DatasetName: dataset, LastSyncCount: local.lastSyncCount });
    const conflicts: SyncConflict[] = [];
    const toApply: typeof pulled.Records = [];
    for (const remote of pulled.Records) {
      const mine = local.records.get(remote.Key);
      if (mine?.dirty && mine.value !== remote.Value) conflicts.push({ key: remote.Key, local: mine.value, remote: remote.Value, remoteSyncCount: remote.SyncCount });
      else toApply.push(remote);
    }
    if (conflicts.length > 0 && !resolve) {
      return { pulled: [], pushed: [], conflicts, resolved: false, datasetSyncCount: pulled.DatasetSyncCount };
    }
    const pulledKeys: string[] = [];
    for (const remote of toApply) {
      local.records.set(remote.Key, { value: remote.Value, syncCount: remote.SyncCount, dirty: false, modifiedAt: this.now() });
      pulledKeys.push(remote.Key);
    }
    for (const c of conflicts) {
      const mine = local.records.get(c.key) as LocalRecord;
      if (resolve?.(c) === 'remote') {
        local.records.set(c.key, { value: c.remote, syncCount: c.remoteSyncCount, dirty: false, modifiedAt: this.now() });
        pulledKeys.push(c.key);
      } else {
        // Keep local: push it over the server's version, which this device has now seen.
        mine.syncCount = c.remoteSyncCount;
      }
    }
    local.lastSyncCount = pulled.DatasetSyncCount;

    const dirty = [...local.records].filter(([, r]) => r.dirty);
    let pushed: string[] = [];
    if (dirty.length > 0) {
      const out = await this.sync.updateRecords({
        ...this.identity,
        DatasetName: dataset,
        DeviceId: this.deviceId,
        SyncSessionToken: pulled.SyncSessionToken,
        RecordPatches: dirty.map(([key, r]) =>
          r.value === undefined
            ? { Op: 'remove' as const, Key: key, SyncCount: r.syncCount, DeviceLastModifiedDate: r.modifiedAt }
            : { Op: 'replace' as const, Key: key, Value: r.value, SyncCount: r.syncCount, DeviceLastModifiedDate: r.modifiedAt },
        ),
      });
      for (const rec of out.Records) {
        const r = local.records.get(rec.Key);
        if (r) {
          r.dirty = false;
          r.syncCount = rec.SyncCount;
        }
        // Skip ahead only if no other device wrote between the pull and this push;
        // otherwise the next pull fetches what it wrote (and this device's own records again).
        if (rec.SyncCount === pulled.DatasetSyncCount + 1) local.lastSyncCount = rec.SyncCount;
      }
      pushed = out.Records.map((r) => r.Key);
    }
    this.pendingRemote.delete(dataset);
    return { pulled: pulledKeys, pushed, conflicts, resolved: true, datasetSyncCount: local.lastSyncCount };
  }
}
