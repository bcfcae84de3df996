/**
 * DeleteIdentities: deletes 1-60 identities (of any pool of the account);
 * their logins are free to make new identities. Ids that name no identity
 * are skipped, so UnprocessedIdentityIds stays empty (AWS lists there only
 * identities it failed to delete: AccessDenied, InternalServerError).
 */
import { defineOperation } from '../../core/context';
import { struct } from '../../core/validate';
import { findIdentity } from '../../identity/lookup';
import { IdentityIdList } from '../../identity/shapes';

export const DeleteIdentities = defineOperation(
  'DeleteIdentities',
  struct({ IdentityIdsToDelete: IdentityIdList }),
  async (ctx, input) => {
    for (const id of input.IdentityIdsToDelete) {
      const found = findIdentity(ctx.state, id);
      if (found) delete found.pool.identities[id];
    }
    return { UnprocessedIdentityIds: [] };
  },
  { service: 'cognito-identity' },
);
