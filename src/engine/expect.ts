/**
 * Checking a scenario's expectations against its runs: the replay for states on, by or never,
 * and `parley simulate`'s own Monte Carlo for shares. Findings are data: what was expected, whether
 * it held, and what the run showed instead; the report words them.
 */
import { invariant } from '../model/invariant.js';
import type { TalksContext } from '../model/context.js';
import { PRECONDITION_NAMES, type Precondition, type StatePaths } from '../model/domain.js';
import { statePaths } from '../model/paths.js';
import type { Condition, Expectation, ShareExpectation } from '../scenario/expectations.js';
import type { Scenario } from '../scenario/types.js';
import type { Distribution } from './montecarlo.js';
import { conditionsHold } from './policies.js';
import { contextOf, replay } from './run.js';
import type { RunState } from './step.js';

/** How the run stood after a step, or at the start (`step` null). */
export interface Moment {
  readonly step: { readonly index: number; readonly id: string } | null;
  readonly date: string;
  readonly state: StatePaths;
  readonly confidence: number;
  readonly met: readonly Precondition[];
}

export interface ShareFinding {
  readonly expected: ShareExpectation;
  readonly holds: boolean;
  readonly count: number;
  readonly runs: number;
  /** The 95% interval of the share the runs estimate: the sampling margin around count / runs. */
  readonly interval: readonly [number, number];
}

export type Finding =
  | {
      readonly expectation: Expectation & { readonly kind: 'on' | 'by' | 'never' };
      readonly holds: boolean;
      /** on: the state on the date; by: where it first held, or the state on the date; never: where it was reached, or null. */
      readonly moment: Moment | null;
    }
  | {
      readonly expectation: Expectation & { readonly kind: 'share' };
      readonly holds: boolean;
      readonly shares: readonly ShareFinding[];
    };

/** Simulates `runs` runs of the scenario from `seed`: `parley simulate`'s runner. */
export type Simulate = (scenario: Scenario, seed: number, runs: number) => Promise<Distribution>;

/** A moment, and the context the conditions are checked against. */
interface Seen {
  readonly moment: Moment;
  readonly context: TalksContext;
}

function seenAt(state: RunState, step: Moment['step']): Seen {
  const context = contextOf(state);
  const moment = {
    step,
    date: state.date,
    state: statePaths(state.machine.value),
    confidence: context.confidence,
    met: PRECONDITION_NAMES.filter((p) => context.preconditions[p].met),
  };
  return { moment, context };
}

/** Whether a moment shows everything the condition asks for: the rules' own test, and the confidence range. */
function matches(condition: Condition, { moment, context }: Seen): boolean {
  const [lo, hi] = condition.confidence ?? [0, 100];
  return (
    moment.confidence >= lo &&
    moment.confidence <= hi &&
    conditionsHold(condition, { state: moment.state, context })
  );
}

/**
 * The 95% Wilson score interval of a share: unlike count / runs plus or minus a normal margin,
 * it stays within 0 and 1 and means something when no run or every run ended so.
 * @example wilson(30, 100) // about [0.219, 0.396]
 */
export function wilson(count: number, runs: number): [number, number] {
  const z = 1.96;
  const p = count / runs;
  const centre = p + (z * z) / (2 * runs);
  const margin = z * Math.sqrt((p * (1 - p)) / runs + (z * z) / (4 * runs * runs));
  const scale = 1 + (z * z) / runs;
  // At no run or every run, the bound on that side is exact; the formula lands a rounding error
  // off it, or nowhere without runs, which leaves [0, 1].
  return [
    count === 0 ? 0 : (centre - margin) / scale,
    count === runs ? 1 : (centre + margin) / scale,
  ];
}

/** How many of the distribution's runs ended so; `ending` is one of SHARE_ENDINGS. */
export function endingCount(d: Distribution, ending: string): number {
  if (ending === 'walkedOut') return Object.values(d.walkouts).reduce((a, b) => a + b, 0);
  if (ending === 'ceasefireAgreed') return d.ceasefireAgreed;
  const [region, state] = ending.split('.') as ['process' | 'opposition', string];
  return d[region][state] ?? 0;
}

function checkMoments(
  expectation: Expectation & { readonly kind: 'on' | 'by' | 'never' },
  run: readonly Seen[],
): Finding {
  const { condition } = expectation;
  const upTo = expectation.kind === 'never' ? expectation.until : expectation.date;
  const seen = upTo === null ? run : run.filter((s) => s.moment.date <= upTo);
  const onDate = seen.at(-1) ?? invariant(run[0], 'a run has the moment before its first step');
  if (expectation.kind === 'on')
    return { expectation, holds: matches(condition, onDate), moment: onDate.moment };
  const reached = seen.find((s) => matches(condition, s))?.moment ?? null;
  if (expectation.kind === 'by')
    return { expectation, holds: reached !== null, moment: reached ?? onDate.moment };
  return { expectation, holds: reached === null, moment: reached };
}

/**
 * Every expectation's finding, in the order written. The replay is the scenario's own (its seed,
 * as `parley replay` plays it); each distinct simulation runs once, however many shares ask of it.
 */
export async function checkExpectations(
  scenario: Scenario,
  expectations: readonly Expectation[],
  simulate: Simulate,
): Promise<Finding[]> {
  let seen: Seen[] | null = null;
  const replayed = (): Seen[] => {
    if (seen) return seen;
    const run = replay(scenario);
    seen = [
      seenAt(run.initial, null),
      ...run.entries.map((e) => seenAt(e.state, { index: e.step.index, id: e.step.id })),
    ];
    return seen;
  };
  const simulations = new Map<string, Distribution>();
  const findings: Finding[] = [];
  for (const expectation of expectations) {
    if (expectation.kind !== 'share') {
      findings.push(checkMoments(expectation, replayed()));
      continue;
    }
    const seed = expectation.seed ?? scenario.seed;
    const key = `${expectation.runs}:${seed}`;
    const d = simulations.get(key) ?? (await simulate(scenario, seed, expectation.runs));
    simulations.set(key, d);
    const shares = expectation.shares.map((expected): ShareFinding => {
      const count = endingCount(d, expected.ending);
      const share = count / d.runs;
      return {
        expected,
        holds: share >= expected.range[0] && share <= expected.range[1],
        count,
        runs: d.runs,
        interval: wilson(count, d.runs),
      };
    });
    findings.push({ expectation, holds: shares.every((s) => s.holds), shares });
  }
  return findings;
}
