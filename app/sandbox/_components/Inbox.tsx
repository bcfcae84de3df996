'use client';

import { useSandbox } from '../_lib/useSandbox';
import { inboxMessages } from '../_lib/inbox';
import { formatSimTime, isoTime } from '../_lib/time';

/** The demo pool's outbox as the learner's email inbox: every email it sent, newest first (text messages go to the phone). */
export function Inbox() {
  const { state } = useSandbox();
  const messages = inboxMessages(state.outbox, state.pool?.userPoolId).filter((m) => m.channel === 'EMAIL');

  if (messages.length === 0) {
    return <p className="text-sm text-muted">No messages yet. Sign up, and the verification email arrives here.</p>;
  }
  return (
    <ol className="max-h-[32rem] space-y-3 overflow-auto" aria-label="Emails, newest first">
      {messages.map((m) => (
        <li key={m.id} className="rounded-lg border border-border bg-background p-4">
          <article aria-labelledby={`message-${m.id}-subject`} className="space-y-2">
            <h3 id={`message-${m.id}-subject`} className="font-semibold">
              {m.subject ?? (m.channel === 'SMS' ? 'Text message' : '(no subject)')}
            </h3>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-muted">{m.channel === 'SMS' ? 'SMS to' : 'To'}</dt>
              <dd className="wrap-anywhere">{m.destination}</dd>
              <dt className="text-muted">Arrived</dt>
              <dd>
                <time dateTime={isoTime(m.sentAt)}>{formatSimTime(m.sentAt)}</time>
              </dd>
              {m.code ? (
                <>
                  <dt className="text-muted">{m.reason === 'AdminCreateUser' ? 'Temporary password' : 'Code'}</dt>
                  <dd>
                    <code className="rounded bg-surface px-1.5 py-0.5 font-mono text-base font-semibold tracking-wider">{m.code}</code>
                  </dd>
                </>
              ) : null}
            </dl>
            <p className="whitespace-pre-wrap text-sm wrap-anywhere">{m.body}</p>
          </article>
        </li>
      ))}
    </ol>
  );
}
