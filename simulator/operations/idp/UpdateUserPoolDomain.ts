import { defineOperation } from '../../core/context';
import { fail } from '../../core/errors';
import { getPool } from '../../core/lookup';
import { opt, struct, UserPoolId } from '../../core/validate';
import { checkCertificate } from '../../oauth/domains';
import { OAUTH_MESSAGES } from '../../oauth/messages';
import { CustomDomainConfig, DomainName, ManagedLoginVersion } from '../../oauth/shapes';

/**
 * UpdateUserPoolDomain: a new certificate for a custom domain (in us-east-1;
 * AWS takes up to an hour to distribute it, DOMAINS.customDomainPropagationHours)
 * or another managed login version.
 */
export const UpdateUserPoolDomain = defineOperation(
  'UpdateUserPoolDomain',
  struct({ Domain: DomainName, UserPoolId, CustomDomainConfig: opt(CustomDomainConfig), ManagedLoginVersion: opt(ManagedLoginVersion) }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const rec = pool.domains?.[input.Domain];
    if (!rec) throw fail('InvalidParameterException', OAUTH_MESSAGES.domainNotOfPool(input.Domain, pool.id));
    if (input.CustomDomainConfig) {
      if (!rec.certificateArn) throw fail('InvalidParameterException', OAUTH_MESSAGES.updateNeedsCustomDomain);
      checkCertificate(input.CustomDomainConfig.CertificateArn);
      rec.certificateArn = input.CustomDomainConfig.CertificateArn;
    }
    if (input.ManagedLoginVersion !== undefined) rec.managedLoginVersion = input.ManagedLoginVersion;
    rec.updatedAt = ctx.now();
    return rec.certificateArn ? { CloudFrontDomain: rec.cloudFrontDistribution, ManagedLoginVersion: rec.managedLoginVersion } : { ManagedLoginVersion: rec.managedLoginVersion };
  },
);
