/** Which form field an engine error is about, so the form can mark that field invalid. */

export type SandboxField = 'username' | 'email' | 'password' | 'code';

const FIELD_OF_ERROR: Readonly<Record<string, SandboxField>> = {
  InvalidPasswordException: 'password',
  UsernameExistsException: 'username',
  UserNotFoundException: 'username',
  CodeMismatchException: 'code',
  ExpiredCodeException: 'code',
};

/**
 * The field an error points at, from its AWS exception type, or from the
 * message for the generic InvalidParameterException (`…'password'…`,
 * `Invalid email address format.`). Undefined when it is not about one field.
 */
export function fieldOfError(error: { name: string; message: string } | undefined, fields: readonly SandboxField[]): SandboxField | undefined {
  if (!error) return undefined;
  const byType = FIELD_OF_ERROR[error.name];
  if (byType) return fields.includes(byType) ? byType : undefined;
  if (error.name !== 'InvalidParameterException' && error.name !== 'ValidationException') return undefined;
  const message = error.message.toLowerCase();
  const hits = fields.filter((f) => message.includes(f === 'code' ? 'confirmationcode' : f));
  return hits.length === 1 ? hits[0] : undefined;
}
