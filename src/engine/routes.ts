/**
 * Why a run ended the way it did, in a form a simulation can count: the rules that fired, and
 * for each ending the route to it, the chain of rules and the clock behind the step that decided
 * it. Both read only the run's own entries, so they add little to the cost of a run.
 */
import { causeChain } from './causes.js';
import { regionChanges } from './effects.js';
import { isCeasefireAgreement, isWalkout } from './run.js';
import type { Entry, Step } from './step.js';
import { invariant } from '../model/invariant.js';

/** One link of a route: a rule's move, a deadline passing, or a scenario event that was itself part of the mechanism. */
export type RouteLink =
  | { readonly kind: 'rule'; readonly rule: string }
  | { readonly kind: 'deadline' }
  | { readonly kind: 'event'; readonly type: string; readonly recorded: boolean };

/** The routes of one run, each as its key (see `routeKey`); null where the run did not end that way. */
export interface RunRoutes {
  readonly walkedOut: string | null;
  /** The route to the process's state at the end; no links when no step moved it from where it started. */
  readonly process: string;
  readonly ceasefireAgreed: string | null;
}

const top = (path: string): string => path.split('.')[0] ?? path;

/**
 * The route behind the step at `index`, its first cause first. A scenario event that set a rule
 * off is left out, as the rule names it (`threat-under-offensive` is the threat under an
 * offensive); one that set a deadline, or decided the ending itself, is a link.
 * @example routeOf(run.entries, walkout.index) // [{kind:'rule', rule:'threat-under-offensive'}, {kind:'deadline'}]
 */
export function routeOf(entries: readonly Entry[], index: number): RouteLink[] {
  return chainRoute(causeChain(entries, index));
}

/** The route of a cause chain, given nearest first as `causeChain` gives it. */
export function chainRoute(nearestFirst: readonly Step[]): RouteLink[] {
  const chain = [...nearestFirst].reverse();
  return chain.flatMap((step, i): RouteLink[] => {
    if (step.origin === 'policy')
      return [
        { kind: 'rule', rule: invariant(step.policy, `a rule's step names its rule (${step.id})`) },
      ];
    if (step.origin === 'deadline') return [{ kind: 'deadline' }];
    return chain[i + 1]?.origin === 'policy'
      ? []
      : [{ kind: 'event', type: step.type, recorded: step.recorded }];
  });
}

/** Routes are counted by key: the links as JSON, one string that orders and compares the same everywhere. */
export const routeKey = (links: readonly RouteLink[]): string => JSON.stringify(links);

export const routeLinks = (key: string): RouteLink[] => JSON.parse(key) as RouteLink[];

const keyAt = (entries: readonly Entry[], index: number): string | null =>
  index < 0 ? null : routeKey(routeOf(entries, index));

/** The step moved the process into another top-level state. */
export const movesProcess = (s: Step): boolean =>
  regionChanges(s.effects).some((c) => c.region === 'process' && top(c.from) !== top(c.to));

/**
 * The deciding steps: the first walkout (as `outcomeOf` counts it), the last step that moved the
 * process into another top-level state (a contested start stays in proximity talks), and the
 * agreement on a ceasefire.
 * @example runRoutes(simulateOnce(scenario, 2016, 0).entries).walkedOut // '[{"kind":"rule",...},{"kind":"deadline"}]'
 */
export function runRoutes(entries: readonly Entry[]): RunRoutes {
  let process = entries.length - 1;
  while (
    process >= 0 &&
    !movesProcess(invariant(entries[process], 'the index is within the run').step)
  )
    process -= 1;
  const first = (test: (step: Step) => boolean): number => entries.findIndex((e) => test(e.step));
  return {
    walkedOut: keyAt(entries, first(isWalkout)),
    process: keyAt(entries, process) ?? routeKey([]),
    ceasefireAgreed: keyAt(entries, first(isCeasefireAgreement)),
  };
}

/**
 * The rules that made at least one move in the run, each once.
 * @example firedRules(run.entries) // Set {'declare-start', 'threat-under-offensive'}
 */
export function firedRules(entries: readonly Entry[]): Set<string> {
  return new Set(entries.flatMap((e) => (e.step.policy ? [e.step.policy] : [])));
}
