import { describe, expect, it } from 'vitest';
import { createSimulator, SimulatedClock, seededRandom } from '..';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../../test/support/flows';

describe('keys named like Object.prototype members', () => {
  it('are ordinary users and groups, and survive export and import', async () => {
    const sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('records') });
    const { poolId, clientId } = await createPoolAndClient(sim);

    // Before anything exists, such names are simply not found.
    await expect(sim.call('AdminGetUser', { UserPoolId: poolId, Username: 'constructor' })).rejects.toMatchObject({ name: 'UserNotFoundException' });
    await expect(sim.call('GetGroup', { UserPoolId: poolId, GroupName: '__proto__' })).rejects.toMatchObject({ name: 'ResourceNotFoundException' });

    await createConfirmedUser(sim, poolId, 'constructor', 'Passw0rd!');
    await sim.call('CreateGroup', { UserPoolId: poolId, GroupName: '__proto__', Precedence: 1 });
    await sim.call('AdminAddUserToGroup', { UserPoolId: poolId, Username: 'constructor', GroupName: '__proto__' });

    const pool = sim.state.userPools[poolId];
    expect(Object.getPrototypeOf(pool.groups)).toBeNull();
    expect(Object.keys(pool.groups)).toEqual(['__proto__']);

    const copy = createSimulator({ snapshot: JSON.stringify(sim.exportState()) });
    expect(copy.exportState()).toEqual(sim.exportState());
    const { Groups } = await copy.call<{ Groups: Array<{ GroupName: string }> }>('AdminListGroupsForUser', { UserPoolId: poolId, Username: 'constructor' });
    expect(Groups.map((g) => g.GroupName)).toEqual(['__proto__']);
    const tokens = await passwordSignIn(copy, clientId, 'constructor', 'Passw0rd!');
    const payload = JSON.parse(atob(tokens.IdToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    expect(payload['cognito:groups']).toEqual(['__proto__']);
  });
});
