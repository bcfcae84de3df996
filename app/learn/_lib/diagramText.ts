/**
 * A plain-language text version of the Mermaid diagrams the lessons use
 * (flowcharts, sequence and state diagrams), for readers who cannot see the drawing.
 * Returns null for anything it does not understand; the page then shows the
 * Mermaid source instead. Framework-free.
 */

const NODE = /^([A-Za-z][\w-]*)\s*(?:\[\[?([^\]]+)\]?\]|\{([^}]+)\}|\(\(?([^)]+)\)?\))?/;

/** Splits "A[Label]" into its id and label (the label defaults to the id). */
function parseNode(text: string, labels: Map<string, string>): string | null {
  const m = NODE.exec(text.trim());
  if (!m) return null;
  const [, id, square, curly, round] = m;
  const label = (square ?? curly ?? round)?.trim();
  if (label) labels.set(id, label.replace(/^"|"$/g, ''));
  return id;
}

function flowchart(lines: string[]): string[] {
  const labels = new Map<string, string>();
  const edges: { from: string; to: string; label?: string }[] = [];
  const edgeRe = /^(.+?)\s*(?:-->|-\.->|==>|---)\s*(?:\|([^|]+)\|\s*)?(.+)$/;
  const textEdgeRe = /^(.+?)\s*--\s+([^-].*?)\s+-->\s*(.+)$/;
  for (const line of lines) {
    const m = textEdgeRe.exec(line) ?? edgeRe.exec(line);
    if (!m) {
      parseNode(line, labels);
      continue;
    }
    const from = parseNode(m[1], labels);
    const to = parseNode(m[3], labels);
    if (from && to) edges.push({ from, to, label: m[2]?.trim() });
  }
  const name = (id: string) => labels.get(id) ?? id;
  return edges.map((e) => `${name(e.from)} → ${name(e.to)}${e.label ? ` (${e.label})` : ''}`);
}

function sequence(lines: string[]): string[] {
  const names = new Map<string, string>();
  const out: string[] = [];
  for (const line of lines) {
    const p = /^(?:participant|actor)\s+(\S+)(?:\s+as\s+(.+))?$/.exec(line);
    if (p) {
      names.set(p[1], (p[2] ?? p[1]).trim());
      continue;
    }
    const m = /^([^-\s>]+)\s*(-{1,2}>>?|-{1,2}x|-{1,2}\))\s*([^:\s]+)\s*:\s*(.+)$/.exec(line);
    if (!m) continue;
    const from = names.get(m[1]) ?? m[1];
    const to = names.get(m[3]) ?? m[3];
    const reply = m[2].startsWith('--');
    out.push(from === to ? `${from}, to itself: ${m[4].trim()}` : `${from} ${reply ? 'replies to' : '→'} ${to}: ${m[4].trim()}`);
  }
  return out;
}

function states(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const m = /^(\S+)\s*-->\s*(\S+?)\s*(?::\s*(.+))?$/.exec(line);
    if (!m) continue;
    const from = m[1] === '[*]' ? 'Start' : m[1];
    const to = m[2] === '[*]' ? 'End' : m[2];
    out.push(`${from} → ${to}${m[3] ? ` (${m[3].trim()})` : ''}`);
  }
  return out;
}

/** One sentence per arrow of a flowchart or sequence diagram, in order; null when the diagram type is not supported. */
export function describeDiagram(source: string): string[] | null {
  const lines = source
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('%%'));
  const [head, ...body] = lines;
  const kind = head?.split(/\s+/)[0];
  const steps =
    kind === 'flowchart' || kind === 'graph'
      ? flowchart(body)
      : kind === 'sequenceDiagram'
        ? sequence(body)
        : kind === 'stateDiagram-v2' || kind === 'stateDiagram'
          ? states(body)
          : null;
  return steps && steps.length > 0 ? steps : null;
}
