/**
 * Pure helpers of the panel's "other sign-ins": the simulated social, OpenID
 * Connect and SAML providers an identity pool can accept, the `Logins` key
 * each uses, and the UpdateIdentityPool request that adds one to the pool.
 * The providers are simulated (`simulator/identity/providers.ts`): no real
 * provider is contacted.
 */
import { SANDBOX_ACCOUNT } from './model';

export type FederatedChoice = 'accounts.google.com' | 'graph.facebook.com' | 'www.amazon.com' | 'appleid.apple.com' | 'oidc' | 'saml';

/** The IAM OIDC provider of the sandbox's simulated OpenID Connect provider (issuer `https://login.example.com`). */
export const SANDBOX_OIDC_HOST = 'login.example.com';
export const SANDBOX_OIDC_ARN = `arn:aws:iam::${SANDBOX_ACCOUNT}:oidc-provider/${SANDBOX_OIDC_HOST}`;
/** The IAM SAML provider of the sandbox's simulated SAML identity provider. */
export const SANDBOX_SAML_ARN = `arn:aws:iam::${SANDBOX_ACCOUNT}:saml-provider/SandboxIdP`;

/** Each choice: its name on the page, and for social providers the app id the pool is configured with (the token's `aud`). */
export const FEDERATED_CHOICES: Record<FederatedChoice, { label: string; appId?: string }> = {
  'accounts.google.com': { label: 'Google', appId: 'sandbox-web-app.apps.googleusercontent.com' },
  'graph.facebook.com': { label: 'Facebook', appId: '100000000000001' },
  'www.amazon.com': { label: 'Login with Amazon', appId: 'amzn1.application.sandbox' },
  'appleid.apple.com': { label: 'Sign in with Apple', appId: 'com.example.sandbox' },
  oidc: { label: `OpenID Connect (${SANDBOX_OIDC_HOST})` },
  saml: { label: 'SAML 2.0 (SandboxIdP)' },
};

/** The `Logins` map key of a choice: the social provider's domain, the OIDC provider's host, or the SAML provider's ARN. */
export function loginsKey(choice: FederatedChoice): string {
  if (choice === 'oidc') return SANDBOX_OIDC_HOST;
  if (choice === 'saml') return SANDBOX_SAML_ARN;
  return choice;
}

/** The fields of DescribeIdentityPool's answer that UpdateIdentityPool takes back. */
const UPDATE_FIELDS = [
  'IdentityPoolId',
  'IdentityPoolName',
  'AllowUnauthenticatedIdentities',
  'AllowClassicFlow',
  'SupportedLoginProviders',
  'DeveloperProviderName',
  'OpenIdConnectProviderARNs',
  'CognitoIdentityProviders',
  'SamlProviderARNs',
  'IdentityPoolTags',
] as const;

/**
 * The UpdateIdentityPool request that makes the pool (as DescribeIdentityPool
 * described it) accept `choice`, keeping everything else; `undefined` when it
 * already does.
 */
export function poolUpdateFor(described: Record<string, unknown>, choice: FederatedChoice): Record<string, unknown> | undefined {
  const update: Record<string, unknown> = {};
  for (const f of UPDATE_FIELDS) if (described[f] !== undefined) update[f] = described[f];
  if (choice === 'oidc') {
    const arns = (described.OpenIdConnectProviderARNs as string[] | undefined) ?? [];
    if (arns.includes(SANDBOX_OIDC_ARN)) return undefined;
    return { ...update, OpenIdConnectProviderARNs: [...arns, SANDBOX_OIDC_ARN] };
  }
  if (choice === 'saml') {
    const arns = (described.SamlProviderARNs as string[] | undefined) ?? [];
    if (arns.includes(SANDBOX_SAML_ARN)) return undefined;
    return { ...update, SamlProviderARNs: [...arns, SANDBOX_SAML_ARN] };
  }
  const providers = (described.SupportedLoginProviders as Record<string, string> | undefined) ?? {};
  const appId = FEDERATED_CHOICES[choice].appId!;
  if (providers[choice] === appId) return undefined;
  return { ...update, SupportedLoginProviders: { ...providers, [choice]: appId } };
}
