/**
 * User pool domains: a Cognito prefix domain (`{prefix}.auth.{region}.amazoncognito.com`)
 * or a custom domain (needs an ACM certificate in us-east-1 and a DNS alias to the
 * CloudFront distribution Cognito creates). A domain name is unique across every pool
 * of the account and Region; a pool has at most one domain of each kind.
 */
import type { OperationContext } from '../core/context';
import { fail } from '../core/errors';
import type { UserPool } from '../core/model';
import { LOWER_ALNUM, randomString } from '../core/random';
import { record } from '../core/records';
import { DOMAINS } from '../facts';
import { OAUTH_MESSAGES } from './messages';
import type { DomainRecord } from './model';

const PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Checks a Domain string: a prefix (no dots) or, with a certificate, a fully qualified name. */
export function checkDomainName(domain: string, custom: boolean): void {
  if (!custom) {
    if (!PREFIX.test(domain)) throw fail('InvalidParameterException', OAUTH_MESSAGES.invalidPrefixDomain);
    return;
  }
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => PREFIX.test(l))) throw fail('InvalidParameterException', OAUTH_MESSAGES.invalidCustomDomain);
}

/** Checks the certificate of a custom domain: an ACM ARN in us-east-1 (DOMAINS.customDomainCertificateRegion). */
export function checkCertificate(arn: string): void {
  const parts = arn.split(':');
  if (parts[2] !== 'acm' || parts[3] !== DOMAINS.customDomainCertificateRegion.value) throw fail('InvalidParameterException', OAUTH_MESSAGES.certificateNotInUsEast1);
}

/** The pool that owns `domain` in this account, with its record. */
export function findDomain(ctx: OperationContext, domain: string): { pool: UserPool; record: DomainRecord } | undefined {
  for (const pool of Object.values(ctx.state.userPools)) {
    const rec = pool.domains?.[domain];
    if (rec) return { pool, record: rec };
  }
  return undefined;
}

/** The pool's domains, creating the collection on first use. */
export function domainsOf(pool: UserPool): Record<string, DomainRecord> {
  return (pool.domains ??= record());
}

/** A simulated CloudFront distribution host name, like `d111111abcdef8.cloudfront.net`. */
export function newDistribution(ctx: OperationContext): string {
  return `d${randomString(ctx.random, LOWER_ALNUM, 13)}.cloudfront.net`;
}

/** The full host name of a domain record in `region`. */
export function domainHost(rec: DomainRecord, region: string): string {
  return rec.certificateArn ? rec.domain : `${rec.domain}.auth.${region}.amazoncognito.com`;
}
