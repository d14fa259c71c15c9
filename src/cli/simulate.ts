/** `parley simulate FILE --runs N`: the outcome distribution of many seeded runs. */
import type { Distribution } from '../engine/montecarlo.js';
import { eventDifference, rateDifference } from '../engine/difference.js';
import { simulateParallel } from '../engine/parallel.js';
import { simulationDifferenceText } from '../report/difference.js';
import { distributionJson, distributionText } from '../report/distribution.js';
import { counted } from '../report/describe.js';
import type { Scenario } from '../scenario/types.js';
import { EXIT, out } from './io.js';
import { progressBar } from './progress.js';
import { loadScenarios } from './scenarios.js';
import { commandLine, type Flags } from './args.js';
import { onlyPositional, UsageError, wholeNumberOption } from './usage.js';

/** More runs than this answer no new question and take hours: the limit keeps a typo from doing so. */
export const MAX_RUNS = 1_000_000;
const MAX_WORKERS = 64;

async function distributionOf(
  scenario: Scenario,
  seed: number,
  runs: number,
  workers: number | undefined,
): Promise<Distribution> {
  const progress = progressBar(runs, `simulating ${scenario.id}`);
  try {
    return await simulateParallel(scenario, seed, runs, { workers, onProgress: progress.update });
  } finally {
    progress.done();
  }
}

/** How many rules the difference between two simulations names: the ones that moved most. */
const RULES_SHOWN = 5;

interface Simulated {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly distribution: Distribution;
}

/** With `--compare`, what made the difference between the two simulations. */
function differenceOf(simulated: readonly Simulated[]): string {
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
  json: { type: 'boolean', default: false },
  workers: { type: 'string' },
  compare: { type: 'string' },
} satisfies Flags;

export async function simulateCommand(args: string[]): Promise<number> {
  const { values, positionals } = commandLine(args, FLAGS);
  const file = onlyPositional(positionals, 'simulate takes exactly one scenario FILE');
  const runs = wholeNumberOption('runs', values.runs, 1, MAX_RUNS);
  if (runs === undefined) throw new UsageError('simulate needs --runs N, e.g. --runs 1000');
  const workers = wholeNumberOption('workers', values.workers, 1, MAX_WORKERS);
  const files = [file, ...(values.compare ? [values.compare] : [])];
  const scenarios = loadScenarios(files);
  if (!scenarios) return EXIT.invalid;
  const seedOption = wholeNumberOption('seed', values.seed);
  const simulated: Simulated[] = [];
  for (const scenario of scenarios) {
    const seed = seedOption ?? scenario.seed;
    simulated.push({
      scenario,
      seed,
      distribution: await distributionOf(scenario, seed, runs, workers),
    });
  }
  if (values.json) {
    const report = simulated.map(({ scenario, seed, distribution }) => ({
      scenario: scenario.id,
      seed,
      ...distributionJson(distribution),
    }));
    out(`${JSON.stringify(report.length === 1 ? report[0] : report, null, 2)}\n`);
  } else {
    const heading = simulated
      .map(({ scenario, seed }) => `${scenario.id}: ${counted(runs, 'run')}, seed ${seed}`)
      .join('\n');
    const results = simulated.map((s) => s.distribution);
    out(
      `${heading}\n${distributionText(
        results,
        scenarios.map((s) => s.id),
      )}${differenceOf(simulated)}`,
    );
  }
  return EXIT.ok;
}
