/**
 * Input validation with AWS's wording. Shapes mirror the Cognito API model's
 * constraints (length, pattern, range, enum, required); a violation gives
 * `InvalidParameterException` with AWS's "N validation error(s) detected: …"
 * message, and a value of the wrong JSON type gives `SerializationException`,
 * as AWS JSON 1.1 services do.
 */
import { CognitoError } from './errors';

/* eslint-disable @typescript-eslint/no-explicit-any */
interface Base<T> {
  readonly _t?: T;
}
export interface StringShape<T extends string = string> extends Base<T> {
  kind: 'string';
  min?: number;
  max?: number;
  pattern?: string;
  enum?: readonly string[];
  /** Passwords and tokens: AWS leaves the value out of the message. */
  sensitive?: boolean;
}
export interface IntShape extends Base<number> {
  kind: 'integer';
  min?: number;
  max?: number;
}
export interface BoolShape extends Base<boolean> {
  kind: 'boolean';
}
export interface ListShape<T> extends Base<T[]> {
  kind: 'list';
  member: Shape<any>;
  min?: number;
  max?: number;
}
export interface MapShape<T> extends Base<Record<string, T>> {
  kind: 'map';
  key: StringShape;
  value: Shape<any>;
  min?: number;
  max?: number;
}
export interface StructShape<T> extends Base<T> {
  kind: 'structure';
  members: Record<string, Shape<any>>;
  required: readonly string[];
}
export interface AnyShape extends Base<unknown> {
  kind: 'any';
}
export type Shape<T = unknown> = StringShape<T & string> | IntShape | BoolShape | ListShape<any> | MapShape<any> | StructShape<T> | AnyShape;

export type Infer<S> = S extends Base<infer T> ? T : never;

type Opt<S> = S & { readonly _optional: true };

export const str = <const E extends readonly string[] = readonly string[]>(c: Omit<StringShape, 'kind' | 'enum'> & { enum?: E } = {}): StringShape<E extends readonly string[] ? (string extends E[number] ? string : E[number]) : string> =>
  ({ kind: 'string', ...c }) as any;
export const int = (c: Omit<IntShape, 'kind'> = {}): IntShape => ({ kind: 'integer', ...c });
export const bool = (): BoolShape => ({ kind: 'boolean' });
export const list = <S extends Shape<any>>(member: S, c: { min?: number; max?: number } = {}): ListShape<Infer<S>> => ({ kind: 'list', member, ...c });
export const map = <S extends Shape<any>>(value: S, c: { min?: number; max?: number; key?: StringShape } = {}): MapShape<Infer<S>> => ({
  kind: 'map',
  key: c.key ?? str(),
  value,
  min: c.min,
  max: c.max,
});
export const any = (): AnyShape => ({ kind: 'any' });
/** Marks a member optional. */
export const opt = <S extends Shape<any>>(s: S): Opt<S> => ({ ...s, _optional: true }) as Opt<S>;

type Members = Record<string, Shape<any>>;
type RequiredKeys<M extends Members> = { [K in keyof M]: M[K] extends { _optional: true } ? never : K }[keyof M];
type OptionalKeys<M extends Members> = { [K in keyof M]: M[K] extends { _optional: true } ? K : never }[keyof M];
export type StructOf<M extends Members> = { [K in RequiredKeys<M>]: Infer<M[K]> } & { [K in OptionalKeys<M>]?: Infer<M[K]> };

