/**
 * Making text safe inside Mermaid source. Mermaid reads `;`, `:`, `#`,
 * quotes, brackets and angle brackets as syntax (and strict mode would strip
 * markup anyway), so every character outside a small safe set is written as
 * Mermaid's numeric entity code `#NNN;`, which Mermaid decodes after parsing.
 * A user name like `alice"; click A call evil()` stays a plain label.
 */

const SAFE = /[A-Za-z0-9 _.,\-/+=@?!*()]/;

/** Text for a Mermaid label or message: unsafe characters become `#NNN;` entity codes, and newlines a space. */
export function escapeMermaid(text: string): string {
  let out = '';
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) {
    out += SAFE.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  }
  return out;
}

/** An identifier Mermaid accepts as a node id (letters, digits, underscore); other characters become `_NN_` codes. */
export function mermaidId(text: string): string {
  return text.replace(/[^A-Za-z0-9_]/g, (ch) => (ch === '.' ? '__' : `_${ch.codePointAt(0)}_`));
}

/** Shortens a long value for a diagram label: `eyJraWQiO...`. */
export function shorten(value: string, max = 24): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}...`;
}
