/** Input shapes of the domain and resource server operations (Cognito API model constraints). */
import { ArnType, int, list, opt, str, struct } from '../core/validate';
import { OAUTH, QUOTAS } from '../facts';

const len = OAUTH.resourceServerFieldLength.value;

/** DomainType: length 1-63. The pattern is checked by `checkDomainName` (a custom domain has dots). */
export const DomainName = str({ min: OAUTH.domainLength.value.min, max: OAUTH.domainLength.value.max });
export const CustomDomainConfig = struct({ CertificateArn: ArnType });
export const ManagedLoginVersion = int({ min: Math.min(...OAUTH.managedLoginVersions.value), max: Math.max(...OAUTH.managedLoginVersions.value) });

export const ResourceServerIdentifier = str({ min: len.min, max: len.max, pattern: '[\\x21\\x23-\\x5B\\x5D-\\x7E]+' });
export const ResourceServerName = str({ min: len.min, max: len.max, pattern: '[\\w\\s+=,.@-]+' });
export const ResourceServerScopes = list(
  struct({
    ScopeName: str({ min: len.min, max: len.max, pattern: '[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+' }),
    ScopeDescription: str({ min: len.min, max: len.max }),
  }),
  { max: QUOTAS.scopesPerResourceServer.value },
);
export const ListResourceServersMax = opt(int({ min: OAUTH.listResourceServersMaxResults.value.min, max: OAUTH.listResourceServersMaxResults.value.max }));
