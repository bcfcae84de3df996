/**
 * Identifiers and secrets of pools and app clients, in AWS's formats, drawn
 * from the injected randomness.
 */
import type { OperationContext } from '../core/context';
import { ALNUM, LOWER_ALNUM, randomString } from '../core/random';
import { CLIENT_SECRETS, ID_FORMATS, SIMULATED_ACCOUNT_ID } from '../facts';

/** A new user pool id, `{region}_{9 alphanumerics}` (e.g. `us-east-1_AbC123xyz`), unused in this account. */
export function newUserPoolId(ctx: OperationContext): string {
  for (;;) {
    const id = `${ctx.state.region}_${randomString(ctx.random, ALNUM, ID_FORMATS.userPoolId.value.suffixLength)}`;
    if (!ctx.state.userPools[id]) return id;
  }
}

/** A new app client id: 26 lower-case letters and digits, unused in this account. */
export function newClientId(ctx: OperationContext): string {
  for (;;) {
    const id = randomString(ctx.random, LOWER_ALNUM, ID_FORMATS.clientId.value.length);
    if (!Object.values(ctx.state.userPools).some((p) => p.clients[id])) return id;
  }
}

/** A generated client secret (length and alphabet as observed; see facts). */
export function newClientSecret(ctx: OperationContext): string {
  return randomString(ctx.random, CLIENT_SECRETS.generatedAlphabet.value, ID_FORMATS.clientSecretLength.value);
}

/** The pool's ARN, `arn:aws:cognito-idp:{region}:{account}:userpool/{id}`. */
export function userPoolArn(region: string, userPoolId: string): string {
  return `arn:aws:cognito-idp:${region}:${SIMULATED_ACCOUNT_ID.value}:userpool/${userPoolId}`;
}
