/** `parley simulate FILE --runs N`: the outcome distribution of many seeded runs. */
import type { Distribution } from '../engine/montecarlo.js';
import { eventDifference, rateDifference } from '../engine/difference.js';
import { poolSize, simulateFrom, startPool, type Sweep } from '../engine/parallel.js';
import { simulationDifferenceText } from '../report/difference.js';
import {
  distributionText,
  simulationHeading,
  simulationJson,
  type Simulated,
} from '../report/distribution.js';
import { fingerprint, partJson, sliceOf, type Slice } from './simulationPart.js';
import type { Scenario } from '../scenario/types.js';
import { EXIT, out } from './io.js';
import { progressBar } from './progress.js';
import { loadScenarios } from './scenarios.js';
import { commandLine, type Flags } from './args.js';
import { dateOption, onlyPositional, UsageError, wholeNumberOption } from './usage.js';

/** More runs than this answer no new question and take hours: the limit keeps a typo from doing so. */
export const MAX_RUNS = 1_000_000;
const MAX_WORKERS = 64;

async function distributionOf(scenario: Scenario, sweep: Sweep): Promise<Distribution> {
  const progress = progressBar(sweep.runs, `simulating ${scenario.id}`);
  try {
    return await simulateFrom(scenario, { ...sweep, onProgress: progress.update });
  } finally {
    progress.done();
  }
}

/** `--shard I/N`: which slice of the runs, checked. */
function shardOf(value: string | undefined, runs: number): Slice | null {
  if (value === undefined) return null;
  const [, i, n] = /^(\d+)\/(\d+)$/.exec(value) ?? [];
  const [shard, of] = [Number(i), Number(n)];
  if (!i || !n || shard < 1 || shard > of || of > runs)
    throw new UsageError(
      `--shard takes I/N, the I-th of N slices of the runs (1 <= I <= N <= --runs), not "${value}"`,
      'e.g. --shard 2/4 runs the second quarter of the runs',
    );
  return sliceOf(shard, of, runs);
}

/** `--from-date`: a real date within each scenario. */
function fromDateOf(value: string | undefined, scenarios: readonly Scenario[]): string | null {
  const date = dateOption('from-date', value);
  if (date === undefined) return null;
  for (const s of scenarios) {
    if (date < s.start || date > s.end)
      throw new UsageError(
        `--from-date ${date} is outside ${s.id}, which runs from ${s.start} to ${s.end}`,
      );
  }
  return date;
}

/** How many rules the difference between two simulations names: the ones that moved most. */
const RULES_SHOWN = 5;

interface Simulation {
  readonly scenario: Scenario;
  readonly of: Simulated;
  readonly distribution: Distribution;
}

/** With `--compare`, what made the difference between the two simulations. */
function differenceOf(simulated: readonly Simulation[]): string {
  const [a, b] = simulated;
  if (!a || !b) return '';
  const rates = rateDifference(
    [a.scenario, a.distribution],
    [b.scenario, b.distribution],
    RULES_SHOWN,
  );
  return simulationDifferenceText(eventDifference(a.scenario.events, b.scenario.events), rates, [
    a.scenario.id,
    b.scenario.id,
  ]);
}

/** The flags the command takes; `parley simulate --help` documents each (test/flags.test.ts). */
export const FLAGS = {
  runs: { type: 'string' },
  seed: { type: 'string' },
  'from-date': { type: 'string' },
  json: { type: 'boolean', default: false },
  workers: { type: 'string' },
  compare: { type: 'string' },
  shard: { type: 'string' },
} satisfies Flags;

export async function simulateCommand(args: string[]): Promise<number> {
  const { values, positionals } = commandLine(args, FLAGS);
  const file = onlyPositional(positionals, 'simulate takes exactly one scenario FILE');
  const runs = wholeNumberOption('runs', values.runs, 1, MAX_RUNS);
  if (runs === undefined) throw new UsageError('simulate needs --runs N, e.g. --runs 1000');
  const workers = wholeNumberOption('workers', values.workers, 1, MAX_WORKERS);
  const slice = shardOf(values.shard, runs);
  if (slice && !values.json)
    throw new UsageError('--shard writes a part for parley merge: add --json');
  if (slice && values.compare)
    throw new UsageError('--shard takes one scenario: merge the parts, then compare');
  dateOption('from-date', values['from-date']);
  const first = slice?.from ?? 0;
  const count = (slice?.to ?? runs) - first;
  // The threads load their modules while this one reads and checks the files.
  const pool = startPool(poolSize(count, workers));
  let simulated: Simulation[];
  try {
    const scenarios = loadScenarios([file, ...(values.compare ? [values.compare] : [])]);
    if (!scenarios) return EXIT.invalid;
    const fromDate = fromDateOf(values['from-date'], scenarios);
    const seedOption = wholeNumberOption('seed', values.seed);
    simulated = [];
    for (const scenario of scenarios) {
      const seed = seedOption ?? scenario.seed;
      simulated.push({
        scenario,
        of: { scenario: scenario.id, seed, fromDate },
        distribution: await distributionOf(scenario, { seed, first, runs: count, fromDate, pool }),
      });
    }
  } finally {
    pool.close();
  }
  if (slice) {
    const [{ scenario, of, distribution }] = simulated as [Simulation];
    out(partJson({ ...of, fingerprint: fingerprint(scenario), runs, slice, distribution }));
  } else if (values.json) {
    const report = simulated.map(({ of, distribution }) => simulationJson(of, distribution));
    out(`${JSON.stringify(report.length === 1 ? report[0] : report, null, 2)}\n`);
  } else {
    const heading = simulated.map(({ of }) => simulationHeading(of, runs)).join('\n');
    const results = simulated.map((s) => s.distribution);
    out(
      `${heading}\n${distributionText(
        results,
        simulated.map((s) => s.scenario.id),
      )}${differenceOf(simulated)}`,
    );
  }
  return EXIT.ok;
}
