/**
 * Snapshot schema for remembered devices. Optional, so snapshots written
 * before device tracking existed still load.
 */
import { z } from 'zod';

const time = z.number().int().nonnegative();

const device = z.object({
  deviceKey: z.string().min(1),
  deviceGroupKey: z.string().min(1),
  username: z.string().min(1),
  sub: z.string().min(1),
  confirmed: z.boolean(),
  rememberedStatus: z.enum(['remembered', 'not_remembered']).optional(),
  name: z.string().optional(),
  verifierHex: z.string().regex(/^[0-9a-f]*$/).optional(),
  saltHex: z.string().regex(/^[0-9a-f]*$/).optional(),
  createdAt: time,
  updatedAt: time,
  lastAuthenticatedAt: time,
});

/** The optional device field of the snapshot root. */
export const deviceSnapshotFields = {
  devices: z.record(z.string(), z.record(z.string(), device)).optional(),
};
