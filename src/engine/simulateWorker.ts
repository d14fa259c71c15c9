/** A worker thread of a simulation: runs the ranges it is sent and answers with their distribution. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../scenario/types.js';
import { simulateRange } from './montecarlo.js';
import { invariant } from '../model/invariant.js';

const { scenario, seed, policiesFrom } = workerData as {
  scenario: Scenario;
  seed: number;
  policiesFrom: number;
};
const port = invariant(parentPort, 'simulateWorker.js runs as a worker thread');
port.on('message', ({ from, to }: { from: number; to: number }) => {
  port.postMessage(simulateRange(scenario, seed, from, to, policiesFrom));
});
