/**
 * Error wording for the user pool and app client operations that is not in
 * `MESSAGES` (core/errors.ts). Each entry says where it comes from:
 * - "moto": the text moto returns, written from AWS responses;
 * - "unconfirmed": AWS's exact text was not found; the sandbox's own wording.
 * Confirmed wording lives in `MESSAGES`.
 */
export const POOL_MESSAGES = {
  // moto (cognitoidp models): custom attribute rules
  duplicateAttribute: (requested: string, existing: string) => `${requested}: Existing attribute already has name ${existing}.`,
  requiredCustomAttribute: 'Required custom attributes are not supported currently.',
  customAttributeNeedsType: 'Invalid AttributeDataType input, consider using the provided AttributeDataType enum.',
  standardAttributeType: (name: string) => `You can not change AttributeDataType or set developerOnlyAttribute for standard schema attribute ${name}`,
  invalidConstraint: (kind: string, name: string) => `Invalid ${kind} for schema attribute ${name}`,
  stringTooLong: (name: string, max: number) => `user.${name}: String attributes cannot have a length of more than ${max}`,
  maxLengthBelowMin: (name: string) => `user.${name}: Max length cannot be less than min length.`,
  maxValueBelowMin: (name: string) => `user.${name}: Max value cannot be less than min value.`,
  // AWS (aws-nuke issue #477 quoting the API): UserAttributeUpdateSettings
  verifyBeforeUpdateNotAutoVerified: 'All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes',
  // AWS (aws-cdk issue #32615 quoting the API): MFA on at creation without SMS
  mfaNeedsSms: 'SMS configuration and Auto verification for phone_number are required when MFA is required/optional',
  // AWS (terraform-provider-aws PR #40734 quoting the API): a feature the tier does not include
  featureNotInTier: (tier: string, features: string[]) => `The following features need to be disabled for the ${tier} pricing tier configured: ${features.join(', ')}`,

  // unconfirmed
  tooManyCustomAttributes: (max: number) => `Exceeded the maximum number of custom attributes (${max}) for the user pool.`,
  tooManyUserPools: (max: number) => `You have reached the limit of ${max} user pools in this Region.`,
  tooManyClients: (max: number) => `You have reached the limit of ${max} app clients for this user pool.`,
  mixedAuthFlows: 'ExplicitAuthFlows cannot mix the legacy values (ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH) with values that begin with ALLOW_.',
  secretWithGenerateSecret: 'You cannot specify both GenerateSecret as true and provide a ClientSecret value.',
  contextDataNeedsSecret: 'EnablePropagateAdditionalUserContextData can only be activated for an app client that has a client secret.',
  invalidNextToken: 'Invalid pagination token.',
  schemaAttributeNeedsName: 'Schema attribute name is required.',
  emailMfaNeedsDeveloperEmail: 'Email MFA requires an email configuration that sends through Amazon SES (EmailSendingAccount DEVELOPER).',
  smsMfaNeedsSmsConfiguration: 'SMS MFA requires an SmsConfiguration for the user pool.',
  customSenderNeedsKmsKey: 'KMSKeyID is required when a CustomEmailSender or CustomSMSSender Lambda trigger is configured.',
} as const;

/** Feature names in FeatureUnavailableInTierException messages ("Threat Protection" is AWS's; the others are unconfirmed). */
export const TIER_FEATURES = {
  threatProtection: 'Threat Protection',
  emailMfa: 'Email MFA',
} as const;
