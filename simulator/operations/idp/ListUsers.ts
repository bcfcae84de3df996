/**
 * ListUsers: the users of a pool, optionally narrowed by a one-attribute
 * Filter (`name = "value"` or `name ^= "prefix"`, see admin/listFilter.ts),
 * with only the AttributesToGet attributes, a page at a time (Limit 0-60,
 * PaginationToken).
 */
import { defineOperation } from '../../core/context';
import { struct, UserPoolId } from '../../core/validate';
import { fail } from '../../core/errors';
import { getPool } from '../../core/lookup';
import type { User, UserPool } from '../../core/model';
import { schemaAttribute } from '../../users/attributes';
import { matchesFilter, parseUserFilter, SEARCHABLE, sortValue } from '../../admin/listFilter';
import { ADMIN_MESSAGES } from '../../admin/messages';
import { pageOf } from '../../admin/paging';
import { AttributesToGet, QueryLimit, SearchPaginationToken, UserFilter } from '../../admin/shapes';
import { userType } from '../../admin/userView';

const missing = () => fail('InvalidParameterException', ADMIN_MESSAGES.requestedAttributesMissing);

const inSchema = (pool: UserPool, name: string): boolean => schemaAttribute(pool, name) !== undefined || schemaAttribute(pool, name.replace(/^dev:/, '')) !== undefined;

/**
 * AttributesToGet rules (API reference, ListUsers): every name must be in the
 * schema, and attributes that cannot be searched (custom ones included) must
 * have a value for every user listed.
 */
function checkAttributesToGet(pool: UserPool, names: readonly string[], listed: readonly User[]): void {
  for (const name of names) {
    if (!inSchema(pool, name)) throw missing();
    if (Object.hasOwn(SEARCHABLE, name)) continue;
    if (listed.some((u) => u.attributes[name] === undefined)) throw missing();
  }
}

export const ListUsers = defineOperation(
  'ListUsers',
  struct({ UserPoolId, AttributesToGet, Limit: QueryLimit, PaginationToken: SearchPaginationToken, Filter: UserFilter }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const filter = parseUserFilter(input.Filter);
    const matches = Object.values(pool.users).filter((u) => !filter || matchesFilter(filter, u));
    // Sorted by the filtered attribute, ascending (Developer Guide); without a filter, by username.
    const page = pageOf(matches, (u) => ({ sort: filter ? sortValue(filter, u) : u.username, id: u.username }), {
      limit: input.Limit,
      token: input.PaginationToken,
      scope: `ListUsers\u0000${pool.id}\u0000${input.Filter ?? ''}`,
    });
    if (input.AttributesToGet) checkAttributesToGet(pool, input.AttributesToGet, page.items);
    const out: { Users: ReturnType<typeof userType>[]; PaginationToken?: string } = { Users: page.items.map((u) => userType(u, input.AttributesToGet)) };
    if (page.token) out.PaginationToken = page.token;
    return out;
  },
  { readOnly: true },
);
