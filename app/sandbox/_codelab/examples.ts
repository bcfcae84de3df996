/**
 * Worked examples for the code lab: the calls the exam asks about, written
 * the way an application would make them. `POOL_ID`, `CLIENT_ID`, `REGION`
 * and `IDENTITY_POOL_ID` are injected by the lab.
 */

export interface LabExample {
  id: string;
  title: string;
  /** One line on what it shows. */
  summary: string;
  code: string;
}

const SIGN_UP = `import {
  CognitoIdentityProviderClient,
  SignUpCommand,
  ConfirmSignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';

// Region and (dummy) credentials come from the sandbox.
const client = new CognitoIdentityProviderClient({ region: REGION });

const USERNAME = 'lab-learner';
// Step 2: paste the code from the Inbox panel here, then run again.
const CODE = '';

if (!CODE) {
  const out = await client.send(
    new SignUpCommand({
      ClientId: CLIENT_ID,
      Username: USERNAME,
      Password: 'Labpass1!',
      UserAttributes: [{ Name: 'email', Value: 'lab-learner@example.com' }],
    }),
  );
  console.log('UserSub:', out.UserSub, '· confirmed:', out.UserConfirmed);
  console.log('Code sent to', out.CodeDeliveryDetails?.Destination, '— copy it from the Inbox into CODE and run again.');
} else {
  await client.send(new ConfirmSignUpCommand({ ClientId: CLIENT_ID, Username: USERNAME, ConfirmationCode: CODE }));
  console.log(USERNAME, 'is confirmed.');
}
`;

const PASSWORD_SIGN_IN = `import { CognitoIdentityProviderClient, InitiateAuthCommand, GetUserCommand } from '@aws-sdk/client-cognito-identity-provider';

const client = new CognitoIdentityProviderClient({ region: REGION });

// USER_PASSWORD_AUTH sends the password itself (over TLS); the app client must allow it.
const { AuthenticationResult, ChallengeName } = await client.send(
  new InitiateAuthCommand({
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: CLIENT_ID,
    AuthParameters: { USERNAME: 'lab-learner', PASSWORD: 'Labpass1!' },
  }),
);
if (ChallengeName) throw new Error('Cognito asks for a challenge first: ' + ChallengeName);

/** The claims in a JWT's payload (no signature check: for reading only). */
const claims = (jwt: string) => JSON.parse(atob(jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));

console.log('ID token claims:', claims(AuthenticationResult!.IdToken!));
console.log('Access token scope:', claims(AuthenticationResult!.AccessToken!).scope);
console.log('Expires in', AuthenticationResult!.ExpiresIn, 'seconds');

// The access token authorizes the user's own calls.
const me = await client.send(new GetUserCommand({ AccessToken: AuthenticationResult!.AccessToken! }));
console.log('GetUser:', me.Username, me.UserAttributes);
`;

const SRP_SIGN_IN = `import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from 'amazon-cognito-identity-js';

const pool = new CognitoUserPool({ UserPoolId: POOL_ID, ClientId: CLIENT_ID });
const user = new CognitoUser({ Username: 'lab-learner', Pool: pool });

// authenticateUser runs SRP: InitiateAuth (USER_SRP_AUTH, SRP_A), then
// RespondToAuthChallenge (PASSWORD_VERIFIER): the password never leaves this code.
const session = await new Promise<CognitoUserSession>((resolve, reject) =>
  user.authenticateUser(new AuthenticationDetails({ Username: 'lab-learner', Password: 'Labpass1!' }), {
    onSuccess: resolve,
    onFailure: reject,
    newPasswordRequired: () => reject(new Error('NEW_PASSWORD_REQUIRED: the user must choose a new password')),
  }),
);

console.log('Signed in with SRP. ID token claims:', session.getIdToken().decodePayload());
console.log('Session valid:', session.isValid());
`;

