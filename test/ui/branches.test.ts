/** Forks as data, and as what-if files that load back to the same steps. */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { governs } from '../../src/engine/policies.js';
import type { Entry } from '../../src/engine/step.js';
import { outcomeOf, replay, type Run } from '../../src/engine/run.js';
import { loadScenario } from '../../src/engine/load.js';
import type { Scenario } from '../../src/scenario/types.js';
import {
  cursorFor,
  entryAt,
  forkBranch,
  recordBranch,
  stateAt,
  type Branch,
  type ForkMode,
} from '../../src/engine/branches.js';
import { nextStates, previewedMoves } from '../../src/engine/movePreview.js';
import type { LegalMove } from '../../src/model/legalMoves.js';
import { saveAtomically } from '../../src/files/saveFile.js';
import { editForm, formPayload, newPayloadForm } from '../../src/ui/payloadForm.js';
import { selectTimeline } from '../../src/ui/selectors.js';
import { patchesFor, whatIfText } from '../../src/scenario/whatIfFile.js';
import { geneva } from './helpers.js';
import { mustLoad } from '../helpers/scenarios.js';

const scenario = geneva();
const record = recordBranch(replay(scenario));
const at = (cursor: number) => ({ ...record, cursor });
const moveOf = (cursor: number, type: string, actor: string) =>
  previewedMoves(stateAt(record.run, cursor), scenario).find(
    (m) => m.type === type && m.actor === actor,
  )!;
const steps = (run: Run) => run.entries.map((e) => e.step);

describe('forkBranch', () => {
  test('insert puts the move before the next event and lands on it', () => {
    const fork = forkBranch(scenario, at(20), 'insert', moveOf(20, 'WALKED_OUT', 'hnc'), 'fork-1');
    expect(fork.cursor).toBe(21);
    expect(fork.run.entries[20]!.step).toMatchObject({
      id: 'what-if-1',
      type: 'WALKED_OUT',
      date: '2016-02-01',
      accepted: true,
    });
    expect(fork.run.entries[19]).toBe(record.run.entries[19]);
    expect(fork.file).toBeNull();
    // The timeline shows where the branch leaves the record.
    expect(
      selectTimeline(fork.run, 21, 8)
        .filter((r) => r.forkStart)
        .map((r) => r.index),
    ).toEqual([20]);
    expect(selectTimeline(record.run, 21, 8).some((r) => r.forkStart)).toBe(false);
  });

  test('from the fork on, the policies make the moves they govern; the rest of the record plays on', () => {
    const fork = forkBranch(scenario, at(20), 'insert', moveOf(20, 'WALKED_OUT', 'hnc'), 'fork-1');
    const after = steps(fork.run).slice(21);
    const recordedAfter = steps(record.run)
      .slice(20)
      .filter((s) => !governs(scenario.policies, s.actor, s.type))
      .map((s) => s.id);
    expect(after.filter((s) => s.origin === 'script').map((s) => s.id)).toEqual(recordedAfter);
    expect(after.some((s) => s.origin === 'policy')).toBe(true);
  });

  test('replace takes the next event out; drop only takes it out', () => {
    const walkout = moveOf(20, 'WALKED_OUT', 'hnc');
    const replaced = forkBranch(scenario, at(20), 'replace', walkout, 'fork-1');
    expect(replaced.run.entries.map((e) => e.step.id)).not.toContain('ceasefire-call');
    const dropped = forkBranch(scenario, at(20), 'drop', null, 'fork-2');
    expect(dropped.cursor).toBe(20);
    // Dropping adds nothing, whatever move is on screen.
    const withMove = forkBranch(scenario, at(20), 'drop', walkout, 'fork-2');
    expect(withMove.run.scenario.events).toEqual(dropped.run.scenario.events);
    expect(dropped.run.entries.map((e) => e.step.id)).not.toContain('ceasefire-call');
    // The policies expected the envoy's call for a ceasefire (90%): dropped from the record, it comes anyway.
    expect(dropped.run.entries[20]!.step).toMatchObject({
      type: 'CEASEFIRE_CALLED',
      actor: 'de-mistura',
      origin: 'policy',
    });
  });
});

