/**
 * From a sign-in to temporary AWS credentials, through the official
 * @aws-sdk/client-cognito-identity client: the enhanced flow with a user-pool
 * ID token whose `cognito:preferred_role` decides the role, guests that sign
 * in and keep their identity id, rules-based mapping with a simulated Google
 * login, the basic flow with the simulated STS, developer-authenticated
 * identities, OIDC and SAML logins, merging, and the errors on the way.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import {
  CreateIdentityPoolCommand,
  DeleteIdentitiesCommand,
  DescribeIdentityCommand,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  GetOpenIdTokenCommand,
  GetOpenIdTokenForDeveloperIdentityCommand,
  ListIdentitiesCommand,
  LookupDeveloperIdentityCommand,
  SetIdentityPoolRolesCommand,
  UnlinkDeveloperIdentityCommand,
  type CognitoIdentityClient,
  type CreateIdentityPoolCommandInput,
  type Credentials,
  type SetIdentityPoolRolesCommandInput,
} from '@aws-sdk/client-cognito-identity';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../../index';
import { identitySdkClient } from '../../../test/support/identitySdk';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../../../test/support/flows';
import { checkTemporaryCredentials } from '../../identity/credentials';
import { assumeRoleWithWebIdentity, StsError } from '../../identity/sts';
import { issueOidcProviderToken, issueSamlAssertion, issueSocialProviderToken } from '../../identity/providers';
import { HOUR_MS, MINUTE_MS } from '../../facts';

const PASSWORD = 'Corr3ct-Horse!';
const role = (name: string) => `arn:aws:iam::123456789012:role/${name}`;
const ROLES = { authenticated: role('Cognito_Auth'), unauthenticated: role('Cognito_Unauth') };
const GOOGLE_APP = '1234-sandbox.apps.googleusercontent.com';
const DEVELOPER = 'login.example.app';
const OIDC_HOST = 'login.example.com';
const OIDC_ARN = `arn:aws:iam::123456789012:oidc-provider/${OIDC_HOST}`;
const SAML_ARN = 'arn:aws:iam::123456789012:saml-provider/ExampleIdP';

async function rejection(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  return p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: Error) => ({ name: e.name, message: e.message }),
  );
}

describe('identity pool flows', () => {
  const clock = new SimulatedClock();
  let sim: Simulator;
  let sdk: CognitoIdentityClient;
  let userPoolId: string;
  let clientId: string;
  let otherClientId: string;
  let provider: string;

  const signIn = async (username: string, client = clientId) => (await passwordSignIn(sim, client, username, PASSWORD)).IdToken;
  const createIdentityPool = async (extra: Partial<CreateIdentityPoolCommandInput> = {}) =>
    (await sdk.send(
      new CreateIdentityPoolCommand({
        IdentityPoolName: 'flows',
        AllowUnauthenticatedIdentities: true,
        CognitoIdentityProviders: [{ ProviderName: provider, ClientId: clientId }],
        SupportedLoginProviders: { 'accounts.google.com': GOOGLE_APP },
        DeveloperProviderName: DEVELOPER,
        OpenIdConnectProviderARNs: [OIDC_ARN],
        SamlProviderARNs: [SAML_ARN],
        ...extra,
      }),
    )).IdentityPoolId as string;
  const setRoles = (IdentityPoolId: string, RoleMappings?: SetIdentityPoolRolesCommandInput['RoleMappings'], Roles: Record<string, string> = ROLES) =>
    sdk.send(new SetIdentityPoolRolesCommand({ IdentityPoolId, Roles, RoleMappings }));
  const credentialsFor = async (IdentityId: string, Logins?: Record<string, string>, CustomRoleArn?: string) =>
    sdk.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins, CustomRoleArn }));
  const roleOf = async (creds: Credentials | undefined) => {
    const check = await checkTemporaryCredentials(sim, { AccessKeyId: creds!.AccessKeyId!, SecretKey: creds!.SecretKey!, SessionToken: creds!.SessionToken! });
    if (!check.ok) throw new Error(`credentials refused: ${check.message}`);
    return check.session.roleArn;
  };

  beforeAll(async () => {
    sim = createSimulator({ clock, random: seededRandom('identity-flows') });
    sdk = identitySdkClient(sim);
    ({ poolId: userPoolId, clientId } = await createPoolAndClient(sim));
    otherClientId = (await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', { UserPoolId: userPoolId, ClientName: 'other', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'] })).UserPoolClient.ClientId;
    provider = `cognito-idp.us-east-1.amazonaws.com/${userPoolId}`;
    await sim.call('CreateGroup', { UserPoolId: userPoolId, GroupName: 'admins', RoleArn: role('Admins'), Precedence: 1 });
    await sim.call('CreateGroup', { UserPoolId: userPoolId, GroupName: 'editors', RoleArn: role('Editors'), Precedence: 5 });
    for (const name of ['alice', 'bob', 'carol', 'dave', 'erin']) await createConfirmedUser(sim, userPoolId, name, PASSWORD);
    await sim.call('AdminAddUserToGroup', { UserPoolId: userPoolId, Username: 'alice', GroupName: 'editors' });
    await sim.call('AdminAddUserToGroup', { UserPoolId: userPoolId, Username: 'alice', GroupName: 'admins' });
  });

  describe('enhanced flow with a user pool and token-based roles', () => {
    let IdentityPoolId: string;
    beforeAll(async () => {
      IdentityPoolId = await createIdentityPool();
      await setRoles(IdentityPoolId, { [`${provider}:${clientId}`]: { Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole' } });
    });

    it('GetId → GetCredentialsForIdentity: the group with the best precedence decides the role', async () => {
      const IdToken = await signIn('alice');
      const claims = decodeJwt(IdToken);
      expect(claims['cognito:preferred_role']).toBe(role('Admins'));
      expect(claims['cognito:roles']).toEqual(expect.arrayContaining([role('Admins'), role('Editors')]));

      const Logins = { [provider]: IdToken };
      const { IdentityId } = await sdk.send(new GetIdCommand({ IdentityPoolId, Logins }));
      expect(IdentityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
      const out = await credentialsFor(IdentityId!, Logins);
      expect(out.IdentityId).toBe(IdentityId);
      const creds = out.Credentials!;
      expect(creds.AccessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
      expect(creds.SecretKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
      expect(creds.SessionToken!.length).toBeGreaterThan(200);
      expect(creds.Expiration).toBeInstanceOf(Date);
      expect(creds.Expiration!.getTime()).toBe(clock.now() + HOUR_MS);
      expect(await roleOf(creds)).toBe(role('Admins'));

      // The same login always finds the same identity.
      expect((await sdk.send(new GetIdCommand({ IdentityPoolId, Logins }))).IdentityId).toBe(IdentityId);
    });

    it('CustomRoleArn picks another role from cognito:roles, and anything else is refused', async () => {
      const Logins = { [provider]: await signIn('alice') };
      const { IdentityId } = await sdk.send(new GetIdCommand({ IdentityPoolId, Logins }));
      expect(await roleOf((await credentialsFor(IdentityId!, Logins, role('Editors'))).Credentials)).toBe(role('Editors'));
      const refused = await rejection(credentialsFor(IdentityId!, Logins, role('Cognito_Auth')));
      expect(refused.name).toBe('NotAuthorizedException');
    });

    it('a user without roles in the token falls back as AmbiguousRoleResolution says', async () => {
      const Logins = { [provider]: await signIn('bob') };
      const { IdentityId } = await sdk.send(new GetIdCommand({ IdentityPoolId, Logins }));
      expect(await roleOf((await credentialsFor(IdentityId!, Logins)).Credentials)).toBe(ROLES.authenticated);

      const denyPool = await createIdentityPool();
      await setRoles(denyPool, { [`${provider}:${clientId}`]: { Type: 'Token', AmbiguousRoleResolution: 'Deny' } });
      const { IdentityId: denied } = await sdk.send(new GetIdCommand({ IdentityPoolId: denyPool, Logins }));
      expect(await rejection(credentialsFor(denied!, Logins))).toEqual({
        name: 'NotAuthorizedException',
        message: `The ambiguous role mapping rules for: ${provider}:${clientId} denied this request.`,
      });
    });

    it('credentials expire one hour later on the simulated clock', async () => {
      const Logins = { [provider]: await signIn('alice') };
      const { IdentityId } = await sdk.send(new GetIdCommand({ IdentityPoolId, Logins }));
      const creds = (await credentialsFor(IdentityId!, Logins)).Credentials!;
      const presented = { AccessKeyId: creds.AccessKeyId!, SecretKey: creds.SecretKey!, SessionToken: creds.SessionToken! };
      clock.advance(59 * MINUTE_MS);
      expect(await checkTemporaryCredentials(sim, presented)).toMatchObject({ ok: true, session: { identityId: IdentityId, flow: 'enhanced', sessionName: 'CognitoIdentityCredentials' } });
      expect(await checkTemporaryCredentials(sim, { ...presented, SecretKey: 'x'.repeat(40) })).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
      expect(await checkTemporaryCredentials(sim, { ...presented, AccessKeyId: 'ASIAAAAAAAAAAAAAAAAA' })).toMatchObject({ ok: false, code: 'InvalidClientTokenId' });
      clock.advance(MINUTE_MS);
      expect(await checkTemporaryCredentials(sim, presented)).toEqual({ ok: false, code: 'ExpiredToken', message: 'The security token included in the request is expired' });
    });
  });

  describe('guests', () => {
    let IdentityPoolId: string;
    beforeAll(async () => {
      IdentityPoolId = await createIdentityPool();
      await setRoles(IdentityPoolId);
    });

    it('a guest gets the unauthenticated role, then signs in and keeps its identity id', async () => {
      const { IdentityId: guest } = await sdk.send(new GetIdCommand({ IdentityPoolId }));
      const asGuest = await credentialsFor(guest!);
      expect(asGuest.IdentityId).toBe(guest);
      expect(await roleOf(asGuest.Credentials)).toBe(ROLES.unauthenticated);
      expect((await sdk.send(new DescribeIdentityCommand({ IdentityId: guest }))).Logins).toBeUndefined();

      const Logins = { [provider]: await signIn('carol') };
      const signedIn = await credentialsFor(guest!, Logins);
      expect(signedIn.IdentityId).toBe(guest);
      expect(await roleOf(signedIn.Credentials)).toBe(ROLES.authenticated);
      expect((await sdk.send(new GetIdCommand({ IdentityPoolId, Logins }))).IdentityId).toBe(guest);
      const described = await sdk.send(new DescribeIdentityCommand({ IdentityId: guest }));
      expect(described.Logins).toEqual([provider]);
      expect(described.LastModifiedDate!.getTime()).toBe(clock.now());

      // Now authenticated: no more guest credentials for it.
      expect(await rejection(credentialsFor(guest!))).toEqual({
        name: 'NotAuthorizedException',
        message: "Logins don't match. Please include at least one valid login for this identity or identity pool.",
      });
    });

    it('a pool without guests refuses GetId without logins', async () => {
      const closed = await createIdentityPool({ AllowUnauthenticatedIdentities: false });
      expect(await rejection(sdk.send(new GetIdCommand({ IdentityPoolId: closed })))).toEqual({
        name: 'NotAuthorizedException',
        message: 'Unauthenticated access is not supported for this identity pool.',
      });
    });

    it('without the needed role: InvalidIdentityPoolConfigurationException, and the failed call changes nothing', async () => {
      const noRoles = await createIdentityPool();
      const { IdentityId: guest } = await sdk.send(new GetIdCommand({ IdentityPoolId: noRoles }));
      const Logins = { [provider]: await signIn('dave') };
      const before = JSON.stringify(sim.exportState());
      expect(await rejection(credentialsFor(guest!, Logins))).toEqual({
        name: 'InvalidIdentityPoolConfigurationException',
        message: 'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
      });
      // The login would have been linked to the guest: that was rolled back with the failure.
      expect(JSON.stringify(sim.exportState())).toBe(before);
      expect((await sdk.send(new DescribeIdentityCommand({ IdentityId: guest }))).Logins).toBeUndefined();
    });
  });

  describe('user pool token checks', () => {
    let IdentityPoolId: string;
    beforeAll(async () => {
      IdentityPoolId = await createIdentityPool();
      await setRoles(IdentityPoolId);
    });
    const getId = (Logins: Record<string, string>) => rejection(sdk.send(new GetIdCommand({ IdentityPoolId, Logins })));

    it('refuses an access token, a token of another app client, and a token under the wrong provider name', async () => {
      const tokens = await passwordSignIn(sim, clientId, 'erin', PASSWORD);
      expect(await getId({ [provider]: tokens.AccessToken })).toEqual({ name: 'NotAuthorizedException', message: 'Invalid login token. Missing a required claim: aud' });
      expect(await getId({ [provider]: await signIn('erin', otherClientId) })).toEqual({
        name: 'NotAuthorizedException',
        message: 'Token is not from a supported provider of this identity pool.',
      });
      expect(await getId({ 'cognito-idp.us-east-1.amazonaws.com/us-east-1_Other1234': tokens.IdToken })).toEqual({
        name: 'NotAuthorizedException',
        message: "Invalid login token. Issuer doesn't match providerName",
      });
    });

    it('refuses a tampered token and an expired one', async () => {
      const IdToken = await signIn('erin');
      const [h, p, s] = IdToken.split('.');
      const payload = JSON.parse(atob(p.replace(/-/g, '+').replace(/_/g, '/')));
      const forged = `${h}.${btoa(JSON.stringify({ ...payload, sub: 'someone-else' })).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.${s}`;
      expect(await getId({ [provider]: forged })).toEqual({ name: 'NotAuthorizedException', message: "Invalid login token. Couldn't verify signed token." });
      clock.advance(HOUR_MS);
      const exp = decodeJwt(IdToken).exp!;
      expect(await getId({ [provider]: IdToken })).toEqual({ name: 'NotAuthorizedException', message: `Invalid login token. Token expired: ${Math.floor(clock.now() / 1000)} >= ${exp}` });
    });

    it('with ServerSideTokenCheck, a signed-out user is refused', async () => {
      const checked = await createIdentityPool({ CognitoIdentityProviders: [{ ProviderName: provider, ClientId: clientId, ServerSideTokenCheck: true }] });
      const IdToken = await signIn('erin');
      await sdk.send(new GetIdCommand({ IdentityPoolId: checked, Logins: { [provider]: IdToken } }));
      await sim.call('AdminUserGlobalSignOut', { UserPoolId: userPoolId, Username: 'erin' });
      expect((await rejection(sdk.send(new GetIdCommand({ IdentityPoolId: checked, Logins: { [provider]: IdToken } })))).name).toBe('NotAuthorizedException');
      // Without the check, the (unexpired) token is still accepted.
      await expect(sdk.send(new GetIdCommand({ IdentityPoolId, Logins: { [provider]: IdToken } }))).resolves.toHaveProperty('IdentityId');
    });
  });

  describe('rules-based mapping with a simulated Google sign-in', () => {
    let IdentityPoolId: string;
    const google = (subject: string, claims: Record<string, string> = {}, appId = GOOGLE_APP) =>
      issueSocialProviderToken({ provider: 'accounts.google.com', appId, subject, claims, nowMs: clock.now() });

    beforeAll(async () => {
      IdentityPoolId = await createIdentityPool();
      await setRoles(IdentityPoolId, {
        'accounts.google.com': {
          Type: 'Rules',
          AmbiguousRoleResolution: 'Deny',
          RulesConfiguration: {
            Rules: [
              { Claim: 'hd', MatchType: 'Equals', Value: 'example.com', RoleARN: role('Staff') },
              { Claim: 'email', MatchType: 'Contains', Value: '@partner.', RoleARN: role('Partner') },
            ],
          },
        },
      });
    });

    it('the first matching rule decides, and no match is denied', async () => {
      const staff = { 'accounts.google.com': await google('g-1', { hd: 'example.com', email: 'ann@partner.example' }) };
      const { IdentityId } = await sdk.send(new GetIdCommand({ IdentityPoolId, Logins: staff }));
      expect(await roleOf((await credentialsFor(IdentityId!, staff)).Credentials)).toBe(role('Staff'));

      const partner = { 'accounts.google.com': await google('g-2', { email: 'pat@partner.example' }) };
      const { IdentityId: partnerId } = await sdk.send(new GetIdCommand({ IdentityPoolId, Logins: partner }));
      expect(await roleOf((await credentialsFor(partnerId!, partner)).Credentials)).toBe(role('Partner'));

      const stranger = { 'accounts.google.com': await google('g-3', { email: 'someone@gmail.com' }) };
      const { IdentityId: strangerId } = await sdk.send(new GetIdCommand({ IdentityPoolId, Logins: stranger }));
      expect(await rejection(credentialsFor(strangerId!, stranger))).toEqual({
        name: 'NotAuthorizedException',
        message: 'The ambiguous role mapping rules for: accounts.google.com denied this request.',
      });
    });

    it('refuses a token for another app and an expired token', async () => {
      expect((await rejection(sdk.send(new GetIdCommand({ IdentityPoolId, Logins: { 'accounts.google.com': await google('g-4', {}, 'other-app') } })))).name).toBe(
        'NotAuthorizedException',
      );
      const token = await google('g-5');
      clock.advance(HOUR_MS);
      expect((await rejection(sdk.send(new GetIdCommand({ IdentityPoolId, Logins: { 'accounts.google.com': token } })))).message).toMatch(/^Invalid login token\. Token expired: \d+ >= \d+$/);
    });
  });

  describe('basic (classic) flow', () => {
    let IdentityPoolId: string;
    beforeAll(async () => {
      IdentityPoolId = await createIdentityPool({ AllowClassicFlow: true });
      await setRoles(IdentityPoolId);
    });

    it('GetId → GetOpenIdToken → AssumeRoleWithWebIdentity gives credentials for the role the token may assume', async () => {
      const { IdentityId } = await sdk.send(new GetIdCommand({ IdentityPoolId }));
      const { IdentityId: same, Token } = await sdk.send(new GetOpenIdTokenCommand({ IdentityId }));
      expect(same).toBe(IdentityId);
      expect(decodeProtectedHeader(Token!)).toMatchObject({ alg: 'RS512', typ: 'JWS' });
      const claims = decodeJwt(Token!);
      expect(claims).toMatchObject({ iss: 'https://cognito-identity.amazonaws.com', aud: IdentityPoolId, sub: IdentityId, amr: ['unauthenticated'] });
      expect(claims.exp! - claims.iat!).toBe(600);

      const out = await assumeRoleWithWebIdentity(sim, { RoleArn: ROLES.unauthenticated, RoleSessionName: 'web-session', WebIdentityToken: Token! });
      expect(out.SubjectFromWebIdentityToken).toBe(IdentityId);
      expect(out.Audience).toBe(IdentityPoolId);
      expect(out.Provider).toBe('cognito-identity.amazonaws.com');
      expect(out.AssumedRoleUser.Arn).toBe('arn:aws:sts::123456789012:assumed-role/Cognito_Unauth/web-session');
      expect(out.AssumedRoleUser.AssumedRoleId).toMatch(/^AROA[A-Z2-7]{17}:web-session$/);
      expect(Date.parse(out.Credentials.Expiration)).toBe(clock.now() + HOUR_MS);
      const check = await checkTemporaryCredentials(sim, out.Credentials);
      expect(check).toMatchObject({ ok: true, session: { roleArn: ROLES.unauthenticated, flow: 'basic' } });

      // The trust policy: a guest token cannot assume the authenticated role.
      await expect(assumeRoleWithWebIdentity(sim, { RoleArn: ROLES.authenticated, RoleSessionName: 'web-session', WebIdentityToken: Token! })).rejects.toMatchObject({
        code: 'AccessDenied',
        message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      });
      // The OpenID token lasts 10 minutes.
      clock.advance(10 * MINUTE_MS);
      const expired = await assumeRoleWithWebIdentity(sim, { RoleArn: ROLES.unauthenticated, RoleSessionName: 'web-session', WebIdentityToken: Token! }).catch((e: unknown) => e);
      expect(expired).toBeInstanceOf(StsError);
      expect((expired as StsError).code).toBe('ExpiredTokenException');
    });

    it('an authenticated token says how the identity signed in', async () => {
      const Logins = { [provider]: await signIn('carol') };
      const { IdentityId } = await sdk.send(new GetIdCommand({ IdentityPoolId, Logins }));
      const { Token } = await sdk.send(new GetOpenIdTokenCommand({ IdentityId, Logins }));
      const sub = decodeJwt(Logins[provider]).sub;
      expect(decodeJwt(Token!).amr).toEqual(['authenticated', provider, `${provider}:CognitoSignIn:${sub}`]);
      const out = await assumeRoleWithWebIdentity(sim, { RoleArn: ROLES.authenticated, RoleSessionName: 'carol', WebIdentityToken: Token!, DurationSeconds: 900 });
      expect(Date.parse(out.Credentials.Expiration)).toBe(clock.now() + 900_000);
      await expect(assumeRoleWithWebIdentity(sim, { RoleArn: ROLES.authenticated, RoleSessionName: 'carol', WebIdentityToken: Token!, DurationSeconds: 7200 })).rejects.toMatchObject({
        code: 'ValidationError',
      });
      await expect(assumeRoleWithWebIdentity(sim, { RoleArn: ROLES.authenticated, RoleSessionName: 'carol', WebIdentityToken: 'not-a-jwt' })).rejects.toMatchObject({
        code: 'InvalidIdentityToken',
      });
    });

    it('is refused when the pool does not allow it, or has role mappings', async () => {
      const enhancedOnly = await createIdentityPool();
      const { IdentityId } = await sdk.send(new GetIdCommand({ IdentityPoolId: enhancedOnly }));
      expect(await rejection(sdk.send(new GetOpenIdTokenCommand({ IdentityId })))).toEqual({
        name: 'InvalidParameterException',
        message: 'Basic (classic) flow is not enabled, please use enhanced flow.',
      });
      const mapped = await createIdentityPool({ AllowClassicFlow: true });
      await setRoles(mapped, { [`${provider}:${clientId}`]: { Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole' } });
      const { IdentityId: mappedId } = await sdk.send(new GetIdCommand({ IdentityPoolId: mapped }));
      expect(await rejection(sdk.send(new GetOpenIdTokenCommand({ IdentityId: mappedId })))).toEqual({
        name: 'InvalidParameterException',
        message: 'Basic (classic) flow is not supported with RoleMappings, please use enhanced flow.',
      });
    });
  });

  describe('developer-authenticated identities', () => {
    let IdentityPoolId: string;
    beforeAll(async () => {
      IdentityPoolId = await createIdentityPool({ AllowUnauthenticatedIdentities: false });
      await setRoles(IdentityPoolId);
    });

    it('registers a backend user, finds it again, and trades its token for credentials', async () => {
      const first = await sdk.send(new GetOpenIdTokenForDeveloperIdentityCommand({ IdentityPoolId, Logins: { [DEVELOPER]: 'user-0001' } }));
      const claims = decodeJwt(first.Token!);
      expect(claims.exp! - claims.iat!).toBe(15 * 60);
      expect(claims.amr).toEqual(['authenticated', DEVELOPER, `${DEVELOPER}:${IdentityPoolId}:user-0001`]);
      const again = await sdk.send(new GetOpenIdTokenForDeveloperIdentityCommand({ IdentityPoolId, Logins: { [DEVELOPER]: 'user-0001' }, TokenDuration: 86_400 }));
      expect(again.IdentityId).toBe(first.IdentityId);
      expect(decodeJwt(again.Token!).exp! - decodeJwt(again.Token!).iat!).toBe(86_400);

      const byUser = await sdk.send(new LookupDeveloperIdentityCommand({ IdentityPoolId, DeveloperUserIdentifier: 'user-0001' }));
      expect(byUser).toMatchObject({ IdentityId: first.IdentityId, DeveloperUserIdentifierList: ['user-0001'] });
      const byId = await sdk.send(new LookupDeveloperIdentityCommand({ IdentityPoolId, IdentityId: first.IdentityId, MaxResults: 5 }));
      expect(byId.DeveloperUserIdentifierList).toEqual(['user-0001']);

      const creds = await credentialsFor(first.IdentityId!, { 'cognito-identity.amazonaws.com': first.Token! });
      expect(await roleOf(creds.Credentials)).toBe(ROLES.authenticated);
      const described = await sdk.send(new DescribeIdentityCommand({ IdentityId: first.IdentityId }));
      expect(described.Logins).toEqual([DEVELOPER]);
    });

    it('refuses what AWS refuses', async () => {
      const a = await sdk.send(new GetOpenIdTokenForDeveloperIdentityCommand({ IdentityPoolId, Logins: { [DEVELOPER]: 'user-a' } }));
      const b = await sdk.send(new GetOpenIdTokenForDeveloperIdentityCommand({ IdentityPoolId, Logins: { [DEVELOPER]: 'user-b' } }));
      expect((await rejection(sdk.send(new GetOpenIdTokenForDeveloperIdentityCommand({ IdentityPoolId, IdentityId: b.IdentityId, Logins: { [DEVELOPER]: 'user-a' } })))).name).toBe(
        'DeveloperUserAlreadyRegisteredException',
      );
      expect(await rejection(sdk.send(new GetOpenIdTokenForDeveloperIdentityCommand({ IdentityPoolId, Logins: { 'other.developer': 'user-a' } })))).toEqual({
        name: 'NotAuthorizedException',
        message: 'This identity pool does not support the specified developer provider',
      });
      expect((await rejection(sdk.send(new GetOpenIdTokenForDeveloperIdentityCommand({ IdentityPoolId, Logins: { [DEVELOPER]: 'user-a' }, TokenDuration: 86_401 })))).message).toBe(
        "1 validation error detected: Value '86401' at 'tokenDuration' failed to satisfy constraint: Member must have value less than or equal to 86400",
      );
      expect(await rejection(sdk.send(new GetIdCommand({ IdentityPoolId, Logins: { [DEVELOPER]: 'user-a' } })))).toEqual({
        name: 'InvalidParameterException',
        message: 'Please provide a valid public provider.',
      });
      // b's token is not a's.
      expect((await rejection(credentialsFor(a.IdentityId!, { 'cognito-identity.amazonaws.com': b.Token! }))).message).toBe(
        "Logins don't match. Please include at least one valid login for this identity or identity pool.",
      );
    });

    it('unlinks a developer user, who then gets a new identity', async () => {
      const { IdentityId } = await sdk.send(new GetOpenIdTokenForDeveloperIdentityCommand({ IdentityPoolId, Logins: { [DEVELOPER]: 'user-gone' } }));
      await sdk.send(new UnlinkDeveloperIdentityCommand({ IdentityPoolId, IdentityId, DeveloperProviderName: DEVELOPER, DeveloperUserIdentifier: 'user-gone' }));
      expect((await rejection(sdk.send(new LookupDeveloperIdentityCommand({ IdentityPoolId, DeveloperUserIdentifier: 'user-gone' })))).name).toBe('ResourceNotFoundException');
      const next = await sdk.send(new GetOpenIdTokenForDeveloperIdentityCommand({ IdentityPoolId, Logins: { [DEVELOPER]: 'user-gone' } }));
      expect(next.IdentityId).not.toBe(IdentityId);
    });
  });

  describe('OIDC and SAML providers', () => {
    let IdentityPoolId: string;
    beforeAll(async () => {
      IdentityPoolId = await createIdentityPool();
      await setRoles(IdentityPoolId);
    });

    it('accepts a simulated OIDC ID token under the provider host', async () => {
      const token = await issueOidcProviderToken({ host: OIDC_HOST, audience: 'any-client', subject: 'oidc-user', nowMs: clock.now() });
      const Logins = { [OIDC_HOST]: token };
      const { IdentityId } = await sdk.send(new GetIdCommand({ IdentityPoolId, Logins }));
      expect(await roleOf((await credentialsFor(IdentityId!, Logins)).Credentials)).toBe(ROLES.authenticated);
      const wrongIssuer = await issueOidcProviderToken({ host: 'evil.example.com', audience: 'any-client', subject: 'oidc-user', nowMs: clock.now() });
      expect((await rejection(sdk.send(new GetIdCommand({ IdentityPoolId, Logins: { [OIDC_HOST]: wrongIssuer } })))).message).toBe("Invalid login token. Issuer doesn't match providerName");
    });

    it('a SAML assertion with several roles lets CustomRoleArn choose among them', async () => {
      const assertion = await issueSamlAssertion({ providerArn: SAML_ARN, nameId: 'jdoe@example.com', roles: [role('SamlReader'), role('SamlWriter')], nowMs: clock.now() });
      const Logins = { [SAML_ARN]: assertion };
      const { IdentityId } = await sdk.send(new GetIdCommand({ IdentityPoolId, Logins }));
      expect(await roleOf((await credentialsFor(IdentityId!, Logins, role('SamlWriter'))).Credentials)).toBe(role('SamlWriter'));
      expect(await roleOf((await credentialsFor(IdentityId!, Logins)).Credentials)).toBe(ROLES.authenticated);
    });
  });

  it('a snapshot keeps identities, keys and secrets: what was issued before still verifies after import', async () => {
    const IdentityPoolId = await createIdentityPool({ AllowClassicFlow: true });
    await setRoles(IdentityPoolId);
    const Logins = { [provider]: await signIn('carol') };
    const { IdentityId } = await sdk.send(new GetIdCommand({ IdentityPoolId, Logins }));
    const creds = (await credentialsFor(IdentityId!, Logins)).Credentials!;
    const { Token } = await sdk.send(new GetOpenIdTokenCommand({ IdentityId, Logins }));

    const copy = createSimulator({ clock, random: seededRandom('identity-flows-copy'), snapshot: JSON.parse(JSON.stringify(sim.exportState())) });
    const presented = { AccessKeyId: creds.AccessKeyId!, SecretKey: creds.SecretKey!, SessionToken: creds.SessionToken! };
    expect(await checkTemporaryCredentials(copy, presented)).toMatchObject({ ok: true, session: { identityId: IdentityId, roleArn: ROLES.authenticated } });
    const sts = await assumeRoleWithWebIdentity(copy, { RoleArn: ROLES.authenticated, RoleSessionName: 'after-import', WebIdentityToken: Token! });
    expect(sts.SubjectFromWebIdentityToken).toBe(IdentityId);
    expect((await identitySdkClient(copy).send(new GetIdCommand({ IdentityPoolId, Logins }))).IdentityId).toBe(IdentityId);
  });

  describe('linking, merging and listing identities', () => {
    let IdentityPoolId: string;
    beforeEach(async () => {
      IdentityPoolId = await createIdentityPool();
      await setRoles(IdentityPoolId);
    });

    it('a login linked to another identity merges the two; the other is disabled', async () => {
      const google = { 'accounts.google.com': await issueSocialProviderToken({ provider: 'accounts.google.com', appId: GOOGLE_APP, subject: 'g-merge', nowMs: clock.now() }) };
      const userPool = { [provider]: await signIn('dave') };
      const { IdentityId: a } = await sdk.send(new GetIdCommand({ IdentityPoolId, Logins: google }));
      const { IdentityId: b } = await sdk.send(new GetIdCommand({ IdentityPoolId, Logins: userPool }));
      expect(a).not.toBe(b);
      const merged = await credentialsFor(b!, { ...userPool, ...google });
      expect(merged.IdentityId).toBe(b);
      expect((await sdk.send(new DescribeIdentityCommand({ IdentityId: b }))).Logins!.sort()).toEqual(['accounts.google.com', provider].sort());
      expect(await rejection(credentialsFor(a!, google))).toEqual({ name: 'NotAuthorizedException', message: `Access to Identity '${a}' is forbidden.` });

      const all = await sdk.send(new ListIdentitiesCommand({ IdentityPoolId, MaxResults: 60 }));
      expect(all.Identities!.map((i) => i.IdentityId).sort()).toEqual([a, b].sort());
      const enabled = await sdk.send(new ListIdentitiesCommand({ IdentityPoolId, MaxResults: 60, HideDisabled: true }));
      expect(enabled.Identities!.map((i) => i.IdentityId)).toEqual([b]);
    });

    it('an authenticated identity cannot be taken over with someone else\'s new login', async () => {
      const mine = { [provider]: await signIn('dave') };
      const { IdentityId } = await sdk.send(new GetIdCommand({ IdentityPoolId, Logins: mine }));
      const stranger = { 'accounts.google.com': await issueSocialProviderToken({ provider: 'accounts.google.com', appId: GOOGLE_APP, subject: 'g-stranger', nowMs: clock.now() }) };
      expect((await rejection(credentialsFor(IdentityId!, stranger))).message).toBe("Logins don't match. Please include at least one valid login for this identity or identity pool.");
    });

    it('lists identities page by page and deletes them', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await sdk.send(new GetIdCommand({ IdentityPoolId }))).IdentityId!);
      const first = await sdk.send(new ListIdentitiesCommand({ IdentityPoolId, MaxResults: 2 }));
      expect(first.IdentityPoolId).toBe(IdentityPoolId);
      expect(first.Identities).toHaveLength(2);
      expect(first.Identities![0].CreationDate).toBeInstanceOf(Date);
      const second = await sdk.send(new ListIdentitiesCommand({ IdentityPoolId, MaxResults: 2, NextToken: first.NextToken }));
      // Same creation time: ordered by id, every identity exactly once.
      expect([...first.Identities!, ...second.Identities!].map((i) => i.IdentityId)).toEqual([...ids].sort());

      const deleted = await sdk.send(new DeleteIdentitiesCommand({ IdentityIdsToDelete: [ids[0], 'us-east-1:00000000-0000-4000-8000-000000000000'] }));
      expect(deleted.UnprocessedIdentityIds).toEqual([]);
      expect(await rejection(sdk.send(new DescribeIdentityCommand({ IdentityId: ids[0] })))).toEqual({ name: 'ResourceNotFoundException', message: `Identity '${ids[0]}' not found.` });
      expect((await rejection(sdk.send(new DeleteIdentitiesCommand({ IdentityIdsToDelete: [] })))).message).toBe(
        "1 validation error detected: Value '[]' at 'identityIdsToDelete' failed to satisfy constraint: Member must have length greater than or equal to 1",
      );
    });
  });
});
