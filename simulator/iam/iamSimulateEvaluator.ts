/**
 * The default {@link PolicyEvaluator}: @cloud-copilot/iam-simulate, a real IAM
 * policy evaluation library (explicit deny wins, then allow, else implicit
 * deny; every condition operator, `ForAllValues:`/`ForAnyValue:` set
 * operators, policy variables). The engine never imports this module: hosts
 * inject it (`createSimulator({ policyEvaluator: iamSimulateEvaluator })`, see
 * `iam/evaluator.ts`). The library reads its IAM action data (about 15 MB)
 * lazily, from files (Node). The browser runs this module inside the IAM
 * policy worker (`app/sandbox/_identity/policy.worker.ts`), where the build
 * swaps the library's file reader for a fetch of `/iam-data/…`.
 *
 * The library accepts only the context keys the IAM service reference lists
 * for the action, and that reference associates `cognito-identity.amazonaws.com:*`
 * with STS alone, so the engine resolves those policy variables itself before
 * the policies get here (see `iam/variables.ts`).
 */
import { runSimulation } from '@cloud-copilot/iam-simulate';
import type { DecidingStatement, PolicyDecision, PolicyEvaluator, PolicyRequest } from './evaluator';

interface AnalysedStatement {
  policyId: string;
  statement: { index(): number; sid(): string | undefined };
}

function toDeciding(statements: AnalysedStatement[], effect: 'Allow' | 'Deny'): DecidingStatement[] {
  return statements.map((s) => {
    const sid = s.statement.sid();
    // iam-simulate numbers statements from 1.
    return { policyName: s.policyId, index: s.statement.index() - 1, effect, ...(sid ? { sid } : {}) };
  });
}

export const iamSimulateEvaluator: PolicyEvaluator = {
  async evaluate(request: PolicyRequest): Promise<PolicyDecision> {
    const out = await runSimulation(
      {
        request: {
          principal: request.principalArn,
          action: request.action,
          resource: { resource: request.resourceArn, accountId: request.accountId },
          contextVariables: request.context,
        },
        identityPolicies: request.policies.map((p) => ({ name: p.name, policy: p.document })),
        serviceControlPolicies: [],
        resourceControlPolicies: [],
      },
      {},
    );
    if (out.resultType === 'error') {
      const errors = [out.errors.message];
      for (const [name, list] of Object.entries(out.errors.identityPolicyErrors ?? {})) {
        for (const e of list) errors.push(`${name}: ${e.path}: ${e.message}`);
      }
      return { result: 'ImplicitlyDenied', deciding: [], errors };
    }
    const analysis = out.resultType === 'single' ? out.result.analysis : out.results[0]?.analysis;
    const identity = analysis?.identityAnalysis;
    const result = out.overallResult;
    if (!identity) return { result, deciding: [] };
    const deciding =
      result === 'ExplicitlyDenied'
        ? toDeciding(identity.denyStatements as unknown as AnalysedStatement[], 'Deny')
        : result === 'Allowed'
          ? toDeciding(identity.allowStatements as unknown as AnalysedStatement[], 'Allow')
          : [];
    return { result, deciding };
  },
};