const ADMIN_CREATE = `import {
  CognitoIdentityProviderClient,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';

// Admin operations are signed with IAM credentials; the sandbox gives the client dummy ones.
const client = new CognitoIdentityProviderClient({ region: REGION });

const created = await client.send(
  new AdminCreateUserCommand({
    UserPoolId: POOL_ID,
    Username: 'lab-admin-made',
    TemporaryPassword: 'Temp-pass1!',
    UserAttributes: [
      { Name: 'email', Value: 'lab-admin-made@example.com' },
      { Name: 'email_verified', Value: 'true' },
    ],
  }),
);
console.log('Created:', created.User?.Username, created.User?.UserStatus);

const got = await client.send(new AdminGetUserCommand({ UserPoolId: POOL_ID, Username: 'lab-admin-made' }));
console.log('AdminGetUser status:', got.UserStatus, '(signs in with NEW_PASSWORD_REQUIRED until a new password is set)');

const list = await client.send(new ListUsersCommand({ UserPoolId: POOL_ID, Filter: 'cognito:user_status = "FORCE_CHANGE_PASSWORD"' }));
console.log('Users waiting for a new password:', list.Users?.map((u) => u.Username));
`;

const IDENTITY = `import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { CognitoIdentityClient, GetIdCommand, GetCredentialsForIdentityCommand } from '@aws-sdk/client-cognito-identity';

if (!IDENTITY_POOL_ID) throw new Error('Create an identity pool for the demo pool first (Identity pool panel below).');

const idp = new CognitoIdentityProviderClient({ region: REGION });
const { AuthenticationResult } = await idp.send(
  new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: CLIENT_ID, AuthParameters: { USERNAME: 'lab-learner', PASSWORD: 'Labpass1!' } }),
);

// The ID token is the login for the user pool provider.
const logins = { [\`cognito-idp.\${REGION}.amazonaws.com/\${POOL_ID}\`]: AuthenticationResult!.IdToken! };
const identity = new CognitoIdentityClient({ region: REGION });
const { IdentityId } = await identity.send(new GetIdCommand({ IdentityPoolId: IDENTITY_POOL_ID, Logins: logins }));
console.log('IdentityId:', IdentityId);

const { Credentials } = await identity.send(new GetCredentialsForIdentityCommand({ IdentityId: IdentityId!, Logins: logins }));
console.log('Temporary credentials:', Credentials?.AccessKeyId, 'expire at', Credentials?.Expiration);
`;

const NETWORK = `// The code lab has no network: only the simulated Cognito endpoints answer.
try {
  await fetch('https://example.com/');
  console.log('Reached example.com (this should not happen)');
} catch (e) {
  console.log('Refused:', (e as Error).message);
}

// The SDK's own requests go to https://cognito-idp.<region>.amazonaws.com/, answered by the sandbox.
const res = await fetch(\`https://cognito-idp.\${REGION}.amazonaws.com/\`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.DescribeUserPoolClient' },
  body: JSON.stringify({ UserPoolId: POOL_ID, ClientId: CLIENT_ID }),
});
console.log('Raw AWS JSON 1.1 answer:', res.status, await res.json());
`;

/** The examples, in the order the picker lists them (the first is the default). */
export const LAB_EXAMPLES: readonly LabExample[] = [
  { id: 'sign-up', title: 'Sign up and confirm (SDK v3)', summary: 'SignUp, then ConfirmSignUp with the code from the Inbox.', code: SIGN_UP },
  { id: 'password-sign-in', title: 'Sign in with USER_PASSWORD_AUTH (SDK v3)', summary: 'InitiateAuth, read the tokens, GetUser with the access token.', code: PASSWORD_SIGN_IN },
  { id: 'srp-sign-in', title: 'SRP sign-in (amazon-cognito-identity-js)', summary: 'authenticateUser: USER_SRP_AUTH and PASSWORD_VERIFIER.', code: SRP_SIGN_IN },
  { id: 'admin-create-user', title: 'Admin create user (SDK v3)', summary: 'AdminCreateUser, AdminGetUser, ListUsers with a filter.', code: ADMIN_CREATE },
  { id: 'identity-pool', title: 'Identity pool credentials (SDK v3)', summary: 'GetId and GetCredentialsForIdentity with the ID token.', code: IDENTITY },
  { id: 'network', title: 'No network (raw fetch)', summary: 'fetch to another host is refused; the Cognito endpoint answers.', code: NETWORK },
];

/** The example with this id (the first one when unknown). */
export function labExample(id: string): LabExample {
  return LAB_EXAMPLES.find((e) => e.id === id) ?? LAB_EXAMPLES[0];
}
