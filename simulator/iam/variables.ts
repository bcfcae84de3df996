/**
 * The identity pool's policy variables. A role assumed through an identity
 * pool can use `${cognito-identity.amazonaws.com:sub}` (the identity id),
 * `${cognito-identity.amazonaws.com:aud}` (the identity pool id) and, in
 * conditions, the multivalued `cognito-identity.amazonaws.com:amr`. IAM
 * substitutes a variable in the Resource element and in condition values; a
 * `${key, 'default'}` variable uses its default when the key is absent.
 *
 * This module substitutes those variables (and resolves condition *keys* in
 * that namespace to literal tests) before the policies reach the evaluator,
 * which does not know the keys for S3 or DynamoDB actions. Other variables
 * (`${aws:PrincipalTag/…}`, `${aws:userid}`, …) are left to the evaluator.
 */
import type { PolicyDocument } from './model';

export const COGNITO_NAMESPACE = 'cognito-identity.amazonaws.com';

/** The identity pool's keys for one session. */
export interface CognitoKeys {
  sub: string;
  aud: string;
  amr: string[];
}

const VARIABLE = /\$\{\s*cognito-identity\.amazonaws\.com:(sub|aud|amr)\s*(?:,\s*'([^']*)'\s*)?\}/gi;

/** Replaces the namespace's single-valued variables in one string; an unresolvable one stays as it was. */
export function substitute(text: string, keys: CognitoKeys): string {
  return text.replace(VARIABLE, (whole, key: string, fallback: string | undefined) => {
    const k = key.toLowerCase();
    if (k === 'sub') return keys.sub;
    if (k === 'aud') return keys.aud;
    // amr is multivalued: IAM does not substitute multivalued keys.
    return fallback ?? whole;
  });
}

const strings = (v: unknown, keys: CognitoKeys): unknown =>
  typeof v === 'string' ? substitute(v, keys) : Array.isArray(v) ? v.map((x) => strings(x, keys)) : v;

/**
 * Condition blocks whose key is in the namespace are rewritten to the
 * `aws:PrincipalTag/cognito-identity.amazonaws.com:{key}` form, which the
 * evaluator accepts as a global key; {@link contextFor} supplies the values.
 */
function conditions(block: unknown, keys: CognitoKeys): unknown {
  if (typeof block !== 'object' || block === null || Array.isArray(block)) return block;
  const out: Record<string, unknown> = {};
  for (const [op, tests] of Object.entries(block)) {
    if (typeof tests !== 'object' || tests === null || Array.isArray(tests)) {
      out[op] = tests;
      continue;
    }
    const rewritten: Record<string, unknown> = {};
    for (const [key, values] of Object.entries(tests)) {
      const name = key.toLowerCase().startsWith(`${COGNITO_NAMESPACE}:`) ? `aws:PrincipalTag/${key}` : key;
      rewritten[name] = strings(values, keys);
    }
    out[op] = rewritten;
  }
  return out;
}

/** A copy of `document` with the identity pool's variables resolved for this session. */
export function resolvePolicy(document: PolicyDocument, keys: CognitoKeys): PolicyDocument {
  const statements = document.Statement;
  const resolveOne = (s: unknown): unknown => {
    if (typeof s !== 'object' || s === null || Array.isArray(s)) return s;
    const st = { ...(s as Record<string, unknown>) };
    if ('Resource' in st) st.Resource = strings(st.Resource, keys);
    if ('NotResource' in st) st.NotResource = strings(st.NotResource, keys);
    if ('Condition' in st) st.Condition = conditions(st.Condition, keys);
    return st;
  };
  return { ...document, Statement: Array.isArray(statements) ? statements.map(resolveOne) : resolveOne(statements) };
}

/** The request context entries that carry the namespace's keys (see {@link resolvePolicy}). */
export function contextFor(keys: CognitoKeys): Record<string, string | string[]> {
  return {
    [`aws:PrincipalTag/${COGNITO_NAMESPACE}:sub`]: keys.sub,
    [`aws:PrincipalTag/${COGNITO_NAMESPACE}:aud`]: keys.aud,
    [`aws:PrincipalTag/${COGNITO_NAMESPACE}:amr`]: keys.amr,
  };
}
