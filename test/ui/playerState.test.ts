/** The player's state as actions change it, tested without Ink: what each key and each answer does. */
import { describe, expect, test } from 'vitest';
import { previewedMoves } from '../../src/engine/movePreview.js';
import { replay } from '../../src/engine/run.js';
import { recordBranch, stateAt } from '../../src/engine/branches.js';
import { isTooSmall, layoutOf } from '../../src/ui/layout.js';
import {
  initialPlayerState,
  playerReducer,
  type PlayerAction,
  type PlayerState,
} from '../../src/ui/playerState.js';
import { activeBranch } from '../../src/ui/session.js';
import { statusLine } from '../../src/ui/statusLine.js';
import { geneva } from './helpers.js';

const scenario = geneva();
const record = recordBranch(replay(scenario));
const start = (predict = false): PlayerState => initialPlayerState(record, predict);
const after = (s: PlayerState, ...actions: PlayerAction[]): PlayerState =>
  actions.reduce(playerReducer, s);
const cursorOf = (s: PlayerState): number => activeBranch(s.session).cursor;
const walkout = previewedMoves(stateAt(record.run, 20), scenario).find(
  (m) => m.type === 'WALKED_OUT' && m.actor === 'hnc',
);
if (!walkout) throw new Error('the formal start accepts a walkout by the HNC');

/** At step 20 (the formal start), forked by inserting the HNC's walkout. */
const forked = (): PlayerState =>
  after(
    start(),
    { type: 'jump', query: 'formal-start' },
    { type: 'open', dialog: 'fork' },
    { type: 'fork', mode: 'insert', move: walkout },
  );

describe('stepping', () => {
  test('→ and ← move one step, Home and End to the ends; ← stops at the start', () => {
    expect(cursorOf(after(start(), { type: 'step', by: 1 }, { type: 'step', by: 1 }))).toBe(2);
    expect(
      cursorOf(
        after(start(), { type: 'step', by: 1 }, { type: 'step', by: -1 }, { type: 'step', by: -1 }),
      ),
    ).toBe(0);
    expect(cursorOf(after(start(), { type: 'end' }))).toBe(36);
    expect(cursorOf(after(start(), { type: 'end' }, { type: 'home' }))).toBe(0);
    expect(after(start(), { type: 'end' }, { type: 'step', by: 1 }).session.message).toBe(
      'end of the run',
    );
  });

  test('an action leaves the state it was given as it was', () => {
    const before = start();
    after(before, { type: 'end' }, { type: 'open', dialog: 'help' });
    expect(cursorOf(before)).toBe(0);
    expect(before.dialog).toBeNull();
  });
});

describe('dialogs and quitting', () => {
  test('q quits at once when nothing would be lost, and asks while a fork is unsaved', () => {
    expect(after(start(), { type: 'open', dialog: 'quit' }).quit).toBe(true);
    const asked = after(forked(), { type: 'open', dialog: 'quit' });
    expect(asked).toMatchObject({ dialog: 'quit', quit: false });
    expect(after(asked, { type: 'close' })).toMatchObject({ dialog: null, quit: false });
    expect(after(asked, { type: 'quit' }).quit).toBe(true);
  });

  test('Ctrl-C over a dialog asks, "no" goes back to that dialog, and a second Ctrl-C quits', () => {
    const asked = after(forked(), { type: 'open', dialog: 'branches' }, { type: 'interrupt' });
    expect(asked).toMatchObject({ dialog: 'quit', beneath: 'branches', quit: false });
    expect(after(asked, { type: 'close' })).toMatchObject({ dialog: 'branches', beneath: null });
    expect(after(asked, { type: 'interrupt' }).quit).toBe(true);
    expect(after(start(), { type: 'interrupt' }).quit).toBe(true);
  });

  test('opening a dialog clears the message before; forking while a guess is awaited is refused with a word', () => {
    const opened = after(
      start(),
      { type: 'step', by: 1 },
      { type: 'end' },
      { type: 'step', by: 1 },
      { type: 'open', dialog: 'jump' },
    );
    expect(opened).toMatchObject({ dialog: 'jump', session: { message: null } });
    const asking = after(start(true), { type: 'step', by: 1 });
    expect(asking.session.predict.asking).toBe(true);
    const refused = after(asking, { type: 'open', dialog: 'fork' });
    expect(refused.dialog).toBeNull();
    expect(refused.session.message).toBe(
      'guess first (or → to skip): forking names the hidden step',
    );
  });

  test('a jump goes to an event id, a step or a date, says when nothing matches, and closes the dialog', () => {
    const jump = (query: string) =>
      after(start(), { type: 'open', dialog: 'jump' }, { type: 'jump', query });
    expect(cursorOf(jump('formal-start'))).toBe(20);
    expect(cursorOf(jump('5'))).toBe(5);
    expect(jump('2016-02-30').session.message).toBe('2016-02-30 is not a real date');
    expect(jump('nowhere\u001B[2J')).toMatchObject({
      dialog: null,
      session: { message: 'nothing matches "nowhere"' },
    });
    expect(jump('  ')).toMatchObject({ dialog: null, session: { message: null } });
  });
});

