/**
 * Renders the small Markdown subset lesson text uses: paragraphs separated by
 * blank lines, "- " bullet lists, `code` and **bold**. No HTML is parsed, so
 * nothing in content can inject markup.
 */
import type { ReactNode } from 'react';

function inline(text: string, keyBase: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /(`[^`]+`|\*\*[^*]+\*\*)/g;
  let last = 0;
  let i = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const token = m[0];
    if (token.startsWith('`')) {
      out.push(
        <code key={`${keyBase}-${i++}`} className="rounded bg-surface px-1 py-0.5 font-mono text-[0.9em] ring-1 ring-border">
          {token.slice(1, -1)}
        </code>,
      );
    } else {
      out.push(
        <strong key={`${keyBase}-${i++}`} className="font-semibold">
          {token.slice(2, -2)}
        </strong>,
      );
    }
    last = m.index + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Lesson prose from the content's Markdown subset. */
export function Prose({ text }: { text: string }) {
  const blocks: { kind: 'p' | 'ul'; lines: string[] }[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) {
      blocks.push({ kind: 'p', lines: [] });
      continue;
    }
    const isItem = /^- /.test(trimmed);
    const last = blocks[blocks.length - 1];
    if (isItem) {
      if (last && last.kind === 'ul') last.lines.push(trimmed.slice(2));
      else blocks.push({ kind: 'ul', lines: [trimmed.slice(2)] });
    } else if (last && last.kind === 'p') {
      last.lines.push(trimmed);
    } else if (last && last.kind === 'ul' && /^\s+/.test(line)) {
      last.lines[last.lines.length - 1] += ` ${trimmed}`;
    } else {
      blocks.push({ kind: 'p', lines: [trimmed] });
    }
  }
  return (
    <div className="space-y-3 leading-relaxed">
      {blocks
        .filter((b) => b.lines.length > 0)
        .map((b, bi) =>
          b.kind === 'ul' ? (
            <ul key={bi} className="list-disc space-y-1.5 pl-6">
              {b.lines.map((l, li) => (
                <li key={li}>{inline(l, `${bi}-${li}`)}</li>
              ))}
            </ul>
          ) : (
            <p key={bi}>{inline(b.lines.join(' '), `${bi}`)}</p>
          ),
        )}
    </div>
  );
}
