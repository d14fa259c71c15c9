import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replay, type Run } from '../../src/engine/run.js';
import { loadScenario } from '../../src/engine/load.js';
import { PACKAGE_ROOT } from '../../src/scenario/locations.js';
import type { Scenario } from '../../src/scenario/types.js';

export const GENEVA = join(PACKAGE_ROOT, 'scenarios/geneva-2016.yaml');
export const ASTANA = join(PACKAGE_ROOT, 'scenarios/astana-2017.yaml');

/** Loads a scenario that must be valid; a test fails with its diagnostics otherwise. */
export function mustLoad(path: string): Scenario {
  const { scenario, diagnostics } = loadScenario(path);
  if (!scenario)
    throw new Error(
      `${path} is invalid:\n${diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n')}`,
    );
  return scenario;
}

export function replayFile(path: string, options: { seed?: number; until?: string } = {}): Run {
  return replay(mustLoad(path), options);
}

/** What the loader says of a file, a line each: empty for a valid one. */
export const problems = (file: string): string[] =>
  loadScenario(file).diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`);

/**
 * A copy of a file `parley new` wrote, beside it, with its example lines (`# remove:`,
 * `#   - id: ...`) turned into YAML; returns the copy's path.
 */
export function uncommented(file: string): string {
  const text = readFileSync(file, 'utf8').replace(
    /^# (?=(remove|replace|insert|policies|expect):| )/gm,
    '',
  );
  const copy = file.replace(/\.yaml$/, '-examples.yaml');
  writeFileSync(copy, text);
  return copy;
}
