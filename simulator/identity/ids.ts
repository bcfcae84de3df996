/**
 * Identifiers of identity pools and identities, in AWS's `REGION:GUID`
 * format, drawn from the injected randomness.
 */
import type { OperationContext } from '../core/context';
import { randomUuid } from '../core/random';
import { SIMULATED_ACCOUNT_ID } from '../facts';

/** A new identity pool id, `{region}:{uuid}`, unused in this account. */
export function newIdentityPoolId(ctx: OperationContext): string {
  for (;;) {
    const id = `${ctx.state.region}:${randomUuid(ctx.random)}`;
    if (!ctx.state.identityPools || !Object.hasOwn(ctx.state.identityPools, id)) return id;
  }
}

/** A new identity id, `{region}:{uuid}`, unused in any identity pool of this account. */
export function newIdentityId(ctx: OperationContext): string {
  for (;;) {
    const id = `${ctx.state.region}:${randomUuid(ctx.random)}`;
    const pools = Object.values(ctx.state.identityPools ?? {});
    if (!pools.some((p) => Object.hasOwn(p.identities, id))) return id;
  }
}

/** The identity pool's ARN, `arn:aws:cognito-identity:{region}:{account}:identitypool/{id}`. */
export function identityPoolArn(region: string, identityPoolId: string): string {
  return `arn:aws:cognito-identity:${region}:${SIMULATED_ACCOUNT_ID.value}:identitypool/${identityPoolId}`;
}
