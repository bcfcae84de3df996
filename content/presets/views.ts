/**
 * Which part of the sandbox page a preset is about, and the links that open
 * it there. Kept apart from the presets themselves (small, no engine code) so
 * client components can build links without loading the catalogue.
 */

/**
 * The parts of the sandbox page a link can open after loading: the work-area
 * tabs by their ids (app/sandbox/_workspace/SandboxWorkspace.tsx), and the
 * identity-pool panel (`#identity-pool`).
 */
export const SANDBOX_VIEWS = ['flows', 'users', 'settings', 'scenarios', 'triggers', 'hosted-ui', 'identity-pool'] as const;
export type SandboxView = (typeof SANDBOX_VIEWS)[number];

/** Whether `value` names a part of the page. */
export const isSandboxView = (value: unknown): value is SandboxView => (SANDBOX_VIEWS as readonly unknown[]).includes(value);

/** The view each preset opens at (the step its lessons talk about); absent: the Flows tab, the page's default. */
export const PRESET_VIEWS: Readonly<Record<string, SandboxView>> = {
  'admin-created-users': 'users',
  'groups-and-roles': 'users',
  'pre-signup-auto-confirm': 'triggers',
  'pre-token-claims': 'triggers',
  'custom-auth-challenge': 'triggers',
  'hosted-ui-code-flow': 'hosted-ui',
  'client-credentials': 'hosted-ui',
  'identity-pool-guest': 'identity-pool',
  'identity-pool-rules': 'identity-pool',
};

/** The sandbox address that loads `preset` and opens `view` (by default the preset's own view). */
export function presetHref(preset: string, view: SandboxView | undefined = PRESET_VIEWS[preset]): string {
  const q = new URLSearchParams({ preset });
  if (view) q.set('tab', view);
  return `/sandbox/?${q.toString()}`;
}
