/**
 * A scenario file saved again while it is shown: what changed, where each cursor lands, and
 * which forks are made again on the new run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { describe, expect, test } from 'vitest';
import { forkBranch, recordBranch, stateAt, type Branch } from '../src/engine/branches.js';
import { loadScenario } from '../src/engine/load.js';
import { previewedMoves } from '../src/engine/movePreview.js';
import { eventChanges, landing, rebaseEvents, reloadBranches } from '../src/engine/reload.js';
import { replay, type Run } from '../src/engine/run.js';
import { reloadSession } from '../src/ui/reload.js';
import { addBranch, newSession } from '../src/ui/session.js';
import type { ScenarioEvent } from '../src/scenario/types.js';
import { geneva } from './ui/helpers.js';

const scenario = geneva();
const text = readFileSync(scenario.file, 'utf8');
const record = replay(scenario);

/** The first week saved again with `edit` made to its events. */
function saved(edit: (events: YAMLSeq<YAMLMap>, doc: ReturnType<typeof parseDocument>) => void) {
  const doc = parseDocument(text);
  edit(doc.get('events') as YAMLSeq<YAMLMap>, doc);
  const file = join(mkdtempSync(join(tmpdir(), 'parley-reload-')), 'geneva-2016.yaml');
  writeFileSync(file, doc.toString());
  const { scenario: loaded, diagnostics } = loadScenario(file);
  if (!loaded) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return loaded;
}

const indexOf = (events: YAMLSeq<YAMLMap>, id: string): number =>
  events.items.findIndex((e) => e.get('id') === id);
const without = (id: string) => saved((events) => events.items.splice(indexOf(events, id), 1));
const noted = (id: string, note: string) =>
  saved((events) => events.items[indexOf(events, id)]!.set('note', note));
const stepAt = (run: Run, cursor: number) => run.entries[cursor - 1]!.step;
const cursorOf = (run: Run, id: string) => run.entries.findIndex((e) => e.step.id === id) + 1;

describe('eventChanges', () => {
  test('names the events added, removed and changed, by id', () => {
    expect(eventChanges(scenario, noted('boycott', 'a note of our own'))).toEqual({
      added: [],
      removed: [],
      changed: ['boycott'],
    });
    const removed = without('talks-postponed');
    expect(eventChanges(scenario, removed)).toEqual({
      added: [],
      removed: ['talks-postponed'],
      changed: [],
    });
    expect(eventChanges(removed, scenario).added).toEqual(['talks-postponed']);
  });

  test('an event moved down the file by lines added above it has not changed', () => {
    const moved = saved((_, doc) => {
      doc.commentBefore = 'a comment\nof two lines';
    });
    expect(moved.events[3]!.at).not.toEqual(scenario.events[3]!.at);
    expect(eventChanges(scenario, moved)).toEqual({ added: [], removed: [], changed: [] });
  });
});

describe('landing', () => {
  test('the same step, found by its id, even when steps before it went', () => {
    const after = replay(without('talks-postponed'));
    const at = cursorOf(record, 'hnc-arrives');
    const landed = landing(record, at, after);
    expect(landed).toEqual({ cursor: at - 1, by: 'id' });
    expect(stepAt(after, landed.cursor).id).toBe('hnc-arrives');
  });

  test('a step whose event went: the nearest step before it that is still there', () => {
    const after = replay(without('hnc-arrives'));
    const landed = landing(record, cursorOf(record, 'hnc-arrives'), after);
    expect(landed.by).toBe('earlier');
    expect(stepAt(after, landed.cursor)).toMatchObject({ id: 'hnc-will-go', date: '2016-01-29' });
  });

  test('every step up to it gone: the last step on or before its date', () => {
    const after = replay(
      saved((events) => events.items.splice(0, indexOf(events, 'hnc-arrives') + 1)),
    );
    const landed = landing(record, cursorOf(record, 'hnc-arrives'), after);
    expect(landed).toEqual({ cursor: 0, by: 'date' });
    const later = landing(record, cursorOf(record, 'kerry-appeal'), after);
    expect(later.by).toBe('id');
    // Up to the courtesy visit of 31 January gone: after the two steps left of that day.
    const fromVisit = replay(
      saved((events) => events.items.splice(0, indexOf(events, 'courtesy-visit') + 1)),
    );
    expect(landing(record, cursorOf(record, 'courtesy-visit'), fromVisit)).toEqual({
      cursor: 2,
      by: 'date',
    });
    expect(stepAt(fromVisit, 2)).toMatchObject({ id: 'kerry-appeal', date: '2016-01-31' });
  });

  test('before the first step stays there', () => {
    expect(landing(record, 0, replay(without('talks-postponed')))).toEqual({ cursor: 0, by: 'id' });
  });
});

