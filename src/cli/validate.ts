/** `parley validate FILE...`: every problem in every file, exit 1 if any. */
import { namedPath } from '../scenario/readSource.js';
import { loadScenario } from '../engine/load.js';
import { EXIT, out, reportDiagnostics } from './io.js';
import { commandLine, type Flags } from './args.js';
import { UsageError } from './usage.js';
import { counted } from '../report/describe.js';

/** The flags the command takes; `parley validate --help` documents each (test/flags.test.ts). */
export const FLAGS = {} satisfies Flags;

export function validateCommand(args: string[]): number {
  const { positionals } = commandLine(args, FLAGS);
  if (!positionals.length) throw new UsageError('validate takes one or more scenario FILEs');
  let problems = 0;
  for (const file of positionals) {
    const { scenario, diagnostics } = loadScenario(file);
    reportDiagnostics(diagnostics);
    problems += diagnostics.length;
    if (scenario) out(`${namedPath(file)}: ok (${counted(scenario.events.length, 'event')})\n`);
  }
  if (problems) process.stderr.write(`${counted(problems, 'problem')} found\n`);
  return problems ? EXIT.invalid : EXIT.ok;
}
