import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { signUpMachine } from '@/machines/flows/signUp';
import { signInMachine } from '@/machines/flows/signIn';
import { authSessionMachine } from '@/machines/authSession';
import { userStatusMachine } from '@/machines/userStatus';
import { describeTransitions, outlineMachine, stateDiagramText } from './statechart';
import { escapeMermaid } from './mermaidText';

describe('statechart text from a machine definition', () => {
  it('has every state, the initial state, every transition with its event and guard, and final states', () => {
    const text = stateDiagramText(signUpMachine);
    expect(text.split('\n')[0]).toBe('stateDiagram-v2');
    for (const state of Object.keys(signUpMachine.root.states)) expect(text).toContain(`state "${state}" as s_${state}`);
    expect(text).toContain('[*] --> s_editing');
    expect(text).toContain('s_editing --> s_signingUp : SUBMIT');
    expect(text).toContain(`s_signingUp --> s_confirmed : done${escapeMermaid(':')} signUp ${escapeMermaid('[alreadyConfirmed]')}`);
    expect(text).toContain(`s_signingUp --> s_awaitingCode : done${escapeMermaid(':')} signUp`);
    expect(text).toContain(`s_confirming --> s_awaitingCode : error${escapeMermaid(':')} confirmSignUp`);
    expect(text).toContain('s_awaitingCode --> s_resending : RESEND');
    expect(text).not.toContain('--> [*]'); // sign-up has no final state
  });

  it('counts one arrow per transition target, and draws final states and delays', () => {
    const outline = outlineMachine(signInMachine);
    const text = stateDiagramText(signInMachine);
    const arrows = text.split('\n').filter((l) => /^ {2}s_\w+ --> s_\w+ : /.test(l));
    expect(arrows).toHaveLength(outline.transitions.length);
    expect(text).toContain('s_signedIn --> [*]');
    expect(text).toContain('s_smsMfa --> s_sessionExpired : after challengeSession');
    expect(text).toContain(`s_routing --> s_softwareTokenMfa : always ${escapeMermaid('[softwareTokenMfaNext]')}`);
    expect(describeTransitions(signInMachine)).toContain('idle → startingSrp: SUBMIT [srpChosen]');
  });

  it("draws the engine's own charts: the sign-in session and the user status", () => {
    const auth = stateDiagramText(authSessionMachine);
    expect(auth).toContain('s_authenticated --> [*]');
    expect(auth).toContain(`s_idle --> s_newPasswordRequired : PASSWORD_VERIFIED ${escapeMermaid('[mustChangePassword]')}`);
    expect(auth).toContain('s_smsMfa --> s_expired : after authSessionValidity');
    const status = stateDiagramText(userStatusMachine);
    expect(status).toContain('[*] --> s_NEW');
    expect(status).toContain('s_UNCONFIRMED --> s_CONFIRMED : CONFIRM_SIGN_UP');
    expect(status).toContain('s_FORCE_CHANGE_PASSWORD --> s_CONFIRMED : COMPLETE_NEW_PASSWORD');
  });

  it('highlights the active state, and only a state that exists', () => {
    expect(stateDiagramText(signUpMachine, { active: 'awaitingCode' })).toContain('class s_awaitingCode active');
    expect(stateDiagramText(signUpMachine, { active: 'nope' })).not.toContain('class s_nope');
  });

  it('escapes names that are not plain, and nests compound states', () => {
    const odd = setup({}).createMachine({
      id: 'odd',
      initial: 'a',
      states: {
        a: { on: { 'GO; click a "x" #1': 'b:c' } },
        'b:c': { initial: 'inner', states: { inner: { on: { DONE: '#odd.end' } } } },
        end: { type: 'final' },
      },
    });
    const text = stateDiagramText(odd);
    expect(text).toContain('state "b#58;c" as s_b_58_c {');
    expect(text).toContain('state "inner" as s_b_58_c__inner');
    expect(text).toContain('s_a --> s_b_58_c : GO#59; click a #34;x#34; #35;1');
    expect(text).toContain('s_b_58_c__inner --> s_end : DONE');
    expect(text).not.toMatch(/"x"/);
  });
});
