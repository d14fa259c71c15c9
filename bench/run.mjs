/**
 * `npm run bench`: the numbers the project promises, measured in one run on this machine.
 * Engine speed against raw XState transition() and a hand-written reducer; the player's step
 * and start-up times; simulations of 10,000 and 100,000 runs on both cores with their peak
 * memory. BENCH_RUNS sets the size of the larger simulation (default 100000).
 * Rates are per second of this process's CPU time, so a machine shared with other work still
 * gives fair ratios; wall times are reported beside the CPU time they took.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
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
const events = scenario.events.map((e) => ({
  type: e.type,
  actor: e.actor,
  role: roles.get(e.actor),
  date: e.date,
  payload: e.payload,
}));

/** Milliseconds of CPU time this process has used. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Events per CPU second, over about 1.5 s of repeated folds after a warm-up. */
function rate(fold) {
  for (let i = 0; i < 50; i += 1) fold();
  let folds = 0;
  const start = cpu();
  while (cpu() - start < 1500) {
    fold();
    folds += 1;
  }
  return (folds * events.length * 1000) / (cpu() - start);
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
const fmt = (n, d = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function engineNumbers() {
  const ours = replay(scenario).entries.at(-1).step.state;
  const theirs = hand();
  for (const region of ['process', 'opposition', 'government', 'ceasefireTrack']) {
    if (ours[region] !== theirs[region])
      throw new Error(`the reducer disagrees with the engine on ${region}`);
  }
  const engine = rate(() => replay(scenario));
  const xstate = rate(raw);
  const reducer = rate(hand);
  console.log('Engine, on the Geneva record (%d events per fold)', events.length);
  console.log(
    `  parley engine (history, clock, policy predictions)  ${fmt(engine).padStart(12)} events/s`,
  );
  console.log(
    `  raw XState transition()                             ${fmt(xstate).padStart(12)} events/s`,
  );
  console.log(
    `  hand-written reducer                                ${fmt(reducer).padStart(12)} events/s`,
  );
  console.log(
    `  engine / raw transition()   ${fmt(engine / xstate, 2)}   (target: 4 or better, aim 10)`,
  );
  console.log(`  engine / reducer            ${fmt(engine / reducer, 4)}`);
}

/** A valid what-if of `count` events: arrivals, a start, then meetings, statements and setbacks. */
function generatedScenario(count) {
  const cycle = [
    'ENVOY_MET',
    'STATEMENT_ISSUED',
    'MEETING_CANCELLED',
    'PROTEST_HELD',
    'ASSURANCES_OFFERED',
  ];
  const lines = [
    'id: generated',
    'title: A thousand events',
    'kind: what-if',
    'start: 2016-01-01',
    'actors:',
    '  - { id: envoy, name: The envoy, role: envoy }',
    '  - { id: hnc, name: The opposition, role: opposition }',
    '  - { id: government, name: The government, role: government }',
    'events:',
    '  - { id: e0, date: 2016-01-01, actor: government, type: DELEGATION_ARRIVED }',
    '  - { id: e1, date: 2016-01-01, actor: hnc, type: DELEGATION_ARRIVED }',
    '  - { id: e2, date: 2016-01-02, actor: envoy, type: FORMAL_START_DECLARED }',
  ];
  for (let i = 3; i < count; i += 1) {
    const type = cycle[i % cycle.length];
    const date = new Date(Date.UTC(2016, 0, 2 + Math.floor(i / 10))).toISOString().slice(0, 10);
    const actor = type === 'MEETING_CANCELLED' || type === 'PROTEST_HELD' ? 'hnc' : 'envoy';
    const payload =
      type === 'ENVOY_MET'
        ? ', payload: { with: hnc }'
        : type === 'MEETING_CANCELLED'
          ? ', payload: { with: envoy }'
          : '';
    lines.push(`  - { id: e${i}, date: ${date}, actor: ${actor}, type: ${type}${payload} }`);
  }
  const file = join(mkdtempSync(join(tmpdir(), 'parley-bench-')), 'generated.yaml');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

async function stepLatencies(file, steps) {
  const loaded = loadScenario(file).scenario;
  const ui = render(
    React.createElement(App, { scenario: loaded, catalog: defaultCatalog(), predict: false }),
  );
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
    const child = spawn('script', [
      '-qfec',
      `stty rows 24 cols 80; node ${CLI} play ${file}`,
      '/dev/null',
    ]);
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
  console.log(
    `  key press to new frame: median ${fmt(median(times), 2)} ms, slowest ${fmt(Math.max(...times), 2)} ms over ${times.length} steps (target: median under 16 ms)`,
  );
  console.log(
    `  start to first frame (Geneva, real terminal): median ${fmt(median(starts))} ms of ${starts.length} starts (target: under 400 ms)`,
  );
}

/** The simulation as a user runs it, timed by time(1): wall time, CPU time and peak memory. */
async function simulation(runs) {
  const args = [
    '-f',
    '%e %U %S %M',
    process.execPath,
    CLI,
    'simulate',
    GENEVA,
    '--runs',
    String(runs),
    '--workers',
    '2',
    '--json',
  ];
  const child = spawn('/usr/bin/time', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`simulate failed: ${stderr}`);
  const [wall, user, system, kb] = stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + system, mib: kb / 1024 };
}

async function simulationNumbers() {
  console.log(
    '\nSimulation of the Geneva record on 2 worker threads (wall time; CPU time of all threads)',
  );
  for (const [runs, target] of [
    [10_000, 'under 2 s wall'],
    [Number(process.env.BENCH_RUNS ?? 100_000), 'under 20 s wall, under 500 MiB'],
  ]) {
    const { wall, cpu: seconds, mib } = await simulation(runs);
    console.log(
      `  ${fmt(runs).padStart(7)} runs: ${fmt(wall, 1)} s wall, ${fmt(seconds, 1)} s CPU, ${fmt(runs / seconds)} runs per CPU second, peak ${fmt(mib)} MiB (target: ${target})`,
    );
  }
  console.log(
    `  load average during the run: ${loadavg()
      .map((l) => fmt(l, 1))
      .join(' ')} on ${availableParallelism()} cores`,
  );
}

engineNumbers();
await playerNumbers();
await simulationNumbers();
