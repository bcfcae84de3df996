/**
 * Checks Cognito makes on a pool's LambdaConfig beyond the input shape.
 *
 * Custom sender triggers (CustomEmailSender, CustomSMSSender) receive codes
 * and temporary passwords encrypted with the pool's KMS key, so a pool that
 * names one must also name LambdaConfig.KMSKeyID (API LambdaConfigType:
 * "Amazon Cognito uses the key to encrypt codes and temporary passwords sent
 * to CustomEmailSender and CustomSMSSender"; DG "Custom sender Lambda
 * triggers": activating one takes `KMSKeyID`). The requirement is AWS's; the
 * exact message is unconfirmed (see POOL_MESSAGES.customSenderNeedsKmsKey).
 */
import { fail } from '../core/errors';
import type { Json } from '../core/model';
import { POOL_MESSAGES } from './messages';

/** The LambdaConfig members that name a custom sender trigger. */
export const CUSTOM_SENDER_TRIGGERS = ['CustomEmailSender', 'CustomSMSSender'] as const;

/** Throws InvalidParameterException when a custom sender is configured without a KMS key. */
export function checkLambdaConfig(lambdaConfig: Json | undefined): void {
  if (!lambdaConfig || typeof lambdaConfig !== 'object' || Array.isArray(lambdaConfig)) return;
  const cfg = lambdaConfig as { [k: string]: Json | undefined };
  const senders = CUSTOM_SENDER_TRIGGERS.filter((k) => cfg[k] !== undefined && cfg[k] !== null);
  const key = cfg.KMSKeyID;
  if (senders.length > 0 && (typeof key !== 'string' || key === '')) throw fail('InvalidParameterException', POOL_MESSAGES.customSenderNeedsKmsKey);
}
