'use client';

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDef {
  id: string;
  label: string;
  content: ReactNode;
}

/**
 * Tabs in the WAI-ARIA pattern: arrow keys, Home and End move between tabs.
 * A panel's content is first rendered when its tab is first selected (so a
 * lazily loaded panel's code is fetched only then); from then on it stays
 * mounted (hidden), so forms keep what was typed.
 */
export function Tabs({ label, tabs }: { label: string; tabs: TabDef[] }) {
  const base = useId();
  const [selected, setSelectedId] = useState(tabs[0].id);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([tabs[0].id]));
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  function setSelected(id: string) {
    setSelectedId(id);
    setOpened((was) => (was.has(id) ? was : new Set(was).add(id)));
  }

  function onKeyDown(e: KeyboardEvent, index: number) {
    const last = tabs.length - 1;
    const next = e.key === 'ArrowRight' ? (index === last ? 0 : index + 1) : e.key === 'ArrowLeft' ? (index === 0 ? last : index - 1) : e.key === 'Home' ? 0 : e.key === 'End' ? last : -1;
    if (next < 0) return;
    e.preventDefault();
    setSelected(tabs[next].id);
    refs.current[next]?.focus();
  }

  return (
    <div>
      <div role="tablist" aria-label={label} data-area="workspace" className="flex flex-wrap gap-1 border-b border-border">
        {tabs.map((tab, i) => {
          const active = tab.id === selected;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                refs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${tab.id}`}
              aria-controls={`${base}-panel-${tab.id}`}
              aria-selected={active}
              tabIndex={active ? 0 : -1}
              onClick={() => setSelected(tab.id)}
              onKeyDown={(e) => onKeyDown(e, i)}
              className={`-mb-px rounded-t-md border px-4 py-2 text-sm font-semibold ${
                active ? 'border-border border-b-background bg-background text-foreground' : 'border-transparent text-muted hover:text-foreground'
              }`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={tab.id !== selected}
          tabIndex={0}
          className="pt-5 focus:outline-none focus-visible:outline-3"
        >
          {opened.has(tab.id) ? tab.content : null}
        </div>
      ))}
    </div>
  );
}
