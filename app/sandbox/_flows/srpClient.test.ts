import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '@/simulator';
import { createConfirmedUser, createPoolAndClient } from '@/test/support/flows';
import { srpPad, srpTimestamp, startSrp } from './srpClient';

// The browser SRP client against the real in-process engine: the engine's
// verifier check is the judge of whether the client's math is right.
const START = Date.UTC(2026, 1, 3, 9, 4, 5);
const PASSWORD = 'Corr3ct-Horse!';

let sim: Simulator;
let clock: SimulatedClock;
let poolId: string;
let clientId: string;

beforeAll(async () => {
  clock = new SimulatedClock(START);
  sim = createSimulator({ clock, random: seededRandom('srp-client-test'), passwordHashIterations: 10 });
  ({ poolId, clientId } = await createPoolAndClient(sim));
  await createConfirmedUser(sim, poolId, 'alice', PASSWORD);
});

async function srpSignIn(password: string, username = 'alice') {
  const srp = await startSrp(poolId);
  const init = await sim.call<{ ChallengeName: string; ChallengeParameters: Record<string, string> }>('InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'USER_SRP_AUTH',
    AuthParameters: { USERNAME: username, SRP_A: srp.srpA },
  });
  expect(init.ChallengeName).toBe('PASSWORD_VERIFIER');
  const p = init.ChallengeParameters;
  const responses = await srp.answer({ SRP_B: p.SRP_B, SALT: p.SALT, SECRET_BLOCK: p.SECRET_BLOCK, USER_ID_FOR_SRP: p.USER_ID_FOR_SRP }, password, clock.now());
  return sim.call<{ AuthenticationResult?: { AccessToken: string; IdToken: string; RefreshToken: string } }>('RespondToAuthChallenge', {
    ClientId: clientId,
    ChallengeName: 'PASSWORD_VERIFIER',
    ChallengeResponses: responses,
  });
}

describe('browser SRP client', () => {
  it('gets tokens with the right password', async () => {
    const out = await srpSignIn(PASSWORD);
    expect(out.AuthenticationResult?.AccessToken.split('.')).toHaveLength(3);
    expect(out.AuthenticationResult?.RefreshToken).toBeTruthy();
  });

  it('is refused with a wrong password', async () => {
    await expect(srpSignIn('Corr3ct-Horse?')).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });

  it('signs the simulated time: a proof dated far from the clock is refused', async () => {
    const srp = await startSrp(poolId);
    const init = await sim.call<{ ChallengeParameters: Record<string, string> }>('InitiateAuth', {
      ClientId: clientId,
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: { USERNAME: 'alice', SRP_A: srp.srpA },
    });
    const p = init.ChallengeParameters;
    const stale = await srp.answer({ SRP_B: p.SRP_B, SALT: p.SALT, SECRET_BLOCK: p.SECRET_BLOCK, USER_ID_FOR_SRP: p.USER_ID_FOR_SRP }, PASSWORD, clock.now() - 24 * 3600_000);
    await expect(sim.call('RespondToAuthChallenge', { ClientId: clientId, ChallengeName: 'PASSWORD_VERIFIER', ChallengeResponses: stale })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
  });

  it('draws a fresh A for each sign-in, and uses the given randomness', async () => {
    const one = await startSrp(poolId);
    const two = await startSrp(poolId);
    expect(one.srpA).not.toBe(two.srpA);
    const fixed = (n: number) => new Uint8Array(n).fill(1);
    expect((await startSrp(poolId, fixed)).srpA).toBe((await startSrp(poolId, fixed)).srpA);
  });

  it("pads like the Cognito client and formats the client's timestamp", () => {
    expect(srpPad(0x0fn)).toBe('0f');
    expect(srpPad(0x7fn)).toBe('7f');
    expect(srpPad(0x80n)).toBe('0080');
    expect(srpPad(0x123n)).toBe('0123');
    expect(srpTimestamp(START)).toBe('Tue Feb 3 09:04:05 UTC 2026');
    expect(srpTimestamp(Date.UTC(2026, 10, 22, 23, 0, 9))).toBe('Sun Nov 22 23:00:09 UTC 2026');
  });
});
