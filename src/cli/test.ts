/** `parley test FILE...`: check each file's `expect:` entries; exit 1 if any fails or a file is invalid. */
import { checkExpectations } from '../engine/expect.js';
import { simulateParallel } from '../engine/parallel.js';
import { findingsJson, findingsText } from '../report/expect.js';
import { loadScenario } from '../engine/load.js';
import { EXIT, out, reportDiagnostics } from './io.js';
import { commandLine, type Flags } from './args.js';
import { UsageError } from './usage.js';

const FORMATS = ['text', 'json'] as const;

/** The flags the command takes; `parley test --help` documents each (test/flags.test.ts). */
export const FLAGS = { format: { type: 'string', default: 'text' } } satisfies Flags;

export async function testCommand(args: string[]): Promise<number> {
  const { values, positionals } = commandLine(args, FLAGS);
  if (!positionals.length) throw new UsageError('test takes one or more scenario FILEs');
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new UsageError(`--format takes text or json, not "${values.format}"`);
  let ok = true;
  const reports: unknown[] = [];
  for (const file of positionals) {
    const { scenario, diagnostics, expectations } = loadScenario(file);
    reportDiagnostics(diagnostics);
    if (!scenario) {
      ok = false;
      reports.push({ file, passed: false, invalid: true });
      continue;
    }
    const findings = await checkExpectations(scenario, expectations, (s, seed, runs) =>
      simulateParallel(s, seed, runs),
    );
    if (findings.some((f) => !f.holds)) ok = false;
    if (format === 'json') reports.push(findingsJson(file, findings));
    else out(findingsText(file, findings));
  }
  if (format === 'json')
    out(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
  return ok ? EXIT.ok : EXIT.invalid;
}
