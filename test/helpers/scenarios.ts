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
