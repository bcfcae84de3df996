'use client';

import dynamic from 'next/dynamic';
import type { ComponentType, ReactNode } from 'react';
import { PresetViewOpener } from './PresetViewOpener';
import { Tabs } from './Tabs';

/** What a tab shows while its code arrives (the first time it is opened). */
function LoadingTab() {
  return (
    <p role="status" className="text-sm text-muted">
      Loading this tab…
    </p>
  );
}

/** One tab of the work area after Flows. */
interface LazyTab {
  id: string;
  label: string;
  /** The panel, loaded with next/dynamic: its code is a separate chunk, fetched when the tab is first opened. */
  Panel: ComponentType;
  /** The `data-area` the workspace's axe checks scope to, if the panel belongs to one. */
  area?: string;
}

/**
 * The work area's tabs after Flows, in order. Every panel is a separate chunk
 * (not in the page's first script): Tabs renders a panel only once its tab has
 * been selected, and only then does next/dynamic fetch its code. To add a tab,
 * add one line with `dynamic(() => import(…), { ssr: false, loading: LoadingTab })`.
 */
const TABS: readonly LazyTab[] = [
  { id: 'users', label: 'Users', area: 'workspace', Panel: dynamic(() => import('./UsersPanel').then((m) => m.UsersPanel), { ssr: false, loading: LoadingTab }) },
  { id: 'settings', label: 'Settings', area: 'workspace', Panel: dynamic(() => import('./SettingsPanel').then((m) => m.SettingsPanel), { ssr: false, loading: LoadingTab }) },
  { id: 'scenarios', label: 'Scenarios', area: 'workspace', Panel: dynamic(() => import('./PresetsPanel').then((m) => m.PresetsPanel), { ssr: false, loading: LoadingTab }) },
  // Monaco and the TypeScript compiler load only from here (TRIGGERS engineer's panel).
  { id: 'triggers', label: 'Triggers', Panel: dynamic(() => import('../_triggers/TriggersPanel').then((m) => m.TriggersPanel), { ssr: false, loading: LoadingTab }) },
  { id: 'hosted-ui', label: 'Hosted UI', Panel: dynamic(() => import('../_oauth/HostedUiPanel').then((m) => m.HostedUiPanel), { ssr: false, loading: LoadingTab }) },
  // Client code with the AWS SDK v3 in a sandboxed worker (CODE-LAB engineer's panel; Monaco and the SDK load only from here).
  { id: 'code-lab', label: 'Code lab', Panel: dynamic(() => import('../_codelab/CodeLabPanel'), { ssr: false, loading: LoadingTab }) },
];

/** The main work area: flows (placed by the page, shown first), then users, settings, scenarios, triggers and the hosted UI as tabs. */
export function WorkspaceTabs({ flows }: { flows: ReactNode }) {
  return (
    <>
      {/* Opens the tab a link asked for (`?tab=…`); here, not in a lazily mounted tab, so it runs on every load. */}
      <PresetViewOpener />
      <Tabs
        label="Sandbox work area"
        tabs={[
          { id: 'flows', label: 'Flows', content: flows },
          ...TABS.map(({ id, label, Panel, area }) => ({ id, label, content: area ? <div data-area={area}><Panel /></div> : <Panel /> })),
        ]}
      />
    </>
  );
}
