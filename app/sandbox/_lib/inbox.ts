/** The learner's inbox: what the demo pool has sent, newest first. */
import type { OutboxMessage } from '@/simulator';

/**
 * The messages sent by `userPoolId` (all pools when it is undefined), newest
 * first. Messages sent at the same simulated instant keep their sending order
 * reversed, by outbox id.
 */
export function inboxMessages(outbox: readonly OutboxMessage[], userPoolId?: string): OutboxMessage[] {
  return outbox
    .filter((m) => userPoolId === undefined || m.userPoolId === userPoolId)
    .sort((a, b) => b.sentAt - a.sentAt || b.id - a.id);
}