test('a fork inserts the payload set in the form: a gesture meets only the conditions left ticked', () => {
  const state = stateAt(record.run, 28);
  const move = previewedMoves(state, scenario).find(
    (m) => m.type === 'GESTURE_MADE' && m.actor === 'government',
  )!;
  const form = newPayloadForm(move, {
    date: state.date,
    context: state.machine.context,
    actors: scenario.actors,
  });
  expect(form.values.meets).toEqual([
    'endAirStrikes',
    'liftSieges',
    'releaseDetainees',
    'humanitarianAccess',
  ]);
  // Space on the first box, then on the third.
  const unticked = [
    { kind: 'type', text: ' ' },
    { kind: 'move', by: 1 },
    { kind: 'move', by: 1 },
    { kind: 'type', text: ' ' },
  ] as const;
  const payload = formPayload(unticked.reduce(editForm, form));
  expect(payload).toEqual({ meets: ['liftSieges', 'humanitarianAccess'] });
  const step = forkBranch(scenario, at(28), 'insert', { ...move, payload }, 'f').run.entries[28]!
    .step;
  expect(step).toMatchObject({
    type: 'GESTURE_MADE',
    payload: { meets: ['liftSieges', 'humanitarianAccess'] },
    accepted: true,
  });
  expect(
    step.effects
      .filter((e) => e.kind === 'precondition')
      .map((e) => e.kind === 'precondition' && `${e.name} ${e.change}`),
  ).toEqual(['liftSieges met', 'humanitarianAccess met']);
});

test('cursorFor finds an event id, a prefix, a step number, or a date', () => {
  expect(cursorFor(record.run, 'formal-start')).toBe(20);
  expect(cursorFor(record.run, 'walkout-th')).toBe(28);
  expect(cursorFor(record.run, '2016-02-02')).toBe(22);
  expect(cursorFor(record.run, 'nothing-like-it')).toBeNull();
  expect(cursorFor(record.run, '0')).toBe(0);
  expect(cursorFor(record.run, '36')).toBe(36);
  expect(cursorFor(record.run, '37')).toBeNull();
  // After the last event: the end of the run.
  expect(cursorFor(record.run, '2016-03-01')).toBe(36);
  // Before the talks: the start, before the first event.
  expect(cursorFor(record.run, '2015-01-01')).toBe(0);
});

test('cursorFor at the edges: the first step by its date or prefix, spaces around, an id that begins an earlier one', () => {
  expect(cursorFor(record.run, '2016-01-25')).toBe(1);
  expect(cursorFor(record.run, 'talks-post')).toBe(1);
  expect(cursorFor(record.run, '  formal-start ')).toBe(20);
  expect(cursorFor(record.run, '')).toBeNull();
  // An exact id wins over an earlier step whose id it begins.
  const [first, second] = record.run.entries as [Entry, Entry];
  const run = {
    ...record.run,
    entries: [
      { ...first, step: { ...first.step, id: 'boycott-2' } },
      { ...second, step: { ...second.step, id: 'boycott' } },
    ],
  };
  expect(cursorFor(run, 'boycott')).toBe(2);
});

test('patchesFor anchors inserts on kept events and lists removals', () => {
  const fork = forkBranch(scenario, at(20), 'replace', moveOf(20, 'WALKED_OUT', 'hnc'), 'fork-1');
  const { remove, insert } = patchesFor(scenario.events, fork.run.scenario.events);
  expect(remove).toEqual(['ceasefire-call']);
  expect(insert).toEqual([
    {
      after: 'formal-start',
      events: [{ id: 'what-if-1', date: '2016-02-01', actor: 'hnc', type: 'WALKED_OUT' }],
    },
  ]);
  const first = forkBranch(
    scenario,
    at(0),
    'insert',
    previewedMoves(stateAt(record.run, 0), scenario).find((m) => m.type === 'TALKS_DELAYED')!,
    'f',
  );
  expect(patchesFor(scenario.events, first.run.scenario.events).insert[0]).toMatchObject({
    before: 'talks-postponed',
  });
});

