import { describe, expect, it } from 'vitest';
import { lessons } from '../../../content';
import { describeDiagram } from './diagramText';

describe('diagram text alternatives', () => {
  it('describes flowchart edges with node labels and edge labels', () => {
    const text = describeDiagram(`flowchart LR
  A[Wrong password] --> B{Too many failures}
  B -->|No| C[Try again]
  B -->|Yes| D[Temporary lockout]
  D --> C`);
    expect(text).toEqual([
      'Wrong password → Too many failures',
      'Too many failures → Try again (No)',
      'Too many failures → Temporary lockout (Yes)',
      'Temporary lockout → Try again',
    ]);
  });

  it('describes sequence diagram messages with participant aliases', () => {
    const text = describeDiagram(`sequenceDiagram
  participant App
  participant Pool as User pool
  App->>Pool: InitiateAuth
  Pool-->>App: Tokens
  App->>App: Store tokens`);
    expect(text).toEqual(['App → User pool: InitiateAuth', 'User pool replies to App: Tokens', 'App, to itself: Store tokens']);
  });

  it('describes state diagrams, naming the start state', () => {
    expect(describeDiagram('stateDiagram-v2\n  [*] --> UNCONFIRMED: SignUp\n  UNCONFIRMED --> CONFIRMED: ConfirmSignUp')).toEqual([
      'Start → UNCONFIRMED (SignUp)',
      'UNCONFIRMED → CONFIRMED (ConfirmSignUp)',
    ]);
  });

  it('returns null for unsupported or empty diagrams', () => {
    expect(describeDiagram('timeline\n  2024 : change')).toBeNull();
    expect(describeDiagram('flowchart LR')).toBeNull();
  });

  it('every lesson diagram gets a text version with one line per arrow', () => {
    for (const l of lessons) {
      for (const d of l.diagrams) {
        const text = describeDiagram(d.mermaid);
        expect(text, `${l.id}: ${d.caption}`).not.toBeNull();
        const arrows = d.mermaid.split('\n').filter((line) => /-->|->>|-\.->|==>/.test(line)).length;
        expect(text!.length, `${l.id}: ${d.caption}`).toBe(arrows);
        for (const line of text!) expect(line, l.id).not.toMatch(/[{}|]|\[(?!\*)/);
      }
    }
  });
});