describe('forks and saving', () => {
  test('a fork is a new branch, shown, named in order, from the branch shown', () => {
    const one = forked();
    expect(one.dialog).toBeNull();
    expect(one.session.active).toBe(1);
    expect(activeBranch(one.session)).toMatchObject({ name: 'fork-1', cursor: 21, file: null });
    expect(one.session.message).toBe('forked: fork-1');
    const two = after(
      one,
      { type: 'open', dialog: 'fork' },
      { type: 'fork', mode: 'drop', move: null },
    );
    expect(activeBranch(two.session).name).toBe('fork-2');
    // fork-2 keeps fork-1's walkout: it was forked from it.
    expect(activeBranch(two.session).run.entries[20]?.step.type).toBe('WALKED_OUT');
    const back = after(
      two,
      { type: 'open', dialog: 'branches' },
      { type: 'switchBranch', index: 0 },
    );
    expect(back).toMatchObject({ dialog: null, session: { active: 0, message: 'branch: record' } });
  });

  test('a save marks the branch saved; a refused save keeps it unsaved and says why, in clean text', () => {
    const saved = after(
      forked(),
      { type: 'open', dialog: 'save' },
      { type: 'saved', file: '/tmp/a.yaml' },
    );
    expect(saved).toMatchObject({ dialog: null, session: { message: 'saved to /tmp/a.yaml' } });
    expect(activeBranch(saved.session).file).toBe('/tmp/a.yaml');
    expect(after(saved, { type: 'open', dialog: 'quit' }).quit).toBe(true);
    const refused = after(
      forked(),
      { type: 'open', dialog: 'save' },
      { type: 'notSaved', problem: 'disk\u0007full' },
    );
    expect(refused.session.message).toBe('not saved: disk full');
    expect(activeBranch(refused.session).file).toBeNull();
  });
});