test('a saved fork loads back and replays to the same steps, and saving never clobbers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ui-'));
  const threat = forkBranch(scenario, at(30), 'replace', moveOf(30, 'WALKED_OUT', 'hnc'), 'fork-1');
  const fork = forkBranch(
    scenario,
    threat,
    'insert',
    previewedMoves(stateAt(threat.run, threat.cursor), scenario).find(
      (m) => m.type === 'RETURNED_TO_TALKS',
    )!,
    'fork-2',
  );
  const path = join(dir, 'what-if.yaml');
  expect(saveAtomically(path, whatIfText(scenario, fork.run.scenario, fork.name, path))).toBe(
    'saved',
  );
  expect(readFileSync(path, 'utf8')).toMatch(/^extends: \S*geneva-2016(\.yaml)?$/m);
  const loaded = loadScenario(path);
  expect(loaded.diagnostics).toEqual([]);
  expect(steps(replay(loaded.scenario!))).toEqual(steps(fork.run));

  expect(saveAtomically(path, 'other: text\n')).toBe('exists');
  expect(readFileSync(path, 'utf8')).not.toContain('other');
  expect(saveAtomically(path, 'other: text\n', true)).toBe('saved');
  expect(readdirSync(dir)).toEqual(['what-if.yaml']);
  expect(existsSync(path)).toBe(true);
});

/** The branch saved as a what-if of `base`, loaded back and replayed as `parley replay` would. */
function replaySaved(base: Scenario, branch: Branch): Run {
  const path = join(mkdtempSync(join(tmpdir(), 'parley-fork-')), `${branch.name}.yaml`);
  saveAtomically(path, whatIfText(base, branch.run.scenario, branch.name, path, branch.run.seed));
  const loaded = loadScenario(path);
  expect(loaded.diagnostics).toEqual([]);
  return replay(loaded.scenario!);
}

/** What the player shows of a branch is what its saved file replays to, and a run a person can believe. */
function expectSavedReplaysTheSame(base: Scenario, branch: Branch): void {
  const saved = replaySaved(base, branch);
  expect(saved.seed).toBe(branch.run.seed);
  expect(steps(saved)).toEqual(steps(branch.run));
  expect(outcomeOf(saved)).toEqual(outcomeOf(branch.run));
  const events = steps(branch.run)
    .filter((s) => s.origin === 'script')
    .map((s) => s.id);
  expect(new Set(events).size, 'no event plays twice').toBe(events.length);
  const dates = steps(branch.run).map((s) => s.date);
  expect(dates, 'dates never run backwards').toEqual([...dates].sort());
}

/** A fork of `record`, made at the step `query` finds in `branch`, with the first move `pick` accepts. */
function forkAt(
  record: Scenario,
  branch: Branch,
  query: string,
  mode: ForkMode,
  pick?: (m: LegalMove) => boolean,
): Branch {
  const cursor = cursorFor(branch.run, query)!;
  const move = pick
    ? previewedMoves(stateAt(branch.run, cursor), branch.run.scenario).find(pick)!
    : null;
  return forkBranch(record, { ...branch, cursor }, mode, move, `${branch.name}-${mode}`);
}
const firstMove = () => true;
const is = (type: string, actor: string) => (m: LegalMove) => m.type === type && m.actor === actor;

