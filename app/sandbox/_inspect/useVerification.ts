/** React access to {@link verifyToken}: re-checks when the token, the expectation or the simulated clock changes. */
import { useEffect, useState } from 'react';
import { issuerFor } from '@/simulator/facts';
import { useSandbox } from '../_lib/useSandbox';
import type { TokenUse } from './claims';
import { verifyToken, type Verification } from './verify';

/** The step-by-step verification of `token` as a `expectedUse` token of the demo pool's client (undefined while it runs). */
export function useVerification(token: string | undefined, expectedUse: TokenUse): Verification | undefined {
  const { state, store } = useSandbox();
  const [result, setResult] = useState<{ key: string; verification: Verification }>();
  const pool = state.pool;
  const now = state.now;
  const key = `${token}|${expectedUse}|${now}|${pool?.userPoolId}|${pool?.clientId}`;

  useEffect(() => {
    const sim = store.simulator;
    if (!token || !pool || now === null || !sim) return;
    let cancelled = false;
    let jwks;
    try {
      jwks = sim.jwks(pool.userPoolId);
    } catch {
      jwks = { keys: [] };
    }
    void verifyToken(token, { jwks, issuer: issuerFor(sim.region, pool.userPoolId), clientId: pool.clientId, expectedUse, nowMs: now }).then((verification) => {
      if (!cancelled) setResult({ key, verification });
    });
    return () => {
      cancelled = true;
    };
  }, [key, token, pool, now, expectedUse, store]);

  return result?.key === key ? result.verification : undefined;
}
