/**
 * Pagination for the list operations: items are sorted stably (creation
 * time, then id) and a page ends with an opaque `NextToken` that names the
 * last item returned, so deleting items between pages skips nothing.
 */
import { fail } from '../core/errors';
import { base64ToBytes, bytesToBase64, utf8 } from '../crypto/encoding';
import { POOL_MESSAGES } from './messages';

export interface Pageable {
  key: string;
  createdAt: number;
}

const compare = (a: Pageable, b: Pageable): number => a.createdAt - b.createdAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function encodeToken(scope: string, last: Pageable): string {
  return bytesToBase64(utf8(JSON.stringify({ s: scope, c: last.createdAt, k: last.key })));
}

function decodeToken(scope: string, token: string): Pageable {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(base64ToBytes(token))) as { s?: unknown; c?: unknown; k?: unknown };
    if (parsed.s === scope && typeof parsed.c === 'number' && typeof parsed.k === 'string') return { createdAt: parsed.c, key: parsed.k };
  } catch {
    /* fall through */
  }
  throw fail('InvalidParameterException', POOL_MESSAGES.invalidNextToken);
}

/**
 * One page of `items` after `nextToken`. `scope` ties a token to one list (a
 * token from another pool's clients is refused).
 */
export function page<T extends Pageable>(items: T[], maxResults: number, nextToken: string | undefined, scope: string): { items: T[]; nextToken?: string } {
  const sorted = [...items].sort(compare);
  let start = 0;
  if (nextToken !== undefined) {
    const after = decodeToken(scope, nextToken);
    start = sorted.findIndex((i) => compare(i, after) > 0);
    if (start < 0) start = sorted.length;
  }
  const slice = sorted.slice(start, start + maxResults);
  const more = start + maxResults < sorted.length;
  return more ? { items: slice, nextToken: encodeToken(scope, slice[slice.length - 1]) } : { items: slice };
}
