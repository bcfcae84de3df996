import { defineOperation } from '../../core/context';
import { struct } from '../../core/validate';
import { SIMULATED_ACCOUNT_ID } from '../../facts';
import { findDomain } from '../../oauth/domains';
import { DomainName } from '../../oauth/shapes';

/**
 * DescribeUserPoolDomain: the domain's pool, status and CloudFront
 * distribution. An unknown domain is not an error: AWS answers with an empty
 * DomainDescription.
 */
export const DescribeUserPoolDomain = defineOperation(
  'DescribeUserPoolDomain',
  struct({ Domain: DomainName }),
  async (ctx, input) => {
    const found = findDomain(ctx, input.Domain);
    if (!found) return { DomainDescription: {} };
    const { pool, record: d } = found;
    return {
      DomainDescription: {
        UserPoolId: pool.id,
        AWSAccountId: SIMULATED_ACCOUNT_ID.value,
        Domain: d.domain,
        CloudFrontDistribution: d.cloudFrontDistribution,
        Version: String(d.updatedAt),
        Status: 'ACTIVE',
        ...(d.certificateArn ? { CustomDomainConfig: { CertificateArn: d.certificateArn } } : {}),
        ManagedLoginVersion: d.managedLoginVersion,
      },
    };
  },
  { readOnly: true },
);
