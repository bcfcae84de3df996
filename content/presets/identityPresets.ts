/**
 * Identity pool presets: an identity pool that trusts the preset's user pool
 * and app client, IAM roles with trust and permission policies (the
 * simulated IAM), and the pool's roles and role mapping.
 */
import { identityPoolTrustPolicy, perIdentityS3Policy } from '@/simulator/iam/templates';
import { call, client, confirmedUser, identityCall, pool, PRESET_PASSWORD, roleArn, USER_POOL_PROVIDER } from './builders';
import type { PresetStep, SandboxPreset } from './schema';

/** The roles the identity pool presets create. */
export const IDENTITY_ROLES = {
  guest: roleArn('SandboxGuestRole'),
  signedIn: roleArn('SandboxSignedInRole'),
  admins: roleArn('SandboxIdentityAdmins'),
  readers: roleArn('SandboxIdentityReaders'),
} as const;

/** The bucket the roles' policies name. */
export const PRESET_BUCKET = 'sandbox-identity-files';

const readOnly = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'ReadFiles', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: [`arn:aws:s3:::${PRESET_BUCKET}`, `arn:aws:s3:::${PRESET_BUCKET}/*`] }],
};
const readWrite = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'ManageFiles', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'], Resource: [`arn:aws:s3:::${PRESET_BUCKET}`, `arn:aws:s3:::${PRESET_BUCKET}/*`] }],
};

const role = (arn: string, kind: 'authenticated' | 'unauthenticated', name: string, document: object): PresetStep => ({
  kind: 'putRole',
  roleArn: arn,
  trustPolicy: identityPoolTrustPolicy('{{identityPoolId}}', kind) as unknown as Record<string, never>,
  permissionPolicies: [{ name, document: document as Record<string, never> }],
});

const identityPool = (name: string, allowGuests: boolean): PresetStep =>
  identityCall('CreateIdentityPool', {
    IdentityPoolName: name,
    AllowUnauthenticatedIdentities: allowGuests,
    CognitoIdentityProviders: [{ ProviderName: USER_POOL_PROVIDER, ClientId: '{{clientId}}', ServerSideTokenCheck: false }],
  });

export const IDENTITY_PRESETS: SandboxPreset[] = [
  {
    id: 'identity-pool-guest',
    name: 'Identity pool: guest access',
    description:
      'An identity pool with guest (unauthenticated) identities allowed, linked to the user pool and its app client; the guest role may use its own folder of an S3 bucket, the signed-in role may read the bucket.',
    tryThis: `In the identity pool panel, run the guest flow: GetId without logins, then GetCredentialsForIdentity gives temporary credentials of the guest role. Then sign in as tess (password ${PRESET_PASSWORD}) and compare.`,
    steps: [
      pool('guest-access-pool'),
      client(),
      ...confirmedUser('tess', 'tess@example.com'),
      identityPool('sandbox_guests', true),
      role(IDENTITY_ROLES.guest, 'unauthenticated', 'GuestOwnFolder', perIdentityS3Policy(PRESET_BUCKET)),
      role(IDENTITY_ROLES.signedIn, 'authenticated', 'ReadFiles', readOnly),
      identityCall('SetIdentityPoolRoles', { IdentityPoolId: '{{identityPoolId}}', Roles: { unauthenticated: IDENTITY_ROLES.guest, authenticated: IDENTITY_ROLES.signedIn } }),
    ],
  },
  {
    id: 'identity-pool-rules',
    name: 'Identity pool: rules-based roles',
    description:
      'An identity pool whose role mapping for the user pool uses rules on the ID token: cognito:groups contains admins → an admin role, contains readers → a reader role, otherwise the default authenticated role. nora is in admins, omar in readers, pete in no group.',
    tryThis: `Sign in as nora, omar or pete (password ${PRESET_PASSWORD}) and get credentials in the identity pool panel: the first matching rule decides the role.`,
    steps: [
      pool('role-rules-pool'),
      client(),
      call('CreateGroup', { UserPoolId: '{{poolId}}', GroupName: 'admins', Description: 'Administrators' }),
      call('CreateGroup', { UserPoolId: '{{poolId}}', GroupName: 'readers', Description: 'Read-only users' }),
      ...confirmedUser('nora', 'nora@example.com'),
      ...confirmedUser('omar', 'omar@example.com'),
      ...confirmedUser('pete', 'pete@example.com'),
      call('AdminAddUserToGroup', { UserPoolId: '{{poolId}}', Username: 'nora', GroupName: 'admins' }),
      call('AdminAddUserToGroup', { UserPoolId: '{{poolId}}', Username: 'omar', GroupName: 'readers' }),
      identityPool('sandbox_role_rules', false),
      role(IDENTITY_ROLES.admins, 'authenticated', 'ManageFiles', readWrite),
      role(IDENTITY_ROLES.readers, 'authenticated', 'ReadFiles', readOnly),
      role(IDENTITY_ROLES.signedIn, 'authenticated', 'OwnFolder', perIdentityS3Policy(PRESET_BUCKET)),
      identityCall('SetIdentityPoolRoles', {
        IdentityPoolId: '{{identityPoolId}}',
        Roles: { authenticated: IDENTITY_ROLES.signedIn },
        RoleMappings: {
          [`${USER_POOL_PROVIDER}:{{clientId}}`]: {
            Type: 'Rules',
            AmbiguousRoleResolution: 'AuthenticatedRole',
            RulesConfiguration: {
              Rules: [
                { Claim: 'cognito:groups', MatchType: 'Contains', Value: 'admins', RoleARN: IDENTITY_ROLES.admins },
                { Claim: 'cognito:groups', MatchType: 'Contains', Value: 'readers', RoleARN: IDENTITY_ROLES.readers },
              ],
            },
          },
        },
      }),
    ],
  },
];
