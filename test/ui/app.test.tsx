/** The player as a person sees it: 80x24 frames after each key. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { replay } from '../../src/engine/run.js';
import { defaultCatalog, loadScenario } from '../../src/engine/load.js';
import { App } from '../../src/ui/App.js';
import { geneva, KEY, pickMove, player, waitFor } from './helpers.js';

afterEach(cleanup);

const lines = (frame: string) => frame.split('\n');
const savedSteps = (path: string) =>
  replay(loadScenario(path).scenario!).entries.map(
    (e) => `${e.step.date} ${e.step.type} ${e.step.actor} ${e.step.accepted}`,
  );

type Press = Awaited<ReturnType<typeof player>>['press'];

/** g, the query, Enter: waits for the frame that shows `shown`. */
async function jump(press: Press, query: string, shown: string) {
  await press('g');
  await press(query);
  return press(KEY.enter, (t) => t.includes(shown));
}

/** Saves the fork shown under the name offered, and replays the file as `parley replay` would. */
async function saveAndReplay(press: Press, branch: string, path: string) {
  await press('s', (t) => t.includes(`── save ${branch}`));
  await press(KEY.enter, (t) => t.includes('saved to'));
  return savedSteps(path);
}

/** In the fork dialog: insert, then the move `query` narrows the list to, its payload as offered. */
async function chooseMove(press: Press, query: string, done: (t: string) => boolean) {
  await press(KEY.enter, (t) => t.includes('moves the current state accepts'));
  return pickMove(press, query, done);
}

describe('browsing the record', () => {
  test('the first frame shows every region state, the context and the keys, within 80x24', async () => {
    const { frame } = await player();
    // The `~` marks follow the first frame a moment later (useStatechart.ts).
    const text = await waitFor(frame, (t) => t.includes('~'));
    expect(lines(text).length).toBeLessThanOrEqual(24);
    expect(Math.max(...lines(text).map((l) => l.length))).toBeLessThanOrEqual(80);
    // The current state, and `~` where the moves the state accepts could lead.
    expect(text).toContain('process        >scheduled ~delayed ~preparatory  proximityTalks');
    expect(text).toContain(
      'opposition     >undecided ~boycott ~attending  walkoutThreat  walkedOut',
    );
    expect(text).toContain('Before the first event (2016-01-25)');
    expect(text).toContain('── confidence [##------] 30 ──');
    expect(text).toContain('? help');
  });

  test('right steps forward, left steps back, End and Home jump to the ends', async () => {
    const { press } = await player();
    let text = await press(KEY.right, (t) => t.includes('step 1/36'));
    expect(text).toContain('2016-01-25  TALKS_DELAYED  Staffan de Mistura');
    expect(text).toContain('The start of the talks is put off.');
    expect(text).toContain('process: scheduled -> delayed');
    expect(text).toContain('"Syria peace talks originally scheduled to begin on January 25');
    expect(text).toContain('-- Radio Free Europe/Radio Liberty, 2016-01-25');
    expect(text).toContain(' >delayed');
    expect(text).toMatch(/^> {2}1 {3}2016-01-25 TALKS_DELAYED/m);

    text = await press(KEY.right, (t) => t.includes('step 2/36'));
    expect(text).toContain('2016-01-25  STATEMENT_ISSUED  Staffan de Mistura');
    text = await press(KEY.left, (t) => t.includes('step 1/36'));
    expect(text).toContain('TALKS_DELAYED');

    text = await press(KEY.end, (t) => t.includes('step 36/36'));
    expect(text).toContain('TALKS_SUSPENDED');
    expect(text).toContain('walkout due 2016-02-05, 2 days left');
    expect(text).toContain('── confidence [--------] 0  3 -> 0 ─');
    expect(lines(text).length).toBeLessThanOrEqual(24);
    text = await press(KEY.home, (t) => t.includes('step 0/36'));
    expect(text).toContain('Before the first event');
  });

  test('g jumps to an event id, a step number or a date, and says when nothing matches', async () => {
    const { press } = await player();
    await press('g', (t) => t.includes('step number, date (YYYY-MM-DD) or event id:'));
    await press('formal-start', (t) => t.includes('formal-start_'));
    let text = await press(KEY.enter, (t) => t.includes('step 20/36'));
    expect(text).toContain('FORMAL_START_DECLARED');
    expect(text).toContain('>proximityTalks.declared');

    await press('g');
    await press('2016-02-03');
    text = await press(KEY.enter, (t) => t.includes('step 32/36'));
    expect(text).toContain('2016-02-03  STATEMENT_ISSUED  Russia');

    await press('g');
    await press('28');
    text = await press(KEY.enter, (t) => t.includes('step 28/36'));
    expect(text).toContain('2016-02-02  WALKOUT_THREATENED');

    await press('g');
    await press('2016-02-30');
    text = await press(KEY.enter, (t) => t.includes('2016-02-30 is not a real date'));

    await press('g');
    await press('zzz');
    text = await press(KEY.enter);
    expect(text).toContain('nothing matches "zzz"');
  });

  test('a jump typed fast or pasted, Enter and all in one chunk, still goes', async () => {
    const { press } = await player();
    await press('g', (t) => t.includes('step number, date (YYYY-MM-DD) or event id:'));
    const text = await press('walkout-threat\r', (t) => t.includes('step 28/36'));
    expect(text).toContain('walkout due 2016-02-05, 3 days left');
  });
});

