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
 */
import { z } from 'zod';

z.config({ jitless: true });
