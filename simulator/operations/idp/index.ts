/**
 * Every Amazon Cognito user pools operation the engine implements, one per
 * file, registered here by its AWS name.
 */
import type { Operation } from '../../core/context';

/* eslint-disable @typescript-eslint/no-explicit-any */
export const idpOperations: Operation<any, any>[] = [
];
