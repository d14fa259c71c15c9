/** `parley compare A B` or `parley compare FILE --seed X --seed Y`: where two runs part. */
import { firstDivergence } from '../engine/compare.js';
import { runDifference } from '../engine/difference.js';
import { runDifferenceText } from '../report/difference.js';
import { replay } from '../engine/run.js';
import { invariant } from '../model/invariant.js';
import { comparisonText } from '../report/comparison.js';
import { EXIT, out } from './io.js';
import { loadScenarios } from './scenarios.js';
import { commandLine, type Flags } from './args.js';
import { UsageError, wholeNumberOption } from './usage.js';

/** The flags the command takes; `parley compare --help` documents each (test/flags.test.ts). */
export const FLAGS = { seed: { type: 'string', multiple: true } } satisfies Flags;

export function compareCommand(args: string[]): number {
  const { values, positionals } = commandLine(args, FLAGS);
  const seeds = (values.seed ?? []).map((s) => wholeNumberOption('seed', s));
  const byFiles = positionals.length === 2 && seeds.length <= 1;
  const bySeeds = positionals.length === 1 && seeds.length === 2;
  const [first, second] = positionals;
  if ((!byFiles && !bySeeds) || first === undefined) {
    throw new UsageError(
      'compare takes two scenario FILEs (and at most one --seed), or one FILE and two --seed values',
    );
  }
  const files = [first, second ?? first] as const;
  const distinct = [...new Set(files)];
  const loaded = loadScenarios(distinct);
  if (!loaded) return EXIT.invalid;
  const runOf = (i: 0 | 1) => {
    const scenario = invariant(
      loaded[distinct.indexOf(files[i])],
      'compare loaded each of its files',
    );
    return replay(scenario, { seed: bySeeds ? seeds[i] : seeds[0] });
  };
  const [a, b] = [runOf(0), runOf(1)];
  const divergence = firstDivergence(a, b);
  out(
    comparisonText(files, a, b, divergence) +
      (divergence ? runDifferenceText(runDifference(a, b)) : ''),
  );
  return EXIT.ok;
}
