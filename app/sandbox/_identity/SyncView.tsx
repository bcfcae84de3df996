'use client';

import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { SyncDevice, type SyncConflict } from '@/simulator/sync/device';
import { secondaryButtonClass } from '../_components/ui';
import { useIdentity } from './useIdentity';

export const SYNC_DATASET = 'preferences';

interface DeviceView {
  device: SyncDevice;
  name: string;
}

/**
 * Two simulated devices of the same identity (Cognito Sync): each edits the
 * dataset offline and synchronizes with sync counts; a record changed on both
 * is a conflict the learner resolves; push sync tells the other device.
 */
export function SyncView({ identityId }: { identityId?: string }) {
  const { sim, identityPool } = useIdentity();
  const [notices, setNotices] = useState<Record<string, string | undefined>>({});
  const [, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  const poolId = identityPool?.id;
  const devices = useMemo<DeviceView[] | undefined>(
    () =>
      sim && poolId && identityId
        ? ['A', 'B'].map((n) => ({
            name: `Device ${n}`,
            device: new SyncDevice(sim.sync, { IdentityPoolId: poolId, IdentityId: identityId }, `sandbox-device-${n.toLowerCase()}`, () => sim.clock.now()),
          }))
        : undefined,
    [sim, poolId, identityId],
  );

  useEffect(() => {
    if (!devices) return;
    for (const d of devices)
      d.device.listen((change) =>
        setNotices((n) => ({ ...n, [d.name]: `Push sync: another device changed “${change.DatasetName}” (dataset sync count ${change.DatasetSyncCount}). Synchronize to get it.` })),
      );
    return () => devices.forEach((d) => d.device.stopListening());
  }, [devices]);

  return (
    <section aria-labelledby="identity-sync-heading" className="space-y-3">
      <h3 id="identity-sync-heading" className="text-lg font-semibold">
        Cognito Sync on two devices
      </h3>
      <p className="text-sm text-muted">
        Cognito Sync is a legacy service: AWS recommends AWS AppSync for new apps. It is here to show how an identity’s data followed it across devices, and how
        sync counts detect conflicts.
      </p>
      {!identityId || !devices ? (
        <p className="text-sm">Get credentials with a flow first: both devices use that identity.</p>
      ) : (
        <>
          <p className="text-sm">
            Both devices belong to <code className="break-all">{identityId}</code>; dataset <code>{SYNC_DATASET}</code>.
          </p>
          <div className="grid gap-4 md:grid-cols-2">
            {devices.map((d) => (
              <DeviceColumn
                key={`${identityId}-${d.name}`}
                view={d}
                notice={notices[d.name]}
                onSynchronized={() => setNotices((n) => ({ ...n, [d.name]: undefined }))}
                onChange={refresh}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function DeviceColumn({ view, notice, onSynchronized, onChange }: { view: DeviceView; notice?: string; onSynchronized: () => void; onChange: () => void }) {
  const [conflicts, setConflicts] = useState<SyncConflict[]>([]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [key, setKey] = useState('theme');
  const [value, setValue] = useState('');
  const { device } = view;
  const entries = Object.entries(device.entries(SYNC_DATASET));
  const dirty = new Set(device.dirtyKeys(SYNC_DATASET));
  const slug = view.name.replace(/\s+/g, '-').toLowerCase();

  function saveOffline(e: FormEvent) {
    e.preventDefault();
    if (!key.trim()) return;
    device.put(SYNC_DATASET, key.trim(), value);
    setMessage({ kind: 'ok', text: `Saved ${key.trim()} on this device only (not synchronized yet).` });
    onChange();
  }

  async function synchronize(choices?: Record<string, 'local' | 'remote'>) {
    try {
      const r = await device.synchronize(SYNC_DATASET, choices ? (c) => choices[c.key] ?? 'local' : undefined);
      onSynchronized();
      if (!r.resolved) {
        setConflicts(r.conflicts);
        setMessage({ kind: 'error', text: `Conflict: ${r.conflicts.map((c) => c.key).join(', ')} changed here and on the server. Choose which value to keep.` });
      } else {
        setConflicts([]);
        setMessage({ kind: 'ok', text: `Synchronized: pulled ${r.pulled.length}, pushed ${r.pushed.length}; dataset sync count ${r.datasetSyncCount}.` });
      }
    } catch (e) {
      setMessage({ kind: 'error', text: `${(e as Error).name}: ${(e as Error).message}` });
    }
    onChange();
  }

  return (
    <section aria-label={view.name} className="space-y-2 rounded-lg border border-border p-3">
      <h4 className="font-semibold">{view.name}</h4>
      {notice ? (
        <p role="status" className="rounded-md border border-amber-600/50 bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          {notice}
        </p>
      ) : null}
      <p className="text-sm">Last sync count: {device.lastSyncCount(SYNC_DATASET)}</p>
      {entries.length === 0 ? (
        <p className="text-sm text-muted">No records on this device.</p>
      ) : (
        <table className="w-full text-sm">
          <caption className="sr-only">Records on {view.name}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">
                Key
              </th>
              <th scope="col" className="text-left">
                Value
              </th>
              <th scope="col" className="text-left">
                State
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map(([k, v]) => (
              <tr key={k}>
                <td>
                  <code>{k}</code>
                </td>
                <td>{v}</td>
                <td>{dirty.has(k) ? 'edited offline' : 'synchronized'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={saveOffline} className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={`${slug}-key`} className="block text-sm font-medium">
            Key
          </label>
          <input id={`${slug}-key`} value={key} onChange={(e) => setKey(e.target.value)} className="w-28 rounded-md border border-slate-500 bg-background px-2 py-1.5 dark:border-slate-400" />
        </div>
        <div>
          <label htmlFor={`${slug}-value`} className="block text-sm font-medium">
            Value
          </label>
          <input id={`${slug}-value`} value={value} onChange={(e) => setValue(e.target.value)} className="w-28 rounded-md border border-slate-500 bg-background px-2 py-1.5 dark:border-slate-400" />
        </div>
        <button type="submit" className={secondaryButtonClass}>
          Save offline
        </button>
      </form>
      <button type="button" className={secondaryButtonClass} onClick={() => void synchronize()}>
        Synchronize
      </button>
      {conflicts.length > 0 ? (
        <ul className="space-y-2" aria-label={`Conflicts on ${view.name}`}>
          {conflicts.map((c) => (
            <li key={c.key} className="rounded-md border border-border p-2 text-sm">
              <p>
                <code>{c.key}</code>: here “{c.local ?? '(removed)'}”, on the server “{c.remote ?? '(removed)'}”
              </p>
              <div className="mt-1 flex gap-2">
                <button type="button" className={secondaryButtonClass} onClick={() => void synchronize({ [c.key]: 'local' })}>
                  Keep local ({c.key})
                </button>
                <button type="button" className={secondaryButtonClass} onClick={() => void synchronize({ [c.key]: 'remote' })}>
                  Keep remote ({c.key})
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <div role="status">{message ? <p className={`text-sm ${message.kind === 'error' ? 'text-red-800 dark:text-red-200' : ''}`}>{message.text}</p> : null}</div>
    </section>
  );
}
