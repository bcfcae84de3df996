import { describe, expect, it } from 'vitest';
import { fieldOfError } from './formErrors';

describe('fieldOfError', () => {
  it('maps exception types to the field they are about', () => {
    const policy = { name: 'InvalidPasswordException', message: 'Password did not conform with policy: Password not long enough' };
    expect(fieldOfError(policy, ['username', 'email', 'password'])).toBe('password');
    expect(fieldOfError({ name: 'UsernameExistsException', message: 'User already exists' }, ['username', 'password'])).toBe('username');
    expect(fieldOfError({ name: 'CodeMismatchException', message: 'Invalid verification code provided, please try again.' }, ['username', 'code'])).toBe('code');
  });

  it('ignores a mapped field the form does not have', () => {
    expect(fieldOfError({ name: 'CodeMismatchException', message: '' }, ['username', 'password'])).toBeUndefined();
  });

  it('reads the member name from a validation message', () => {
    const err = {
      name: 'InvalidParameterException',
      message: "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length greater than or equal to 6",
    };
    expect(fieldOfError(err, ['username', 'email', 'password'])).toBe('password');
    expect(fieldOfError({ name: 'InvalidParameterException', message: 'Invalid email address format.' }, ['username', 'email', 'password'])).toBe('email');
    expect(
      fieldOfError({ name: 'InvalidParameterException', message: "Value at 'confirmationCode' failed to satisfy constraint" }, ['username', 'code']),
    ).toBe('code');
  });

  it('does not guess when a message names several fields or none', () => {
    expect(fieldOfError({ name: 'InvalidParameterException', message: "2 validation errors detected: Value at 'username' …; Value at 'password' …" }, ['username', 'password'])).toBeUndefined();
    expect(fieldOfError({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' }, ['username', 'password'])).toBeUndefined();
    expect(fieldOfError(undefined, ['username'])).toBeUndefined();
  });
});
