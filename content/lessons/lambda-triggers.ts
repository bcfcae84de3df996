import { DOC_CHANGES, LAMBDA } from '../../simulator/facts';
import { count, dur } from '../lib/format';
import { SRC } from '../lib/sources';
import type { Lesson } from '../schema';

export const lambdaTriggersLesson: Lesson = {
  id: 'lambda-triggers',
  title: 'Lambda triggers and custom authentication',
  topic: 'lambda-triggers',
  summary:
    'Lambda triggers let your own functions run at fixed points of user pool operations: before sign-up, after confirmation, around sign-in, before tokens are issued, when messages are sent, and to drive fully custom challenge-response sign-in.',
  sections: [
    {
      heading: 'How triggers are called',
      body: `You attach a Lambda function to a trigger in the pool's configuration, and the function's resource-based policy must allow \`cognito-idp.amazonaws.com\` to invoke it (the console adds this for you). Cognito sends a JSON event with common fields (\`version\`, \`triggerSource\`, \`region\`, \`userPoolId\`, \`userName\`, \`callerContext\`) plus a \`request\` and a \`response\` object. Your function returns the event, optionally with the \`response\` filled in; throwing an error makes the user's operation fail with that message.

Except for the custom sender triggers, Cognito calls functions **synchronously** and expects an answer within ${dur(LAMBDA.timeoutSeconds.value, 'seconds')}; the limit cannot be changed. Keep trigger code fast: do slow work (welcome emails, CRM updates) asynchronously, for example by putting a message on a queue.`,
    },
    {
      heading: 'The triggers',
      body: `- **Pre sign-up**: accept or reject a sign-up, auto-confirm the user, auto-verify email or phone, link a federated user to an existing one.
- **Post confirmation**: runs once the account is confirmed; typical for welcome messages or creating a profile row in DynamoDB.
- **Pre authentication**: allow or deny a sign-in attempt with custom checks.
- **Post authentication**: log or react after a successful sign-in.
- **Pre token generation**: add, change or suppress claims (and, from event version \`V2_0\`, access-token scopes).
- **Migrate user**: when a user who is not yet in the pool signs in or resets a password, look them up in the old directory and create them on the fly.
- **Custom message**: change the text of verification, invitation and MFA messages.
- **Custom SMS sender / custom email sender**: deliver messages through your own provider; Cognito encrypts the code with your AWS KMS key and invokes these asynchronously.
- **Define, create and verify auth challenge**: custom authentication (next section).`,
    },
    {
      heading: 'Custom authentication (CUSTOM_AUTH)',
      body: `Three triggers work together when an app calls \`InitiateAuth\` with \`AuthFlow\` = \`CUSTOM_AUTH\`:
- **Define auth challenge** looks at the session so far and decides: issue tokens, fail, or present another challenge (\`CUSTOM_CHALLENGE\`, or \`PASSWORD_VERIFIER\` to check the password with SRP first).
- **Create auth challenge** builds the challenge: public parameters for the app and private answer data (for example a code it emailed).
- **Verify auth challenge response** compares the user's answer and sets \`answerCorrect\`.

This is how you build passwordless magic links, CAPTCHA steps or extra questions. Custom authentication works only through the SDK (\`InitiateAuth\`/\`RespondToAuthChallenge\`), not in managed login or the classic hosted UI, and it is not run for federated sign-in.`,
    },
    {
      heading: 'Federated users',
      body: `Users who sign in through a social, SAML or OIDC provider still reach pre sign-up (with \`triggerSource\` = \`PreSignUp_ExternalProvider\`, the place to link them to an existing user) and pre token generation. Custom authentication, migrate user, custom message and custom sender triggers do not run for federated sign-in: the external provider did the authenticating and Cognito sends those users no messages.`,
    },
  ],
  diagrams: [
    {
      caption: 'Custom authentication with three triggers',
      mermaid: `sequenceDiagram
  participant App
  participant Pool as User pool
  participant Define as Define challenge
  participant Create as Create challenge
  participant Verify as Verify response
  App->>Pool: InitiateAuth CUSTOM_AUTH
  Pool->>Define: Session so far
  Define-->>Pool: Next is CUSTOM_CHALLENGE
  Pool->>Create: Build challenge
  Create-->>Pool: Public and private parameters
  Pool-->>App: Challenge
  App->>Pool: RespondToAuthChallenge with answer
  Pool->>Verify: Check answer
  Verify-->>Pool: answerCorrect true
  Pool->>Define: Session so far
  Define-->>Pool: Issue tokens
  Pool-->>App: Tokens`,
    },
  ],
  notes: [
    {
      date: DOC_CHANGES.lambdaRetryWording.value,
      text: `Older documentation said Cognito retries a timed-out trigger and gives up after ${count(LAMBDA.attempts.value, 'attempt')}. The current guide only says invocations that time out may be retried, without a fixed number.`,
    },
    {
      date: DOC_CHANGES.accessTokenCustomization.value,
      text: 'The pre token generation event gained version V2_0, which can customize access tokens as well as ID tokens.',
    },
  ],
  sources: [SRC.triggers, SRC.customAuth, SRC.preSignUp, SRC.postConfirmation, SRC.preAuth, SRC.preToken, SRC.migrateUser, SRC.customMessage, SRC.customSender, SRC.authThingsToKnow, SRC.docHistory],
  tryIt: [
    { label: 'Build a custom challenge', preset: 'custom-auth-challenge' },
    { label: 'Add claims before tokens are issued', preset: 'pre-token-claims' },
    { label: 'Auto-confirm users in a pre sign-up trigger', preset: 'pre-signup-auto-confirm' },
  ],
  examDomains: [
    { exam: 'DVA-C02', domain: 'Development with AWS Services' },
    { exam: 'DVA-C02', domain: 'Security' },
    { exam: 'SAA-C03', domain: 'Design Secure Architectures' },
  ],
  factRefs: ['LAMBDA.timeoutSeconds', 'LAMBDA.attempts', 'DOC_CHANGES.lambdaRetryWording', 'DOC_CHANGES.accessTokenCustomization'],
};
