import { describe, expect, it } from 'vitest';
import { CognitoError } from './errors';
import { int, list, opt, str, struct, validate, UserPoolId, Password } from './validate';

const shape = struct({
  UserPoolId,
  Password: opt(Password),
  Limit: opt(int({ min: 0, max: 60 })),
  Mode: opt(str({ enum: ['OFF', 'ON', 'OPTIONAL'] as const })),
  Names: opt(list(str({ min: 1, max: 3 }), { max: 2 })),
});

const errorOf = (input: unknown): CognitoError => {
  try {
    validate(shape, input);
  } catch (e) {
    return e as CognitoError;
  }
  throw new Error('expected a validation error');
};

describe('validate', () => {
  it('accepts valid input and drops unknown members', () => {
    expect(validate(shape, { UserPoolId: 'us-east-1_abc', Limit: 5, Extra: 1 })).toEqual({ UserPoolId: 'us-east-1_abc', Limit: 5 });
  });

  it('reports a missing member as AWS does', () => {
    const e = errorOf({});
    expect(e.name).toBe('InvalidParameterException');
    expect(e.message).toBe("1 validation error detected: Value null at 'userPoolId' failed to satisfy constraint: Member must not be null");
  });

  it('counts several violations and names each path', () => {
    const e = errorOf({ UserPoolId: 'bad id', Limit: 61, Mode: 'MAYBE' });
    expect(e.message).toMatch(/^3 validation errors detected: /);
    expect(e.message).toContain("Value 'bad id' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+");
    expect(e.message).toContain("Value '61' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60");
    expect(e.message).toContain("Value 'MAYBE' at 'mode' failed to satisfy constraint: Member must satisfy enum value set: [OFF, ON, OPTIONAL]");
  });

  it('leaves sensitive values out of the message', () => {
    const e = errorOf({ UserPoolId: 'us-east-1_abc', Password: 'has space' });
    expect(e.message).toBe("1 validation error detected: Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\S]+");
  });

  it('names list members by 1-based position', () => {
    const e = errorOf({ UserPoolId: 'us-east-1_abc', Names: ['ok', 'toolong'] });
    expect(e.message).toContain("at 'names.2.member' failed to satisfy constraint: Member must have length less than or equal to 3");
  });

  it('gives SerializationException for wrong JSON types', () => {
    expect(errorOf({ UserPoolId: 5 }).name).toBe('SerializationException');
    expect(errorOf({ UserPoolId: 'us-east-1_abc', Limit: '5' }).name).toBe('SerializationException');
    expect(errorOf({ UserPoolId: 'us-east-1_abc', Names: 'x' }).name).toBe('SerializationException');
    expect(errorOf({ UserPoolId: 'us-east-1_abc', Limit: 1.5 }).name).toBe('SerializationException');
  });
});
