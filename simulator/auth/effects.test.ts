import { describe, expect, it } from 'vitest';
import { authSessionMachine } from '../../machines/authSession';
import { EFFECTS } from './effects';

describe('auth-session effects', () => {
  it('implements every effect the statechart names, and nothing else', () => {
    const named = Object.keys(authSessionMachine.implementations.actions).sort();
    expect(named.length).toBeGreaterThan(5);
    expect(Object.keys(EFFECTS).sort()).toEqual(named);
  });
});
