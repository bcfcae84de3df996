/**
 * Error wording of the administrator user and group operations that is not in
 * `MESSAGES` (core/errors.ts). Each entry says where it comes from:
 * - "AWS": seen in real Cognito responses quoted in public issues and code;
 * - "emulators": the wording moto / cognito-local / other Cognito emulators
 *   return (written from AWS responses, not checked against AWS here);
 * - "unconfirmed": AWS's exact text was not found; the sandbox's own wording.
 */
export const ADMIN_MESSAGES = {
  // AWS: UsernameExistsException from AdminCreateUser (MESSAGES.userAlreadyExists is SignUp's "User already exists").
  userAccountExists: 'User account already exists',
  // brief / AWS: CreateGroup with a name already taken (GroupExistsException).
  groupExists: 'A group with the name already exists.',
  // AWS (rahulpsd18/cognito-backup-restore#25): DesiredDeliveryMediums EMAIL for a user without an email.
  noEmailForDelivery: 'No email provided but desired delivery medium was Email',
  // AWS (data-dot-all/dataall#690 and others): AdminCreateUser's TemporaryPassword breaks the policy.
  createUserPolicyPrefix: 'Password did not conform with password policy: ',
  // AWS (aws-sdk-php#1088): a Filter that does not parse.
  filterParse: 'Error while parsing filter.',
  // AWS (aws-sdk-js#2570, #3091): AttributesToGet names an attribute a listed user lacks or the schema lacks.
  requestedAttributesMissing: 'One or more requested attributes do not exist.',
  // emulators (moto, cognito-local): a Filter on an attribute that cannot be searched.
  invalidSearchAttribute: (name: string) => `Invalid search attribute: ${name}`,
  // emulators (floci, several Go/Rust emulators): RESEND for a user who is not FORCE_CHANGE_PASSWORD.
  resendNotPossible: (username: string) => `Resend not possible. ${username} status is not FORCE_CHANGE_PASSWORD`,

  // unconfirmed
  // (ChangePassword's prefix, assumed for AdminSetUserPassword)
  setPasswordPolicyPrefix: 'Password does not conform to policy: ',
  noPhoneForDelivery: 'No phone_number provided but desired delivery medium was Sms',
  invalidPaginationToken: 'Invalid pagination token.',
  tooManyGroupsInPool: (max: number) => `You have reached the limit of ${max} groups for this user pool.`,
  tooManyGroupsForUser: (max: number) => `A user can belong to at most ${max} groups.`,
  statusDoesNotAllow: (status: string) => `User status ${status} does not allow this operation.`,
} as const;
