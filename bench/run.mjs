/**
 * `npm run bench`: the numbers the project promises, measured in one run on this machine.
 * Engine speed against raw XState transition() and a hand-written reducer; the player's step
 * and start-up times; a 100,000-run simulation on both cores with its peak memory.
 * BENCH_RUNS sets the simulation size (default 100000).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import React from 'react';
import { render } from 'ink-testing-library';
import { initialTransition, transition } from 'xstate';
import { createContext } from '../dist/model/context.js';
import { talksMachine } from '../dist/model/talksMachine.js';
import { replay } from '../dist/engine/run.js';
import { defaultCatalog, loadScenario } from '../dist/engine/load.js';
import { App } from '../dist/ui/App.js';
import { initial, reduce } from './reducer.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/bin/parley.js');
const GENEVA = join(ROOT, 'scenarios/geneva-2016.yaml');
const scenario = loadScenario(GENEVA).scenario;
const roles = new Map(scenario.actors.map((a) => [a.id, a.role]));
const events = scenario.events.map((e) => ({ type: e.type, actor: e.actor, role: roles.get(e.actor), date: e.date, payload: e.payload }));

/** Events per second, over about a second of repeated folds after a warm-up. */
function rate(fold) {
  for (let i = 0; i < 50; i += 1) fold();
  let folds = 0;
  const start = performance.now();
  while (performance.now() - start < 1500) {
    fold();
    folds += 1;
  }
  return (folds * events.length * 1000) / (performance.now() - start);
}

function raw() {
  let [s] = initialTransition(talksMachine, createContext(scenario.initial));
  for (const e of events) [s] = transition(talksMachine, s, e);
  return s;
}

function hand() {
  let s = initial(scenario.initial.confidence);
  for (const e of events) s = reduce(s, e);
  return s;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function engineNumbers() {
  const ours = replay(scenario).entries.at(-1).step.state;
  const theirs = hand();
  for (const region of ['process', 'opposition', 'government', 'ceasefireTrack']) {
    if (ours[region] !== theirs[region]) throw new Error(`the reducer disagrees with the engine on ${region}`);
  }
  const engine = rate(() => replay(scenario));
  const xstate = rate(raw);
  const reducer = rate(hand);
  console.log('Engine, on the Geneva record (%d events per fold)', events.length);
  console.log(`  parley engine (history, clock, policy predictions)  ${fmt(engine).padStart(12)} events/s`);
  console.log(`  raw XState transition()                             ${fmt(xstate).padStart(12)} events/s`);
  console.log(`  hand-written reducer                                ${fmt(reducer).padStart(12)} events/s`);
  console.log(`  engine / raw transition()   ${fmt(engine / xstate, 2)}   (target: 0.50 or better)`);
  console.log(`  engine / reducer            ${fmt(engine / reducer, 4)}`);
}

/** A valid what-if of `count` events: arrivals, a start, then meetings, statements and setbacks. */
function generatedScenario(count) {
  const cycle = ['ENVOY_MET', 'STATEMENT_ISSUED', 'MEETING_CANCELLED', 'PROTEST_HELD', 'ASSURANCES_OFFERED'];
  const lines = [
    'id: generated', 'title: A thousand events', 'kind: what-if', 'start: 2016-01-01',
    'actors:', '  - { id: envoy, name: The envoy, role: envoy }', '  - { id: hnc, name: The opposition, role: opposition }',
    '  - { id: government, name: The government, role: government }', 'events:',
    '  - { id: e0, date: 2016-01-01, actor: government, type: DELEGATION_ARRIVED }',
    '  - { id: e1, date: 2016-01-01, actor: hnc, type: DELEGATION_ARRIVED }',
    '  - { id: e2, date: 2016-01-02, actor: envoy, type: FORMAL_START_DECLARED }',
  ];
  for (let i = 3; i < count; i += 1) {
    const type = cycle[i % cycle.length];
    const date = new Date(Date.UTC(2016, 0, 2 + Math.floor(i / 10))).toISOString().slice(0, 10);
    const actor = type === 'MEETING_CANCELLED' || type === 'PROTEST_HELD' ? 'hnc' : 'envoy';
    const payload = type === 'ENVOY_MET' ? ', payload: { with: hnc }' : type === 'MEETING_CANCELLED' ? ', payload: { with: envoy }' : '';
    lines.push(`  - { id: e${i}, date: ${date}, actor: ${actor}, type: ${type}${payload} }`);
  }
  const file = join(mkdtempSync(join(tmpdir(), 'parley-bench-')), 'generated.yaml');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

async function stepLatencies(file, steps) {
  const loaded = loadScenario(file).scenario;
  const ui = render(React.createElement(App, { scenario: loaded, catalog: defaultCatalog(), predict: false }));
  for (let i = 0; i < 5; i += 1) await tick();
  const times = [];
  for (let i = 0; i < steps; i += 1) {
    const before = ui.lastFrame();
    const start = performance.now();
    ui.stdin.write('\u001B[C');
    while (ui.lastFrame() === before) await tick();
    times.push(performance.now() - start);
  }
  ui.unmount();
  return times;
}

/** From starting the command in a terminal (script(1) gives it one) to its first frame. */
function firstFrame(file) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // An 80x24 terminal, as in a classroom; script(1) alone gives a terminal of no size.
    const child = spawn('script', ['-qfec', `stty rows 24 cols 80; node ${CLI} play ${file}`, '/dev/null']);
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      if (seen.includes('timeline')) {
        resolve(performance.now() - start);
        child.kill('SIGTERM');
      }
    });
    child.on('error', reject);
    setTimeout(() => reject(new Error('no frame within 10 s')), 10_000).unref();
  });
}

async function playerNumbers() {
  const file = generatedScenario(1000);
  const times = await stepLatencies(file, 300);
  const starts = [];
  for (let i = 0; i < 5; i += 1) starts.push(await firstFrame(GENEVA));
  console.log('\nPlayer, on a generated 1,000-event scenario');
  console.log(`  key press to new frame: median ${fmt(median(times), 2)} ms, slowest ${fmt(Math.max(...times), 2)} ms over ${times.length} steps (target: median under 16 ms)`);
  console.log(`  start to first frame (Geneva, real terminal): median ${fmt(median(starts))} ms of ${starts.length} starts (target: under 400 ms)`);
}

/** The simulation as a user runs it, timed by time(1) for its wall time and peak memory. */
async function simulationNumbers() {
  const runs = Number(process.env.BENCH_RUNS ?? 100_000);
  const args = ['-f', '%e %M', process.execPath, CLI, 'simulate', GENEVA, '--runs', String(runs), '--workers', '2', '--json'];
  const child = spawn('/usr/bin/time', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`simulate failed: ${stderr}`);
  const [seconds, kb] = stderr.trim().split('\n').at(-1).split(' ').map(Number);
  console.log(`\nSimulation: ${fmt(runs)} runs of the Geneva scenario on 2 worker threads`);
  console.log(`  ${fmt(seconds, 1)} s, ${fmt(runs / seconds)} runs/s, peak memory ${fmt(kb / 1024)} MiB`);
}

engineNumbers();
await playerNumbers();
await simulationNumbers();