describe('forks', () => {
  test('f inserts a move the state accepts; b lists branches and switches; s saves a file that replays the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-app-'));
    const { press } = await player({ saveDir: dir });
    await press('g');
    await press('walkout-threat');
    await press(KEY.enter, (t) => t.includes('step 28/36'));

    let text = await press('f', (t) => t.includes('fork at step 28'));
    expect(text).toContain('insert a move before the next event (START_DISPUTED)');
    text = await chooseMove(press, 'walked_out hnc', (t) => t.includes('branch fork-1 (unsaved)'));
    expect(text).toContain('step 29/35');
    expect(text).toContain('2016-02-02  WALKED_OUT [what-if]  High Negotiations Committee');
    expect(text).toContain('  what-if: not on the record, no source');
    expect(text).toMatch(/^> 29 \+ 2016-02-02 WALKED_OUT what-if/m);
    expect(text).toContain(' >walkedOut');
    // From the fork on the policies make the moves they govern: Russia's answer to the ceasefire call.
    text = await press(KEY.right, (t) => t.includes('step 30/35'));
    // A rule's move: marked, with no source of its own, the rule's quote labelled as its motivation.
    expect(text).toMatch(/^> 30 \* 2016-02-02 CEASEFIRE_RULED_OUT/m);
    expect(text).toContain('2016-02-02  CEASEFIRE_RULED_OUT [rule]  Russia');
    expect(text).toContain(
      '\nrule russia-rules-out-ceasefire (85%), set off by #ceasefire-call: no source of…\n',
    );
    expect(text).toContain(
      '\n  the rule\'s motivation: "Russia understands the importance of reaching a…\n',
    );
    expect(text).toContain(
      '\n  -- EA WorldView (republished by MESOP), 2016-02-03  (Enter: the whole step)\n',
    );
    await press('g');
    await press('what-if-1');
    await press(KEY.enter, (t) => t.includes('step 29/35'));

    text = await press('b', (t) => t.includes('── branches'));
    expect(text).toMatch(/record: 36 steps, file \S*geneva-2016\.yaml\n/);
    expect(text).toMatch(/^> \(shown\) fork-1: 35 steps, unsaved/m);
    await press(KEY.up);
    text = await press(KEY.enter, (t) => t.includes('branch record'));
    expect(text).toContain('step 28/36');
    expect(text).toContain('>walkoutThreat');
    await press('b');
    await press(KEY.down);
    text = await press(KEY.enter, (t) => t.includes('branch fork-1'));

    text = await press('s', (t) => t.includes('── save fork-1'));
    const path = join(dir, 'geneva-2016-fork-1.yaml');
    expect(text).toContain(`file: ${path}_`);
    text = await press(KEY.enter, (t) => t.includes('saved to'));
    expect(text).toContain('branch fork-1 ·');
    expect(readFileSync(path, 'utf8')).toMatch(/^extends: \S*geneva-2016(\.yaml)?$/m);
    const loaded = loadScenario(path).scenario!;
    const saved = replay(loaded).entries.map(
      (e) => `${e.step.date} ${e.step.type} ${e.step.actor} ${e.step.accepted}`,
    );
    expect(saved[28]).toBe('2016-02-02 WALKED_OUT hnc true');
    expect(saved).toHaveLength(35);

    // Saving again under the same name asks before overwriting.
    await press('s');
    text = await press(KEY.enter, (t) => t.includes('exists. Overwrite it? (y/n)'));
    text = await press('n', (t) => !t.includes('Overwrite'));
  });

  test('a fork of a what-if, past moves the policies dropped, saves to a file that replays as shown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-app-'));
    const { press } = await player({
      saveDir: dir,
      scenario: loadScenario('scenarios/what-if/no-aleppo-offensive.yaml').scenario!,
    });
    await jump(press, 'protest', 'step 25/40');
    await press('f', (t) => t.includes('fork at step 25'));
    const text = await chooseMove(press, 'boycott', (t) => t.includes('branch fork-1 (unsaved)'));
    // The boycott ends when the cessation of hostilities holds: the delegation comes on 11 March.
    expect(text).toContain('step 26/41');
    expect(text).toMatch(/^> 26 \+ 2016-02-02 BOYCOTT_ANNOUNCED/m);
    expect(text).toMatch(/^ {2}27 {3}2016-02-02 DELEGATION_VETOED/m);
    const saved = await saveAndReplay(
      press,
      'fork-1',
      join(dir, 'no-aleppo-offensive-fork-1.yaml'),
    );
    expect(saved).toHaveLength(41);
    expect(saved[25]).toBe('2016-02-02 BOYCOTT_ANNOUNCED hnc true');
    expect(saved).toContain('2016-03-11 DELEGATION_ARRIVED hnc true');
  });

  test('a fork of a fork, after a deadline, saves to a file that replays as shown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-app-'));
    const { press } = await player({ saveDir: dir });
    await jump(press, 'aleppo-offensive', 'step 15/36');
    await press('f');
    await chooseMove(press, 'walkout_threatened hnc', (t) => t.includes('branch fork-1 (unsaved)'));
    await jump(press, 'what-if-1.deadline', 'step 31/31');
    // What follows the deadline is the policies' and the clock's: no event of the scenario to replace or drop.
    let text = await press('f', (t) => t.includes('fork at step 31 (2016-02-04)'));
    expect(text).toContain('add a move after the last event');
    expect(text).not.toContain('drop the next event');
    text = await chooseMove(press, 'returned hnc', (t) => t.includes('branch fork-2 (unsaved)'));
    expect(text).toContain('step 32/37');
    // An event on a deadline's own day would come before it: the move is dated the day after.
    expect(text).toMatch(/^> 32 \+ 2016-02-05 RETURNED_TO_TALKS/m);
    const saved = await saveAndReplay(press, 'fork-2', join(dir, 'geneva-2016-fork-2.yaml'));
    expect(saved).toHaveLength(37);
    expect(saved[31]).toBe('2016-02-05 RETURNED_TO_TALKS hnc true');
  });

  test('q asks first while a fork is unsaved', async () => {
    const { press } = await player();
    await press(KEY.right);
    await press('f');
    await press(KEY.down);
    await press(KEY.down);
    await press(KEY.enter, (t) => t.includes('branch fork-1'));
    const text = await press('q', (t) => t.includes('── quit'));
    expect(text).toContain('fork-1 is not saved. Quit anyway? (y/n)');
    await press('n', (t) => !t.includes('── quit'));
  });
});

