/**
 * The flows area of the sandbox: the learner runs user-pool flows by hand and
 * watches them drawn step by step. (Owned by the flows feature; the page
 * layout only places it.) Each form is driven by a flow statechart from
 * `machines/flows/`; the diagrams are generated from those charts and from
 * the calls they made.
 */
import { ConfirmSignUpForm } from '../_components/ConfirmSignUpForm';
import { SignInForm } from '../_components/SignInForm';
import { SignUpForm } from '../_components/SignUpForm';
import { Panel } from '../_components/ui';
import { FlowDiagrams } from '../_diagrams/FlowDiagrams';
import { ForgotPasswordForm } from './ForgotPasswordForm';
import { SessionPanel } from './SessionPanel';

const code = (text: string) => <code className="font-mono">{text}</code>;

export function FlowWorkbench() {
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel id="sign-up" title="Sign up" description={<>Calls {code('SignUp')} on the app client.</>}>
          <SignUpForm />
        </Panel>
        <Panel id="confirm" title="Confirm the account" description={<>Calls {code('ConfirmSignUp')} with the code from the inbox ({code('ResendConfirmationCode')} for a new one).</>}>
          <ConfirmSignUpForm />
        </Panel>
        <Panel
          id="sign-in"
          title="Sign in"
          description={
            <>
              Calls {code('InitiateAuth')} with {code('USER_SRP_AUTH')} or {code('USER_PASSWORD_AUTH')}, then {code('RespondToAuthChallenge')} for each challenge.
            </>
          }
        >
          <SignInForm />
        </Panel>
        <Panel id="forgot-password" title="Forgot password" description={<>Calls {code('ForgotPassword')}, then {code('ConfirmForgotPassword')} with the code.</>}>
          <ForgotPasswordForm />
        </Panel>
      </div>
      <Panel id="session" title="Signed-in user" description="What the app can do with the tokens: refresh them, read and change the user, turn on MFA, and sign out.">
        <SessionPanel />
      </Panel>
      <Panel id="step-by-step" title="Step by step" description="The flow you used last, drawn from its statechart and from the calls it made.">
        <FlowDiagrams />
      </Panel>
    </div>
  );
}
