import { describe, expect, it } from 'vitest';
import type { OutboxMessage } from '@/simulator';
import { inboxMessages } from './inbox';

const message = (id: number, sentAt: number, userPoolId = 'us-east-1_demo'): OutboxMessage => ({
  id,
  sentAt,
  userPoolId,
  username: `user${id}`,
  channel: 'EMAIL',
  destination: `user${id}@example.com`,
  subject: 'Your verification code',
  body: 'Your verification code is 123456. ',
  reason: 'SignUp',
  code: '123456',
});

describe('inboxMessages', () => {
  it('puts the newest first, by time and then by sending order', () => {
    const outbox = [message(1, 1000), message(2, 5000), message(3, 5000), message(4, 3000)];
    expect(inboxMessages(outbox).map((m) => m.id)).toEqual([3, 2, 4, 1]);
  });

  it("keeps only the given pool's messages and leaves the outbox as it was", () => {
    const outbox = [message(1, 1000), message(2, 2000, 'us-east-1_other'), message(3, 3000)];
    expect(inboxMessages(outbox, 'us-east-1_demo').map((m) => m.id)).toEqual([3, 1]);
    expect(outbox.map((m) => m.id)).toEqual([1, 2, 3]);
  });
});
