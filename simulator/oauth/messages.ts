/**
 * Error wording of the domain, resource server and app-client OAuth checks.
 * "observed": AWS's text as quoted in public deployment logs and issues;
 * "unconfirmed": AWS's exact text was not found, the sandbox's own wording.
 */
export const OAUTH_MESSAGES = {
  // observed (InvalidParameterException from CreateUserPoolDomain, quoted in many deployment logs)
  domainInUse: 'Domain already associated with another user pool.',
  poolHasDomain: 'User pool already has a domain configured.',
  // observed (InvalidOAuthFlowException from Create/UpdateUserPoolClient)
  clientCredentialsNeedSecret: 'client_credentials flow can not be selected if client does not have a client secret.',
  clientCredentialsExclusive: 'client_credentials flow can not be selected along with code flow or implicit flow.',
  flowsAndScopesRequired: 'AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.',
  scopeNotForClientCredentials: (scope: string) => `${scope} is not supported with client_credentials flow`,

  // unconfirmed
  domainNotFound: (domain: string) => `Domain ${domain} does not exist.`,
  domainNotOfPool: (domain: string, poolId: string) => `Domain ${domain} is not associated with user pool ${poolId}.`,
  invalidPrefixDomain: 'A domain prefix can contain only lowercase letters, numbers and hyphens, and cannot begin or end with a hyphen.',
  invalidCustomDomain: 'A custom domain must be a fully qualified domain name such as auth.example.com.',
  customDomainNeedsCertificate: 'A custom domain needs CustomDomainConfig with the ARN of an ACM certificate in us-east-1.',
  certificateNotInUsEast1: 'The ACM certificate of a custom domain must be in US East (N. Virginia), us-east-1.',
  updateNeedsCustomDomain: 'CustomDomainConfig can be updated only for a custom domain.',
  resourceServerExists: (identifier: string) => `A resource server with identifier ${identifier} already exists in this user pool.`,
  resourceServerNotFound: (identifier: string) => `Resource server ${identifier} does not exist.`,
  tooManyResourceServers: (max: number) => `You have reached the limit of ${max} resource servers for this user pool.`,
  duplicateScope: (scope: string) => `Duplicate scope name ${scope}.`,
  scopeDoesNotExist: (scope: string) => `Invalid scope requested: ${scope}`,
  callbackNotHttps: (url: string) => `Invalid redirect URL ${url}: it must use HTTPS (HTTP is allowed only for localhost).`,
  invalidRedirectUrl: (url: string) => `Invalid redirect URL ${url}: it must be an absolute URL without a fragment.`,
  defaultRedirectNotInCallbacks: 'DefaultRedirectURI must be one of the CallbackURLs.',
} as const;

/** Wording of the identity provider operations and federated sign-in. */
export const IDP_MESSAGES = {
  // observed (InvalidParameterException from Create/UpdateUserPoolClient, quoted in deployment logs)
  providerNotInPool: (name: string, poolId: string) => `The provider ${name} does not exist for User Pool ${poolId}`,

  // unconfirmed
  duplicateProvider: (name: string) => `A provider with the name ${name} already exists in this user pool.`,
  providerNotFound: (name: string) => `Identity provider ${name} does not exist.`,
  identifierNotFound: (identifier: string) => `No identity provider has the identifier ${identifier}.`,
  duplicateIdentifier: (identifier: string) => `The identifier ${identifier} is already used by another identity provider in this user pool.`,
  socialNameMustMatchType: (type: string) => `A ${type} identity provider must be named ${type}.`,
  missingDetail: (type: string, key: string) => `ProviderDetails of a ${type} identity provider must include ${key}.`,
  samlNeedsMetadata: 'ProviderDetails of a SAML identity provider must include MetadataURL or MetadataFile.',
  reservedProviderName: 'COGNITO is reserved for the user pool itself.',

  // AdminLinkProviderForUser / AdminDisableProviderForUser.
  // observed (InvalidParameterException, quoted in public issues and application code)
  cognitoSourceUser: 'Invalid SourceUser: Cognito users with a username/password may not be passed in as a SourceUser, only as a DestinationUser',
  mergingNotSupported: 'Merging is not currently supported, provide a SourceUser that has not been signed up in order to link',
  alreadyLinked: 'SourceUser is already linked to DestinationUser',
  // unconfirmed
  socialNeedsSubject: (provider: string) => `ProviderAttributeName must be Cognito_Subject for the ${provider} identity provider.`,
  attributeNotMapped: (attribute: string, provider: string) => `ProviderAttributeName ${attribute} is not an attribute that ${provider} maps to the user pool (AttributeMapping), and is not Cognito_Subject.`,
  providerAttributeValueRequired: 'ProviderAttributeValue is required.',
  providerNameRequired: 'ProviderName is required.',
  linkedToAnotherUser: 'SourceUser is already linked to another user in this user pool.',
  tooManyLinks: (max: number) => `A user can have at most ${max} linked federated identities.`,
  nothingToDisable: 'No user or linked identity matches the given provider attribute.',
  // SAML responses at /saml2/idpresponse: "Invalid SAML response received: " is observed (error_description of a
  // signature failure); the reasons after it are the sandbox's own wording.
  samlPrefix: 'Invalid SAML response received: ',
} as const;
