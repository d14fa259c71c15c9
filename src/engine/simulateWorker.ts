/** A worker thread of simulations: each message goes to `simulationServer`, each answer back. */
import { parentPort } from 'node:worker_threads';
import { invariant } from '../model/invariant.js';
import { simulationServer, type WorkerMessage } from './parallel.js';

const port = invariant(parentPort, 'simulateWorker.js runs as a worker thread');
const answer = simulationServer();
port.on('message', (message: WorkerMessage) => {
  const part = answer(message);
  if (part) port.postMessage(part);
});
