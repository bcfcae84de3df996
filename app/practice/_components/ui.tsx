/** Small shared pieces of the trainer UI (no hooks). */
import type { ButtonHTMLAttributes, ReactNode } from 'react';

const base = 'inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2 font-semibold disabled:cursor-not-allowed disabled:opacity-60';

/** The main action. */
export function PrimaryButton({ className = '', ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" className={`${base} bg-accent text-accent-foreground shadow-sm hover:bg-accent-strong ${className}`} {...props} />;
}

/** A secondary action (outlined). */
export function SecondaryButton({ className = '', ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" className={`${base} border border-border bg-background text-foreground hover:bg-surface ${className}`} {...props} />;
}

/** A titled card section named by its heading. */
export function Card({ id, title, children, level = 2 }: { id: string; title: ReactNode; children: ReactNode; level?: 2 | 3 }) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-xl border border-border bg-surface p-5">
      <H id={id} className={level === 2 ? 'text-2xl font-semibold tracking-tight' : 'text-lg font-semibold'}>
        {title}
      </H>
      {children}
    </section>
  );
}

export const inputClass = 'rounded-lg border border-border bg-background px-3 py-2 text-foreground';
export const linkClass = 'underline decoration-accent underline-offset-4 hover:decoration-2';
