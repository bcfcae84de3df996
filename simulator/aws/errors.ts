/**
 * Errors of the simulated AWS services around Cognito (S3, DynamoDB). `name`
 * is the service's error code (`AccessDenied` for S3,
 * `AccessDeniedException` for DynamoDB, `InvalidClientTokenId`, …) and
 * `decision` tells which policy statement decided a denial.
 */
import type { PolicyDecision } from '../iam/evaluator';

export class AwsServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly statusCode: number,
    readonly decision?: PolicyDecision & { principalArn: string; roleArn: string; identityId: string },
  ) {
    super(message);
    this.name = code;
  }
}

/** Whether `e` is an {@link AwsServiceError}. */
export const isAwsServiceError = (e: unknown): e is AwsServiceError => e instanceof AwsServiceError;
