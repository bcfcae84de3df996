/**
 * Pages for ListUsers, ListGroups, ListUsersInGroup and AdminListGroupsForUser.
 * Items are listed in a stable order (by a sort key, then a unique id); a page
 * that is not the last ends with an opaque token naming its last item, so
 * items added or removed between calls neither repeat nor shift the rest.
 * A token only works for the list it came from (same pool, same operation,
 * same filter).
 */
import { fail } from '../core/errors';
import { base64ToBytes, bytesToBase64, utf8 } from '../crypto/encoding';
import { ADMIN_LISTS } from '../facts';
import { ADMIN_MESSAGES } from './messages';

export interface PageKey {
  /** What the list is sorted by (for example the filtered attribute). */
  sort: string;
  /** Unique within the list (user name, group name). */
  id: string;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const compareKeys = (a: PageKey, b: PageKey): number => compareText(a.sort, b.sort) || compareText(a.id, b.id);

function encodeToken(scope: string, last: PageKey): string {
  return bytesToBase64(utf8(JSON.stringify({ v: 1, s: scope, k: [last.sort, last.id] })));
}

function decodeToken(scope: string, token: string): PageKey {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(base64ToBytes(token))) as { v?: unknown; s?: unknown; k?: unknown };
    const k = parsed.k;
    if (parsed.v === 1 && parsed.s === scope && Array.isArray(k) && k.length === 2 && typeof k[0] === 'string' && typeof k[1] === 'string') {
      return { sort: k[0], id: k[1] };
    }
  } catch {
    /* not one of ours */
  }
  throw fail('InvalidParameterException', ADMIN_MESSAGES.invalidPaginationToken);
}

/** The page size for a request's Limit (left out or 0: the default page). */
export const pageSize = (limit: number | undefined): number => (limit === undefined || limit === 0 ? ADMIN_LISTS.defaultPageSize.value : limit);

/**
 * One page of `items` after `token`. `keyOf` gives each item's place in the
 * order; `scope` binds tokens to this list.
 */
export function pageOf<T>(items: readonly T[], keyOf: (item: T) => PageKey, opts: { limit?: number; token?: string; scope: string }): { items: T[]; token?: string } {
  const keyed = items.map((item) => ({ item, key: keyOf(item) })).sort((a, b) => compareKeys(a.key, b.key));
  let start = 0;
  if (opts.token !== undefined) {
    const after = decodeToken(opts.scope, opts.token);
    start = keyed.findIndex((k) => compareKeys(k.key, after) > 0);
    if (start < 0) start = keyed.length;
  }
  const size = pageSize(opts.limit);
  const slice = keyed.slice(start, start + size);
  const more = start + size < keyed.length;
  return {
    items: slice.map((k) => k.item),
    ...(more && slice.length > 0 ? { token: encodeToken(opts.scope, slice[slice.length - 1].key) } : {}),
  };
}
