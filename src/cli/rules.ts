/** `parley rules FILE [--score]`: the rules in force, what a what-if changed, and how likely the record is under them. */
import { scoreRecord } from '../engine/score.js';
import { rulesText, scoreText } from '../report/rules.js';
import { defaultCatalog } from '../engine/load.js';
import { ruleChanges } from '../scenario/rules.js';
import { commandLine, type Flags } from './args.js';
import { EXIT, out } from './io.js';
import { loadScenarios } from './scenarios.js';
import { UsageError } from './usage.js';

/** The flags the command takes; `parley rules --help` documents each (test/flags.test.ts). */
export const FLAGS = { score: { type: 'boolean' } } satisfies Flags;

export function rulesCommand(args: string[]): number {
  const { values, positionals } = commandLine(args, FLAGS);
  if (positionals.length !== 1) throw new UsageError('rules takes exactly one scenario FILE');
  const [scenario] = loadScenarios(positionals) ?? [];
  if (!scenario) return EXIT.invalid;
  // A what-if's changes are against the file it extends, which loaded with it.
  const baseFile = scenario.extends[0];
  const [base] = baseFile ? (loadScenarios([baseFile]) ?? []) : [];
  const whatIf = base
    ? { base: base.id, changes: ruleChanges(base.policies, scenario.policies) }
    : null;
  out(
    rulesText(scenario, defaultCatalog(), whatIf) +
      (values.score ? scoreText(scoreRecord(scenario)) : ''),
  );
  return EXIT.ok;
}
