/**
 * Cognito Sync: the documented limits with AWS's exception types, sync
 * counts and conflicts, two offline devices that synchronise and resolve a
 * conflict, push sync, calls signed with the identity's own credentials, and
 * a snapshot round trip.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { SYNC, SYNC_API } from '../facts';
import { SyncDevice } from './device';
import type { SyncChange } from './service';
import type { CallerCredentials } from '../iam/authorize';

async function rejection(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  return p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: Error) => ({ name: e.name, message: e.message }),
  );
}

describe('Cognito Sync', () => {
  const clock = new SimulatedClock();
  let sim: Simulator;
  let IdentityPoolId: string;
  let IdentityId: string;
  let credentials: CallerCredentials;

  /** A new guest identity with its credentials (GetId → GetCredentialsForIdentity). */
  const newIdentity = async () => {
    const { IdentityId: id } = await sim.call<{ IdentityId: string }>('AWSCognitoIdentityService.GetId', { IdentityPoolId });
    const { Credentials } = await sim.call<{ Credentials: { AccessKeyId: string; SecretKey: string; SessionToken: string } }>('AWSCognitoIdentityService.GetCredentialsForIdentity', { IdentityId: id });
    return { id, credentials: Credentials };
  };
  const write = async (ref: { IdentityId: string; DatasetName: string }, patches: Array<{ Key: string; Value?: string; SyncCount?: number; Op?: 'replace' | 'remove' }>) => {
    const { SyncSessionToken } = await sim.sync.listRecords({ IdentityPoolId, ...ref });
    return sim.sync.updateRecords({
      IdentityPoolId,
      ...ref,
      SyncSessionToken,
      DeviceId: 'test',
      RecordPatches: patches.map((p) => ({ Op: p.Op ?? 'replace', Key: p.Key, Value: p.Value, SyncCount: p.SyncCount ?? 0 })),
    });
  };

  beforeAll(async () => {
    sim = createSimulator({ clock, random: seededRandom('cognito-sync') });
    ({ IdentityPoolId } = await sim.call<{ IdentityPoolId: string }>('AWSCognitoIdentityService.CreateIdentityPool', { IdentityPoolName: 'sync', AllowUnauthenticatedIdentities: true }));
    await sim.call('AWSCognitoIdentityService.SetIdentityPoolRoles', { IdentityPoolId, Roles: { unauthenticated: 'arn:aws:iam::123456789012:role/Cognito_SyncUnauth' } });
    ({ id: IdentityId, credentials } = await newIdentity());
  });

  it('UpdateRecords creates the dataset; sync counts go up; a stale SyncCount is a ResourceConflictException', async () => {
    const ref = { IdentityId, DatasetName: 'settings' };
    const first = await write(ref, [{ Key: 'theme', Value: 'dark' }]);
    expect(first.Records).toEqual([expect.objectContaining({ Key: 'theme', Value: 'dark', SyncCount: 1, LastModifiedBy: 'test' })]);
    await write(ref, [{ Key: 'theme', Value: 'light', SyncCount: 1 }]);
    const listed = await sim.sync.listRecords({ IdentityPoolId, ...ref, LastSyncCount: 0 });
    expect(listed.DatasetSyncCount).toBe(2);
    expect(listed.Records).toEqual([expect.objectContaining({ Key: 'theme', Value: 'light', SyncCount: 2 })]);
    expect((await sim.sync.listRecords({ IdentityPoolId, ...ref, LastSyncCount: 2 })).Records).toEqual([]);

    const stale = await rejection(write(ref, [{ Key: 'theme', Value: 'blue', SyncCount: 1 }]));
    expect(stale).toEqual({ name: 'ResourceConflictException', message: 'Current SyncCount for: theme is: 2 not: 1' });
    const described = await sim.sync.describeDataset({ IdentityPoolId, ...ref });
    expect(described.Dataset).toMatchObject({ DatasetName: 'settings', NumRecords: 1, DataStorage: 'theme'.length + 'light'.length });
  });

  it('the SyncSessionToken from ListRecords is needed, and works once', async () => {
    const ref = { IdentityPoolId, IdentityId, DatasetName: 'tokens' };
    const { SyncSessionToken } = await sim.sync.listRecords(ref);
    await sim.sync.updateRecords({ ...ref, SyncSessionToken, RecordPatches: [{ Op: 'replace', Key: 'a', Value: '1', SyncCount: 0 }] });
    expect((await rejection(sim.sync.updateRecords({ ...ref, SyncSessionToken, RecordPatches: [] }))).name).toBe('InvalidParameterException');
  });

  it(`an identity has at most ${SYNC.datasetsPerIdentity.value} datasets: the next one is a LimitExceededException`, async () => {
    const { id } = await newIdentity();
    for (let i = 1; i <= SYNC.datasetsPerIdentity.value; i++) await write({ IdentityId: id, DatasetName: `ds-${i}` }, [{ Key: 'k', Value: 'v' }]);
    expect((await sim.sync.listDatasets({ IdentityPoolId, IdentityId: id })).Count).toBe(SYNC.datasetsPerIdentity.value);
    const over = await rejection(write({ IdentityId: id, DatasetName: 'one-too-many' }, [{ Key: 'k', Value: 'v' }]));
    expect(over.name).toBe('LimitExceededException');
    // Deleting one makes room again.
    await sim.sync.deleteDataset({ IdentityPoolId, IdentityId: id, DatasetName: 'ds-1' });
    await write({ IdentityId: id, DatasetName: 'one-too-many' }, [{ Key: 'k', Value: 'v' }]);
  });

  it(`a dataset holds at most ${SYNC.recordsPerDataset.value} records and ${SYNC_API.datasetSizeBytes.value} bytes`, async () => {
    const max = SYNC.recordsPerDataset.value;
    const ref = { IdentityId, DatasetName: 'many' };
    await write(ref, Array.from({ length: max }, (_, i) => ({ Key: `k${i}`, Value: 'v' })));
    expect((await sim.sync.describeDataset({ IdentityPoolId, ...ref })).Dataset.NumRecords).toBe(max);
    expect((await rejection(write(ref, [{ Key: 'one-more', Value: 'v' }]))).name).toBe('LimitExceededException');
    // Replacing and removing existing records is still fine.
    await write(ref, [{ Key: 'k0', Op: 'remove', SyncCount: 1 }]);
    await write(ref, [{ Key: 'one-more', Value: 'v' }]);

    const big = { IdentityId, DatasetName: 'big' };
    const half = 'x'.repeat(SYNC_API.datasetSizeBytes.value / 2);
    await write(big, [{ Key: 'a', Value: half }]);
    const tooBig = await rejection(write(big, [{ Key: 'b', Value: half }]));
    expect(tooBig.name).toBe('LimitExceededException');
    expect((await sim.sync.describeDataset({ IdentityPoolId, ...big })).Dataset.NumRecords).toBe(1);
  });

  it('dataset names follow the API pattern', async () => {
    const bad = await rejection(sim.sync.listRecords({ IdentityPoolId, IdentityId, DatasetName: 'no spaces' }));
    expect(bad.name).toBe('InvalidParameterException');
    expect((await rejection(sim.sync.listRecords({ IdentityPoolId, IdentityId, DatasetName: 'x'.repeat(SYNC.datasetNameMaxChars.value + 1) }))).name).toBe('InvalidParameterException');
    expect((await rejection(sim.sync.describeDataset({ IdentityPoolId, IdentityId, DatasetName: 'never-written' }))).name).toBe('ResourceNotFoundException');
  });

  it("calls signed with an identity's credentials may act only on that identity", async () => {
    await sim.sync.listDatasets({ IdentityPoolId, IdentityId, credentials });
    const other = await newIdentity();
    const refused = await rejection(sim.sync.listDatasets({ IdentityPoolId, IdentityId: other.id, credentials }));
    expect(refused.name).toBe('NotAuthorizedException');
  });

  it('two devices edit offline, synchronise, meet a conflict and resolve it; push sync tells the other device', async () => {
    const { id, credentials: creds } = await newIdentity();
    const identity = { IdentityPoolId, IdentityId: id, credentials: creds };
    const phone = new SyncDevice(sim.sync, identity, 'phone', () => clock.now());
    const tablet = new SyncDevice(sim.sync, identity, 'tablet', () => clock.now());
    const pushes: SyncChange[] = [];
    tablet.listen((c) => pushes.push(c));
    phone.listen();

    phone.put('game', 'level', '3');
    phone.put('game', 'coins', '10');
    expect(phone.dirtyKeys('game')).toEqual(['level', 'coins']);
    const first = await phone.synchronize('game');
    expect(first).toMatchObject({ pushed: ['level', 'coins'], conflicts: [], datasetSyncCount: 1 });
    expect(phone.dirtyKeys('game')).toEqual([]);
    expect(pushes).toEqual([expect.objectContaining({ DatasetName: 'game', DeviceId: 'phone', DatasetSyncCount: 1 })]);
    expect(tablet.pendingRemote.has('game')).toBe(true);
    expect(phone.pendingRemote.has('game')).toBe(false);

    const pulled = await tablet.synchronize('game');
    expect(pulled.pulled.sort()).toEqual(['coins', 'level']);
    expect(tablet.entries('game')).toEqual({ level: '3', coins: '10' });
    expect(tablet.pendingRemote.has('game')).toBe(false);

    // Both go offline and change the same record; the phone synchronises first.
    clock.advance(60_000);
    phone.put('game', 'level', '4');
    tablet.put('game', 'level', '5');
    tablet.put('game', 'hat', 'red');
    await phone.synchronize('game');

    const blocked = await tablet.synchronize('game');
    expect(blocked.resolved).toBe(false);
    expect(blocked.conflicts).toEqual([{ key: 'level', local: '5', remote: '4', remoteSyncCount: 2 }]);
    expect(tablet.dirtyKeys('game').sort()).toEqual(['hat', 'level']);

    // Pushing the stale record straight to the service is refused.
    const { SyncSessionToken } = await sim.sync.listRecords({ ...identity, DatasetName: 'game' });
    const stale = await rejection(
      sim.sync.updateRecords({ ...identity, DatasetName: 'game', SyncSessionToken, DeviceId: 'tablet', RecordPatches: [{ Op: 'replace', Key: 'level', Value: '5', SyncCount: 1 }] }),
    );
    expect(stale.name).toBe('ResourceConflictException');

    // The tablet keeps its own value.
    const resolved = await tablet.synchronize('game', () => 'local');
    expect(resolved).toMatchObject({ resolved: true, pushed: expect.arrayContaining(['level', 'hat']) });
    await phone.synchronize('game');
    expect(phone.entries('game')).toEqual({ level: '5', coins: '10', hat: 'red' });

    // Another conflict, this time settled in favour of the server's value.
    phone.put('game', 'coins', '20');
    tablet.put('game', 'coins', '99');
    await phone.synchronize('game');
    const remoteWins = await tablet.synchronize('game', () => 'remote');
    expect(remoteWins.pushed).toEqual([]);
    expect(tablet.entries('game')).toEqual(phone.entries('game'));
    expect(tablet.get('game', 'coins')).toBe('20');

    // A removal travels too.
    phone.remove('game', 'hat');
    await phone.synchronize('game');
    await tablet.synchronize('game');
    expect(tablet.get('game', 'hat')).toBeUndefined();
    tablet.stopListening();
    phone.stopListening();
  });

  it('datasets survive a snapshot round trip', async () => {
    const copy = createSimulator({ clock, snapshot: JSON.parse(JSON.stringify(sim.exportState())) });
    const listed = await copy.sync.listRecords({ IdentityPoolId, IdentityId, DatasetName: 'settings' });
    expect(listed.Records).toEqual([expect.objectContaining({ Key: 'theme', Value: 'light', SyncCount: 2 })]);
    expect(Object.getPrototypeOf(copy.state.cognitoSync![IdentityPoolId][IdentityId].datasets)).toBeNull();
    const bad = JSON.parse(JSON.stringify(sim.exportState()));
    bad.cognitoSync[IdentityPoolId][IdentityId].datasets.settings.syncCount = -1;
    expect(() => createSimulator({ snapshot: bad })).toThrow(/cognitoSync/);
  });
});
