/**
 * Keyed collections in the state (pools, users, groups, clients, sessions,
 * sign-in events) are objects without a prototype, so a user named
 * `constructor` or a group named `__proto__` is just another key: lookups
 * never find `Object.prototype` members and writes never change a prototype.
 */

/** A new, empty prototype-free record. */
export function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A prototype-free copy of `obj` (own enumerable keys, including one named `__proto__`). */
export function toRecord<T>(obj: Record<string, T>): Record<string, T> {
  const out = record<T>();
  for (const key of Object.keys(obj)) out[key] = obj[key];
  return out;
}
