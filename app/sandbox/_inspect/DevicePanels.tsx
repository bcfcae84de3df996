/**
 * The learner's devices beside the work area: email inbox, phone (SMS) and
 * authenticator app. Kept apart from the token and call inspectors so that the
 * sandbox's first script does not carry them (they load later, see
 * `DeferredPanels`).
 */
import { Inbox } from '../_components/Inbox';
import { Panel } from '../_components/ui';
import { Authenticator } from './Authenticator';
import { Phone } from './Phone';

/** The inbox, phone and authenticator panels in a responsive grid. */
export function DevicePanels() {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Panel id="inbox" title="Inbox" description="The emails the user pool sends, newest first." className="md:row-span-2">
        <Inbox />
      </Panel>
      <Panel id="phone" title="Phone" description="The text messages (SMS) the user pool sends.">
        <Phone />
      </Panel>
      <Panel id="authenticator" title="Authenticator app" description="Time-based codes (TOTP) for software-token MFA, on the simulated clock.">
        <Authenticator />
      </Panel>
    </div>
  );
}
