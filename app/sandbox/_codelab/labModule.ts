/**
 * How the worker turns the learner's transpiled code into something to run:
 * a `require` that knows only the lab's three packages (with the SDK clients
 * defaulting to the sandbox's region and dummy credentials), and the async
 * function the CommonJS body runs in (so top-level `await` works), with the
 * injected constants as its parameters. Kept apart from the worker so tests
 * can run the same code in Node.
 */
import type { LabConstants } from './protocol';

/** The three packages, as the worker imports them. */
export interface LabPackages {
  identityProvider: Record<string, unknown>;
  identity: Record<string, unknown>;
  cognitoIdentityJs: Record<string, unknown>;
}

/** Module names learner code may import. */
export const LAB_MODULE_NAMES = ['@aws-sdk/client-cognito-identity-provider', '@aws-sdk/client-cognito-identity', 'amazon-cognito-identity-js'] as const;

/** Dummy credentials: the simulated pool does not check signatures, and no real AWS account is ever reached. */
export const SANDBOX_CREDENTIALS = Object.freeze({ accessKeyId: 'AKIACODELABSANDBOX00', secretAccessKey: 'code-lab-sandbox-secret-not-a-real-key' });

type ClientClass = new (config?: Record<string, unknown>) => object;

/** The same client class, with `defaults` under whatever configuration the learner gives. */
function withDefaults(Client: ClientClass, defaults: Record<string, unknown>): ClientClass {
  const Wrapped = class extends Client {
    constructor(config?: Record<string, unknown>) {
      // A fresh credentials object per client: the SDK records on it which source the credentials came from.
      const credentials = defaults.credentials && typeof defaults.credentials === 'object' ? { ...defaults.credentials } : defaults.credentials;
      super({ ...defaults, credentials, ...(config ?? {}) });
    }
  };
  Object.defineProperty(Wrapped, 'name', { value: Client.name });
  return Wrapped;
}

/**
 * The lab's `require`. `clientDefaults` go under every SDK client's
 * configuration (the worker passes the region and dummy credentials).
 */
export function createLabRequire(packages: LabPackages, clientDefaults: Record<string, unknown>): (name: string) => unknown {
  const idp = packages.identityProvider;
  const id = packages.identity;
  const known: Record<string, unknown> = {
    [LAB_MODULE_NAMES[0]]: Object.freeze({
      ...idp,
      CognitoIdentityProviderClient: withDefaults(idp.CognitoIdentityProviderClient as ClientClass, clientDefaults),
      CognitoIdentityProvider: withDefaults(idp.CognitoIdentityProvider as ClientClass, clientDefaults),
    }),
    [LAB_MODULE_NAMES[1]]: Object.freeze({
      ...id,
      CognitoIdentityClient: withDefaults(id.CognitoIdentityClient as ClientClass, clientDefaults),
      CognitoIdentity: withDefaults(id.CognitoIdentity as ClientClass, clientDefaults),
    }),
    [LAB_MODULE_NAMES[2]]: packages.cognitoIdentityJs,
  };
  return (name: string) => {
    if (Object.prototype.hasOwnProperty.call(known, name)) return known[name];
    const error = new Error(`Cannot find module '${name}': the code lab provides ${LAB_MODULE_NAMES.join(', ')}.`) as Error & { code: string };
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  };
}

/** What the compiled code is called with. */
export interface LabScope {
  require: (name: string) => unknown;
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'>;
  constants: LabConstants;
}

const PARAMS = ['exports', 'module', 'require', 'console', 'REGION', 'POOL_ID', 'CLIENT_ID', 'IDENTITY_POOL_ID'] as const;

/**
 * Compiles a transpiled CommonJS body into a runner. Uses the Function
 * constructor: in the worker this happens before the lockdown disables it
 * (lockdown.ts), and the page's CSP does not apply to a worker loaded by URL.
 * Throws a SyntaxError the same way a script would.
 */
export function compileLab(script: string): (scope: LabScope) => Promise<unknown> {
  const body = new Function(...PARAMS, `return (async () => {\n${script}\n})();`) as (...args: unknown[]) => Promise<unknown>;
  return (scope) => {
    const commonJsModule = { exports: {} as Record<string, unknown> };
    const c = scope.constants;
    return body(commonJsModule.exports, commonJsModule, scope.require, scope.console, c.REGION, c.POOL_ID, c.CLIENT_ID, c.IDENTITY_POOL_ID);
  };
}