/** A structure: members are required unless wrapped in {@link opt}. */
export const struct = <M extends Members>(members: M): StructShape<{ [K in keyof StructOf<M>]: StructOf<M>[K] }> => ({
  kind: 'structure',
  members,
  required: Object.keys(members).filter((k) => !(members[k] as { _optional?: boolean })._optional),
});

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function describe(value: unknown, shape: Shape<any>): string {
  if (shape.kind === 'string' && shape.sensitive) return 'Value';
  if (value === undefined || value === null) return 'Value null';
  if (typeof value === 'string') return `Value '${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return `Value '${value}'`;
  return `Value '${JSON.stringify(value)}'`;
}

const regexCache = new Map<string, RegExp>();
const fullMatch = (pattern: string): RegExp => {
  let r = regexCache.get(pattern);
  if (!r) {
    r = new RegExp(`^(?:${pattern})$`, 'u');
    regexCache.set(pattern, r);
  }
  return r;
};

function serialization(msg: string): CognitoError {
  return new CognitoError('SerializationException', msg);
}

function check(shape: Shape<any>, value: unknown, path: string, errors: string[]): void {
  const say = (constraint: string) => errors.push(`${describe(value, shape)} at '${path}' failed to satisfy constraint: ${constraint}`);
  switch (shape.kind) {
    case 'any':
      return;
    case 'string': {
      if (typeof value !== 'string') throw serialization(Array.isArray(value) ? 'Start of list found where not expected' : typeof value === 'object' ? 'Start of structure or map found where not expected.' : `${typeof value === 'number' ? 'NUMBER_VALUE' : 'BOOLEAN_VALUE'} can not be converted to a String`);
      if (shape.min !== undefined && value.length < shape.min) say(`Member must have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && value.length > shape.max) say(`Member must have length less than or equal to ${shape.max}`);
      if (shape.pattern !== undefined && !fullMatch(shape.pattern).test(value)) say(`Member must satisfy regular expression pattern: ${shape.pattern}`);
      if (shape.enum !== undefined && !shape.enum.includes(value)) say(`Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
      return;
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw serialization(`NUMBER_VALUE can not be converted to an Integer`);
      if (!Number.isInteger(value)) throw serialization(`NUMBER_VALUE can not be converted to an Integer`);
      if (shape.min !== undefined && value < shape.min) say(`Member must have value greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && value > shape.max) say(`Member must have value less than or equal to ${shape.max}`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') throw serialization('Expected a boolean value');
      return;
    case 'list':
      if (!Array.isArray(value)) throw serialization('Expected list or null');
      if (shape.min !== undefined && value.length < shape.min) say(`Member must have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && value.length > shape.max) say(`Member must have length less than or equal to ${shape.max}`);
      value.forEach((v, i) => {
        if (v === null || v === undefined) errors.push(`Value null at '${path}.${i + 1}.member' failed to satisfy constraint: Member must not be null`);
        else check(shape.member, v, `${path}.${i + 1}.member`, errors);
      });
      return;
    case 'map':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw serialization('Start of list found where not expected');
      {
        const entries = Object.entries(value as Record<string, unknown>);
        if (shape.min !== undefined && entries.length < shape.min) say(`Member must have length greater than or equal to ${shape.min}`);
        if (shape.max !== undefined && entries.length > shape.max) say(`Member must have length less than or equal to ${shape.max}`);
        for (const [k, v] of entries) {
          check(shape.key, k, `${path}.${k}.key`, errors);
          if (v === null || v === undefined) continue;
          check(shape.value, v, `${path}.${k}.member`, errors);
        }
      }
      return;
    case 'structure': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw serialization(Array.isArray(value) ? 'Start of list found where not expected' : 'Expected a structure');
      const obj = value as Record<string, unknown>;
      for (const [name, member] of Object.entries(shape.members)) {
        const v = obj[name];
        const p = path ? `${path}.${lowerFirst(name)}` : lowerFirst(name);
        if (v === undefined || v === null) {
          if (shape.required.includes(name)) errors.push(`Value null at '${p}' failed to satisfy constraint: Member must not be null`);
          continue;
        }
        check(member, v, p, errors);
      }
      return;
    }
  }
}

/**
 * Checks `input` against `shape`. Returns the input typed (members not in the
 * shape are dropped, as AWS ignores unknown members), or throws the error AWS
 * would give.
 */
export function validate<T>(shape: StructShape<T>, input: unknown): T {
  if (input === undefined || input === null) input = {};
  const errors: string[] = [];
  check(shape, input, '', errors);
  if (errors.length > 0) {
    const head = errors.length === 1 ? '1 validation error detected: ' : `${errors.length} validation errors detected: `;
    throw new CognitoError('InvalidParameterException', head + errors.join('; '));
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(shape.members)) {
    const v = (input as Record<string, unknown>)[k];
    if (v !== undefined && v !== null) out[k] = v;
  }
  return out as T;
}

/* Common shapes from the Cognito API model. */
export const UserPoolId = str({ min: 1, max: 55, pattern: '[\\w-]+_[0-9a-zA-Z]+' });
export const ClientId = str({ min: 1, max: 128, pattern: '[\\w+]+', sensitive: true });
export const ClientSecret = str({ min: 1, max: 64, pattern: '[\\w+]+', sensitive: true });
export const Username = str({ min: 1, max: 128, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+', sensitive: true });
export const Password = str({ max: 256, pattern: '[\\S]+', sensitive: true });
export const PasswordLoose = str({ max: 256, sensitive: true });
export const SecretHash = str({ min: 1, max: 128, pattern: '[\\w+=/]+', sensitive: true });
export const Token = str({ pattern: '[A-Za-z0-9-_=.]+', sensitive: true });
export const ConfirmationCode = str({ min: 1, max: 2048, pattern: '[\\S]+' });
export const SessionString = str({ min: 20, max: 2048 });
export const GroupName = str({ min: 1, max: 128, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+' });
export const AttributeName = str({ min: 1, max: 32, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+' });
export const AttributeValue = str({ max: 2048, sensitive: true });
export const AttributeType = struct({ Name: AttributeName, Value: opt(AttributeValue) });
export const AttributeList = list(AttributeType);
export const ClientMetadata = opt(map(str()));
export const PaginationKey = str({ min: 1, pattern: '[\\S]+' });
export const ArnType = str({ min: 20, max: 2048, pattern: 'arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?' });
export const AnalyticsMetadata = opt(struct({ AnalyticsEndpointId: opt(str()) }));
export const UserContextData = opt(struct({ IpAddress: opt(str()), EncodedData: opt(str()) }));
