/**
 * Snapshot schema for the trigger state (functions, logs, attempts). Every
 * part is optional, so snapshots written before triggers existed still load.
 */
import { z } from 'zod';

const time = z.number().int().nonnegative();

const lambdaFunction = z.object({
  name: z.string().min(1),
  arn: z.string().min(1),
  code: z.string(),
  language: z.enum(['javascript', 'typescript']),
  latencyMs: z.number().int().nonnegative().optional(),
  throwError: z.string().optional(),
  realTime: z.boolean().optional(),
  createdAt: time,
  updatedAt: time,
});

const logLine = z.object({
  at: time,
  requestId: z.string(),
  attempt: z.number().int().positive(),
  userPoolId: z.string(),
  triggerSource: z.string(),
  message: z.string(),
});

const invocation = z.object({
  requestId: z.string(),
  functionArn: z.string(),
  trigger: z.string(),
  triggerSource: z.string(),
  attempt: z.number().int().positive(),
  startedAt: time,
  durationMs: z.number().nonnegative(),
  invocationType: z.enum(['sync', 'async']),
  outcome: z.enum(['ok', 'error', 'timeout', 'not-invoked']),
  errorType: z.string().optional(),
  errorMessage: z.string().optional(),
});

/** The optional trigger fields of the snapshot root. */
export const lambdaSnapshotFields = {
  lambdaFunctions: z.record(z.string(), lambdaFunction).optional(),
  lambdaLogs: z.record(z.string(), z.array(logLine)).optional(),
  lambdaInvocations: z.record(z.string(), z.array(invocation)).optional(),
};
