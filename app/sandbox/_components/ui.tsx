/**
 * Small building blocks shared by the sandbox panels: a titled panel, a
 * labelled text field, a submit button and the alert/status pair each form
 * reports through. No hooks here, so server and client components can use them.
 */
import type { InputHTMLAttributes, ReactNode } from 'react';
import type { SandboxError } from '../_lib/sandboxStore';

/** A titled region of the page (`<section>` named by its `<h2>`). */
export function Panel({ id, title, description, children, className = '' }: { id: string; title: string; description?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`min-w-0 rounded-xl border border-border bg-surface p-5 ${className}`}>
      <h2 id={`${id}-heading`} className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm leading-relaxed text-muted">{description}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

type FieldProps = { id: string; label: string; hint?: ReactNode; invalid?: boolean } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

/** A text input with its visible label and an optional hint (linked with aria-describedby). */
export function TextField({ id, label, hint, invalid, className = '', ...input }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-describedby={hintId}
        aria-invalid={invalid || undefined}
        className={`block w-full rounded-md border border-slate-500 bg-background px-3 py-2 text-foreground aria-[invalid=true]:border-red-700 dark:border-slate-400 dark:aria-[invalid=true]:border-red-400 ${className}`}
        {...input}
      />
    </div>
  );
}

/** A checkbox with its label on the right; `describedBy` names the element explaining it (an engine error under it), `invalid` marks it refused. */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  describedBy,
  invalid,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  return (
    <div className="flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className="h-4 w-4 accent-accent"
      />
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
    </div>
  );
}

/** The form's main button. */
export function SubmitButton({ children, disabled }: { children: ReactNode; disabled?: boolean }) {
  return (
    <button
      type="submit"
      disabled={disabled}
      className="rounded-md bg-accent px-4 py-2 font-semibold text-accent-foreground shadow-sm hover:bg-accent-strong disabled:cursor-not-allowed disabled:opacity-60"
    >
      {children}
    </button>
  );
}

/** A secondary button (outlined). */
export const secondaryButtonClass =
  'rounded-md border border-slate-500 bg-background px-3 py-1.5 text-sm font-semibold hover:bg-surface disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-400';

/**
 * Where a form reports back: an alert region for the engine's refusal (AWS's
 * exception type and message) and a status region for success. Both are
 * always in the page so assistive technology announces their changes.
 */
export function FormFeedback({ error, success }: { error?: SandboxError; success?: ReactNode }) {
  return (
    <>
      <div role="alert">
        {error ? (
          <p className="rounded-md border border-red-700/40 bg-red-50 p-3 text-sm text-red-800 dark:border-red-400/40 dark:bg-red-950/40 dark:text-red-200">
            <span className="font-mono font-semibold">{error.name}</span>: {error.message}
          </p>
        ) : null}
      </div>
      <div role="status">
        {success ? (
          <p className="rounded-md border border-green-700/40 bg-green-50 p-3 text-sm text-green-900 dark:border-green-400/40 dark:bg-green-950/40 dark:text-green-200">
            {success}
          </p>
        ) : null}
      </div>
    </>
  );
}
