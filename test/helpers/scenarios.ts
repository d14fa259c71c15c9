import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replay, type Run } from '../../src/engine/run.js';
import { loadScenario } from '../../src/engine/load.js';
import { PACKAGE_ROOT } from '../../src/scenario/locations.js';
import type { Scenario } from '../../src/scenario/types.js';
import { scratchFiles } from './scratch.js';

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

/** The envoy and the opposition, as a small what-if declares them. */
export const ENVOY_AND_OPPOSITION = [
  'actors:',
  '  - { id: envoy, name: The envoy, role: envoy }',
  '  - { id: hnc, name: The opposition, role: opposition }',
] as const;

/**
 * A what-if starting on 1 February 2016, written to a scratch file from the lines that follow its
 * `start:` (line 5 on: actors, events, policies); returns its path.
 */
export function whatIfFile(id: string, lines: readonly string[]): string {
  return scratchFiles(id).file(
    `${id}.yaml`,
    [`id: ${id}`, `title: ${id}`, 'kind: what-if', 'start: 2016-02-01', ...lines, ''].join('\n'),
  );
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
