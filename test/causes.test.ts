import { describe, expect, test } from 'vitest';
import { causeChain } from '../src/engine/causes.js';
import { simulateOnce } from '../src/engine/run.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

/** The first simulated run of Geneva in which a walkout threat's deadline passes, and its index. */
function walkoutRun() {
  const scenario = mustLoad(GENEVA);
  for (let n = 0; n < 50; n += 1) {
    const run = simulateOnce(scenario, 2016, n);
    const walkout = run.entries.findIndex(
      (e) => e.step.origin === 'deadline' && e.step.state.opposition === 'walkedOut',
    );
    if (walkout >= 0) return { run, walkout };
  }
  throw new Error('no walkout in the first 50 runs');
}

describe('the causes of a step', () => {
  test('a walkout the rules made goes back through the deadline and the threat to a scenario event', () => {
    const { run, walkout } = walkoutRun();
    const chain = causeChain(run.entries, walkout);
    expect(chain[0]!.type).toBe('DEADLINE_PASSED');
    expect(chain[1]!.type).toBe('WALKOUT_THREATENED');
    expect(chain.at(-1)!.origin).toBe('script');
    for (let i = 1; i < chain.length; i += 1) expect(chain[i - 1]!.cause!.step).toBe(chain[i]!.id);
  });
});

describe('finding a cause among the steps', () => {
  test('a cause the steps before do not hold ends the chain at the step', () => {
    const { run, walkout } = walkoutRun();
    const deadline = run.entries[walkout]!;
    expect(causeChain([deadline], 0)).toEqual([deadline.step]);
    expect(causeChain([run.entries[0]!, deadline], 1)).toEqual([deadline.step]);
  });

  test('of two steps with the cause’s id, the cause is the latest before the step, not one after', () => {
    const { run, walkout } = walkoutRun();
    const deadline = run.entries[walkout]!;
    const threat = run.entries[causeChain(run.entries, walkout)[1]!.index]!;
    const renewed = { ...threat, step: { ...threat.step, date: deadline.step.date } };
    const chain = causeChain([threat, deadline, renewed], 1);
    expect(chain[1]).toBe(threat.step);
  });
});
