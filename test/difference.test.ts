/** What made the difference between two scenarios' simulations, or two runs. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { eventDifference, rateDifference } from '../src/engine/difference.js';
import { simulateRange } from '../src/engine/montecarlo.js';
import { simulationDifferenceText } from '../src/report/difference.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

const load = (path: string) => mustLoad(join(PACKAGE_ROOT, path));

describe('what made the difference', () => {
  test('an event a what-if replaces with other terms is changed, not added or removed', () => {
    const events = eventDifference(
      mustLoad(GENEVA).events,
      load('test/fixtures/whatif/early-deadline.yaml').events,
    );
    expect(events.onlyA).toEqual([]);
    expect(events.onlyB).toEqual([]);
    expect(events.changed.map((c) => c.a.id)).toEqual(['walkout-threat']);
    expect(simulationDifferenceText(events, [], ['geneva-2016', 'early-deadline'])).toContain(
      '  Events B changes:\n    walkout-threat (other terms)\n  Every rule fired in the same share of runs.\n',
    );
  });

  test('a rule the what-if rules out fires in no run of it, and is marked as changed', () => {
    const [record, whatIf] = [mustLoad(GENEVA), load('scenarios/what-if/no-formal-start.yaml')];
    const [a, b] = [simulateRange(record, 1, 0, 20), simulateRange(whatIf, 1, 0, 20)];
    const rates = rateDifference([record, a], [whatIf, b], 5);
    const declare = rates.find((r) => r.rule === 'declare-start')!;
    expect(declare).toEqual({
      rule: 'declare-start',
      a: a.rules['declare-start']! / 20,
      b: 0,
      changed: true,
    });
    expect(declare.a).toBeGreaterThan(0);
    expect(rates.filter((r) => r.changed).map((r) => r.rule)).toEqual(['declare-start']);
    // Most difference first.
    const gaps = rates.map((r) => Math.abs((r.a ?? 0) - (r.b ?? 0)));
    expect(gaps).toEqual([...gaps].sort((x, y) => y - x));
    const text = simulationDifferenceText(eventDifference(record.events, whatIf.events), rates, [
      'geneva-2016',
      'no-formal-start',
    ]);
    expect(text).toMatch(/^ {4}declare-start +\d+\.\d% +0\.0% {2}rule changed$/m);
    expect(text).toContain(
      '  Events only A has:\n    2016-02-01 FORMAL_START_DECLARED (formal-start)\n',
    );
  });
});
