/**
 * User attributes checked against the pool's schema, with Cognito's errors.
 */
import { fail } from '../core/errors';
import type { SchemaAttribute, User, UserPool } from '../core/model';
import { STANDARD_SCHEMA } from '../core/schema';
import { QUOTAS } from '../facts';

/** The pool's schema (SchemaAttributes), falling back to the standard attributes. */
export function schemaOf(pool: UserPool): SchemaAttribute[] {
  return (pool.config.SchemaAttributes as unknown as SchemaAttribute[] | undefined) ?? [...STANDARD_SCHEMA];
}

export function schemaAttribute(pool: UserPool, name: string): SchemaAttribute | undefined {
  return schemaOf(pool).find((a) => a.Name === name);
}

const nonConforming = (name: string, why: string) => fail('InvalidParameterException', `Attributes did not conform to the schema: ${name}: ${why}`);

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const PHONE = /^\+[0-9]{4,15}$/;

/** What Cognito accepts as an email address or a phone number (E.164: `+` and digits). */
export const EMAIL_FORMAT: RegExp = EMAIL;
export const PHONE_FORMAT: RegExp = PHONE;

export interface AttributeInput {
  Name: string;
  Value?: string;
}

/**
 * Checks attributes a caller wants to write. `mode` says who writes:
 * at sign-up and by admins required checks differ, and clients may only write
 * what their WriteAttributes allow. Returns them as a name → value map.
 */
export function checkAttributes(
  pool: UserPool,
  attrs: AttributeInput[],
  opts: { creating: boolean; writable?: string[]; existing?: User; admin?: boolean },
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { Name, Value } of attrs) {
    if (Name === 'sub' && opts.creating) throw nonConforming(Name, 'Attribute cannot be updated.');
    const def = schemaAttribute(pool, Name.startsWith('dev:') ? Name.slice(4) : Name);
    if (!def) throw nonConforming(Name, 'Attribute does not exist in the schema.');
    if (Name === 'sub') throw nonConforming(Name, 'Attribute cannot be updated.');
    if (!opts.admin && opts.writable && opts.writable.length > 0 && !opts.writable.includes(Name)) {
      throw fail('NotAuthorizedException', 'A client attempted to write unauthorized attribute');
    }
    if (!opts.creating && !def.Mutable && opts.existing && opts.existing.attributes[Name] !== undefined) {
      throw nonConforming(Name, 'Attribute cannot be updated. (changing an immutable attribute)');
    }
    const value = Value ?? '';
    if (new TextEncoder().encode(value).length > QUOTAS.attributeValueBytes.value) throw nonConforming(Name, 'String must be no longer than 2048 characters');
    const sc = def.StringAttributeConstraints;
    if (def.AttributeDataType === 'String' && sc && value.length > 0) {
      if (sc.MaxLength !== undefined && value.length > Number(sc.MaxLength)) throw nonConforming(Name, `String must be no longer than ${sc.MaxLength} characters`);
      if (sc.MinLength !== undefined && value.length < Number(sc.MinLength)) throw nonConforming(Name, `String must be no shorter than ${sc.MinLength} characters`);
    }
    if (def.AttributeDataType === 'Number' && value !== '' && !/^-?\d+(\.\d+)?$/.test(value)) throw nonConforming(Name, 'Number is invalid');
    if (def.AttributeDataType === 'Boolean' && value !== '' && value !== 'true' && value !== 'false') throw nonConforming(Name, 'Boolean is invalid');
    if (Name === 'email' && value !== '' && !EMAIL.test(value)) throw fail('InvalidParameterException', 'Invalid email address format.');
    if (Name === 'phone_number' && value !== '' && !PHONE.test(value)) throw fail('InvalidParameterException', 'Invalid phone number format.');
    out[Name] = value;
  }
  if (opts.creating) {
    for (const def of schemaOf(pool)) {
      if (def.Required && def.Name !== 'sub' && !(out[def.Name] ?? '').length) throw nonConforming(def.Name, 'The attribute is required');
    }
  }
  return out;
}

/** The user's attributes as the API lists them (`[{Name, Value}]`), `sub` first. */
export function attributeList(user: User): Array<{ Name: string; Value: string }> {
  const entries = Object.entries(user.attributes);
  entries.sort(([a], [b]) => (a === 'sub' ? -1 : b === 'sub' ? 1 : 0));
  return entries.map(([Name, Value]) => ({ Name, Value }));
}
