import { describe, expect, it } from 'vitest';
import { loginsKey, poolUpdateFor, SANDBOX_OIDC_ARN, SANDBOX_SAML_ARN } from './federated';

const described = {
  IdentityPoolId: 'us-east-1:pool',
  IdentityPoolName: 'sandbox',
  AllowUnauthenticatedIdentities: true,
  AllowClassicFlow: false,
  CognitoIdentityProviders: [{ ProviderName: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_abc', ClientId: 'client', ServerSideTokenCheck: false }],
  IdentityPoolTags: { team: 'x' },
};

describe('federated sign-ins of the identity panel', () => {
  it('uses the provider domain, the OIDC host or the SAML provider ARN as the Logins key', () => {
    expect(loginsKey('accounts.google.com')).toBe('accounts.google.com');
    expect(loginsKey('oidc')).toBe('login.example.com');
    expect(loginsKey('saml')).toBe(SANDBOX_SAML_ARN);
  });

  it('adds the provider to the pool and keeps every other setting', () => {
    const google = poolUpdateFor(described, 'accounts.google.com');
    expect(google).toEqual({ ...described, SupportedLoginProviders: { 'accounts.google.com': 'sandbox-web-app.apps.googleusercontent.com' } });
    expect(poolUpdateFor({ ...described, SupportedLoginProviders: { 'graph.facebook.com': '1' } }, 'accounts.google.com')?.SupportedLoginProviders).toEqual({
      'graph.facebook.com': '1',
      'accounts.google.com': 'sandbox-web-app.apps.googleusercontent.com',
    });
    expect(poolUpdateFor(described, 'oidc')?.OpenIdConnectProviderARNs).toEqual([SANDBOX_OIDC_ARN]);
    expect(poolUpdateFor(described, 'saml')?.SamlProviderARNs).toEqual([SANDBOX_SAML_ARN]);
  });

  it('asks for no update when the pool already accepts the provider', () => {
    expect(poolUpdateFor({ ...described, SupportedLoginProviders: { 'accounts.google.com': 'sandbox-web-app.apps.googleusercontent.com' } }, 'accounts.google.com')).toBeUndefined();
    expect(poolUpdateFor({ ...described, OpenIdConnectProviderARNs: [SANDBOX_OIDC_ARN] }, 'oidc')).toBeUndefined();
    expect(poolUpdateFor({ ...described, SamlProviderARNs: [SANDBOX_SAML_ARN] }, 'saml')).toBeUndefined();
  });
});

describe('federated sign-ins against the engine', () => {
  it('adds each simulated provider to the pool and trades its token for authenticated credentials', async () => {
    const { createSimulator, SimulatedClock, seededRandom } = await import('@/simulator');
    const providers = await import('@/simulator/identity/providers');
    const { FEDERATED_CHOICES } = await import('./federated');
    const sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('federated-panel') });
    const T = 'AWSCognitoIdentityService.';
    const { IdentityPoolId } = await sim.call<{ IdentityPoolId: string }>(`${T}CreateIdentityPool`, { IdentityPoolName: 'sandbox', AllowUnauthenticatedIdentities: true, IdentityPoolTags: { team: 'x' } });
    await sim.call(`${T}SetIdentityPoolRoles`, { IdentityPoolId, Roles: { authenticated: 'arn:aws:iam::123456789012:role/Auth', unauthenticated: 'arn:aws:iam::123456789012:role/Unauth' } });
    const nowMs = sim.clock.now();
    for (const choice of Object.keys(FEDERATED_CHOICES) as Array<keyof typeof FEDERATED_CHOICES>) {
      const update = poolUpdateFor(await sim.call(`${T}DescribeIdentityPool`, { IdentityPoolId }), choice);
      expect(update).toBeDefined();
      await sim.call(`${T}UpdateIdentityPool`, update);
      const token =
        choice === 'oidc'
          ? await providers.issueOidcProviderToken({ nowMs, host: 'login.example.com', audience: 'sandbox', subject: 'oidc-user' })
          : choice === 'saml'
            ? await providers.issueSamlAssertion({ nowMs, providerArn: SANDBOX_SAML_ARN, nameId: 'saml-user' })
            : await providers.issueSocialProviderToken({ nowMs, provider: choice, appId: FEDERATED_CHOICES[choice].appId!, subject: `${choice}-user` });
      const Logins = { [loginsKey(choice)]: token };
      const { IdentityId } = await sim.call<{ IdentityId: string }>(`${T}GetId`, { IdentityPoolId, Logins });
      const out = await sim.call<{ Credentials: { AccessKeyId: string } }>(`${T}GetCredentialsForIdentity`, { IdentityId, Logins });
      expect(out.Credentials.AccessKeyId, choice).toMatch(/^ASIA/);
    }
    const pool = await sim.call<Record<string, unknown>>(`${T}DescribeIdentityPool`, { IdentityPoolId });
    expect(Object.keys(pool.SupportedLoginProviders as object)).toHaveLength(4);
    expect(pool.IdentityPoolTags).toEqual({ team: 'x' });
  });
});
