/**
 * Keeps the code lab's code in this browser between visits (page side; the
 * worker has no storage). The page reads and writes it through labCode.ts,
 * which also puts it in exported files and share links.
 */

/** localStorage key of the lab's code. */
export const LAB_CODE_KEY = 'cognito-sandbox.code-lab.v1';

/** The saved code, or null (nothing saved, or storage unavailable). */
export function loadLabCode(): string | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage.getItem(LAB_CODE_KEY);
  } catch {
    return null;
  }
}

/** Saves the code; a full or blocked storage only means it is not kept. */
export function saveLabCode(code: string): void {
  try {
    window.localStorage.setItem(LAB_CODE_KEY, code);
  } catch {
    /* not kept */
  }
}

/** "0.8 s", "12 s". */
export function formatDuration(ms: number): string {
  const s = ms / 1000;
  return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
}
