import { describe, expect, test } from 'vitest';
import { causeChain } from '../src/engine/causes.js';
import { simulateOnce } from '../src/engine/run.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

describe('the causes of a step', () => {
  test('a walkout the rules made goes back through the deadline and the threat to a scenario event', () => {
    const scenario = mustLoad(GENEVA);
    const run = Array.from({ length: 50 }, (_, n) => simulateOnce(scenario, 2016, n)).find((r) =>
      r.entries.some(
        (e) => e.step.origin === 'deadline' && e.step.state.opposition === 'walkedOut',
      ),
    )!;
    const walkout = run.entries.findIndex(
      (e) => e.step.origin === 'deadline' && e.step.state.opposition === 'walkedOut',
    );
    const chain = causeChain(run.entries, walkout);
    expect(chain[0]!.type).toBe('DEADLINE_PASSED');
    expect(chain[1]!.type).toBe('WALKOUT_THREATENED');
    expect(chain.at(-1)!.origin).toBe('script');
    for (let i = 1; i < chain.length; i += 1) expect(chain[i - 1]!.cause!.step).toBe(chain[i]!.id);
  });
});
