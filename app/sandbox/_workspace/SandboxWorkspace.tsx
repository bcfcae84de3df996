'use client';

import type { ReactNode } from 'react';
import { PresetsPanel } from './PresetsPanel';
import { SettingsPanel } from './SettingsPanel';
import { Tabs } from './Tabs';
import { UsersPanel } from './UsersPanel';

/** The main work area: flows (placed by the page), users, settings and scenarios as tabs. */
export function WorkspaceTabs({ flows, triggers, oauth }: { flows: ReactNode; /** The Triggers tab (placed by the page; TRIGGERS engineer). */ triggers?: ReactNode; /** The Hosted UI tab (placed by the page; OAUTH engineer). */ oauth?: ReactNode }) {
  return (
    <Tabs
      label="Sandbox work area"
      tabs={[
        { id: 'flows', label: 'Flows', content: flows },
        { id: 'users', label: 'Users', content: <div data-area="workspace"><UsersPanel /></div> },
        { id: 'settings', label: 'Settings', content: <div data-area="workspace"><SettingsPanel /></div> },
        { id: 'scenarios', label: 'Scenarios', content: <div data-area="workspace"><PresetsPanel /></div> },
        ...(triggers ? [{ id: 'triggers', label: 'Triggers', content: triggers }] : []),
        ...(oauth ? [{ id: 'hosted-ui', label: 'Hosted UI', content: oauth }] : []),
      ]}
    />
  );
}
