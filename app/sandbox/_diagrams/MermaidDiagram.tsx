'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';

type MermaidApi = typeof import('mermaid').default;

let loading: Promise<MermaidApi> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let counter = 0;
/** Drawn diagrams by theme and source: stepping back and forth, or switching flows, redraws nothing. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 40;
const SKIPPED = 'skipped: a newer diagram replaced this one';
const DEBOUNCE_MS = 120;

/** Loads Mermaid the first time a diagram is drawn (a separate chunk, never in the page's first script). */
function loadMermaid(): Promise<MermaidApi> {
  loading ??= import('mermaid').then((m) => m.default);
  return loading;
}

/**
 * Renders one diagram at a time (Mermaid keeps global state while it lays a
 * diagram out), skipping requests nobody waits for any more.
 */
function render(text: string, dark: boolean, wanted: () => boolean): Promise<string> {
  const key = `${dark ? 'dark' : 'light'}\n${text}`;
  const hit = cache.get(key);
  if (hit) return Promise.resolve(hit);
  const run = queue.then(async () => {
    if (!wanted()) throw new Error(SKIPPED);
    const again = cache.get(key);
    if (again) return again;
    const mermaid = await loadMermaid();
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: dark ? 'dark' : 'default',
      fontFamily: 'system-ui, sans-serif',
      // A sequence keeps its natural size (its frame scrolls, the text stays readable);
      // a statechart is fitted to its frame as an overview (the chart in words has the detail).
      sequence: { useMaxWidth: false, wrap: false, width: 160, messageFontSize: 14, noteFontSize: 14 },
      state: { useMaxWidth: true },
    });
    const { svg } = await mermaid.render(`mermaid-diagram-${++counter}`, text);
    cache.set(key, svg);
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    return svg;
  });
  queue = run.catch(() => undefined);
  return run;
}

const darkQuery = '(prefers-color-scheme: dark)';
function subscribeDark(onChange: () => void) {
  const mq = window.matchMedia(darkQuery);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}
const useDark = () =>
  useSyncExternalStore(
    subscribeDark,
    () => window.matchMedia(darkQuery).matches,
    () => false,
  );

/** Whether the element is on screen or close to it (diagrams far below the fold are not drawn yet). */
function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    }, { rootMargin: '300px 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, near]);
  return near;
}

/** Marks the state node whose Mermaid id is `nodeId` (Mermaid names its group `<diagram>-state-<id>-<n>`) with the class `flow-active`. */
function markActive(container: HTMLElement, nodeId: string | undefined) {
  for (const el of container.querySelectorAll('.flow-active')) el.classList.remove('flow-active');
  if (!nodeId) return;
  const pattern = new RegExp(`-state-${nodeId}-\\d+$`);
  for (const el of container.querySelectorAll('g[id*="-state-"]')) if (pattern.test(el.id)) el.classList.add('flow-active');
}

/**
 * A Mermaid diagram drawn from `text` (strict security level: no scripts,
 * no HTML labels), with `title` as its accessible name. `highlight` (a
 * state diagram's node id) is marked without redrawing the diagram. The
 * text alternative lives beside it in the page; this only draws.
 */
export function MermaidDiagram({ text, title, highlight, className = '' }: { text: string; title: string; highlight?: string; className?: string }) {
  const dark = useDark();
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frame);
  const [drawn, setDrawn] = useState<{ key: string; svg?: string; error?: string }>();
  const source = text.replace(/^(\w[\w-]*)\n/, (first) => `${first}  accTitle: ${title.replace(/[^\w ,.()-]/g, ' ')}\n`);
  const key = `${dark ? 'dark' : 'light'}\n${source}`;

  useEffect(() => {
    if (!near) return;
    let live = true;
    // A short pause lets a burst of changes (a flow making two calls) end in one drawing.
    const wait = setTimeout(() => {
      render(source, dark, () => live).then(
        (svg) => live && setDrawn({ key, svg }),
        (e: unknown) => {
          const message = e instanceof Error ? e.message : String(e);
          if (live && message !== SKIPPED) setDrawn({ key, error: message });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(wait);
    };
  }, [key, source, dark, near]);

  useEffect(() => {
    if (box.current) markActive(box.current, highlight);
  }, [drawn, highlight]);

  let body;
  if (drawn?.error) {
    body = (
      <p role="alert" className="text-sm text-red-800 dark:text-red-200">
        The diagram could not be drawn: {drawn.error}
      </p>
    );
  } else if (!drawn?.svg) {
    body = <p className="text-sm text-muted">Drawing the diagram…</p>;
  } else {
    // Mermaid's own SVG output, rendered with securityLevel 'strict' (labels are sanitised text).
    // Until a newer text is drawn, the previous drawing stays (marked busy).
    body = <div ref={box} className={`mermaid-diagram ${className}`} aria-busy={drawn.key !== key} dangerouslySetInnerHTML={{ __html: drawn.svg }} />;
  }
  return <div ref={frame}>{body}</div>;
}
