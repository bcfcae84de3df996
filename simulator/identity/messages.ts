/**
 * Error wording of the Cognito Identity API (identity pools). Each entry says
 * where it comes from:
 * - "AWS": text AWS returned, quoted in a public issue (the issue is named);
 * - "unconfirmed": AWS's exact text was not found; the sandbox's own wording.
 */
export const IDENTITY_MESSAGES = {
  // AWS (aws-sdk-android-samples #163, amplify-js #1966): unknown identity pool
  poolNotFound: (id: string) => `IdentityPool '${id}' not found.`,
  // AWS (aws/aws-sdk-js-v3 #3113, aws-sdk-android #52): GetId without logins when guests are off
  unauthenticatedNotSupported: 'Unauthenticated access is not supported for this identity pool.',
  // AWS (amplify-js #2443, amazon-cognito-identity-js #68)
  loginsDontMatch: "Logins don't match. Please include at least one valid login for this identity or identity pool.",
  // AWS (amazon-cognito-identity-js #40, aws-sdk-android #222): token iss is not the Logins key
  issuerMismatch: "Invalid login token. Issuer doesn't match providerName",
  // AWS (amazon-cognito-identity-js #7, #371): provider or app client not configured in the pool
  unsupportedProvider: 'Token is not from a supported provider of this identity pool.',
  // AWS (amazon-cognito-identity-js #7): an access token (no aud) where an ID token is expected
  missingAud: 'Invalid login token. Missing a required claim: aud',
  // AWS (amazon-cognito-identity-js #91)
  badSignature: "Invalid login token. Couldn't verify signed token.",
  // AWS (amplify-js #3675, aws-sdk-ios #2570): "Token expired: {now} >= {exp}" in epoch seconds
  tokenExpired: (nowSeconds: number, expSeconds: number) => `Invalid login token. Token expired: ${nowSeconds} >= ${expSeconds}`,
  // AWS (aws-sdk-net #420): a cognito-identity.amazonaws.com token where a provider token is expected
  cognitoTokenNotAllowed: "Invalid login token. Can't pass in a Cognito token.",
  // AWS (amazon-archives/aws-sdk-react-native #17): developer provider name in GetId/GetOpenIdToken Logins
  notPublicProvider: 'Please provide a valid public provider.',
  // AWS (danilop/LambdAuth #32): GetOpenIdTokenForDeveloperIdentity with a provider the pool does not have
  developerProviderNotSupported: 'This identity pool does not support the specified developer provider',
  // AWS (amplify-js #741, amplify-flutter #6107): no role for the identity's kind
  invalidPoolConfiguration: 'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
  // AWS (amplify-js #3621): AmbiguousRoleResolution Deny
  ambiguousRoleDenied: (provider: string) => `The ambiguous role mapping rules for: ${provider} denied this request.`,
  // AWS (aws/aws-cli #7652, amplify-js #9704): GetOpenIdToken when AllowClassicFlow is false
  classicFlowDisabled: 'Basic (classic) flow is not enabled, please use enhanced flow.',
  // AWS (aws-rum-web #172, amazon-quicksight-embedding-sample #12): GetOpenIdToken on a pool with RoleMappings
  classicFlowWithRoleMappings: 'Basic (classic) flow is not supported with RoleMappings, please use enhanced flow.',
  // AWS (aws/aws-cdk #22951): RoleMappings key that is no configured provider
  invalidRoleMappingProvider: (key: string) => `(${key}) is not a valid RoleMapping ProviderName or is not a configured provider.`,
  // AWS (aws/aws-sdk-js #908, boto/boto3 #73): SetIdentityPoolRoles with something that is not a role ARN
  roleForbidden: (role: string) => `Access to Role '${role}' is forbidden.`,
  // AWS (aws-sdk-android #52): a disabled (merged) identity
  identityForbidden: (id: string) => `Access to Identity '${id}' is forbidden.`,

  // unconfirmed
  identityNotFound: (id: string) => `Identity '${id}' not found.`,
  notOpenIdToken: 'Invalid login token. Not a valid OpenId Connect identity token.',
  incorrectAudience: 'Invalid login token. Incorrect token audience.',
  tokenRevoked: 'Invalid login token. Token has been revoked.',
  userPoolUserGone: 'Invalid login token. The user no longer exists or is disabled.',
  samlAssertionInvalid: 'Invalid SAML assertion.',
  tooManyIdentityPools: (max: number) => `You have reached the limit of ${max} identity pools in this account.`,
  tooManyUserPoolProviders: (max: number) => `An identity pool can have at most ${max} Amazon Cognito user pool providers.`,
  developerProviderImmutable: 'DeveloperProviderName cannot be changed once it is set.',
  ambiguousRoleResolutionRequired: (key: string) => `AmbiguousRoleResolution must be specified for the role mapping of ${key}.`,
  rulesConfigurationRequired: (key: string) => `RulesConfiguration is required for the Rules role mapping of ${key}.`,
  customRoleNotInToken: 'The CustomRoleArn is not one of the roles the identity provider allows for this user.',
  loginAlreadyLinked: (provider: string) => `Identity already has a different login for ${provider}.`,
  developerUserAlreadyRegistered: 'The provided developer user identifier is already registered with Cognito under a different identity ID.',
  lookupNeedsIdentifier: 'Either IdentityId or DeveloperUserIdentifier must be provided.',
  developerIdentifierNotFound: (id: string) => `DeveloperUserIdentifier '${id}' not found.`,
  lookupMismatch: 'The DeveloperUserIdentifier is not associated with the IdentityId.',
  developerProviderMismatch: 'DeveloperProviderName does not match the identity pool.',
  invalidNextToken: 'Invalid pagination token.',
} as const;
