/** `parley compare A B` or `parley compare FILE --seed X --seed Y`: where two runs part. */
import { firstDivergence } from '../engine/compare.js';
import { runDifference } from '../engine/difference.js';
import { runDifferenceText } from '../report/difference.js';
import { replay } from '../engine/run.js';
import { comparisonText } from '../report/comparison.js';
import { EXIT, out } from './io.js';
import { loadScenarios } from './scenarios.js';
import { commandLine, type Flags } from './args.js';
import { UsageError, wholeNumberOption } from './usage.js';

/** The flags the command takes; `parley compare --help` documents each (test/flags.test.ts). */
export const FLAGS = { seed: { type: 'string', multiple: true } } satisfies Flags;

export function compareCommand(args: string[]): number {
  const { values, positionals } = commandLine(args, FLAGS);
  const seeds = (values.seed ?? []).map((s) => wholeNumberOption('seed', s)!);
  const byFiles = positionals.length === 2 && seeds.length <= 1;
  const bySeeds = positionals.length === 1 && seeds.length === 2;
  if (!byFiles && !bySeeds) throw new UsageError('compare takes two scenario FILEs (and at most one --seed), or one FILE and two --seed values');
  const files = byFiles ? positionals : [positionals[0]!, positionals[0]!];
  const distinct = [...new Set(files)];
  const loaded = loadScenarios(distinct);
  if (!loaded) return EXIT.invalid;
  const scenarioOf = (file: string) => loaded[distinct.indexOf(file)]!;
  const [a, b] = files.map((file, i) => replay(scenarioOf(file), { seed: bySeeds ? seeds[i] : seeds[0] })) as [ReturnType<typeof replay>, ReturnType<typeof replay>];
  const divergence = firstDivergence(a, b);
  out(comparisonText([files[0]!, files[1]!], a, b, divergence) + (divergence ? runDifferenceText(runDifference(a, b)) : ''));
  return EXIT.ok;
}
