/** Resource servers and their custom scopes (`{identifier}/{scopeName}`). */
import { fail } from '../core/errors';
import type { UserPool } from '../core/model';
import { record } from '../core/records';
import { OAUTH_MESSAGES } from './messages';
import type { ResourceServerRecord } from './model';

/** The pool's resource servers, creating the collection on first use. */
export function resourceServersOf(pool: UserPool): Record<string, ResourceServerRecord> {
  return (pool.resourceServers ??= record());
}

/** A resource server or ResourceNotFoundException. */
export function requireResourceServer(pool: UserPool, identifier: string): ResourceServerRecord {
  const rs = pool.resourceServers?.[identifier];
  if (!rs) throw fail('ResourceNotFoundException', OAUTH_MESSAGES.resourceServerNotFound(identifier));
  return rs;
}

/** Refuses a scope list that names the same scope twice. */
export function checkScopeList(scopes: ReadonlyArray<{ ScopeName: string }>): void {
  const seen = new Set<string>();
  for (const s of scopes) {
    if (seen.has(s.ScopeName)) throw fail('InvalidParameterException', OAUTH_MESSAGES.duplicateScope(s.ScopeName));
    seen.add(s.ScopeName);
  }
}

/** `ResourceServerType` as the API returns it. */
export function describeResourceServer(pool: UserPool, rs: ResourceServerRecord): { UserPoolId: string; Identifier: string; Name: string; Scopes: Array<{ ScopeName: string; ScopeDescription: string }> } {
  return { UserPoolId: pool.id, Identifier: rs.identifier, Name: rs.name, Scopes: rs.scopes.map((s) => ({ ...s })) };
}

/** Every custom scope the pool defines, as `{identifier}/{scopeName}`. */
export function customScopesOf(pool: UserPool): Set<string> {
  const out = new Set<string>();
  for (const rs of Object.values(pool.resourceServers ?? {})) for (const s of rs.scopes) out.add(`${rs.identifier}/${s.ScopeName}`);
  return out;
}
