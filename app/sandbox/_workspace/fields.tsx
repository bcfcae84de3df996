/**
 * Small settings-form fields that show the engine's refusal right under the
 * field it is about (linked with aria-describedby, marked aria-invalid).
 */
import type { ReactNode } from 'react';
import type { SandboxError } from '../_lib/sandboxStore';

const inputClass =
  'block w-full rounded-md border border-slate-500 bg-background px-3 py-1.5 text-foreground aria-[invalid=true]:border-red-700 dark:border-slate-400 dark:aria-[invalid=true]:border-red-400';

/** The engine error shown under a field. */
export function FieldError({ id, error }: { id: string; error?: SandboxError }) {
  return error ? (
    <p id={id} className="text-sm text-red-800 dark:text-red-300">
      <span className="font-mono font-semibold">{error.name}</span>: {error.message}
    </p>
  ) : null;
}

/** A number input with its label, a hint and the engine's error for it. */
export function NumberField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: (v: string) => void;
  error?: SandboxError;
  children?: ReactNode;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input id={id} type="number" inputMode="numeric" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={described} className={`${inputClass} max-w-[9rem]`} />
        {children}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** A labelled select. */
export function SelectField<T extends string>({ id, label, value, options, onChange, srOnlyLabel }: { id: string; label: string; value: T; options: readonly { value: T; label: string }[]; onChange: (v: T) => void; srOnlyLabel?: boolean }) {
  return (
    <div className={srOnlyLabel ? '' : 'space-y-1'}>
      <label htmlFor={id} className={srOnlyLabel ? 'sr-only' : 'block text-sm font-medium'}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)} className="rounded-md border border-slate-500 bg-background px-2 py-1.5 dark:border-slate-400">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
