/** Engine throughput on the recorded Geneva sequence: `npm run bench`. */
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { replay } from '../src/engine/run.js';
import { loadScenario } from '../src/scenario/load.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';

const file = join(PACKAGE_ROOT, 'scenarios/geneva-2016.yaml');
const scenario = loadScenario(file).scenario!;

describe('geneva-2016', () => {
  bench('load and validate the scenario file', () => {
    loadScenario(file);
  });
  bench(`replay ${scenario.events.length} events with history`, () => {
    replay(scenario);
  });
});
