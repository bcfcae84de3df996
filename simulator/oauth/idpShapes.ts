/** Input shapes of the identity provider operations (Cognito API model constraints). */
import { list, map, opt, str, struct } from '../core/validate';
import { IDENTITY_PROVIDER_LIMITS as L } from '../facts';
import { PROVIDER_TYPES } from './identityProviders';

/** ProviderNameTypeV2: no leading or trailing underscore or space. */
export const ProviderName = str({ min: L.nameLength.value.min, max: L.nameLength.value.max, pattern: '[^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+' });
export const ProviderType = str({ enum: PROVIDER_TYPES });
export const ProviderDetails = map(str());
/** AttributeMappingType: pool attribute → provider attribute. */
export const AttributeMapping = map(str(), { key: str({ min: L.attributeMappingKeyLength.value.min, max: L.attributeMappingKeyLength.value.max, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+' }) });
export const IdpIdentifier = str({ min: L.identifierLength.value.min, max: L.identifierLength.value.max, pattern: '[\\w\\s+=.@-]+' });
export const IdpIdentifiers = list(IdpIdentifier, { max: L.identifiersPerProvider.value });

const providerAttribute = str({ min: L.providerAttributeLength.value.min, max: L.providerAttributeLength.value.max });
/** ProviderUserIdentifierType (AdminLinkProviderForUser, AdminDisableProviderForUser): every member optional in the model. */
export const ProviderUserIdentifier = struct({
  ProviderName: opt(str({ min: L.nameLength.value.min, max: L.nameLength.value.max, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\p{Z}]+' })),
  ProviderAttributeName: opt(providerAttribute),
  ProviderAttributeValue: opt(providerAttribute),
});
