/** Observations are not causes: an assessment of confidence is noted beside the model's, never imposed on a what-if. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { simulateRange } from '../src/engine/montecarlo.js';
import { replay } from '../src/engine/run.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { mustLoad } from './helpers/scenarios.js';

const fixture = (name: string) => mustLoad(join(PACKAGE_ROOT, 'test/fixtures/observations', name));
const base = fixture('assessed.yaml');
const withGesture = fixture('assessed-after-gesture.yaml');

/** The confidence right before and right after the assessment, and the assessment kept. */
function aroundAssessment(run: ReturnType<typeof replay>) {
  const at = run.entries.findIndex((e) => e.step.type === 'CONFIDENCE_ASSESSED');
  const after = run.entries[at]!.state.machine.context;
  return {
    before: run.entries[at - 1]!.state.machine.context.confidence,
    after: after.confidence,
    assessment: after.assessment,
  };
}

describe('an assessment of confidence', () => {
  test("leaves a what-if's own confidence alone, and is kept beside it", () => {
    const seen = aroundAssessment(replay(withGesture));
    expect(seen.after).toBe(seen.before);
    expect(seen.after).not.toBe(5);
    expect(seen.assessment).toEqual({ actor: 'envoy', level: 5, date: '2016-02-04' });
  });

  test('does not erase the difference a what-if made before it', () => {
    const [plain, gesture] = [
      aroundAssessment(replay(base)),
      aroundAssessment(replay(withGesture)),
    ];
    expect(gesture.before).toBeGreaterThan(plain.before);
    expect(gesture.after - plain.after).toBe(gesture.before - plain.before);
  });

  test('so the confidence at the end of a simulation differs between the what-ifs: the gesture ends higher', () => {
    const mean = (d: ReturnType<typeof simulateRange>) => d.confidenceSum / d.runs;
    expect(mean(simulateRange(withGesture, 1, 0, 20))).toBeGreaterThan(
      mean(simulateRange(base, 1, 0, 20)),
    );
  });
});
