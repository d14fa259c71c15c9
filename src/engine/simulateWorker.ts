/**
 * A worker thread of simulations: told which simulation it serves, it runs the ranges it is
 * sent and answers each with their distribution.
 */
import { parentPort } from 'node:worker_threads';
import { simulateRange } from './montecarlo.js';
import type { WorkerMessage } from './parallel.js';
import { invariant } from '../model/invariant.js';

const port = invariant(parentPort, 'simulateWorker.js runs as a worker thread');
let simulation: Extract<WorkerMessage, { kind: 'simulation' }> | null = null;
port.on('message', (message: WorkerMessage) => {
  if (message.kind === 'simulation') {
    simulation = message;
    return;
  }
  const { scenario, seed, policiesFrom } = invariant(
    simulation,
    'a simulation comes before its runs',
  );
  port.postMessage(simulateRange(scenario, seed, message.from, message.to, policiesFrom));
});
