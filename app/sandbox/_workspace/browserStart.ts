/**
 * How the page's store starts in a browser: saved state in localStorage, and
 * the address it was opened with (a share link `#state=…` or `?preset=id`).
 * The address is read once and then cleaned, so a reload shows the learner's
 * saved work rather than loading the link or preset again.
 */
import type { SandboxPersistence, SandboxStoreOptions, StartRequest } from '../_lib/sandboxStore';
import { SHARE_PREFIX, STORAGE_KEY } from './constants';

const localPersistence: SandboxPersistence = {
  load() {
    try {
      return window.localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  },
  save(text) {
    window.localStorage.setItem(STORAGE_KEY, text);
  },
};

// --- The part of the page a link asks for (`?tab=…`; PRESETS engineer; read by PresetViewOpener) ---
let requestedView: { preset?: string; tab?: string } | undefined;

/** What the address asked to open after loading (`?preset=…&tab=…`), once: later calls get undefined. */
export function takeRequestedView(): { preset?: string; tab?: string } | undefined {
  const v = requestedView;
  requestedView = undefined;
  return v;
}
// --- end requested view ---

/** Reads (and then removes) a share link or preset from the address. */
export function readStartRequest(): StartRequest | undefined {
  const url = new URL(window.location.href);
  let request: StartRequest | undefined;
  if (url.hash.startsWith(SHARE_PREFIX)) request = { kind: 'link', fragment: url.hash };
  else {
    const preset = url.searchParams.get('preset');
    if (preset) request = { kind: 'preset', id: preset };
  }
  const tab = url.searchParams.get('tab') ?? undefined;
  if (request?.kind === 'preset' || tab) requestedView = { preset: request?.kind === 'preset' ? request.id : undefined, tab };
  if (tab) {
    url.searchParams.delete('tab');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  if (request) {
    url.hash = '';
    url.searchParams.delete('preset');
    url.searchParams.delete('step');
    window.history.replaceState(window.history.state, '', url.pathname + url.search);
  }
  return request;
}

/** Options for the page's shared store. */
export function browserStoreOptions(): SandboxStoreOptions {
  return { persistence: localPersistence, startRequest: readStartRequest };
}
