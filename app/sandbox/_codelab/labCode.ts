/**
 * The code lab's code as page state shared by the panel and the sandbox's
 * save format (no React, no zod: the store imports it on the page's first
 * load). The code is kept in this browser (labStorage.ts) and also travels in
 * exported files and share links, under the envelope's `ui.codeLab`; opening
 * such a file or link puts the code back in the lab.
 */
import { loadLabCode, saveLabCode } from './labStorage';

/** The lab's code as the envelope carries it (`ui.codeLab`). */
export interface SavedLabCode {
  code: string;
}

/** `undefined` until first read from storage; `null` when the learner has never edited the code. */
let current: string | null | undefined;
const listeners = new Set<() => void>();

/** The lab's current code, or null when the learner has not written any (the panel then shows its first example). */
export function getLabCode(): string | null {
  if (current === undefined) current = loadLabCode();
  return current;
}

/** Replaces the lab's code (kept in this browser) and tells the panel. */
export function setLabCode(code: string): void {
  if (code === current) return;
  current = code;
  saveLabCode(code);
  for (const listener of listeners) listener();
}

/** Registers a listener for code changes; returns the unsubscribe function (the `useSyncExternalStore` contract). */
export function subscribeLabCode(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The envelope's part for the lab: `{ codeLab: { code } }`, or nothing when the learner has not written any code. */
export function labCodeForEnvelope(): { codeLab?: SavedLabCode } {
  const code = getLabCode();
  return code === null ? {} : { codeLab: { code } };
}

/**
 * Puts the code of an opened envelope (import, share link) back in the lab.
 * Envelopes saved before the lab's code travelled have none: the code in the
 * lab then stays as it is.
 */
export function restoreLabCode(saved: SavedLabCode | undefined): void {
  if (saved) setLabCode(saved.code);
}

/** Forgets the code held in memory (tests: the next read comes from storage again). */
export function resetLabCodeForTests(): void {
  current = undefined;
  listeners.clear();
}