test('p plays the steps by itself, + makes it faster, p stops it', async () => {
  const { press, frame } = await player();
  await press('+', (t) => t.includes('autoplay: a step every 0.8s'));
  await press('+', (t) => t.includes('autoplay: a step every 0.4s'));
  let text = await press('p', (t) => t.includes('playing, a step every 0.4s'));
  text = await waitFor(frame, (t) => t.includes('step 13/36'));
  text = await press('p', (t) => !t.includes('playing'));
  expect(text).toContain('? help');
  // Stopped: a beat after the key (a tick already due as it arrived may still land), then three
  // beats more, the player still shows the same step.
  const stepShown = () => /step (\d+)\/36/.exec(frame())![1];
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  await pause(400);
  const stoppedAt = stepShown();
  await pause(1200);
  expect(stepShown()).toBe(stoppedAt);
});

test('a terminal too small for the panels gets a message, not a broken frame', async () => {
  const { frame } = await player({ size: { columns: 50, rows: 15 } });
  expect(frame()).toContain(
    'Make the window larger: parley needs at least 60x20 (this one is 50x15)',
  );
});

test('text from the scenario file cannot reach the terminal as control sequences', async () => {
  const scenario = geneva();
  const hostile = {
    ...scenario,
    title: 'Evil \u001B]0;pwned\u0007title \u001B[2J',
    actors: scenario.actors.map((a) => ({ ...a, name: `${a.name}\u001B[31m\r\n` })),
  };
  const app = render(
    <App
      scenario={hostile}
      catalog={defaultCatalog()}
      size={{ columns: 80, rows: 24 }}
      theme={{ colour: false }}
    />,
  );
  await waitFor(
    () => app.lastFrame(),
    (t) => t.includes('Evil title'),
  );
  app.stdin.write(KEY.right);
  const text = await waitFor(
    () => app.lastFrame(),
    (t) => t.includes('step 1/36'),
  );
  expect(text).not.toContain('\u001B');
  expect(text).toContain('TALKS_DELAYED  Staffan de Mistura, UN Special Envoy for Syria');
});
