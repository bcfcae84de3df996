'use client';

import { useSandbox } from '../_lib/useSandbox';
import { inboxMessages } from '../_lib/inbox';
import { formatSimTimeShort, isoTime } from '../_lib/time';

/** The learner's phone: every text message the pool sent, newest first, as a messaging app shows them. */
export function Phone() {
  const { state } = useSandbox();
  const texts = inboxMessages(state.outbox, state.pool?.userPoolId).filter((m) => m.channel === 'SMS');
  return (
    <div className="mx-auto max-w-sm rounded-[2rem] border-4 border-slate-700 bg-background p-3 dark:border-slate-500">
      <div className="mb-3 flex items-center justify-between border-b border-border pb-2 text-xs text-muted">
        <span>Messages</span>
        {state.now !== null ? <time dateTime={isoTime(state.now)}>{formatSimTimeShort(state.now)}</time> : null}
      </div>
      {texts.length === 0 ? (
        <p className="px-1 pb-2 text-sm text-muted">No text messages yet. When the pool sends an SMS (a phone verification code, an SMS MFA code), it arrives here.</p>
      ) : (
        <ol className="max-h-80 space-y-3 overflow-auto px-1 pb-1" aria-label="Text messages, newest first">
          {texts.map((m) => (
            <li key={m.id}>
              <article aria-label={`Text message to ${m.destination}`} className="space-y-1">
                <p className="text-xs text-muted">
                  To {m.destination} · <time dateTime={isoTime(m.sentAt)}>{formatSimTimeShort(m.sentAt)}</time>
                </p>
                <p className="w-fit max-w-full rounded-2xl rounded-tl-sm bg-slate-200 px-3 py-2 text-sm whitespace-pre-wrap text-slate-900 wrap-anywhere dark:bg-slate-700 dark:text-slate-50">
                  {m.body}
                </p>
                {m.code ? (
                  <p className="text-xs">
                    Code: <code className="font-mono text-sm font-semibold tracking-wider">{m.code}</code>
                  </p>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
