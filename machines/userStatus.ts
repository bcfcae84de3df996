/**
 * The lifecycle of a user's status in a user pool (the `UserStatus` the API
 * returns). The engine moves users only through this chart, so the statechart
 * drawn for learners is the rule the engine follows.
 */
import { setup, transition, type SnapshotFrom } from 'xstate';

export type UserStatusEvent =
  | { type: 'SIGN_UP' }
  | { type: 'SIGN_UP_AUTO_CONFIRMED' }
  | { type: 'ADMIN_CREATE' }
  | { type: 'IMPORT_OR_MIGRATE' }
  | { type: 'CONFIRM_SIGN_UP' }
  | { type: 'ADMIN_CONFIRM_SIGN_UP' }
  | { type: 'COMPLETE_NEW_PASSWORD' }
  | { type: 'ADMIN_SET_PERMANENT_PASSWORD' }
  | { type: 'ADMIN_SET_TEMPORARY_PASSWORD' }
  | { type: 'ADMIN_RESET_PASSWORD' }
  | { type: 'CONFIRM_FORGOT_PASSWORD' }
  | { type: 'TEMPORARY_PASSWORD_RESENT' }
  | { type: 'FEDERATED_SIGN_IN' };

export const userStatusMachine = setup({
  types: { events: {} as UserStatusEvent },
}).createMachine({
  id: 'userStatus',
  initial: 'NEW',
  states: {
    NEW: {
      description: 'Not yet in the pool',
      on: {
        SIGN_UP: 'UNCONFIRMED',
        SIGN_UP_AUTO_CONFIRMED: 'CONFIRMED',
        ADMIN_CREATE: 'FORCE_CHANGE_PASSWORD',
        IMPORT_OR_MIGRATE: 'CONFIRMED',
        FEDERATED_SIGN_IN: 'EXTERNAL_PROVIDER',
      },
    },
    UNCONFIRMED: {
      description: 'Signed up; the confirmation code has not been entered yet',
      on: {
        CONFIRM_SIGN_UP: 'CONFIRMED',
        ADMIN_CONFIRM_SIGN_UP: 'CONFIRMED',
        ADMIN_SET_PERMANENT_PASSWORD: 'CONFIRMED',
        ADMIN_SET_TEMPORARY_PASSWORD: 'FORCE_CHANGE_PASSWORD',
        ADMIN_RESET_PASSWORD: 'RESET_REQUIRED',
      },
    },
    CONFIRMED: {
      description: 'Can sign in',
      on: {
        ADMIN_SET_PERMANENT_PASSWORD: 'CONFIRMED',
        ADMIN_SET_TEMPORARY_PASSWORD: 'FORCE_CHANGE_PASSWORD',
        ADMIN_RESET_PASSWORD: 'RESET_REQUIRED',
        CONFIRM_FORGOT_PASSWORD: 'CONFIRMED',
      },
    },
    FORCE_CHANGE_PASSWORD: {
      description: 'Created by an administrator; must choose a new password at first sign-in',
      on: {
        COMPLETE_NEW_PASSWORD: 'CONFIRMED',
        ADMIN_SET_PERMANENT_PASSWORD: 'CONFIRMED',
        ADMIN_SET_TEMPORARY_PASSWORD: 'FORCE_CHANGE_PASSWORD',
        TEMPORARY_PASSWORD_RESENT: 'FORCE_CHANGE_PASSWORD',
      },
    },
    RESET_REQUIRED: {
      description: 'An administrator reset the password; the user must use forgot password',
      on: {
        CONFIRM_FORGOT_PASSWORD: 'CONFIRMED',
        ADMIN_SET_PERMANENT_PASSWORD: 'CONFIRMED',
        ADMIN_SET_TEMPORARY_PASSWORD: 'FORCE_CHANGE_PASSWORD',
      },
    },
    EXTERNAL_PROVIDER: {
      description: 'Signed in through a federated identity provider (social, OIDC or SAML); has no password in the pool',
    },
  },
});

export type UserStatusValue = Exclude<SnapshotFrom<typeof userStatusMachine>['value'], 'NEW'>;

/** Whether a user in `status` may take `event`. */
export function canMoveUser(status: string, event: UserStatusEvent['type']): boolean {
  const snap = userStatusMachine.resolveState({ value: status, context: {} });
  return snap.can({ type: event } as UserStatusEvent);
}

/** The status after `event`, or undefined when the chart has no such transition. */
const nextCache = new Map<string, UserStatusValue | null>();

export function nextUserStatus(status: string, event: UserStatusEvent['type']): UserStatusValue | undefined {
  // The chart has no context or guards, so the answer depends only on (status, event): remember it.
  const key = `${status}\u0000${event}`;
  const cached = nextCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const next = stepUserStatus(status, event);
  nextCache.set(key, next ?? null);
  return next;
}

function stepUserStatus(status: string, event: UserStatusEvent['type']): UserStatusValue | undefined {
  const snap = userStatusMachine.resolveState({ value: status, context: {} });
  if (!snap.can({ type: event } as UserStatusEvent)) return undefined;
  const [next] = transition(userStatusMachine, snap, { type: event } as UserStatusEvent);
  return next.value as UserStatusValue;
}
