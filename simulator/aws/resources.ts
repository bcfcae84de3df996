/** Access to `SimState.awsResources`, created on first use with prototype-free records. */
import type { SimState } from '../core/model';
import { record, toRecord } from '../core/records';
import type { AwsResourcesState } from './model';

/** The resources, created when absent (call on a draft). */
export function resources(state: SimState): AwsResourcesState {
  state.awsResources ??= { s3Buckets: record(), dynamoTables: record(), restApis: record() };
  return state.awsResources;
}

/** Read-only view: the resources or empty records. */
export function readResources(state: Readonly<SimState>): AwsResourcesState {
  return state.awsResources ?? { s3Buckets: record(), dynamoTables: record(), restApis: record() };
}

/** An own entry of a record, or undefined. */
export const own = <T>(rec: Record<string, T> | undefined, key: string): T | undefined => (rec && Object.hasOwn(rec, key) ? rec[key] : undefined);

/** Makes every keyed collection prototype-free after a snapshot is parsed. */
export function restoreAwsRecords(state: SimState): void {
  if (state.iamRoles) state.iamRoles = toRecord(state.iamRoles);
  const r = state.awsResources;
  if (r) {
    r.s3Buckets = toRecord(r.s3Buckets);
    for (const b of Object.values(r.s3Buckets)) b.objects = toRecord(b.objects);
    r.dynamoTables = toRecord(r.dynamoTables);
    for (const t of Object.values(r.dynamoTables)) t.items = toRecord(t.items);
    r.restApis = toRecord(r.restApis);
  }
}
