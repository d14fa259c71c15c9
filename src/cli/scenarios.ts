/** Reading the scenario files a command was given: every problem printed, or every scenario. */
import { loadScenario } from '../engine/load.js';
import type { Scenario } from '../scenario/types.js';
import { reportDiagnostics } from './io.js';

/** One scenario per file, in order, or null once the problems of all of them are printed. */
export function loadScenarios(files: readonly string[]): Scenario[] | null {
  const loaded = files.map((file) => loadScenario(file));
  const problems = loaded.flatMap((l) => l.diagnostics);
  reportDiagnostics(problems);
  const scenarios = loaded.flatMap((l) => (l.scenario ? [l.scenario] : []));
  return scenarios.length === files.length && !problems.length ? scenarios : null;
}
