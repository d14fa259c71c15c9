/**
 * One simulated run folded as it is played: the few things a distribution counts, without the
 * run's history. The steps come from the same loop as a full run's (`playSteps`), in lean mode;
 * test/fold.test.ts checks, run by run, that the summary is the one the full run gives.
 */
import { statePaths, topOf } from '../model/paths.js';
import type { Scenario } from '../scenario/types.js';
import { chainRoute, movesProcess, routeKey, type RunRoutes } from './routes.js';
import { contextOf, isCeasefireAgreement, isWalkout, playSteps, runStream } from './run.js';
import { initialRunState, type Entry, type Rules, type Step } from './step.js';

/** What a simulation counts of one run. */
export interface RunSummary {
  /** The top-level states of the process and of the opposition at the end. */
  readonly process: string;
  readonly opposition: string;
  /** The date of the first walkout, if the opposition walked out. */
  readonly walkout: string | null;
  readonly ceasefireAgreed: boolean;
  readonly confidence: number;
  /** The rules that made at least one move, each once, in the order they first did. */
  readonly rules: readonly string[];
  readonly routes: RunRoutes;
}

/** A step and what set it off, as `causeChain` would find it: the latest earlier step of the cause's id. */
interface Link {
  readonly step: Step;
  readonly cause: Link | null;
}

function routeOfLink(link: Link | null): string | null {
  if (!link) return null;
  const chain: Step[] = [];
  for (let at: Link | null = link; at; at = at.cause) chain.push(at.step);
  return routeKey(chainRoute(chain));
}

/**
 * Run `n` of a simulation of `scenario` with `seed`, as `simulateOnce(scenario, seed, n,
 * policiesFrom)` plays it, summed up. `rules` are the scenario's lean rules, recorded then
 * simulated (`rulesFor(scenario, false, true)`, `rulesFor(scenario, true, true)`).
 */
export function foldRun(
  scenario: Scenario,
  seed: number,
  n: number,
  policiesFrom: number,
  rules: readonly [Rules, Rules],
): RunSummary {
  const latest = new Map<string, Link>();
  const fired = new Set<string>();
  let walkout: Link | null = null;
  let ceasefire: Link | null = null;
  let process: Link | null = null;
  const made = (entries: readonly Entry[]): void => {
    for (const { step } of entries) {
      const link = { step, cause: step.cause ? (latest.get(step.cause.step) ?? null) : null };
      latest.set(step.id, link);
      if (step.policy) fired.add(step.policy);
      if (!walkout && isWalkout(step)) walkout = link;
      if (!ceasefire && isCeasefireAgreement(step)) ceasefire = link;
      if (movesProcess(step)) process = link;
    }
  };
  const end = playSteps(
    { state: initialRunState(scenario, runStream(seed, n)), firstIndex: 0 },
    { events: scenario.events, policiesFrom, horizon: scenario.end },
    rules,
    made,
  );
  const paths = statePaths(end.machine.value);
  return {
    process: topOf(paths.process),
    opposition: topOf(paths.opposition),
    walkout: (walkout as Link | null)?.step.date ?? null,
    ceasefireAgreed: ceasefire !== null,
    confidence: contextOf(end).confidence,
    rules: [...fired],
    routes: {
      walkedOut: routeOfLink(walkout),
      process: routeOfLink(process) ?? routeKey([]),
      ceasefireAgreed: routeOfLink(ceasefire),
    },
  };
}
