/**
 * The end of every sandbox form: the submit button (with its "working…"
 * label while the call runs), any secondary buttons beside it, then the
 * alert/status pair the form reports through. No hooks, so any form can use it.
 */
import type { ReactNode } from 'react';
import type { SandboxError } from '../_lib/sandboxStore';
import { FormFeedback, SubmitButton } from './ui';

export interface FormFooterProps {
  /** The submit button's label. */
  submitLabel: string;
  /** The label while the form's call runs (`busy`), e.g. "Signing up…". */
  busyLabel: string;
  /** Whether the form's own call is running: the button shows {@link FormFooterProps.busyLabel} and is disabled. */
  busy?: boolean;
  /** Disables the submit button for another reason (the sandbox is starting, another step of the flow is running). */
  disabled?: boolean;
  /** The engine's refusal, shown in the alert region. */
  error?: SandboxError;
  /** What succeeded, shown in the status region. */
  success?: ReactNode;
  /** Secondary buttons, placed in a row after the submit button. */
  children?: ReactNode;
}

/** The submit button, optional secondary buttons, and the form's alert and status regions. */
export function FormFooter({ submitLabel, busyLabel, busy = false, disabled = false, error, success, children }: FormFooterProps) {
  const submit = <SubmitButton disabled={disabled || busy}>{busy ? busyLabel : submitLabel}</SubmitButton>;
  return (
    <>
      {children ? (
        <div className="flex flex-wrap items-center gap-3">
          {submit}
          {children}
        </div>
      ) : (
        submit
      )}
      <FormFeedback error={error} success={success} />
    </>
  );
}
