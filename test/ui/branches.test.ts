/** Forks as data, and as what-if files that load back to the same steps. */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { governs } from '../../src/engine/policies.js';
import { replay, type Run } from '../../src/engine/run.js';
import { loadScenario } from '../../src/scenario/load.js';
import { cursorFor, forkBranch, recordBranch } from '../../src/ui/branches.js';
import { acceptedMoves } from '../../src/ui/moves.js';
import { saveAtomically } from '../../src/files/saveFile.js';
import { selectTimeline, stateAt } from '../../src/ui/selectors.js';
import { patchesFor, whatIfText } from '../../src/ui/whatIfFile.js';
import { geneva } from './helpers.js';

const scenario = geneva();
const record = recordBranch(replay(scenario));
const at = (cursor: number) => ({ ...record, cursor });
const moveOf = (cursor: number, type: string, actor: string) =>
  acceptedMoves(stateAt(record.run, cursor), scenario).find((m) => m.type === type && m.actor === actor)!;
const steps = (run: Run) => run.entries.map((e) => e.step);

describe('forkBranch', () => {
  test('insert puts the move before the next event and lands on it', () => {
    const fork = forkBranch(at(20), 'insert', moveOf(20, 'WALKED_OUT', 'hnc'), 'fork-1');
    expect(fork.cursor).toBe(21);
    expect(fork.run.entries[20]!.step).toMatchObject({ id: 'what-if-1', type: 'WALKED_OUT', date: '2016-02-01', accepted: true });
    expect(fork.run.entries[19]).toBe(record.run.entries[19]);
    expect(fork.file).toBeNull();
    // The timeline shows where the branch leaves the record.
    expect(selectTimeline(fork.run, 21, 8).filter((r) => r.forkStart).map((r) => r.index)).toEqual([20]);
    expect(selectTimeline(record.run, 21, 8).some((r) => r.forkStart)).toBe(false);
  });

  test('from the fork on, the policies make the moves they govern; the rest of the record plays on', () => {
    const fork = forkBranch(at(20), 'insert', moveOf(20, 'WALKED_OUT', 'hnc'), 'fork-1');
    const after = steps(fork.run).slice(21);
    const recordedAfter = steps(record.run).slice(20).filter((s) => !governs(scenario.policies, s.actor, s.type)).map((s) => s.id);
    expect(after.filter((s) => s.origin === 'script').map((s) => s.id)).toEqual(recordedAfter);
    expect(after.some((s) => s.origin === 'policy')).toBe(true);
  });

  test('replace takes the next event out; drop only takes it out', () => {
    const replaced = forkBranch(at(20), 'replace', moveOf(20, 'WALKED_OUT', 'hnc'), 'fork-1');
    expect(replaced.run.entries.map((e) => e.step.id)).not.toContain('ceasefire-call');
    const dropped = forkBranch(at(20), 'drop', null, 'fork-2');
    expect(dropped.cursor).toBe(20);
    expect(dropped.run.entries.map((e) => e.step.id)).not.toContain('ceasefire-call');
    // The policies expected the envoy's call for a ceasefire (90%): dropped from the record, it comes anyway.
    expect(dropped.run.entries[20]!.step).toMatchObject({ type: 'CEASEFIRE_CALLED', actor: 'de-mistura', origin: 'policy' });
  });
});

test('cursorFor finds an event id, a prefix, a step number, or a date', () => {
  expect(cursorFor(record.run, 'formal-start')).toBe(20);
  expect(cursorFor(record.run, 'walkout-th')).toBe(28);
  expect(cursorFor(record.run, '2016-02-02')).toBe(22);
  expect(cursorFor(record.run, 'nothing-like-it')).toBeNull();
  expect(cursorFor(record.run, '0')).toBe(0);
  expect(cursorFor(record.run, '36')).toBe(36);
  expect(cursorFor(record.run, '37')).toBeNull();
});

test('patchesFor anchors inserts on kept events and lists removals', () => {
  const fork = forkBranch(at(20), 'replace', moveOf(20, 'WALKED_OUT', 'hnc'), 'fork-1');
  const { remove, insert } = patchesFor(scenario.events, fork.run.scenario.events);
  expect(remove).toEqual(['ceasefire-call']);
  expect(insert).toEqual([{ after: 'formal-start', events: [{ id: 'what-if-1', date: '2016-02-01', actor: 'hnc', type: 'WALKED_OUT' }] }]);
  const first = forkBranch(at(0), 'insert', acceptedMoves(stateAt(record.run, 0), scenario).find((m) => m.type === 'TALKS_DELAYED')!, 'f');
  expect(patchesFor(scenario.events, first.run.scenario.events).insert[0]).toMatchObject({ before: 'talks-postponed' });
});

test('a saved fork loads back and replays to the same steps, and saving never clobbers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ui-'));
  const threat = forkBranch(at(30), 'replace', moveOf(30, 'WALKED_OUT', 'hnc'), 'fork-1');
  const fork = forkBranch(threat, 'insert', acceptedMoves(stateAt(threat.run, threat.cursor), scenario).find((m) => m.type === 'RETURNED_TO_TALKS')!, 'fork-2');
  const path = join(dir, 'what-if.yaml');
  expect(saveAtomically(path, whatIfText(scenario, fork.run.scenario, fork.name, path))).toBe('saved');
  expect(readFileSync(path, 'utf8')).toContain('extends: geneva-2016');
  const loaded = loadScenario(path);
  expect(loaded.diagnostics).toEqual([]);
  expect(steps(replay(loaded.scenario!))).toEqual(steps(fork.run));

  expect(saveAtomically(path, 'other: text\n')).toBe('exists');
  expect(readFileSync(path, 'utf8')).not.toContain('other');
  expect(saveAtomically(path, 'other: text\n', true)).toBe('saved');
  expect(readdirSync(dir)).toEqual(['what-if.yaml']);
  expect(existsSync(path)).toBe(true);
});