describe('a saved fork replays as the player showed it', () => {
  test('in a what-if, where the policies dropped recorded moves before the fork', () => {
    const whatIf = loadScenario('scenarios/what-if/no-aleppo-offensive.yaml').scenario!;
    const base = recordBranch(replay(whatIf));
    const inserted = forkAt(whatIf, base, 'protest', 'insert', firstMove);
    // The move lands right after the protest, and the run goes on from there.
    expect(inserted.cursor).toBe(cursorFor(base.run, 'protest')! + 1);
    expect(inserted.run.entries[inserted.cursor - 1]!.step.id).toBe('what-if-1');
    expectSavedReplaysTheSame(whatIf, inserted);
    expectSavedReplaysTheSame(whatIf, forkAt(whatIf, base, 'protest', 'replace', firstMove));
    expectSavedReplaysTheSame(whatIf, forkAt(whatIf, base, 'protest', 'drop'));
    // On a policy's move, with recorded moves of the day before dropped since the last event.
    expectSavedReplaysTheSame(
      whatIf,
      forkAt(whatIf, base, 'russia-rules-out-ceasefire', 'insert', firstMove),
    );
  });

  test('in what-ifs that change only rules, forked before and after the first step a changed rule could act on', () => {
    for (const file of [
      'test/fixtures/whatif/threat-rules-off.yaml',
      'scenarios/what-if/no-formal-start.yaml',
    ]) {
      const whatIf = loadScenario(file).scenario!;
      const base = recordBranch(replay(whatIf));
      const ruleFork = whatIf.events[whatIf.forkAt!]!.id;
      expectSavedReplaysTheSame(
        whatIf,
        forkAt(whatIf, base, 'government-arrives', 'insert', is('STATEMENT_ISSUED', 'russia')),
      );
      expectSavedReplaysTheSame(
        whatIf,
        forkAt(whatIf, base, ruleFork, 'insert', is('STATEMENT_ISSUED', 'russia')),
      );
      expectSavedReplaysTheSame(whatIf, forkAt(whatIf, base, 'envoy-meets-jaafari', 'drop'));
    }
  });

  test('after a deadline that passed while the record played as written', () => {
    const deadline = loadScenario('test/fixtures/engine/no-pause.yaml').scenario!;
    for (let seed = 1; seed <= 10; seed += 1) {
      const base = recordBranch(replay(deadline, { seed }));
      expectSavedReplaysTheSame(
        deadline,
        forkAt(
          deadline,
          base,
          'walkout-threat.deadline',
          'insert',
          is('STATEMENT_ISSUED', 'russia'),
        ),
      );
    }
  });

  test('after a deadline on the last day, a move added runs the fork a day longer', () => {
    const short = loadScenario('test/fixtures/policies/deadline-at-end.yaml').scenario!;
    const base = recordBranch(replay(short));
    const statement = forkAt(short, base, 'threat', 'insert', is('STATEMENT_ISSUED', 'hnc'));
    const returned = forkAt(
      short,
      statement,
      'threat.deadline',
      'insert',
      is('RETURNED_TO_TALKS', 'hnc'),
    );
    expect(
      steps(returned.run)
        .slice(-3)
        .map((s) => `${s.date} ${s.type}`),
    ).toEqual([
      '2016-02-04 DEADLINE_PASSED',
      '2016-02-05 RETURNED_TO_TALKS',
      '2016-02-05 CEASEFIRE_CALLED',
    ]);
    expectSavedReplaysTheSame(short, returned);
  });

  test('when it drops the last event, the fork runs as long as the record, and so does its file', () => {
    const noEnd = loadScenario('test/fixtures/policies/no-end.yaml').scenario!;
    const dropped = forkAt(noEnd, recordBranch(replay(noEnd)), 'start', 'drop');
    expect(steps(dropped.run).at(-1)).toMatchObject({
      date: '2016-02-03',
      type: 'WALKOUT_THREATENED',
      origin: 'policy',
    });
    expectSavedReplaysTheSame(noEnd, dropped);
  });

  test('in forks of forks, including after a deadline and after the last event', () => {
    const threat = forkAt(
      scenario,
      record,
      'aleppo-offensive',
      'insert',
      is('WALKOUT_THREATENED', 'hnc'),
    );
    expectSavedReplaysTheSame(scenario, threat);
    // Dropping the move a fork added gives the record back.
    const undone = forkAt(scenario, threat, 'aleppo-offensive', 'drop');
    expect(steps(undone.run)).toEqual(steps(record.run));
    expectSavedReplaysTheSame(scenario, undone);
    const dropped = forkAt(scenario, threat, 'envoy-meets-jaafari', 'drop');
    expect(steps(dropped.run).map((s) => s.id)).not.toContain('meeting-cancelled');
    expectSavedReplaysTheSame(scenario, dropped);
    // The deadline fell due after the last event; a move added after it comes after it.
    const afterDeadline = forkAt(
      scenario,
      dropped,
      'what-if-1.deadline',
      'insert',
      is('RETURNED_TO_TALKS', 'hnc'),
    );
    expect(afterDeadline.run.entries[afterDeadline.cursor - 1]!.step).toMatchObject({
      id: 'what-if-2',
      accepted: true,
    });
    expectSavedReplaysTheSame(scenario, afterDeadline);
    expectSavedReplaysTheSame(
      scenario,
      forkAt(scenario, afterDeadline, 'envoy-meets-hnc', 'replace', is('CEASEFIRE_CALLED', 'hnc')),
    );
  });
});

