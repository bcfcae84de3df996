import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FormFooter } from './FormFooter';

// The block every sandbox form ends with: the submit button, secondary buttons, then
// the alert and status regions (always present, so screen readers announce changes).

const render = (props: Parameters<typeof FormFooter>[0]) => renderToStaticMarkup(createElement(FormFooter, props));

describe('FormFooter', () => {
  it('shows the submit label, and the busy label (disabled) while the call runs', () => {
    expect(render({ submitLabel: 'Sign up', busyLabel: 'Signing up…' })).toMatch(/<button type="submit" class="[^"]*">Sign up<\/button>/);
    const busy = render({ submitLabel: 'Sign up', busyLabel: 'Signing up…', busy: true });
    expect(busy).toMatch(/<button type="submit" disabled=""[^>]*>Signing up…<\/button>/);
    expect(render({ submitLabel: 'Sign up', busyLabel: 'Signing up…', disabled: true })).toMatch(/<button type="submit" disabled=""[^>]*>Sign up<\/button>/);
  });

  it("always renders the alert and status regions, with the engine's error in AWS's form", () => {
    const empty = render({ submitLabel: 'Go', busyLabel: 'Going…' });
    expect(empty).toContain('<div role="alert"></div><div role="status"></div>');
    const failed = render({ submitLabel: 'Go', busyLabel: 'Going…', error: { name: 'CodeMismatchException', message: 'Invalid code provided, please request a code again.' } });
    expect(failed).toMatch(/<div role="alert"><p[^>]*><span[^>]*>CodeMismatchException<\/span>: Invalid code provided, please request a code again\.<\/p><\/div>/);
    expect(render({ submitLabel: 'Go', busyLabel: 'Going…', success: 'Done.' })).toMatch(/<div role="status"><p[^>]*>Done\.<\/p><\/div>/);
  });

  it('puts secondary buttons in a row after the submit button', () => {
    const html = render({ submitLabel: 'Confirm account', busyLabel: 'Confirming…', children: createElement('button', { type: 'button' }, 'Resend code') });
    expect(html).toMatch(/^<div class="flex[^"]*"><button type="submit"[^>]*>Confirm account<\/button><button type="button">Resend code<\/button><\/div><div role="alert">/);
  });
});
