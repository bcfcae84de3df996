/**
 * The standard attributes every user pool has (OpenID Connect's standard
 * claims), in the shape DescribeUserPool returns them as SchemaAttributes.
 */
import type { SchemaAttribute } from './model';

const s = (Name: string, extra: Partial<SchemaAttribute> = {}): SchemaAttribute => ({
  Name,
  AttributeDataType: 'String',
  DeveloperOnlyAttribute: false,
  Mutable: true,
  Required: false,
  StringAttributeConstraints: { MinLength: '0', MaxLength: '2048' },
  ...extra,
});

export const STANDARD_SCHEMA: readonly SchemaAttribute[] = [
  s('sub', { Mutable: false, Required: true, StringAttributeConstraints: { MinLength: '1', MaxLength: '2048' } }),
  s('name'),
  s('given_name'),
  s('family_name'),
  s('middle_name'),
  s('nickname'),
  s('preferred_username'),
  s('profile'),
  s('picture'),
  s('website'),
  s('email'),
  { Name: 'email_verified', AttributeDataType: 'Boolean', DeveloperOnlyAttribute: false, Mutable: true, Required: false },
  s('gender'),
  s('birthdate', { StringAttributeConstraints: { MinLength: '10', MaxLength: '10' } }),
  s('zoneinfo'),
  s('locale'),
  s('phone_number'),
  { Name: 'phone_number_verified', AttributeDataType: 'Boolean', DeveloperOnlyAttribute: false, Mutable: true, Required: false },
  s('address'),
  { Name: 'updated_at', AttributeDataType: 'Number', DeveloperOnlyAttribute: false, Mutable: true, Required: false, NumberAttributeConstraints: { MinValue: '0' } },
];

export const STANDARD_ATTRIBUTE_NAMES: ReadonlySet<string> = new Set(STANDARD_SCHEMA.map((a) => a.Name));
