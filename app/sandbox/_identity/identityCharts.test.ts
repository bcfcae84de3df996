import { describe, expect, it } from 'vitest';
import { basicFlowMachine } from '@/machines/identity/basicFlow';
import { enhancedFlowMachine } from '@/machines/identity/enhancedFlow';
import { describeTransitions, outlineMachine, stateDiagramText } from '../_diagrams/statechart';

describe('statecharts of the identity flows (drawn in the identity panel)', () => {
  it('draws every state of both flow machines, with their transitions', () => {
    for (const machine of [enhancedFlowMachine, basicFlowMachine]) {
      const outline = outlineMachine(machine);
      const text = stateDiagramText(machine);
      expect(text.startsWith('stateDiagram-v2')).toBe(true);
      expect(outline.states.length).toBeGreaterThan(2);
      expect(outline.states.some((s) => s.final)).toBe(true);
      expect(describeTransitions(machine)).toHaveLength(outline.transitions.length);
    }
    const enhanced = describeTransitions(enhancedFlowMachine).join('\n');
    const basic = describeTransitions(basicFlowMachine).join('\n');
    expect(enhanced).toMatch(/getCredentials|GetCredentialsForIdentity/i);
    expect(basic).toMatch(/openIdToken|GetOpenIdToken/i);
    expect(basic).toMatch(/assumeRole|AssumeRoleWithWebIdentity/i);
  });
});
