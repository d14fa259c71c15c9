/**
 * The statechart as plain data for drawing: nested states and labelled transitions, read from
 * the machine definition itself (never a copy), so a diagram cannot drift from the rules.
 */
import type { AnyStateNode } from 'xstate';
import { guardName } from './refusal.js';
import { talksMachine } from './talksMachine.js';

export interface ChartState {
  /** Keys from the chart's root down, e.g. `['process', 'proximityTalks', 'declared']`. */
  readonly path: readonly string[];
  readonly label: string;
  readonly parallel: boolean;
  readonly final: boolean;
  /** The key of the child entered first; null for an atomic or parallel state. */
  readonly initial: string | null;
  readonly children: readonly ChartState[];
}

export interface ChartEdge {
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly label: string;
}

export interface Chart {
  readonly root: ChartState;
  readonly edges: readonly ChartEdge[];
  /** Events that change only the context, from anywhere: listed beside the chart. */
  readonly contextEvents: readonly string[];
}

/** How the machine's named delays read on a diagram. */
const DELAY_LABELS: Record<string, string> = { walkoutDeadline: 'deadline passes' };

interface TransitionLike {
  readonly target?: readonly AnyStateNode[] | undefined;
  readonly guard?: unknown;
}

const withGuard = (label: string, t: TransitionLike): string => {
  const guard = guardName(t.guard);
  return guard ? `${label} [${guard}]` : label;
};

function stateOf(node: AnyStateNode): ChartState {
  const children = Object.values(node.states as Record<string, AnyStateNode>).map(stateOf);
  // Only a compound state has an initial child: XState gives the others an empty target.
  const initial = node.initial.target[0]?.key ?? null;
  return {
    path: node.path,
    label: node.key,
    parallel: node.type === 'parallel',
    final: node.type === 'final',
    initial,
    children,
  };
}

/** Transitions of one node; a targetless one is drawn as a loop on the node itself. */
function edgesOf(node: AnyStateNode): ChartEdge[] {
  const edge = (t: TransitionLike, label: string): ChartEdge[] =>
    (t.target?.length ? t.target : [node]).map((target) => ({
      from: node.path,
      to: target.path,
      label: withGuard(label, t),
    }));
  const byEvent = [...node.transitions.entries()]
    .filter(([type]) => !type.startsWith('xstate.after.'))
    .flatMap(([type, transitions]) => transitions.flatMap((t) => edge(t, type)));
  const delayed = node.after.flatMap((t) =>
    edge(
      t,
      typeof t.delay === 'string'
        ? (DELAY_LABELS[t.delay] ?? `after ${t.delay}`)
        : `after ${String(t.delay)} ms`,
    ),
  );
  const eventless = (node.always ?? []).flatMap((t) => edge(t, 'always'));
  const nested = Object.values(node.states as Record<string, AnyStateNode>).flatMap(edgesOf);
  return [...byEvent, ...delayed, ...eventless, ...nested];
}

/**
 * The talks machine (or another) as a chart: regions, states and every transition.
 * @example statechart().root.children.map((r) => r.label) // ['process', 'opposition', 'government', 'ceasefireTrack']
 */
export function statechart(machine: { readonly root: AnyStateNode } = talksMachine): Chart {
  const { root } = machine;
  const edges = edgesOf(root);
  const isRoot = (path: readonly string[]): boolean => path.length === 0;
  return {
    root: stateOf(root),
    edges: edges.filter((e) => !isRoot(e.from)),
    contextEvents: edges.filter((e) => isRoot(e.from)).map((e) => e.label),
  };
}