describe('autoplay', () => {
  test('p plays and stops; reaching the end stops it and says so, however the end was reached', () => {
    const playing = after(start(), { type: 'togglePlay' });
    expect(playing.playing).toBe(true);
    expect(after(playing, { type: 'togglePlay' }).playing).toBe(false);
    const nearEnd = after(start(), { type: 'jump', query: '35' }, { type: 'togglePlay' });
    expect(nearEnd.playing).toBe(true);
    for (const action of [
      { type: 'step', by: 1 },
      { type: 'end' },
      { type: 'jump', query: '36' },
    ] as const) {
      const ended = after(nearEnd, action);
      expect(ended.playing).toBe(false);
      expect(ended.session.message).toBe('the end of the run: autoplay stopped');
    }
  });

  test("autoplay's tick steps only while playing with no dialog open, as a tick late for a dialog may come", () => {
    expect(cursorOf(after(start(), { type: 'tick' }))).toBe(0);
    const playing = after(start(), { type: 'togglePlay' });
    expect(cursorOf(after(playing, { type: 'tick' }, { type: 'tick' }))).toBe(2);
    const choosing = after(playing, { type: 'open', dialog: 'fork' }, { type: 'tick' });
    expect(cursorOf(choosing)).toBe(0);
    expect(cursorOf(after(choosing, { type: 'close' }, { type: 'tick' }))).toBe(1);
  });

  test('p at the end, or in predict mode, says why it does not play; k stops autoplay', () => {
    const atEnd = after(start(), { type: 'end' }, { type: 'togglePlay' });
    expect(atEnd.playing).toBe(false);
    expect(atEnd.session.message).toBe(
      'the end of the run: nothing left to play (Home goes back to the start)',
    );
    const predicting = after(start(true), { type: 'togglePlay' });
    expect(predicting.playing).toBe(false);
    expect(predicting.session.message).toBe('autoplay is off in predict mode: guess each step');
    const stopped = after(start(), { type: 'togglePlay' }, { type: 'togglePredict' });
    expect(stopped).toMatchObject({ playing: false, session: { predict: { on: true } } });
  });

  test('+ and - change the delay between steps within the speeds offered, and say it', () => {
    const faster = after(start(), { type: 'speed', by: 1 });
    expect(faster.speed).toBe(800);
    expect(faster.session.message).toBe('autoplay: a step every 0.8s');
    expect(after(start(), ...Array<PlayerAction>(9).fill({ type: 'speed', by: 1 })).speed).toBe(
      400,
    );
    const slowest = after(start(), ...Array<PlayerAction>(9).fill({ type: 'speed', by: -1 }));
    expect(slowest.speed).toBe(4000);
    expect(slowest.session.message).toBe('autoplay: a step every 4s');
  });
});

describe('statusLine', () => {
  test('says what autoplay does, else the last message, else the keys that fit', () => {
    expect(statusLine(after(start(), { type: 'togglePlay' }), 80)).toBe(
      'playing, a step every 1.5s  p stop  +/- speed  ? help',
    );
    expect(statusLine(after(start(), { type: 'end' }, { type: 'step', by: 1 }), 80)).toBe(
      'end of the run  · ? help',
    );
    expect(statusLine(start(), 80)).toContain('p play  k predict  ? help  q quit');
    expect(statusLine(start(), 60)).toBe(
      '→/← step  g jump  f fork  b branches  s save  ? help  q quit',
    );
  });

  test('at the end of a predict-mode run, the verdict on the guesses', () => {
    const ended = after(start(true), { type: 'end' });
    expect(statusLine(ended, 80)).toMatch(/ {2}· \? help$/);
    expect(statusLine(ended, 80)).not.toContain('q quit');
  });
});

describe('layoutOf', () => {
  test('at 80x24 the frame is one row short of the screen, and the rows add up', () => {
    const layout = layoutOf({ columns: 80, rows: 24 }, 5, false);
    expect(layout).toEqual({
      height: 23,
      body: 16,
      footer: 1,
      event: 7,
      below: 9,
      timelineWidth: 42,
      contextWidth: 38,
    });
    expect(1 + 5 + layout.body + layout.footer).toBe(layout.height);
  });

  test('a taller screen gives the event panel its rows first, up to ten; predict mode takes a row for the score', () => {
    expect(layoutOf({ columns: 80, rows: 27 }, 5, false)).toMatchObject({ event: 10, below: 9 });
    expect(layoutOf({ columns: 80, rows: 40 }, 5, false)).toMatchObject({ event: 10, below: 22 });
    expect(layoutOf({ columns: 80, rows: 24 }, 5, true)).toMatchObject({
      body: 15,
      footer: 2,
      event: 7,
      below: 8,
    });
    expect(layoutOf({ columns: 120, rows: 24 }, 4, false)).toMatchObject({
      timelineWidth: 82,
      contextWidth: 38,
    });
  });

  test('below 60x20 the player does not draw its panels', () => {
    expect(isTooSmall({ columns: 60, rows: 20 })).toBe(false);
    expect(isTooSmall({ columns: 59, rows: 20 })).toBe(true);
    expect(isTooSmall({ columns: 60, rows: 19 })).toBe(true);
  });
});
