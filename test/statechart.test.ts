/** The statechart as data for `parley diagram`: read from the machine, so it cannot drift from the rules. */
import { describe, expect, test } from 'vitest';
import { createMachine } from 'xstate';
import { type ChartState, statechart } from '../src/model/statechart.js';

const find = (state: ChartState, path: string): ChartState | undefined =>
  state.path.join('.') === path
    ? state
    : state.children.map((c) => find(c, path)).find((s) => s !== undefined);
const edges = (from: string) =>
  statechart()
    .edges.filter((e) => e.from.join('.') === from)
    .map((e) => `${e.label} -> ${e.to.join('.')}`);

describe('the talks machine as a chart', () => {
  test('four parallel regions under the root, each entered at its initial state', () => {
    const chart = statechart();
    expect(chart.root).toMatchObject({ path: [], parallel: true, final: false, initial: null });
    expect(chart.root.children.map((r) => [r.label, r.initial, r.parallel])).toEqual([
      ['process', 'scheduled', false],
      ['opposition', 'undecided', false],
      ['government', 'undecided', false],
      ['ceasefireTrack', 'offAgenda', false],
    ]);
  });

  test('nested states keep their path; a final state is marked, an atomic one has no initial', () => {
    const chart = statechart();
    expect(find(chart.root, 'process.proximityTalks')).toMatchObject({
      label: 'proximityTalks',
      initial: 'declared',
    });
    expect(find(chart.root, 'process.proximityTalks')!.children.map((c) => c.path)).toEqual([
      ['process', 'proximityTalks', 'declared'],
      ['process', 'proximityTalks', 'contested'],
    ]);
    expect(find(chart.root, 'process.collapsed')).toMatchObject({
      final: true,
      initial: null,
      children: [],
    });
    expect(find(chart.root, 'process.concluded')).toMatchObject({ final: false });
  });

  test('each transition is labelled with its event and guard; the deadline by its name, in the order tried', () => {
    expect(edges('opposition.walkoutThreat')).toEqual([
      'WALKOUT_THREATENED [isFromOpposition] -> opposition.walkoutThreat',
      'THREAT_WITHDRAWN [isFromOpposition] -> opposition.attending',
      'WALKED_OUT [isFromOpposition] -> opposition.walkedOut',
      'deadline passes [isProcessHalted] -> opposition.attending',
      'deadline passes [areWalkoutConditionsUnmet] -> opposition.walkedOut',
      'deadline passes -> opposition.attending',
    ]);
    expect(edges('process.proximityTalks')).toContain(
      'always [isADelegationAbsent] -> process.suspended',
    );
  });

  test('a transition with no target is drawn as a loop on its state', () => {
    expect(edges('ceasefireTrack.inForce')).toContain(
      'CEASEFIRE_VIOLATED -> ceasefireTrack.inForce',
    );
  });

  test('events that change only the context are listed beside the chart, not drawn from the root', () => {
    const chart = statechart();
    expect(chart.edges.some((e) => e.from.length === 0)).toBe(false);
    expect(chart.contextEvents).toEqual(
      expect.arrayContaining(['OFFENSIVE_LAUNCHED', 'CONFIDENCE_ASSESSED', 'STATEMENT_ISSUED']),
    );
    expect(chart.contextEvents).not.toContain('WALKED_OUT');
  });
});

test('delays without a name read in milliseconds, other named ones by their name; an unguarded always by itself', () => {
  const machine = createMachine({
    initial: 'a',
    states: {
      a: { after: { 1000: 'b' } },
      b: { after: { later: 'c' } },
      c: { always: 'a' },
    },
  });
  expect(
    statechart(machine).edges.map((e) => `${e.from.join('.')} ${e.label} ${e.to.join('.')}`),
  ).toEqual(['a after 1000 ms b', 'b after later c', 'c always a']);
});
