/**
 * The ListUsers `Filter` (API reference, ListUsers; Developer Guide, "Managing
 * and searching for user accounts"):
 *
 *     AttributeName Filter-Type "AttributeValue"
 *
 * - Filter-Type `=` is an exact match, `^=` a prefix ("starts with") match;
 *   spaces around it are optional (`email^="a"` works as the CLI examples show);
 * - the value is in double quotes; `\"` is a quote inside it and `\\` a backslash;
 * - only one attribute, and only these: username (case-sensitive), email,
 *   phone_number, name, given_name, family_name, preferred_username,
 *   cognito:user_status ("Status" in the console, case-insensitive),
 *   status ("Enabled" in the console: `Enabled` / `Disabled`, case-sensitive)
 *   and sub. Custom attributes are not searchable;
 * - an empty filter lists every user;
 * - matches are sorted by the filtered attribute, ascending.
 * Other searches are case-insensitive ("All searches are case-insensitive").
 */
import { fail } from '../core/errors';
import type { User } from '../core/model';
import { ADMIN_MESSAGES } from './messages';

export type FilterType = '=' | '^=';

export interface UserFilter {
  attribute: string;
  type: FilterType;
  value: string;
}

interface Searchable {
  caseSensitive: boolean;
  read(user: User): string | undefined;
}

const attr = (name: string): Searchable => ({ caseSensitive: false, read: (u) => u.attributes[name] });

/** The attributes ListUsers can search, and how each is read and compared. */
export const SEARCHABLE: Readonly<Record<string, Searchable>> = {
  username: { caseSensitive: true, read: (u) => u.username },
  email: attr('email'),
  phone_number: attr('phone_number'),
  name: attr('name'),
  given_name: attr('given_name'),
  family_name: attr('family_name'),
  preferred_username: attr('preferred_username'),
  'cognito:user_status': { caseSensitive: false, read: (u) => u.status },
  status: { caseSensitive: true, read: (u) => (u.enabled ? 'Enabled' : 'Disabled') },
  sub: attr('sub'),
};

const parseError = () => fail('InvalidParameterException', ADMIN_MESSAGES.filterParse);

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Parses a Filter string. Returns undefined for an empty filter (every user);
 * throws InvalidParameterException "Error while parsing filter." for bad
 * syntax and "Invalid search attribute: …" for an attribute that cannot be
 * searched.
 */
export function parseUserFilter(filter: string | undefined): UserFilter | undefined {
  if (filter === undefined || filter.trim() === '') return undefined;
  const s = filter;
  let i = 0;
  const skipSpaces = () => {
    while (isSpace(s[i])) i++;
  };

  skipSpaces();
  const nameStart = i;
  while (i < s.length && !isSpace(s[i]) && s[i] !== '=' && s[i] !== '^' && s[i] !== '"') i++;
  const attribute = s.slice(nameStart, i);
  if (attribute === '') throw parseError();

  skipSpaces();
  let type: FilterType;
  if (s.startsWith('^=', i)) {
    type = '^=';
    i += 2;
  } else if (s[i] === '=') {
    type = '=';
    i += 1;
  } else {
    throw parseError();
  }

  skipSpaces();
  if (s[i] !== '"') throw parseError();
  i++;
  let value = '';
  for (;;) {
    if (i >= s.length) throw parseError();
    const c = s[i];
    if (c === '"') break;
    if (c === '\\') {
      const next = s[i + 1];
      if (next !== '"' && next !== '\\') throw parseError();
      value += next;
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  i++;
  skipSpaces();
  if (i !== s.length) throw parseError();

  if (!Object.hasOwn(SEARCHABLE, attribute)) throw fail('InvalidParameterException', ADMIN_MESSAGES.invalidSearchAttribute(attribute));
  return { attribute, type, value };
}

/** The value a filter compares for `user` (undefined when the user has none). */
export const filterValue = (filter: UserFilter, user: User): string | undefined => SEARCHABLE[filter.attribute].read(user);

/** What matches are sorted by: the filtered attribute, folded to lower case where the search ignores case. */
export function sortValue(filter: UserFilter, user: User): string {
  const searchable = SEARCHABLE[filter.attribute];
  const raw = searchable.read(user) ?? '';
  return searchable.caseSensitive ? raw : raw.toLowerCase();
}

/** Whether `user` matches `filter`. A user without the attribute never matches. */
export function matchesFilter(filter: UserFilter, user: User): boolean {
  const searchable = SEARCHABLE[filter.attribute];
  const raw = searchable.read(user);
  if (raw === undefined) return false;
  const have = searchable.caseSensitive ? raw : raw.toLowerCase();
  const want = searchable.caseSensitive ? filter.value : filter.value.toLowerCase();
  return filter.type === '=' ? have === want : have.startsWith(want);
}
