import type { Metadata } from 'next';
import Link from 'next/link';
import { DEFAULT_TOKEN_UNITS, LIFETIMES } from '../../../../simulator/facts';
import { LifetimeExplorer } from '../_components/LifetimeExplorer';

export const metadata: Metadata = { title: 'Token-lifetime explorer', description: 'Pick ID, access and refresh token lifetimes and see when each token of a session expires.' };

const link = 'underline decoration-accent underline-offset-4 hover:decoration-2';

export default function TokenLifetimesPage() {
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm text-muted">
          <Link href="/learn/" className={link}>
            Learn
          </Link>
          <span aria-hidden="true"> / </span>
          Tools
        </p>
        <h1 className="text-4xl font-bold tracking-tight">Token-lifetime explorer</h1>
        <p className="max-w-2xl text-lg leading-relaxed text-muted">
          Set an app client&apos;s token validity as <code>CreateUserPoolClient</code> takes it: a whole number and a unit for each token. The
          explorer refuses what Cognito refuses and shows when each token issued at sign-in expires. Read more in the{' '}
          <Link href="/learn/tokens/" className={link}>
            tokens lesson
          </Link>
          , or{' '}
          <Link href="/sandbox/?preset=token-lifetimes" className={link}>
            watch tokens expire in the sandbox
          </Link>
          .
        </p>
      </header>
      <LifetimeExplorer />
      <section aria-labelledby="sources" className="space-y-2 text-sm text-muted">
        <h2 id="sources" className="text-lg font-semibold text-foreground">
          Sources
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>ID token: {LIFETIMES.idToken.source}</li>
          <li>Access token: {LIFETIMES.accessToken.source}</li>
          <li>Refresh token: {LIFETIMES.refreshToken.source}</li>
          <li>Default units: {DEFAULT_TOKEN_UNITS.source}</li>
        </ul>
      </section>
    </div>
  );
}