test('a fork of a what-if keeps its title, not "What if: What if: ..."', () => {
  const whatIf = mustLoad('scenarios/what-if/no-aleppo-offensive.yaml');
  const text = whatIfText(whatIf, whatIf, 'fork-1', 'scenarios/what-if/fork.yaml');
  expect(text).toMatch(/^title: "?What if: no offensive north of Aleppo \(fork-1\)"?$/m);
  expect(text).not.toMatch(/What if\W+What if/);
});

test('a saved fork starts with the schema line, the path to scenario.schema.json from where it is saved', () => {
  expect(
    whatIfText(geneva(), geneva(), 'fork-1', 'scenarios/what-if/fork.yaml').split('\n')[0],
  ).toBe('# yaml-language-server: $schema=../../scenario.schema.json');
});

test('the first branch is named the record, or the what-if when the file extends one', () => {
  expect(recordBranch(replay(scenario)).name).toBe('record');
  const whatIf = mustLoad('scenarios/what-if/no-aleppo-offensive.yaml');
  expect(recordBranch(replay(whatIf))).toMatchObject({
    name: 'what-if',
    cursor: 0,
    file: whatIf.file,
  });
});

test('the state and the entry a cursor shows: none before the first step, none or an error past the last', () => {
  const length = record.run.entries.length;
  expect(stateAt(record.run, 0)).toBe(record.run.initial);
  expect(stateAt(record.run, -1)).toBe(record.run.initial);
  expect(stateAt(record.run, length)).toBe(record.run.entries[length - 1]!.state);
  expect(entryAt(record.run, 0)).toBeNull();
  expect(entryAt(record.run, 1)).toBe(record.run.entries[0]);
  expect(entryAt(record.run, length)).toBe(record.run.entries[length - 1]);
  expect(entryAt(record.run, length + 1)).toBeNull();
  expect(() => stateAt(record.run, length + 1)).toThrow(
    `step ${length + 1} is past the end of a run of ${length}`,
  );
});

test("the statechart's next states: where the moves possible now lead, by region and top-level state", () => {
  expect([...nextStates(stateAt(record.run, 0), scenario)].sort()).toEqual([
    'ceasefireTrack.proposed',
    'government.attending',
    'opposition.attending',
    'opposition.boycott',
    'process.collapsed',
    'process.delayed',
    'process.preparatory',
  ]);
  // At step 5 the government attends: its moves lead to walking out, not to attending again.
  expect(nextStates(stateAt(record.run, 5), scenario)).toContain('government.walkedOut');
  expect(nextStates(stateAt(record.run, 5), scenario)).not.toContain('government.attending');
});
