/**
 * A pool's SchemaAttributes: the standard attributes, adjusted by the
 * CreateUserPool `Schema`, plus custom attributes (`custom:` prefix, or
 * `dev:custom:` for developer-only ones) added at creation or later with
 * AddCustomAttributes.
 */
import { plain } from './plain';
import { fail } from '../core/errors';
import type { SchemaAttribute } from '../core/model';
import { STANDARD_ATTRIBUTE_NAMES, STANDARD_SCHEMA } from '../core/schema';
import type { Infer } from '../core/validate';
import { QUOTAS } from '../facts';
import { POOL_MESSAGES } from './messages';
import type { SchemaAttribute as SchemaAttributeShape } from './shapes';

/** A SchemaAttributeType as a request carries it. */
export type SchemaAttributeInput = Infer<typeof SchemaAttributeShape>;

const invalid = (message: string) => fail('InvalidParameterException', message);

/** Parses a constraint value: a non-negative integer written as a string. */
function limit(value: string | undefined, kind: string, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw invalid(POOL_MESSAGES.invalidConstraint(kind, name));
  return Number(value);
}

/** Checks and returns the constraints an attribute of `type` may carry. */
function constraintsFor(input: SchemaAttributeInput, type: SchemaAttribute['AttributeDataType'], name: string): Pick<SchemaAttribute, 'StringAttributeConstraints' | 'NumberAttributeConstraints'> {
  if (type === 'String' && input.StringAttributeConstraints) {
    const c = input.StringAttributeConstraints;
    const min = limit(c.MinLength, 'StringAttributeConstraints', name);
    const max = limit(c.MaxLength, 'StringAttributeConstraints', name);
    const cap = QUOTAS.attributeValueBytes.value;
    if ((min ?? 0) > cap || (max ?? 0) > cap) throw invalid(POOL_MESSAGES.stringTooLong(name, cap));
    if (min !== undefined && max !== undefined && min > max) throw invalid(POOL_MESSAGES.maxLengthBelowMin(name));
    const out: { MinLength?: string; MaxLength?: string } = {};
    if (c.MinLength !== undefined) out.MinLength = c.MinLength;
    if (c.MaxLength !== undefined) out.MaxLength = c.MaxLength;
    return { StringAttributeConstraints: out };
  }
  if (type === 'Number' && input.NumberAttributeConstraints) {
    const c = input.NumberAttributeConstraints;
    const min = limit(c.MinValue, 'NumberAttributeConstraints', name);
    const max = limit(c.MaxValue, 'NumberAttributeConstraints', name);
    if (min !== undefined && max !== undefined && min > max) throw invalid(POOL_MESSAGES.maxValueBelowMin(name));
    const out: { MinValue?: string; MaxValue?: string } = {};
    if (c.MinValue !== undefined) out.MinValue = c.MinValue;
    if (c.MaxValue !== undefined) out.MaxValue = c.MaxValue;
    return { NumberAttributeConstraints: out };
  }
  // A custom String attribute without constraints shows empty ones, as Cognito returns it.
  return type === 'String' ? { StringAttributeConstraints: {} } : {};
}

/** The stored name of a custom attribute: `custom:name`, or `dev:custom:name` when developer-only. */
export function customAttributeName(input: SchemaAttributeInput): string {
  const base = (input.Name ?? '').replace(/^custom:/, '');
  return `${input.DeveloperOnlyAttribute ? 'dev:' : ''}custom:${base}`;
}

/** Builds a custom attribute definition from a request, with Cognito's checks. */
export function customAttribute(input: SchemaAttributeInput): SchemaAttribute {
  if (!input.Name) throw invalid(POOL_MESSAGES.schemaAttributeNeedsName);
  if (!input.AttributeDataType) throw invalid(POOL_MESSAGES.customAttributeNeedsType);
  if (input.Required) throw invalid(POOL_MESSAGES.requiredCustomAttribute);
  const name = customAttributeName(input);
  return {
    Name: name,
    AttributeDataType: input.AttributeDataType,
    DeveloperOnlyAttribute: input.DeveloperOnlyAttribute ?? false,
    Mutable: input.Mutable ?? true,
    Required: false,
    ...constraintsFor(input, input.AttributeDataType, name),
  };
}

/** A standard attribute adjusted by a request (Required, Mutable and constraints may change; the type may not). */
function adjustStandard(base: SchemaAttribute, input: SchemaAttributeInput): SchemaAttribute {
  if ((input.AttributeDataType && input.AttributeDataType !== base.AttributeDataType) || input.DeveloperOnlyAttribute) {
    throw invalid(POOL_MESSAGES.standardAttributeType(base.Name));
  }
  const out: SchemaAttribute = { ...base, Mutable: input.Mutable ?? base.Mutable, Required: input.Required ?? base.Required };
  const given = constraintsFor(input, base.AttributeDataType, base.Name);
  if (input.StringAttributeConstraints && given.StringAttributeConstraints) out.StringAttributeConstraints = given.StringAttributeConstraints;
  if (input.NumberAttributeConstraints && given.NumberAttributeConstraints) out.NumberAttributeConstraints = given.NumberAttributeConstraints;
  return out;
}

/** Number of custom (and developer-only custom) attributes in a schema. */
export const countCustom = (schema: readonly SchemaAttribute[]): number => schema.filter((a) => a.Name.startsWith('custom:') || a.Name.startsWith('dev:')).length;

/**
 * The SchemaAttributes of a new pool: the standard attributes in their usual
 * order (adjusted where `Schema` names them), then the custom attributes.
 */
export function buildSchema(requested: readonly SchemaAttributeInput[] = []): SchemaAttribute[] {
  const standard = STANDARD_SCHEMA.map((a) => plain(a) as SchemaAttribute);
  const custom: SchemaAttribute[] = [];
  for (const input of requested) {
    const name = input.Name;
    if (name !== undefined && STANDARD_ATTRIBUTE_NAMES.has(name)) {
      const i = standard.findIndex((a) => a.Name === name);
      standard[i] = adjustStandard(standard[i], input);
      continue;
    }
    const attr = customAttribute(input);
    const dup = custom.findIndex((a) => a.Name === attr.Name);
    if (dup >= 0) custom[dup] = attr;
    else custom.push(attr);
  }
  const max = QUOTAS.customAttributesPerPool.value;
  if (custom.length > max) throw invalid(POOL_MESSAGES.tooManyCustomAttributes(max));
  return [...standard, ...custom];
}

/**
 * Adds custom attributes to an existing schema (AddCustomAttributes): every
 * name gets the `custom:` prefix; a name already in the schema, or twice in
 * the request, is refused; the pool may hold at most 50 custom attributes.
 */
export function addCustomAttributes(schema: readonly SchemaAttribute[], requested: readonly SchemaAttributeInput[]): SchemaAttribute[] {
  const out = [...schema];
  for (const input of requested) {
    const attr = customAttribute(input);
    if (out.some((a) => a.Name === attr.Name)) throw invalid(POOL_MESSAGES.duplicateAttribute(`custom:${(input.Name ?? '').replace(/^custom:/, '')}`, attr.Name));
    out.push(attr);
  }
  const max = QUOTAS.customAttributesPerPool.value;
  if (countCustom(out) > max) throw invalid(POOL_MESSAGES.tooManyCustomAttributes(max));
  return out;
}
