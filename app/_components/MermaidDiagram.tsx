'use client';

/**
 * A Mermaid diagram rendered in the browser: mermaid is loaded lazily (only
 * on pages that show a diagram), in strict security mode, themed for the
 * colour scheme. The caption names it; the source is offered as a text
 * alternative beside it.
 */
import { useEffect, useId, useRef, useState } from 'react';

let queue: Promise<unknown> = Promise.resolve();
let counter = 0;

/** Renders one diagram to SVG markup; renders are queued because mermaid's configuration is global. */
function renderDiagram(source: string, dark: boolean): Promise<string> {
  const job = queue.then(async () => {
    const { default: mermaid } = await import('mermaid');
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: dark ? 'dark' : 'default',
      // The dark theme's edge labels sit on a mid grey that fails contrast; use the page colours.
      themeVariables: dark ? { edgeLabelBackground: '#111a2e', labelTextColor: '#e2e8f0', textColor: '#e2e8f0', lineColor: '#94a3b8' } : { edgeLabelBackground: '#f8fafc' },
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    });
    const { svg } = await mermaid.render(`mermaid-diagram-${++counter}`, source);
    return svg;
  });
  queue = job.catch(() => undefined);
  return job;
}

/**
 * `description` is the diagram in words (one line per arrow), shown as its
 * text alternative; without it the Mermaid source is the text version.
 */
export function MermaidDiagram({ source, caption, description }: { source: string; caption: string; description?: string[] | null }) {
  const target = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const captionId = useId();

  useEffect(() => {
    let cancelled = false;
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const draw = () => {
      renderDiagram(source, scheme.matches).then(
        (svg) => {
          if (cancelled || !target.current) return;
          target.current.innerHTML = svg;
          setState('ready');
        },
        () => {
          if (!cancelled) setState('error');
        },
      );
    };
    draw();
    scheme.addEventListener('change', draw);
    return () => {
      cancelled = true;
      scheme.removeEventListener('change', draw);
    };
  }, [source]);

  return (
    <figure aria-labelledby={captionId} className="space-y-2 rounded-xl border border-border bg-surface p-4">
      <div
        ref={target}
        role="img"
        aria-label={`Diagram: ${caption}. A text version follows.`}
        aria-busy={state === 'loading'}
        className="mermaid-diagram flex min-h-24 justify-center overflow-x-auto [&_svg]:h-auto [&_svg]:max-w-full"
      />
      {state === 'loading' ? <p className="text-sm text-muted">Drawing the diagram…</p> : null}
      {state === 'error' ? <p className="text-sm text-muted">The diagram could not be drawn; its text version is below.</p> : null}
      <figcaption id={captionId} className="text-sm font-medium">
        {caption}
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-muted hover:text-foreground">Diagram as text</summary>
        {description && description.length > 0 ? (
          <ol className="mt-2 list-decimal space-y-1 pl-6 leading-relaxed">
            {description.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        ) : null}
        <details className="mt-2">
          <summary className="cursor-pointer text-muted hover:text-foreground">Mermaid source</summary>
          <pre className="mt-2 overflow-x-auto rounded-md bg-background p-3 font-mono text-xs leading-relaxed ring-1 ring-border">{source}</pre>
        </details>
      </details>
    </figure>
  );
}
