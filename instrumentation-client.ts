/**
 * Runs in the browser before the app's own code (Next.js
 * `instrumentation-client` convention), so before any zod schema exists.
 *
 * zod v4 compiles object parsers with `new Function` unless told not to, and
 * probes whether it may with a caught `new Function("")` the first time a
 * schema is built. The page's content security policy forbids eval (no
 * 'unsafe-eval'), so that probe is reported as a CSP violation even though
 * zod then falls back. `jitless` makes zod skip both the probe and the
 * compilation: every schema is interpreted, which is all the site needs.
 *
 * We set it without importing zod (which would put zod into every page's
 * first script): zod v4 keeps its global config on
 * `globalThis.__zod_globalConfig`, creating it only when absent, and
 * `z.config(...)` merely `Object.assign`s into that object. Object schemas read
 * `jitless` when they are created and the eval probe reads it on first use, so
 * writing it here, before the app's modules run, has the same effect as
 * `z.config({ jitless: true })`. `test/zodGlobalConfig.test.ts` guards this contract.
 */

type ZodGlobalConfig = { jitless?: boolean };
const zodHost = globalThis as typeof globalThis & { __zod_globalConfig?: ZodGlobalConfig };
zodHost.__zod_globalConfig = Object.assign(zodHost.__zod_globalConfig ?? {}, { jitless: true });

export {};
