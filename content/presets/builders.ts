/**
 * Small builders the preset files share: calls by operation name, a pool, an
 * app client, a confirmed user, role ARNs and Lambda deployments.
 */
import { SIMULATED_ACCOUNT_ID } from '@/simulator/facts';
import type { PresetStep } from './schema';

/** The password every preset user has (it meets Cognito's default policy). */
export const PRESET_PASSWORD = 'Sandbox-Pa55word!';
/** The temporary password of the admin-invited user. */
export const PRESET_TEMPORARY_PASSWORD = 'Temp-Pa55word!';

/** The sign-in flows the sandbox's forms use. */
export const DEMO_FLOWS = ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

/** A user pools (cognito-idp) call. */
export const call = (operation: string, input: Record<string, unknown>): PresetStep => ({ kind: 'call', operation, input: input as Record<string, never> });

/** A call to Amazon Cognito Identity (identity pools). */
export const identityCall = (operation: string, input: Record<string, unknown>): PresetStep => ({
  kind: 'call',
  service: 'cognito-identity',
  operation,
  input: input as Record<string, never>,
});

/** Deploys a TypeScript Lambda handler as function `name`. */
export const deploy = (name: string, code: string): PresetStep => ({ kind: 'deployFunction', name, language: 'typescript', code });

/** The placeholder for the ARN of a function the preset deployed. */
export const arnOf = (name: string): string => `{{functionArn:${name}}}`;

/** CreateUserPool with email verified automatically, plus `settings`. */
export const pool = (name: string, settings: Record<string, unknown> = {}): PresetStep =>
  call('CreateUserPool', { PoolName: name, AutoVerifiedAttributes: ['email'], ...settings });

/** A public app client (no secret) with the demo sign-in flows, plus `settings`. */
export const client = (settings: Record<string, unknown> = {}): PresetStep =>
  call('CreateUserPoolClient', { UserPoolId: '{{poolId}}', ClientName: 'sandbox-web-app', GenerateSecret: false, ExplicitAuthFlows: DEMO_FLOWS, ...settings });

/** A confirmed user with a verified email and the preset password (AdminCreateUser without an invitation, then a permanent password). */
export const confirmedUser = (username: string, email: string): PresetStep[] => [
  call('AdminCreateUser', {
    UserPoolId: '{{poolId}}',
    Username: username,
    MessageAction: 'SUPPRESS',
    UserAttributes: [
      { Name: 'email', Value: email },
      { Name: 'email_verified', Value: 'true' },
    ],
  }),
  call('AdminSetUserPassword', { UserPoolId: '{{poolId}}', Username: username, Password: PRESET_PASSWORD, Permanent: true }),
];

/** An IAM role ARN in the simulated account. */
export const roleArn = (name: string): string => `arn:aws:iam::${SIMULATED_ACCOUNT_ID.value}:role/${name}`;

/** The provider name of the preset's user pool, as identity pools name it. */
export const USER_POOL_PROVIDER = 'cognito-idp.{{region}}.amazonaws.com/{{poolId}}';
