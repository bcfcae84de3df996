/** Access tokens expire on the simulated clock, as Cognito checks them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { GetUserCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { sdkClient } from '../../test/support/sdk';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../../test/support/flows';
import { LIFETIMES, MINUTE_MS } from '../facts';

const PASSWORD = 'Corr3ct-Horse!';

describe('access token expiry', () => {
  const clock = new SimulatedClock();
  let sim: Simulator;
  let sdk: CognitoIdentityProviderClient;
  let poolId: string;
  let clientId: string;

  beforeAll(async () => {
    sim = createSimulator({ clock, random: seededRandom('token-expiry') });
    sdk = sdkClient(sim);
    ({ poolId, clientId } = await createPoolAndClient(sim));
    await createConfirmedUser(sim, poolId, 'alice', PASSWORD);
  });

  it('is valid at 59 minutes and expired at 60 (the default hour)', async () => {
    expect(LIFETIMES.accessToken.value.default).toBe(60);
    const { AccessToken } = await passwordSignIn(sim, clientId, 'alice', PASSWORD);
    clock.advance(59 * MINUTE_MS);
    expect((await sdk.send(new GetUserCommand({ AccessToken }))).Username).toBe('alice');
    clock.advance(MINUTE_MS);
    const err = await sdk.send(new GetUserCommand({ AccessToken })).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err?.name).toBe('NotAuthorizedException');
    expect(err?.message).toBe('Access Token has expired');
  });
});
