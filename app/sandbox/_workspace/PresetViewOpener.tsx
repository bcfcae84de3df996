'use client';

import { useEffect } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import { takeRequestedView } from './browserStart';
import { isSandboxView, PRESET_VIEWS, type SandboxView } from '@/content/presets/views';

/**
 * Opens the part of the page a link asked for (`/sandbox/?preset=…&tab=…`),
 * once the sandbox has started: a work-area tab (selected as a click would),
 * or the identity-pool panel (scrolled into view). Without `tab`, a preset
 * opens at its own view (content/presets/views.ts). Renders nothing.
 */
export function PresetViewOpener() {
  const { state } = useSandbox();
  const ready = state.status === 'ready';
  const loaded = state.presetId;
  useEffect(() => {
    if (!ready) return;
    const asked = takeRequestedView();
    if (!asked) return;
    // A preset that failed to load leaves the page where it is (the notice says why).
    if (asked.preset && asked.preset !== loaded) return;
    const view = isSandboxView(asked.tab) ? asked.tab : asked.preset ? PRESET_VIEWS[asked.preset] : undefined;
    if (view) openView(view);
  }, [ready, loaded]);
  return null;
}

/**
 * Selects a work-area tab by its id, or brings the identity-pool panel into
 * view. With `focus` (a button that hides with its tab panel asked), the
 * selected tab takes the keyboard focus.
 */
export function openView(view: SandboxView, { focus = false }: { focus?: boolean } = {}): void {
  if (view === 'identity-pool') {
    scrollToLazyPanel('identity-pool', 'section');
    return;
  }
  const tab = document.querySelector<HTMLButtonElement>(`[role="tab"][id$="-tab-${view}"]`);
  if (!tab) return;
  if (tab.getAttribute('aria-selected') !== 'true') tab.click();
  if (focus) tab.focus();
  tab.scrollIntoView({ block: 'nearest' });
}

/** How long to wait for a lazily loaded panel, and how long it may keep growing, before giving up on re-aligning it. */
const PANEL_WAIT_MS = 15_000;
const PANEL_SETTLE_MS = 2_000;

/**
 * Scrolls to `#id` now, and again while its lazily loaded content (`loaded`,
 * inside it) arrives and lays out, since the page grows meanwhile. Stops
 * after a while, or as soon as the learner scrolls by hand.
 */
function scrollToLazyPanel(id: string, loaded: string): void {
  const place = document.getElementById(id);
  if (!place) return;
  const align = () => place.scrollIntoView({ block: 'start' });
  align();
  let frame = 0;
  let settleTimer: number | undefined;
  let stop = () => {};
  const observer = new MutationObserver(() => {
    if (!place.querySelector(loaded)) return;
    settleTimer ??= window.setTimeout(() => stop(), PANEL_SETTLE_MS);
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(align);
  });
  const timer = window.setTimeout(() => stop(), PANEL_WAIT_MS);
  const byHand = () => stop();
  stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
    window.clearTimeout(settleTimer);
    window.removeEventListener('wheel', byHand);
    window.removeEventListener('keydown', byHand);
    window.removeEventListener('touchmove', byHand);
  };
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  window.addEventListener('wheel', byHand, { passive: true });
  window.addEventListener('keydown', byHand);
  window.addEventListener('touchmove', byHand, { passive: true });
}
