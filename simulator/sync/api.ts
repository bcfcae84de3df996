/**
 * `sim.sync`: the Cognito Sync operations as engine functions (the real API
 * is REST-JSON, so there are no X-Amz-Target names), plus push sync: an
 * in-engine event after every successful UpdateRecords, delivered to the
 * listeners of the same identity (a device ignores its own changes).
 */
import type { Exclusive } from '../aws/api';
import type { OperationContext } from '../core/context';
import { fail } from '../core/errors';
import type { CallerCredentials } from '../iam/authorize';
import { checkTemporaryCredentials } from '../identity/credentials';
import * as sync from './service';

/**
 * Who calls: identity credentials (GetCredentialsForIdentity) that must
 * belong to the identity named in the request, or none (the developer's own
 * AWS credentials, which may act on any identity).
 */
export interface SyncCaller {
  credentials?: CallerCredentials;
}

async function checkCaller(ctx: OperationContext, input: sync.IdentityRef & SyncCaller): Promise<void> {
  if (!input.credentials) return;
  const check = await checkTemporaryCredentials(ctx, input.credentials);
  if (!check.ok) throw fail('NotAuthorizedException', check.message);
  if (check.session.identityId !== input.IdentityId || check.session.identityPoolId !== input.IdentityPoolId) {
    // unconfirmed wording
    throw fail('NotAuthorizedException', `Access to Identity '${input.IdentityId}' is forbidden.`);
  }
}

/** Runs a Sync operation after checking the caller (`credentials` is not passed on). */
function run<I extends sync.IdentityRef, O>(exclusive: Exclusive, fn: (ctx: OperationContext, input: I) => O) {
  return (input: I & SyncCaller): Promise<O> =>
    exclusive(async (ctx) => {
      await checkCaller(ctx, input);
      const { credentials: _ignored, ...rest } = input;
      return fn(ctx, rest as unknown as I);
    });
}

export type SyncListener = (change: sync.SyncChange) => void;

/** Builds `sim.sync`. */
export function createSyncApi(exclusive: Exclusive) {
  const listeners = new Set<SyncListener>();
  return {
    listDatasets: run(exclusive, sync.listDatasets),
    describeDataset: run(exclusive, sync.describeDataset),
    listRecords: run(exclusive, sync.listRecords),
    deleteDataset: run(exclusive, sync.deleteDataset),
    /** UpdateRecords; then notifies push-sync listeners. */
    async updateRecords(input: sync.UpdateRecordsInput & SyncCaller) {
      const { Records, change } = await run(exclusive, sync.updateRecords)(input);
      for (const l of listeners) {
        try {
          l(change);
        } catch {
          /* a listener's failure is not the caller's */
        }
      }
      return { Records };
    },
    /** Subscribes to push sync (every successful UpdateRecords). Returns an unsubscribe function. */
    onPush(listener: SyncListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SyncApi = ReturnType<typeof createSyncApi>;
