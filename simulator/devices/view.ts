/**
 * A device as the API returns it (DeviceType): DeviceKey, DeviceAttributes
 * and the dates in epoch seconds. The attribute names follow what AWS
 * returns (`device_status`, `device_name`, `dev:device_remembered_status`);
 * `last_ip_used` is left out: the sandbox has no client addresses.
 */
import type { DeviceRecord } from './model';

export interface DeviceType {
  DeviceKey: string;
  DeviceAttributes: Array<{ Name: string; Value: string }>;
  DeviceCreateDate: number;
  DeviceLastModifiedDate: number;
  DeviceLastAuthenticatedDate: number;
}

export function deviceType(d: DeviceRecord): DeviceType {
  const attributes = [{ Name: 'device_status', Value: 'valid' }];
  if (d.name !== undefined) attributes.push({ Name: 'device_name', Value: d.name });
  if (d.rememberedStatus) attributes.push({ Name: 'dev:device_remembered_status', Value: d.rememberedStatus });
  return {
    DeviceKey: d.deviceKey,
    DeviceAttributes: attributes,
    DeviceCreateDate: d.createdAt / 1000,
    DeviceLastModifiedDate: d.updatedAt / 1000,
    DeviceLastAuthenticatedDate: d.lastAuthenticatedAt / 1000,
  };
}
