/**
 * The identity-pool panel's view of the sandbox: the store, the identity pool
 * linked to the sandbox's user pool and app client (read from the engine's
 * state), and an {@link IdentityApi} for the flow machines over the store
 * (so every call appears in the call log) and the simulated STS.
 */
import { useMemo } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import { IDENTITY_TARGET, type IdentityApi } from '@/machines/identity/api';
import { findIdentityPool, mappingKeyOf, userPoolProvider } from './model';

export function useIdentity() {
  const { state, store } = useSandbox();
  const sim = store.simulator;
  const region = sim?.region ?? 'us-east-1';
  const demo = state.pool;
  const provider = demo ? userPoolProvider(region, demo.userPoolId) : undefined;
  const identityPool = sim && provider && demo ? findIdentityPool(sim.state.identityPools, provider, demo.clientId) : undefined;
  const mappingKey = provider && demo ? mappingKeyOf(provider, demo.clientId) : '';
  const identityPoolId = identityPool?.id;
  const api = useMemo<IdentityApi | undefined>(
    () =>
      identityPoolId
        ? {
            identityPoolId,
            call: (operation, input) => store.call(`${IDENTITY_TARGET}.${operation}`, input),
            assumeRoleWithWebIdentity: async (input) => {
              const { assumeRoleWithWebIdentity } = await import('@/simulator/identity/sts');
              if (!store.simulator) throw new Error('The sandbox is still starting.');
              return assumeRoleWithWebIdentity(store.simulator, input);
            },
          }
        : undefined,
    [identityPoolId, store],
  );
  return { state, store, sim, region, demo, provider, mappingKey, identityPool, api };
}
