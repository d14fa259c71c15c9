/**
 * The statechart's regions at a state, with `~` on the states the next accepted move could
 * reach.
 */
import { useEffect, useMemo, useState } from 'react';
import { nextStates } from '../engine/movePreview.js';
import type { RunState } from '../engine/step.js';
import type { Scenario } from '../scenario/types.js';
import { selectStatechart, type RegionView } from './selectors.js';

export function useStatechart(state: RunState, scenario: Scenario): readonly RegionView[] {
  // The first frame goes out without the `~` marks, whose trial moves take a few dozen
  // milliseconds on a cold start; they follow a moment later, and on every step after that.
  const [started, setStarted] = useState(false);
  useEffect(() => setStarted(true), []);
  return useMemo(
    () => selectStatechart(state, started ? nextStates(state, scenario) : new Set()),
    [state, scenario, started],
  );
}
