/**
 * Presets with Lambda triggers: each deploys a readable TypeScript handler
 * (handlers.ts) under the Triggers tab's function name and names it in the
 * pool's LambdaConfig, so the tab shows the code that produces the effect.
 */
import { arnOf, client, confirmedUser, deploy, pool, PRESET_PASSWORD } from './builders';
import {
  ADDED_CLAIM,
  AUTO_CONFIRM_DOMAIN,
  CREATE_AUTH_CHALLENGE,
  DEFINE_AUTH_CHALLENGE,
  PRE_SIGN_UP_AUTO_CONFIRM,
  PRE_TOKEN_CLAIMS,
  SUPPRESSED_CLAIM,
  TRIGGER_FUNCTIONS as FN,
  VERIFY_AUTH_CHALLENGE,
} from './handlers';
import type { SandboxPreset } from './schema';

export const TRIGGER_PRESETS: SandboxPreset[] = [
  {
    id: 'pre-signup-auto-confirm',
    name: 'Pre sign-up: auto-confirm',
    description: `A pool whose pre sign-up trigger confirms anyone signing up with an @${AUTO_CONFIRM_DOMAIN} address at once (and marks the email verified), and refuses every other address.`,
    tryThis: `Read the handler on the Triggers tab, then sign up with an @${AUTO_CONFIRM_DOMAIN} address: the user is CONFIRMED and no code arrives. Sign up with another domain: UserLambdaValidationException.`,
    steps: [deploy(FN.PreSignUp, PRE_SIGN_UP_AUTO_CONFIRM), pool('auto-confirm-pool', { LambdaConfig: { PreSignUp: arnOf(FN.PreSignUp) } }), client()],
  },
  {
    id: 'pre-token-claims',
    name: 'Pre token generation: claims',
    description: `A pool whose pre token generation trigger (V1_0) adds ${ADDED_CLAIM.name} to every ID token and suppresses ${SUPPRESSED_CLAIM}; quinn is signed in with such tokens.`,
    tryThis: `Open quinn’s ID token: ${ADDED_CLAIM.name} is “${ADDED_CLAIM.value}” and ${SUPPRESSED_CLAIM} is gone. Change the handler on the Triggers tab, deploy it and sign in again.`,
    steps: [
      deploy(FN.PreTokenGeneration, PRE_TOKEN_CLAIMS),
      pool('token-claims-pool', { LambdaConfig: { PreTokenGenerationConfig: { LambdaVersion: 'V1_0', LambdaArn: arnOf(FN.PreTokenGeneration) } } }),
      client(),
      ...confirmedUser('quinn', 'quinn@example.com'),
      { kind: 'signIn', username: 'quinn', password: PRESET_PASSWORD },
    ],
  },
  {
    id: 'custom-auth-challenge',
    name: 'Custom auth challenge',
    description:
      'A pool with define, create and verify auth challenge triggers: a CUSTOM_AUTH sign-in asks for a six-digit one-time code (the create trigger writes it to its log instead of emailing it); three wrong codes fail. rosa can sign in this way.',
    tryThis:
      'Read the three handlers on the Triggers tab (pick each in the Trigger list). Then, in the Code lab, call InitiateAuth with AuthFlow CUSTOM_AUTH for rosa (no password needed), read the code in the Create auth challenge log and answer the CUSTOM_CHALLENGE with RespondToAuthChallenge (ANSWER).',
    steps: [
      deploy(FN.DefineAuthChallenge, DEFINE_AUTH_CHALLENGE),
      deploy(FN.CreateAuthChallenge, CREATE_AUTH_CHALLENGE),
      deploy(FN.VerifyAuthChallengeResponse, VERIFY_AUTH_CHALLENGE),
      pool('custom-auth-pool', {
        LambdaConfig: {
          DefineAuthChallenge: arnOf(FN.DefineAuthChallenge),
          CreateAuthChallenge: arnOf(FN.CreateAuthChallenge),
          VerifyAuthChallengeResponse: arnOf(FN.VerifyAuthChallengeResponse),
        },
      }),
      client({ ExplicitAuthFlows: ['ALLOW_CUSTOM_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }),
      ...confirmedUser('rosa', 'rosa@example.com'),
    ],
  },
];

