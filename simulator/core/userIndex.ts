/**
 * An index of a pool's users by `sub` and by the attributes people sign in
 * with (email, phone_number, preferred_username), so {@link findUser}
 * (core/lookup.ts) does not read every user on each sign-up or sign-in.
 *
 * The index is computed lazily for one users record and kept in a WeakMap
 * keyed by that record. States are never changed in place: a call that
 * changes a user gets a new users record from Immer's copy-on-write, which
 * has no index yet, so a stale index is never read. Inside a call (an Immer
 * draft), the index of the record the draft started from is used while the
 * draft's users are unchanged (`current()` then returns that very record);
 * once the call has changed a user, lookups read the draft's current users
 * one by one instead. Nothing here goes into the state or its snapshot.
 */
import { current, isDraft, original } from 'immer';
import type { User } from './model';

type Users = Record<string, User>;

/** The attributes the index covers: every attribute Cognito allows in UsernameAttributes or AliasAttributes. */
export const INDEXED_ATTRIBUTES = ['email', 'phone_number', 'preferred_username'] as const;

/** How a value is compared: email and preferred_username ignore case, phone numbers are exact. */
export const comparable = (attribute: string, value: string): string => (attribute === 'email' || attribute === 'preferred_username' ? value.toLowerCase() : value);

/** One users record, indexed. Keys are the record's keys (the stored user names). */
export interface UserIndex {
  /** Position of each key in the record's iteration order (the order a scan meets the users). */
  order: Map<string, number>;
  bySub: Map<string, string[]>;
  byAttribute: Map<string, Map<string, string[]>>;
}

const indexes = new WeakMap<Users, UserIndex>();

function add(map: Map<string, string[]>, value: string, key: string): void {
  const keys = map.get(value);
  if (keys) keys.push(key);
  else map.set(value, [key]);
}

function build(users: Users): UserIndex {
  const index: UserIndex = { order: new Map(), bySub: new Map(), byAttribute: new Map(INDEXED_ATTRIBUTES.map((a) => [a, new Map()])) };
  let position = 0;
  for (const key of Object.keys(users)) {
    const attributes = users[key].attributes;
    index.order.set(key, position++);
    if (attributes.sub !== undefined) add(index.bySub, attributes.sub, key);
    for (const a of INDEXED_ATTRIBUTES) {
      const v = attributes[a];
      if (v !== undefined) add(index.byAttribute.get(a)!, comparable(a, v), key);
    }
  }
  return index;
}

/** The index of a users record that is not a draft (computed once per record). */
export function indexOf(users: Users): UserIndex {
  let index = indexes.get(users);
  if (!index) {
    index = build(users);
    indexes.set(users, index);
  }
  return index;
}

/**
 * The plain users behind `users` (a state record or an Immer draft of one),
 * and whether they are a committed record that can be indexed: true outside
 * a call, and inside a call until it changes a user.
 */
export function plainUsers(users: Users): { plain: Users; indexable: boolean } {
  if (!isDraft(users)) return { plain: users, indexable: true };
  const plain = current(users);
  return { plain, indexable: plain === original(users) };
}

/**
 * The keys of the users that might hold `name` as their sub or as one of
 * `attributes` (values compared as Cognito compares them), in the record's
 * order. The caller still checks each one (verification, for aliases).
 */
export function candidateKeys(index: UserIndex, name: string, attributes: readonly string[]): string[] {
  const keys = new Set(index.bySub.get(name) ?? []);
  for (const a of attributes) for (const k of index.byAttribute.get(a)?.get(comparable(a, name)) ?? []) keys.add(k);
  return [...keys].sort((x, y) => index.order.get(x)! - index.order.get(y)!);
}
