/**
 * What an operation gets: the state (an Immer draft: changes are kept only if
 * the operation succeeds), the injected clock and randomness, and crypto
 * providers the host may replace with native ones.
 */
import type { Clock } from './clock';
import type { RandomSource } from './random';
import type { OutboxMessage, SimState } from './model';
import type { StructShape } from './validate';
import type { LambdaHost } from '../triggers/host';

/** Big-number work the host may accelerate (the Node endpoint injects OpenSSL). */
export interface CryptoProviders {
  /** base^exp mod mod, for non-negative operands. */
  modPow(base: bigint, exp: bigint, mod: bigint): bigint;
}

export interface EngineOptions {
  /** PBKDF2 iterations for stored password hashes. */
  passwordHashIterations: number;
}

export interface OperationContext {
  /** The draft state. Mutate freely; a thrown error discards every change. */
  readonly state: SimState;
  readonly clock: Clock;
  readonly random: RandomSource;
  readonly crypto: CryptoProviders;
  readonly options: EngineOptions;
  /** Current simulated time in ms (same as `clock.now()`). */
  now(): number;
  /** Puts a message in the outbox and returns it. */
  send(message: Omit<OutboxMessage, 'id' | 'sentAt'>): OutboxMessage;
  /** Imported CryptoKeys by kid (a cache, never part of the state). */
  readonly keyCache: Map<string, CryptoKey>;
  /** Lambda triggers: the injected runtime and the records that outlive a failed call (simulator/triggers/host.ts). */
  readonly lambda?: LambdaHost;
}

export type ServiceName = 'cognito-idp' | 'cognito-identity';

export interface Operation<I = unknown, O = unknown> {
  /** The AWS operation name, e.g. `SignUp`. */
  readonly name: string;
  readonly service: ServiceName;
  readonly input: StructShape<I>;
  /** Whether the operation only reads (no state is written). */
  readonly readOnly?: boolean;
  run(ctx: OperationContext, input: I): Promise<O>;
}

/** Declares one AWS operation: its name, its input shape and what it does. */
export function defineOperation<I, O>(
  name: string,
  input: StructShape<I>,
  run: (ctx: OperationContext, input: I) => Promise<O>,
  extra: { service?: ServiceName; readOnly?: boolean } = {},
): Operation<I, O> {
  return { name, input, run, service: extra.service ?? 'cognito-idp', readOnly: extra.readOnly };
}

/** X-Amz-Target prefixes. */
export const TARGET_PREFIX: Record<ServiceName, string> = {
  'cognito-idp': 'AWSCognitoIdentityProviderService',
  'cognito-identity': 'AWSCognitoIdentityService',
};
