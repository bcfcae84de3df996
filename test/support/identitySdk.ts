/**
 * Test support: the real `@aws-sdk/client-cognito-identity` client talking to
 * an in-process simulator. The SDK builds and parses real AWS JSON 1.1
 * requests (`X-Amz-Target: AWSCognitoIdentityService.<Operation>`); only the
 * transport is replaced by the handler of `sdk.ts`, which hands the body to
 * the engine.
 */
import { CognitoIdentityClient } from '@aws-sdk/client-cognito-identity';
import type { Simulator } from '../../simulator';
import { inProcessHandler } from './sdk';

/**
 * A Cognito Identity client wired to `sim`. Developer operations are signed
 * with dummy credentials as usual; the public ones (GetId,
 * GetCredentialsForIdentity, GetOpenIdToken) are unsigned, as the SDK sends them.
 */
export function identitySdkClient(sim: Simulator): CognitoIdentityClient {
  return new CognitoIdentityClient({
    region: sim.region,
    credentials: { accessKeyId: 'AKIDSANDBOX', secretAccessKey: 'sandbox-secret' },
    requestHandler: inProcessHandler(sim),
  });
}