describe('reloadBranches', () => {
  const at = cursorOf(record, 'formal-start');
  const walkout = previewedMoves(stateAt(record, at), scenario).find(
    (m) => m.type === 'WALKED_OUT' && m.actor === 'hnc',
  )!;
  /** The walk-out inserted after the formal start, on `run`. */
  const walkoutOn = (run: Run) =>
    forkBranch(run.scenario, { ...recordBranch(run), cursor: at }, 'insert', walkout, 'fork-1');
  const fork = walkoutOn(record);
  const branches: [Branch, Branch] = [{ ...recordBranch(record), cursor: at }, fork];

  test('a fork is made again on the new record: the same move after the same event, as if forked there', () => {
    const changed = noted('talks-postponed', 'postponed, as the file now says');
    const after = replay(changed);
    const { branches: again, places } = reloadBranches(branches, after);
    expect(places.map((p) => p?.index)).toEqual([0, 1]);
    const kept = again[1]!;
    const fresh = walkoutOn(after);
    expect(kept.run.entries.map((e) => e.step.id)).toEqual(fresh.run.entries.map((e) => e.step.id));
    expect(kept.run.entries.map((e) => e.step.state)).toEqual(
      fresh.run.entries.map((e) => e.step.state),
    );
    expect(stepAt(kept.run, kept.cursor)).toMatchObject({ id: 'what-if-1', type: 'WALKED_OUT' });
    expect(stepAt(kept.run, 1).note).toBe('postponed, as the file now says');
    expect(kept.run.forkedAt).toBe(fork.run.forkedAt);
  });

  test('a fork whose move follows an event now gone is kept as it was, not lost; the record moves on', () => {
    const { branches: again, places } = reloadBranches(branches, replay(without('formal-start')));
    expect(again).toHaveLength(2);
    expect(again[1]).toBe(fork);
    expect(places).toEqual([
      { index: 0, landing: { cursor: at - 1, by: 'earlier' }, asItWas: false },
      { index: 1, landing: { cursor: fork.cursor, by: 'id' }, asItWas: true },
    ]);
  });

  test('the session says what changed and where the cursor is, and keeps showing the fork', () => {
    const session = addBranch({ ...newSession(branches[0]) }, fork);
    const changed = noted('boycott', 'a new note');
    const reloaded = reloadSession(session, replay(changed));
    expect(reloaded.active).toBe(1);
    expect(reloaded.message).toBe(`reloaded: 1 event changed, step ${at + 1} kept`);
    const gone = reloadSession(session, replay(without('formal-start')));
    expect(gone.active).toBe(1);
    expect(gone.branches[1]).toBe(fork);
    expect(gone.message).toBe(
      'reloaded: 1 event removed; fork-1 kept as it was (an event it needs is gone from the file)',
    );
    const fromRecord = reloadSession({ ...session, active: 0 }, replay(without('formal-start')));
    expect(fromRecord.message).toBe(
      `reloaded: 1 event removed, step ${at} gone, now step ${at - 1} (the one before); fork-1 kept as it was (an event it needs is gone from the file)`,
    );
  });

  test('the record shown, a step before it removed: the cursor follows its step', () => {
    const session = newSession(branches[0]);
    const reloaded = reloadSession(session, replay(without('talks-postponed')));
    expect(reloaded.message).toBe(`reloaded: 1 event removed, step ${at} kept, now step ${at - 1}`);
  });
});

describe('rebaseEvents', () => {
  const [a, b, c, d] = scenario.events as [
    ScenarioEvent,
    ScenarioEvent,
    ScenarioEvent,
    ScenarioEvent,
  ];
  const move = { ...b, id: 'fork-move' };
  const ids = (events: readonly ScenarioEvent[] | null) => events?.map((e) => e.id) ?? null;

  test('the events a fork dropped are dropped again from the new record, which keeps its own', () => {
    expect(ids(rebaseEvents([a, b, c], [a, c], [a, b, c, d]))).toEqual([a.id, c.id, d.id]);
  });

  test("a fork's move goes back after the same event, or first when it came first", () => {
    expect(ids(rebaseEvents([a, b, c], [a, b, move, c], [a, b, d, c]))).toEqual([
      a.id,
      b.id,
      move.id,
      d.id,
      c.id,
    ]);
    expect(ids(rebaseEvents([a, b], [move, a, b], [a, b, c]))).toEqual([move.id, a.id, b.id, c.id]);
  });

  test('a fork no longer applies when an event it dropped, or the one its move follows, is gone', () => {
    expect(rebaseEvents([a, b, c], [a, c], [a, c, d])).toBeNull();
    expect(rebaseEvents([a, b, c], [a, b, move, c], [a, c])).toBeNull();
  });
});

describe('a fork made again past the new record’s end', () => {
  test('runs to its own last move, when the file now ends the talks before it', () => {
    const last = record.entries.length;
    const lastDay = stepAt(record, last).date;
    const move = previewedMoves(stateAt(record, last), scenario)[0]!;
    const fork = forkBranch(
      scenario,
      { ...recordBranch(record), cursor: last },
      'insert',
      move,
      'f',
    );
    // The last day's events a day earlier, and the talks ending that day.
    const earlier = saved((events, doc) => {
      for (const event of events.items)
        if (event.get('date') === lastDay) event.set('date', '2016-02-02');
      doc.set('end', '2016-02-02');
    });
    const { branches: again } = reloadBranches([recordBranch(record), fork], replay(earlier));
    expect(again[0]!.run.scenario.end).toBe('2016-02-02');
    expect(again[1]!.run.scenario.events.at(-1)).toMatchObject({ id: 'what-if-1', date: lastDay });
    expect(again[1]!.run.scenario.end).toBe(lastDay);
    expect(again[1]!.run.entries.at(-1)?.step.id).toBe('what-if-1');
  });
});
