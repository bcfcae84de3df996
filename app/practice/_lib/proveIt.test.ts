import { describe, expect, it } from 'vitest';
import { lessons } from '../../../content';
import { SANDBOX_PRESETS } from '../../../content/presets/presets';
import { proveItHref, proveItPreset } from './proveIt';

const existing = new Set(SANDBOX_PRESETS.map((p) => p.id));

describe('proveItPreset', () => {
  it("picks the lesson's first Try it preset that exists in the sandbox", () => {
    const fake = [{ topic: 'tokens' as const, tryIt: [{ label: 'a', preset: 'not-built-yet' }, { label: 'b', preset: 'token-revocation' }, { label: 'c', preset: 'jwt-inspector' }] }];
    expect(proveItPreset('tokens', fake, new Set(['token-revocation', 'jwt-inspector']))).toBe('token-revocation');
    expect(proveItPreset('tokens', fake, new Set(['jwt-inspector']))).toBe('jwt-inspector');
    expect(proveItPreset('tokens', fake, new Set())).toBeNull();
    expect(proveItPreset('pricing', fake, new Set(['token-revocation']))).toBeNull();
  });

  it('maps the real content to presets that exist', () => {
    expect(proveItPreset('tokens', lessons, existing)).toBe('token-lifetimes');
    for (const lesson of lessons) {
      const preset = proveItPreset(lesson.topic, lessons, existing);
      if (preset !== null) expect(existing.has(preset)).toBe(true);
    }
  });

  it('builds the sandbox URL', () => {
    expect(proveItHref('token-lifetimes')).toBe('/sandbox/?preset=token-lifetimes');
    // A preset about one part of the page opens it there.
    expect(proveItHref('pre-signup-auto-confirm')).toBe('/sandbox/?preset=pre-signup-auto-confirm&tab=triggers');
    expect(proveItHref('identity-pool-guest')).toBe('/sandbox/?preset=identity-pool-guest&tab=identity-pool');
  });

  it('now has a preset for every topic whose lesson links to one (lambda triggers, hosted UI, identity pools included)', () => {
    expect(proveItPreset('lambda-triggers', lessons, existing)).toBe('custom-auth-challenge');
    expect(proveItPreset('hosted-ui-oauth', lessons, existing)).toBe('hosted-ui-code-flow');
    expect(proveItPreset('identity-pools', lessons, existing)).toBe('identity-pool-guest');
  });
});
