/**
 * How the code lab prints what learner code logs: strings as they are,
 * errors as `Name: message`, everything else as indented JSON (long values
 * cut), much like the Node.js console.
 */

/** Longest console line kept (characters). */
export const MAX_LOG_CHARS = 20_000;

/** Formats one console argument. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return errorText(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `[Function ${(value as { name?: string }).name || '(anonymous)'}]`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  try {
    const seen = new WeakSet<object>();
    const text = JSON.stringify(
      value,
      (_k, v: unknown) => {
        if (typeof v === 'bigint') return `${v}n`;
        if (v instanceof Error) return errorText(v);
        if (v && typeof v === 'object') {
          if (seen.has(v)) return '[Circular]';
          seen.add(v);
        }
        return v;
      },
      2,
    );
    return text ?? String(value);
  } catch {
    return String(value);
  }
}

/** `Name: message`, the way an AWS SDK exception is usually quoted. */
export function errorText(e: { name?: unknown; message?: unknown }): string {
  const name = typeof e.name === 'string' && e.name ? e.name : 'Error';
  return e.message !== undefined && e.message !== '' ? `${name}: ${String(e.message)}` : name;
}

/** Formats a console call's arguments into one line. */
export function formatArgs(args: readonly unknown[]): string {
  const line = args.map(formatValue).join(' ');
  return line.length > MAX_LOG_CHARS ? `${line.slice(0, MAX_LOG_CHARS)}… (cut)` : line;
}

/**
 * The name and message of anything thrown. AWS SDK v3 exceptions carry the
 * AWS type as `name`; amazon-cognito-identity-js errors carry it as `code`.
 */
export function describeThrown(e: unknown): { name: string; message: string } {
  if (e && typeof e === 'object') {
    const o = e as { name?: unknown; code?: unknown; message?: unknown };
    const generic = typeof o.name !== 'string' || o.name === '' || o.name === 'Error';
    const name = generic && typeof o.code === 'string' && o.code ? o.code : typeof o.name === 'string' && o.name ? o.name : 'Error';
    return { name, message: o.message === undefined ? '' : String(o.message) };
  }
  return { name: 'Error', message: String(e) };
}
