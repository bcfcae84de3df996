/**
 * A Mermaid `stateDiagram-v2` drawn from an XState machine's own definition
 * (`machine.root`): every state (nested ones inside their parent), the
 * initial state, every transition with its event and guard, delayed
 * transitions (`after …`), eventless ones (`always`), the done/error events
 * of invoked actors, and final states. Nothing is written by hand per flow,
 * so the picture is always the chart the app runs.
 */
import type { AnyStateMachine } from 'xstate';
import { escapeMermaid, mermaidId } from './mermaidText';

/** The parts of an XState state node this module reads. */
interface NodeLike {
  id: string;
  key: string;
  type: string;
  description?: string;
  states: Record<string, NodeLike>;
  initial?: { target?: readonly NodeLike[] };
  transitions: Map<string, readonly TransitionLike[]>;
  always?: readonly TransitionLike[];
  invoke: readonly { id: string; src: unknown }[];
}
interface TransitionLike {
  eventType: string;
  target?: readonly NodeLike[];
  guard?: unknown;
  source?: NodeLike;
}

/** One arrow of the chart, in words (for the text alternative and the tests). */
export interface ChartTransition {
  from: string;
  to: string;
  event: string;
  guard?: string;
}

/** The chart as plain data: states (by path), transitions, initial and final states. */
export interface ChartOutline {
  id: string;
  states: { path: string; description?: string; final: boolean; initial: boolean }[];
  transitions: ChartTransition[];
}

const pathOf = (node: NodeLike, rootId: string) => (node.id === rootId ? '' : node.id.slice(rootId.length + 1));

function guardName(guard: unknown): string | undefined {
  if (guard === undefined || guard === null) return undefined;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') return guard.name && guard.name !== 'guard' ? guard.name : 'condition';
  if (typeof guard === 'object' && 'type' in guard && typeof (guard as { type: unknown }).type === 'string') return (guard as { type: string }).type;
  return 'condition';
}

/** A readable event name: `done: signUp`, `error: signUp`, `after 3 min`, `always`. */
function eventLabel(eventType: string, node: NodeLike): string {
  const actor = /^xstate\.(done|error)\.actor\.(.+)$/.exec(eventType);
  if (actor) {
    const invoked = node.invoke.find((i) => i.id === actor[2]);
    const src = typeof invoked?.src === 'string' ? invoked.src : actor[2];
    return `${actor[1]}: ${src}`;
  }
  const after = /^xstate\.after\.(.+?)\.(.+)$/.exec(eventType);
  if (after) {
    const delay = after[1];
    if (/^\d+$/.test(delay)) return `after ${Number(delay) >= 60_000 ? `${Number(delay) / 60_000} min` : `${delay} ms`}`;
    return `after ${delay}`;
  }
  if (eventType === '') return 'always';
  return eventType;
}

/** Reads a machine's definition into an outline (states, transitions, initial and final states). */
export function outlineMachine(machine: AnyStateMachine): ChartOutline {
  const root = machine.root as unknown as NodeLike;
  const states: ChartOutline['states'] = [];
  const transitions: ChartTransition[] = [];
  const visit = (node: NodeLike) => {
    const initialIds = new Set((node.initial?.target ?? []).map((t) => t.id));
    for (const child of Object.values(node.states)) {
      states.push({ path: pathOf(child, root.id), description: child.description, final: child.type === 'final', initial: initialIds.has(child.id) });
      visit(child);
    }
    if (node === root) return;
    const all: TransitionLike[] = [...[...node.transitions.values()].flat(), ...(node.always ?? [])];
    for (const t of all) {
      const event = eventLabel(t.eventType, node);
      const targets = t.target?.length ? t.target : [node];
      for (const target of targets) {
        transitions.push({ from: pathOf(node, root.id), to: pathOf(target, root.id), event, guard: guardName(t.guard) });
      }
    }
  };
  visit(root);
  // Transitions declared on the root (`on` at the top) apply from every top-level state.
  for (const t of [...root.transitions.values()].flat()) {
    for (const target of t.target ?? []) {
      transitions.push({ from: '*', to: pathOf(target, root.id), event: eventLabel(t.eventType, root), guard: guardName(t.guard) });
    }
  }
  return { id: root.id, states, transitions };
}

/** The Mermaid node id the chart gives the state at `path` (`awaitingCode` → `s_awaitingCode`). */
export const stateNodeId = (path: string): string => `s_${mermaidId(path)}`;

/** The label of an arrow: `EVENT [guard]`. */
export const transitionLabel = (t: ChartTransition): string => (t.guard ? `${t.event} [${t.guard}]` : t.event);

/**
 * Mermaid `stateDiagram-v2` source for a machine. `active` (a state path such
 * as `awaitingCode`) is drawn highlighted. Labels are escaped, so state
 * descriptions or event names cannot inject Mermaid syntax.
 */
export function stateDiagramText(machine: AnyStateMachine, options: { active?: string } = {}): string {
  const outline = outlineMachine(machine);
  const root = machine.root as unknown as NodeLike;
  const lines = ['stateDiagram-v2'];
  const id = (path: string) => (path === '*' ? '[*]' : stateNodeId(path));
  const write = (node: NodeLike, indent: string) => {
    const initialIds = new Set((node.initial?.target ?? []).map((t) => t.id));
    for (const child of Object.values(node.states)) {
      const path = pathOf(child, root.id);
      if (Object.keys(child.states).length) {
        lines.push(`${indent}state "${escapeMermaid(child.key)}" as ${id(path)} {`);
        write(child, `${indent}  `);
        lines.push(`${indent}}`);
      } else {
        lines.push(`${indent}state "${escapeMermaid(child.key)}" as ${id(path)}`);
      }
      if (initialIds.has(child.id)) lines.push(`${indent}[*] --> ${id(path)}`);
      if (child.type === 'final') lines.push(`${indent}${id(path)} --> [*]`);
    }
  };
  write(root, '  ');
  const topLevel = Object.values(root.states).map((s) => pathOf(s, root.id));
  for (const t of outline.transitions) {
    const label = escapeMermaid(transitionLabel(t));
    if (t.from === '*') {
      for (const from of topLevel) if (from !== t.to) lines.push(`  ${id(from)} --> ${id(t.to)} : ${label}`);
    } else {
      lines.push(`  ${id(t.from)} --> ${id(t.to)} : ${label}`);
    }
  }
  lines.push('  classDef active fill:#f59e0b,stroke:#92400e,stroke-width:3px,color:#0b1120,font-weight:bold');
  if (options.active && outline.states.some((s) => s.path === options.active)) lines.push(`  class ${id(options.active)} active`);
  return lines.join('\n');
}

/** The chart in words, one line per transition, for the text alternative beside the drawing. */
export function describeTransitions(machine: AnyStateMachine): string[] {
  const { transitions } = outlineMachine(machine);
  return transitions.map((t) => `${t.from === '*' ? 'any state' : t.from} → ${t.to}: ${transitionLabel(t)}`);
}
