import { defineOperation } from '../../core/context';
import { fail } from '../../core/errors';
import { getPool } from '../../core/lookup';
import { opt, struct, UserPoolId } from '../../core/validate';
import { checkCertificate, checkDomainName, domainsOf, findDomain, newDistribution } from '../../oauth/domains';
import { OAUTH_MESSAGES } from '../../oauth/messages';
import type { DomainRecord } from '../../oauth/model';
import { CustomDomainConfig, DomainName, ManagedLoginVersion } from '../../oauth/shapes';
import { OAUTH } from '../../facts';

/**
 * CreateUserPoolDomain: a Cognito prefix domain, or with CustomDomainConfig a
 * custom domain (its ACM certificate must be in us-east-1). A domain name
 * belongs to one pool only; a pool has at most one domain of each kind.
 */
export const CreateUserPoolDomain = defineOperation(
  'CreateUserPoolDomain',
  struct({ Domain: DomainName, UserPoolId, CustomDomainConfig: opt(CustomDomainConfig), ManagedLoginVersion: opt(ManagedLoginVersion) }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const custom = input.CustomDomainConfig !== undefined;
    checkDomainName(input.Domain, custom);
    if (custom) checkCertificate(input.CustomDomainConfig!.CertificateArn);
    if (findDomain(ctx, input.Domain)) throw fail('InvalidParameterException', OAUTH_MESSAGES.domainInUse);
    const domains = domainsOf(pool);
    if (Object.values(domains).some((d) => (d.certificateArn !== undefined) === custom)) throw fail('InvalidParameterException', OAUTH_MESSAGES.poolHasDomain);
    const now = ctx.now();
    const rec: DomainRecord = { domain: input.Domain, managedLoginVersion: input.ManagedLoginVersion ?? OAUTH.managedLoginVersions.value[0], cloudFrontDistribution: newDistribution(ctx), createdAt: now, updatedAt: now };
    if (custom) rec.certificateArn = input.CustomDomainConfig!.CertificateArn;
    domains[input.Domain] = rec;
    return custom ? { CloudFrontDomain: rec.cloudFrontDistribution, ManagedLoginVersion: rec.managedLoginVersion } : { ManagedLoginVersion: rec.managedLoginVersion };
  },
);
