/**
 * The one entry point from a path to a runnable scenario, or every problem found on the way. It
 * sits above the scenario checks, in the engine, because where a what-if's changed rules first
 * act is found by replaying it (ruleFork.ts).
 */
import { firstRuleDifference } from './ruleFork.js';
import { laterDate } from '../model/dates.js';
import { invariant } from '../model/invariant.js';
import { loadCatalog, type Catalog } from '../scenario/catalog.js';
import { checkEvents } from '../scenario/check.js';
import { checkTeams } from '../scenario/checkTeams.js';
import { checkPolicies } from '../scenario/checkPolicies.js';
import { checkExpectations, type Expectation } from '../scenario/expectations.js';
import { byPosition, type Diagnostic } from '../scenario/diagnostics.js';
import { checkPolicyLoops } from '../scenario/policyLoops.js';
import { earliest, resolveFile, type Resolved } from '../scenario/resolve.js';
import type { Scenario } from '../scenario/types.js';

export interface LoadResult {
  /** Null when any problem was found: a scenario with errors never runs. */
  readonly scenario: Scenario | null;
  readonly diagnostics: readonly Diagnostic[];
  /** The file's own `expect:` entries, for `parley test`; empty when any problem was found. */
  readonly expectations: readonly Expectation[];
}

let shippedCatalog: Catalog | null = null;
export function defaultCatalog(): Catalog {
  shippedCatalog ??= loadCatalog();
  return shippedCatalog;
}

/**
 * @example
 * const { scenario, diagnostics } = loadScenario('scenarios/geneva-2016.yaml');
 * if (!scenario) diagnostics.forEach((d) => console.error(formatDiagnostic(d)));
 */
export function loadScenario(path: string, catalog: Catalog = defaultCatalog()): LoadResult {
  const diagnostics: Diagnostic[] = [...catalog.diagnostics];
  const resolved = withinLimits(resolveFile(path, diagnostics), diagnostics);
  const events = resolved ? checkEvents(resolved, catalog, diagnostics) : [];
  const policies = resolved ? checkPolicies(resolved, catalog, diagnostics) : [];
  if (resolved) checkPolicyLoops(resolved.policies, diagnostics);
  if (resolved) checkTeams(resolved, diagnostics);
  const expectations = resolved ? checkExpectations(resolved, diagnostics) : [];
  const unique = dedupe(diagnostics).sort(byPosition);
  if (!resolved || unique.length || !resolved.start)
    return { scenario: null, diagnostics: unique, expectations: [] };
  const scenario: Scenario = {
    id: resolved.id,
    title: resolved.title,
    description: resolved.description,
    seed: resolved.seed,
    start: resolved.start,
    actors: resolved.actors.map(({ id, name, role }) => ({ id, name, role })),
    initial: resolved.initial,
    events,
    policies,
    ...(resolved.teams ? { teams: resolved.teams } : {}),
    forkAt: null,
    end: laterDate(resolved.end ?? resolved.start, events.at(-1)?.date ?? ''),
    file: resolved.file.file,
    extends: resolved.bases,
  };
  return {
    scenario: { ...scenario, forkAt: forkOf(scenario, resolved) },
    diagnostics: [],
    expectations,
  };
}

/** The first event the policies play from: where the events depart from the record, or a changed rule could first act, whichever comes first. */
function forkOf(scenario: Scenario, resolved: Resolved): number | null {
  return earliest(
    resolved.forkAt,
    resolved.rulesBefore ? firstRuleDifference(scenario, resolved.rulesBefore) : null,
  );
}

/**
 * More events than any negotiation needs. Measured: 10,000 validate and replay in about a second
 * each; 50,000 take nine seconds and over 600 MB, so a hundred thousand would near the heap's end.
 */
export const MAX_EVENTS = 10_000;

/** A scenario too large to check in reasonable time and memory is refused before the checks start. */
function withinLimits(resolved: Resolved | null, diagnostics: Diagnostic[]): Resolved | null {
  if (!resolved || resolved.events.length <= MAX_EVENTS) return resolved;
  const first = invariant(
    resolved.events[MAX_EVENTS],
    'a scenario over the limit has an event past it',
  );
  diagnostics.push({
    ...first.file.positionOf(first.path),
    message: `the scenario has ${resolved.events.length} events; the limit is ${MAX_EVENTS}`,
    hint: 'split it into scenarios of one round of talks each',
  });
  return null;
}

function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.col}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
