import type { Metadata } from 'next';
import { CallLog } from './_components/CallLog';
import { ClockControls } from './_components/ClockControls';
import { ConfirmSignUpForm } from './_components/ConfirmSignUpForm';
import { Inbox } from './_components/Inbox';
import { PoolSummary } from './_components/PoolSummary';
import { SignInForm } from './_components/SignInForm';
import { SignUpForm } from './_components/SignUpForm';
import { TokenView } from './_components/TokenView';
import { Panel } from './_components/ui';

export const metadata: Metadata = {
  title: 'Sandbox',
  description: 'Experiment with a simulated Amazon Cognito user pool.',
};

export default function SandboxPage() {
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Sandbox</h1>
        <p className="max-w-2xl leading-relaxed text-muted">
          A simulated Amazon Cognito user pool, running in this page. Sign a user up, read the verification code in the
          inbox, confirm the account, sign in and look inside the tokens. Then move the clock forward and watch them expire.
          Nothing leaves your browser, and reloading the page starts again with a new pool.
        </p>
      </div>

      <div className="grid gap-6 md:grid-cols-2">
        <Panel id="pool" title="Demo user pool" description="Created when the page opens: email is verified automatically, and the app client has no secret.">
          <PoolSummary />
        </Panel>
        <Panel id="clock" title="Simulated clock" description="Time in the sandbox moves only when you move it.">
          <ClockControls />
        </Panel>

        <Panel id="sign-up" title="Sign up" description={<>Calls <code className="font-mono">SignUp</code> on the app client.</>}>
          <SignUpForm />
        </Panel>
        <Panel id="inbox" title="Inbox" description="The emails the user pool sends, newest first.">
          <Inbox />
        </Panel>

        <Panel id="confirm" title="Confirm the account" description={<>Calls <code className="font-mono">ConfirmSignUp</code> with the code from the inbox.</>}>
          <ConfirmSignUpForm />
        </Panel>
        <Panel
          id="sign-in"
          title="Sign in"
          description={
            <>
              Calls <code className="font-mono">InitiateAuth</code> with the <code className="font-mono">USER_PASSWORD_AUTH</code> flow.
            </>
          }
        >
          <SignInForm />
        </Panel>
      </div>

      <Panel id="tokens" title="Tokens" description="The tokens from the last sign-in, decoded, and whether they are still valid on the simulated clock.">
        <TokenView />
      </Panel>

      <Panel id="calls" title="API calls" description="Every call this page made to the simulated Cognito, newest first.">
        <CallLog />
      </Panel>
    </div>
  );
}
