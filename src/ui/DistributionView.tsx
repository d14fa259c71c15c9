/**
 * `d`: how the talks end from the step shown, on the branch shown, beside the record from the
 * step's date. The steps keys still move the cursor while it is open; each new step is simulated
 * in its turn.
 */
import { useInput } from 'ink';
import { useMemo, type Dispatch } from 'react';
import { compareFromStep } from '../engine/fromStep.js';
import { Panel } from './Dialogs.js';
import {
  comparedLines,
  columnNames,
  distributionLines,
  progressLines,
} from './distributionLines.js';
import { Line } from './Line.js';
import type { PlayerAction } from './playerState.js';
import { activeBranch, type Session } from './session.js';
import { useDistribution } from './useDistribution.js';

/** How many runs each side of `d` plays; fewer in tests, by the same code. */
export interface SimulationOptions {
  readonly runs: number;
  /** The worker's module when not running from the built files (tests). */
  readonly workerScript?: URL;
}

export const DISTRIBUTION_RUNS = 10_000;

export function DistributionView({
  session,
  dispatch,
  width,
  height,
  simulation,
}: {
  readonly session: Session;
  readonly dispatch: Dispatch<PlayerAction>;
  readonly width: number;
  readonly height: number;
  readonly simulation: SimulationOptions;
}) {
  const branch = activeBranch(session);
  const { run, cursor } = branch;
  const record = session.branches[0].run.scenario;
  const comparison = useMemo(() => compareFromStep(record, run, cursor), [record, run, cursor]);
  const { runs } = simulation;
  const state = useDistribution(comparison, runs, simulation.workerScript);
  useInput((input, key) => {
    if (key.rightArrow) dispatch({ type: 'step', by: 1 });
    else if (key.leftArrow) dispatch({ type: 'step', by: -1 });
    else if (key.home) dispatch({ type: 'home' });
    else if (key.end) dispatch({ type: 'end' });
    else if (key.escape || input === 'd') dispatch({ type: 'close' });
    else if (input === 'q') dispatch({ type: 'open', dialog: 'quit' });
  });
  const names = columnNames(branch.name, comparison);
  const inner = width - 2;
  const body =
    state.kind === 'done'
      ? distributionLines(state.results, names, inner)
      : state.kind === 'computing'
        ? progressLines(names, state, runs, inner)
        : [`the simulation failed: ${state.problem}`];
  const lines = [...comparedLines(branch.name, comparison, runs, inner), '', ...body];
  return (
    <Panel
      title={`how the talks end from step ${cursor} · ${branch.name}`}
      width={width}
      height={height}
      keys="→/← another step  Home/End  d or Esc closes  q quits"
    >
      {lines.slice(0, Math.max(1, height - 2)).map((line, i) => (
        <Line key={i}>{` ${line}`}</Line>
      ))}
    </Panel>
  );
}
