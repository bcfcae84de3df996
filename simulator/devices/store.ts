/**
 * The pool's devices in the state (`SimState.devices[poolId][deviceKey]`),
 * device tracking settings, and new device keys.
 */
import type { OperationContext } from '../core/context';
import { fail } from '../core/errors';
import type { User, UserPool } from '../core/model';
import { ALNUM, randomUuid } from '../core/random';
import { DEVICES } from '../facts';
import { DEVICE_MESSAGES } from './messages';
import type { DeviceRecord } from './model';

/** Characters of a DeviceGroupKey after its leading `-` (unconfirmed format, as seen in AWS answers). */
const GROUP_KEY_LENGTH = DEVICES.deviceGroupKeyRandomChars.value;

/** The pool's DeviceConfiguration; undefined when device tracking is off ("When you provide a value for any property of DeviceConfiguration, you activate the device remembering"). */
export function deviceConfiguration(pool: UserPool): { ChallengeRequiredOnNewDevice?: boolean; DeviceOnlyRememberedOnUserPrompt?: boolean } | undefined {
  const c = pool.config.DeviceConfiguration as { ChallengeRequiredOnNewDevice?: boolean; DeviceOnlyRememberedOnUserPrompt?: boolean } | undefined;
  if (!c || (c.ChallengeRequiredOnNewDevice === undefined && c.DeviceOnlyRememberedOnUserPrompt === undefined)) return undefined;
  return c;
}

/** The devices of a pool (created on first use). */
export function poolDevices(ctx: OperationContext, pool: UserPool): Record<string, DeviceRecord> {
  const all = (ctx.state.devices ??= {});
  return (all[pool.id] ??= {});
}

const ownedBy = (d: DeviceRecord, user: User) => d.username === user.username && d.sub === user.attributes.sub;

/** A device of `user` by key, or undefined. */
export function findUserDevice(ctx: OperationContext, pool: UserPool, user: User, deviceKey: string): DeviceRecord | undefined {
  const d = ctx.state.devices?.[pool.id]?.[deviceKey];
  return d && ownedBy(d, user) ? d : undefined;
}

/** A confirmed (tracked) device of `user`, or ResourceNotFoundException. */
export function requireTrackedDevice(ctx: OperationContext, pool: UserPool, user: User, deviceKey: string): DeviceRecord {
  const d = findUserDevice(ctx, pool, user, deviceKey);
  if (!d || !d.confirmed) throw fail('ResourceNotFoundException', DEVICE_MESSAGES.deviceNotFound);
  return d;
}

/** The tracked devices of `user`. */
export function trackedDevices(ctx: OperationContext, pool: UserPool, user: User): DeviceRecord[] {
  return Object.values(ctx.state.devices?.[pool.id] ?? {}).filter((d) => d.confirmed && ownedBy(d, user));
}

/**
 * A new, not yet confirmed device for `user`, as NewDeviceMetadata announces
 * it: DeviceKey `{region}_{uuid}` (the API pattern `[\w-]+_[0-9a-f-]+`) and a
 * DeviceGroupKey. A device the client never confirms stays untracked.
 */
export function newDevice(ctx: OperationContext, pool: UserPool, user: User): DeviceRecord {
  const devices = poolDevices(ctx, pool);
  let deviceKey = `${ctx.state.region}_${randomUuid(ctx.random)}`;
  while (devices[deviceKey]) deviceKey = `${ctx.state.region}_${randomUuid(ctx.random)}`;
  const bytes = ctx.random.bytes(GROUP_KEY_LENGTH);
  const deviceGroupKey = '-' + Array.from(bytes, (b) => ALNUM[b % ALNUM.length]).join('');
  const now = ctx.now();
  const rec: DeviceRecord = {
    deviceKey,
    deviceGroupKey,
    username: user.username,
    sub: user.attributes.sub,
    confirmed: false,
    createdAt: now,
    updatedAt: now,
    lastAuthenticatedAt: now,
  };
  devices[deviceKey] = rec;
  return rec;
}

/** Removes a device (ForgetDevice, AdminForgetDevice). */
export function forgetDevice(ctx: OperationContext, pool: UserPool, device: DeviceRecord): void {
  const devices = ctx.state.devices?.[pool.id];
  if (devices) delete devices[device.deviceKey];
}
