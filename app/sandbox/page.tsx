import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'Sandbox',
  description: 'Experiment with a simulated Amazon Cognito user pool.',
};

export default function SandboxPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Sandbox</h1>
      <p className="max-w-2xl leading-relaxed text-muted">
        The interactive user pool simulator is being built and will appear here soon: create users, sign them in,
        advance the simulated clock and inspect the tokens Cognito would issue.
      </p>
    </div>
  );
}
