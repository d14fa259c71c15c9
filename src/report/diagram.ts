/**
 * Statecharts as text for slides: Mermaid (`stateDiagram-v2`) and Graphviz DOT. The chart is the
 * machine's (src/model/statechart.ts) or the path one run took through it.
 */
import { REGIONS } from '../model/domain.js';
import { invariant } from '../model/invariant.js';
import { statePaths } from '../model/paths.js';
import type { ChartEdge, ChartState, Chart } from '../model/statechart.js';
import type { Run } from '../engine/run.js';
import { regionChanges } from '../engine/effects.js';
import { clean } from '../text/sanitize.js';

export const DIAGRAM_FORMATS = ['mermaid', 'dot'] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

/**
 * One id per state, unique across regions (`opposition_attending`, `government_attending`). The
 * whole chart's is not `root`: Mermaid takes that name for its own and drops the state, note and all.
 */
const idOf = (path: readonly string[]): string =>
  path.length ? path.join('_').replace(/[^A-Za-z0-9_]/g, '_') : 'whole_chart';

/** A label inside Mermaid's quotes, which have no escape: a quote is written as Mermaid's entity for one. */
const mermaidLabel = (text: string): string => clean(text).replace(/"/g, '#quot;');

const isWithin = (path: readonly string[], ancestor: readonly string[]): boolean =>
  ancestor.length <= path.length && ancestor.every((key, i) => path[i] === key);

/** Edges between the same two states share one arrow, their labels joined. */
function merged(edges: readonly ChartEdge[]): ChartEdge[] {
  const byPair = new Map<string, ChartEdge>();
  for (const e of edges) {
    const key = `${idOf(e.from)}>${idOf(e.to)}`;
    const seen = byPair.get(key);
    byPair.set(key, seen ? { ...seen, label: `${seen.label}, ${e.label}` } : e);
  }
  return [...byPair.values()];
}

/** The deepest state that holds both ends of an edge: where Mermaid must declare it. */
function ownerOf(edge: ChartEdge, root: ChartState): ChartState {
  const inside = root.children.find(
    (c) => isWithin(edge.from, c.path) && isWithin(edge.to, c.path) && c.children.length,
  );
  return inside ? ownerOf(edge, inside) : root;
}

function mermaidState(
  state: ChartState,
  edges: readonly ChartEdge[],
  chart: ChartState,
  indent: string,
): string[] {
  const id = idOf(state.path);
  if (!state.children.length) {
    return [
      `${indent}state "${mermaidLabel(state.label)}" as ${id}`,
      ...(state.final ? [`${indent}${id} --> [*]`] : []),
    ];
  }
  const inner = `${indent}  `;
  const body: string[] = [];
  state.children.forEach((child, i) => {
    if (state.parallel && i > 0) body.push(`${inner}--`);
    body.push(...mermaidState(child, edges, chart, inner));
  });
  if (state.initial) body.push(`${inner}[*] --> ${idOf([...state.path, state.initial])}`);
  for (const e of edges.filter((e) => ownerOf(e, chart) === state))
    body.push(`${inner}${idOf(e.from)} --> ${idOf(e.to)} : ${e.label}`);
  return [`${indent}state "${mermaidLabel(state.label)}" as ${id} {`, ...body, `${indent}}`];
}

/**
 * @example mermaidDiagram(statechart()).split('\n')[0] === 'stateDiagram-v2'
 */
export function mermaidDiagram(chart: Chart): string {
  const edges = merged(chart.edges);
  const lines = ['stateDiagram-v2', ...mermaidState(chart.root, edges, chart.root, '  ')];
  if (chart.contextEvents.length) {
    lines.push(
      `  note right of ${idOf(chart.root.path)}`,
      '    change only the context, in any state:',
    );
    for (const type of chart.contextEvents) lines.push(`    ${type}`);
    lines.push('  end note');
  }
  return `${lines.join('\n')}\n`;
}

/** The node an edge to or from a compound state is drawn at: its first leaf. */
function anchorOf(path: readonly string[], root: ChartState): ChartState {
  const state = find(root, path);
  const first = state.children.find((c) => c.path.at(-1) === state.initial) ?? state.children[0];
  return first ? anchorOf(first.path, root) : state;
}

function find(state: ChartState, path: readonly string[]): ChartState {
  if (state.path.length === path.length) return state;
  const child = state.children.find((c) => isWithin(path, c.path));
  if (!child) throw new Error(`no state ${path.join('.')} in the chart`);
  return find(child, path);
}

/**
 * A DOT string: any id, a keyword such as `graph` or one starting with a digit among them, is
 * valid quoted. Line breaks are DOT's `\n`; any other control character is no part of a label.
 */
const quoted = (text: string): string =>
  `"${text
    .split('\n')
    .map((line) => clean(line).replace(/["\\]/g, '\\$&'))
    .join('\\n')}"`;

function dotState(state: ChartState, indent: string): string[] {
  const id = idOf(state.path);
  if (!state.children.length)
    return [
      `${indent}${id} [label=${quoted(state.label)}${state.final ? ', peripheries=2' : ''}];`,
    ];
  const inner = `${indent}  `;
  const style = state.parallel ? 'dashed' : 'rounded';
  const body = [
    `${inner}label=${quoted(state.parallel ? `${state.label} (parallel regions)` : state.label)}; style=${style};`,
  ];
  if (state.initial)
    body.push(
      `${inner}${id}__start [shape=point];`,
      `${inner}${id}__start -> ${idOf([...state.path, state.initial])};`,
    );
  for (const child of state.children) body.push(...dotState(child, inner));
  return [`${indent}subgraph cluster_${id} {`, ...body, `${indent}}`];
}

/**
 * @example dotDiagram(statechart()).startsWith('digraph "talks" {')
 */
export function dotDiagram(chart: Chart): string {
  const lines = [
    `digraph ${quoted(chart.root.label)} {`,
    '  compound=true; rankdir=LR;',
    '  node [shape=box, style=rounded];',
  ];
  lines.push(...dotState(chart.root, '  '));
  for (const e of merged(chart.edges)) {
    const [from, to] = [anchorOf(e.from, chart.root), anchorOf(e.to, chart.root)];
    const clip = [
      from.path.length > e.from.length ? `ltail=cluster_${idOf(e.from)}` : '',
      to.path.length > e.to.length ? `lhead=cluster_${idOf(e.to)}` : '',
    ].filter(Boolean);
    lines.push(
      `  ${idOf(from.path)} -> ${idOf(to.path)} [label=${quoted(e.label)}${clip.map((c) => `, ${c}`).join('')}];`,
    );
  }
  if (chart.contextEvents.length) {
    lines.push(
      `  context_only [shape=note, label=${quoted(`change only the context, in any state:\n${chart.contextEvents.join('\n')}`)}];`,
    );
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** @example out(renderDiagram(statechart(), 'dot')) */
export function renderDiagram(chart: Chart, format: DiagramFormat): string {
  return format === 'dot' ? dotDiagram(chart) : mermaidDiagram(chart);
}

/**
 * The path a run took: per region, the states it visited and the dated steps that moved it.
 * @example mermaidDiagram(runChart(replay(scenario)))
 */
export function runChart(run: Run): Chart {
  const start = statePaths(run.initial.machine.value);
  const visited = new Map<string, string[]>(REGIONS.map((r) => [r, [start[r]]]));
  const statesOf = (region: string): string[] =>
    invariant(visited.get(region), `the run chart keeps the states of region ${region}`);
  const edges: ChartEdge[] = [];
  for (const { step } of run.entries) {
    for (const change of regionChanges(step.effects)) {
      const states = statesOf(change.region);
      if (!states.includes(change.to)) states.push(change.to);
      edges.push({
        from: [change.region, change.from],
        to: [change.region, change.to],
        label: `${step.date} ${step.type}`,
      });
    }
  }
  const region = (name: string): ChartState => {
    const states = statesOf(name);
    const children = states.map((s) => ({
      path: [name, s],
      label: s,
      parallel: false,
      final: false,
      initial: null,
      children: [],
    }));
    return {
      path: [name],
      label: name,
      parallel: false,
      final: false,
      initial: states[0] ?? null,
      children,
    };
  };
  return {
    root: {
      path: [],
      label: run.scenario.id,
      parallel: true,
      final: false,
      initial: null,
      children: REGIONS.map(region),
    },
    edges,
    contextEvents: [],
  };
}
