/**
 * InitiateAuth and AdminInitiateAuth: check the flow against the operation
 * and the app client, then start it.
 */
import type { OperationContext } from '../core/context';
import { fail } from '../core/errors';
import { poolAndClient, type AuthCall } from './call';
import { requireFlow, type AuthFlow } from './clientFlows';
import { refreshSignIn } from './flows/refresh';
import { srpSignInStart } from './flows/srp';
import { passwordSignIn } from './flows/userPassword';
import { UNCONFIRMED_AUTH_MESSAGES } from './messages';
import { customAuthStart } from '../triggers/customAuth';
import type { AuthResponse } from './run';

export interface InitiateInput {
  AuthFlow: AuthFlow;
  ClientId: string;
  UserPoolId?: string;
  AuthParameters?: Record<string, string>;
  ClientMetadata?: Record<string, string>;
}

/** Starts a sign-in. `caller` is `admin` for AdminInitiateAuth. */
export async function initiateAuth(ctx: OperationContext, caller: 'public' | 'admin', input: InitiateInput): Promise<AuthResponse> {
  const { pool, client } = poolAndClient(ctx, caller, input.ClientId, input.UserPoolId);
  requireFlow(client, input.AuthFlow, caller);
  const call: AuthCall = { ctx, pool, client, admin: caller === 'admin', params: input.AuthParameters ?? {}, clientMetadata: input.ClientMetadata };
  switch (input.AuthFlow) {
    case 'USER_SRP_AUTH':
      return srpSignInStart(call, input.AuthFlow);
    case 'USER_PASSWORD_AUTH':
    case 'ADMIN_USER_PASSWORD_AUTH':
    case 'ADMIN_NO_SRP_AUTH':
      return passwordSignIn(call, input.AuthFlow);
    case 'REFRESH_TOKEN_AUTH':
    case 'REFRESH_TOKEN':
      return refreshSignIn(call);
    case 'CUSTOM_AUTH':
      // Define / create / verify auth challenge triggers (simulator/triggers/customAuth.ts).
      return customAuthStart(call);
    case 'USER_AUTH':
      throw fail('InvalidParameterException', UNCONFIRMED_AUTH_MESSAGES.flowNotSimulated(input.AuthFlow));
  }
}
