'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import { whenIdle } from '../_lib/whenIdle';

function LoadingPanel({ what }: { what: string }) {
  return (
    <div className="min-h-40 rounded-xl border border-border bg-surface p-5">
      <p role="status" className="text-sm text-muted">
        Loading {what}…
      </p>
    </div>
  );
}

const IdentityPoolPanel = dynamic(() => import('../_identity/IdentityPoolPanel').then((m) => m.IdentityPoolPanel), {
  ssr: false,
  loading: () => <LoadingPanel what="the identity pool" />,
});

const InspectorPanels = dynamic(() => import('../_inspect/InspectorPanels').then((m) => m.InspectorPanels), {
  ssr: false,
  loading: () => <LoadingPanel what="the token and API-call inspectors" />,
});

/**
 * Renders `Panel` (a next/dynamic component, so its code is a separate chunk)
 * once the sandbox is ready and the browser is idle, or earlier if its place
 * comes near the viewport. Panels below the fold thus cost nothing while the
 * page starts, and are there by the time the learner scrolls to them.
 */
function Deferred({ Panel, what }: { Panel: ComponentType; what: string }) {
  const { state } = useSandbox();
  const ready = state.status === 'ready' || state.status === 'failed';
  const place = useRef<HTMLDivElement>(null);
  const [show, setShow] = useState(false);

  useEffect(() => {
    if (show) return;
    if (ready) return whenIdle(() => setShow(true), 2000);
    const el = place.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShow(true);
    }, { rootMargin: '400px 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [ready, show]);

  if (show) return <Panel />;
  return (
    <div ref={place}>
      <LoadingPanel what={what} />
    </div>
  );
}

/** The inspectors below the work area (tokens, API calls, metrics, audit log; INSPECTOR engineer's panels), loaded after the sandbox has started. */
export function DeferredInspectorPanels() {
  return <Deferred Panel={InspectorPanels} what="the token and API-call inspectors" />;
}

/** The identity-pool panel, loaded after the sandbox has started (IDENTITY engineer's panel); `#identity-pool` is its place, loaded or not. */
export function DeferredIdentityPoolPanel() {
  return (
    <div id="identity-pool" className="scroll-mt-20">
      <Deferred Panel={IdentityPoolPanel} what="the identity pool" />
    </div>
  );
}
