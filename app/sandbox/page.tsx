import type { Metadata } from 'next';
import { ClockControls } from './_components/ClockControls';
import { PoolSummary } from './_components/PoolSummary';
import { Panel } from './_components/ui';
import { FlowWorkbench } from './_flows/FlowWorkbench';
import { DevicePanels } from './_inspect/DevicePanels';
import { WorkspaceTabs } from './_workspace/SandboxWorkspace';
import { StartNotice } from './_workspace/StartNotice';
import { StateActions } from './_workspace/StateActions';
import { DeferredIdentityPoolPanel, DeferredInspectorPanels } from './_workspace/DeferredPanels';

export const metadata: Metadata = {
  title: 'Sandbox',
  description: 'Experiment with a simulated Amazon Cognito user pool.',
};

export default function SandboxPage() {
  return (
    // The sandbox uses the whole window width (the site's column is made for reading).
    <div className="mx-[calc(50%-50vw+1rem)] -mt-4">
      <div className="mx-auto max-w-[100rem] space-y-5">
        <div className="space-y-2">
          <h1 className="text-3xl font-bold tracking-tight">Sandbox</h1>
          <p className="max-w-3xl leading-relaxed text-muted">
            A simulated Amazon Cognito user pool, running in this page. Run the flows by hand, read the codes on the learner’s devices, look inside the
            tokens and every API call, and move the clock forward to watch things expire. Nothing leaves your browser; your work is saved here and
            comes back when you return.
          </p>
        </div>

        <div data-area="workspace" className="sticky top-0 z-20 -mx-2 rounded-b-lg border-b border-border bg-background/95 px-2 py-2 shadow-sm backdrop-blur supports-[backdrop-filter]:bg-background/85">
          <ClockControls />
        </div>
        <div data-area="workspace" className="space-y-2">
          <StateActions />
          <StartNotice />
        </div>

        <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="min-w-0">
            {/* The other tabs' code (Monaco, the hosted UI…) loads when a tab is first opened. */}
            <WorkspaceTabs flows={<FlowWorkbench />} />
          </div>
          <aside aria-label="Pool and devices" className="min-w-0 space-y-6">
            <div data-area="workspace">
              <Panel id="pool" title="Demo user pool" description="The pool and app client the forms use. Settings, scenarios and imports can change them.">
                <PoolSummary />
              </Panel>
            </div>
            {/* In this side column the devices stack, unless the window is very wide. */}
            <div className="xl:[&>div]:grid-cols-1 2xl:[&>div]:grid-cols-2">
              <DevicePanels />
            </div>
          </aside>
        </div>

        {/* Below the fold: their code loads once the sandbox has started (or when scrolled to). */}
        <div className="space-y-6">
          <DeferredInspectorPanels />
          <DeferredIdentityPoolPanel />
        </div>
      </div>
    </div>
  );
}
