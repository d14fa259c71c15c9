/** The player's dialogs as a person meets them: the keys they take, what they say, what they keep safe. */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { meaningOf } from '../../src/model/vocabulary.js';
import { loadScenario } from '../../src/engine/load.js';
import { KEY, pickMove, player, RECORD, waitFor } from './helpers.js';

afterEach(cleanup);

type Press = Awaited<ReturnType<typeof player>>['press'];

const lines = (frame: string) => frame.split('\n');

/** The last row of a 23-row frame (one short of the screen), where the status line belongs. */
function bottomRow(frame: string): string {
  expect(lines(frame)).toHaveLength(23);
  return lines(frame)[22]!;
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** → f Enter Enter (Enter): a fork that inserts the first move the state accepts, its payload as offered. */
async function fork(press: Press, name = 'fork-1'): Promise<string> {
  await press(KEY.right);
  await press('f', (t) => t.includes('fork at step'));
  await press(KEY.enter, (t) => t.includes('moves the current state accepts'));
  return pickMove(press, '', (t) => t.includes(`branch ${name} (unsaved)`));
}

/** Opens the save prompt, takes `cut` characters off the offered name and types `typed` instead. */
async function saveAs(press: Press, cut: number, typed: string): Promise<string> {
  await press('s', (t) => t.includes('── save'));
  for (let i = 0; i < cut; i += 1) await press(KEY.backspace);
  await press(typed);
  return press(KEY.enter, (t) => !t.includes('── save'));
}

describe('a window below the minimum size', () => {
  test('ignores every key but q, and q still asks first while a fork is unsaved', async () => {
    const { press, frame, resize, stdin } = await player();
    const header = lines(await fork(press))[0];
    resize(59, 20);
    await waitFor(frame, (t) => t.includes('this one is 59x20'));
    for (const key of ['b', '?', 'g', 's', 'f', 'p', KEY.right]) stdin.write(key);
    await pause(50);
    expect(frame()).toContain('Make the window larger');
    await press('q', (t) => t.includes('fork-1 is not saved. Quit anyway? (y/n)'));
    await press('n', (t) => t.includes('Make the window larger'));
    resize(80, 24);
    const text = await waitFor(frame, (t) => t.includes('timeline'));
    expect(lines(text)[0]).toBe(header);
  });

  test('a dialog open when the window shrinks does not take the keys it cannot show', async () => {
    const { press, frame, resize } = await player();
    await fork(press);
    await press('b', (t) => t.includes('── branches'));
    resize(59, 20);
    await waitFor(frame, (t) => t.includes('Make the window larger'));
    await press('q', (t) => t.includes('Quit anyway? (y/n)'));
    await press(KEY.escape, (t) => t.includes('Make the window larger'));
    resize(80, 24);
    await waitFor(frame, (t) => t.includes('branch fork-1 (unsaved)'));
  });
});

describe('the bottom row', () => {
  test('shows the keys of the open dialog, and a message from before it is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-status-'));
    const { press } = await player({ saveDir: dir });
    await fork(press);
    let text = await press('q', (t) => t.includes('── quit'));
    expect(bottomRow(text)).toBe('y yes  n or Esc no');
    await press('n');

    text = await press('s', (t) => t.includes('── save fork-1'));
    expect(bottomRow(text)).toBe('Enter saves  Esc cancels');
    text = await press(KEY.enter, (t) => t.includes('saved to'));
    expect(bottomRow(text)).toContain('saved to');

    text = await press('g', (t) => t.includes('── jump'));
    expect(text).not.toContain('saved to');
    expect(bottomRow(text)).toBe('Enter jumps  Esc cancels');
    text = await press(KEY.escape, (t) => !t.includes('── jump'));
    expect(bottomRow(text)).toContain('q quit');

    await press('s');
    text = await press(KEY.enter, (t) => t.includes('Overwrite it?'));
    expect(bottomRow(text)).toBe('y yes  n or Esc no');
    await press('n', (t) => t.includes('file:'));
    await press(KEY.escape, (t) => !t.includes('── save'));

    text = await press('f', (t) => t.includes('── fork at'));
    expect(bottomRow(text)).toMatch(/^↑\/↓ choose {2}Enter picks {2}Esc back {2}\(1\/\d\)$/);
    await press(KEY.escape);
    text = await press('b', (t) => t.includes('── branches'));
    expect(bottomRow(text)).toBe('↑/↓ choose  Enter switches  Esc back  (2/2)');
    await press(KEY.escape);
    text = await press('?', (t) => t.includes('── help'));
    expect(bottomRow(text)).toMatch(/^↑\/↓ scroll {2}Esc closes/);
  });
});

test('b opens the branch list on the branch shown, so Enter keeps it', async () => {
  const { press } = await player();
  await fork(press);
  const text = await press('b', (t) => t.includes('── branches'));
  expect(text).toMatch(/^> \(shown\) fork-1: /m);
  await press(KEY.enter, (t) => t.includes('branch: fork-1'));
});

describe('autoplay', () => {
  test('waits while a dialog is open, and goes on once it closes', async () => {
    const { press, frame } = await player();
    await press('+');
    await press('+');
    await press('p', (t) => t.includes('playing'));
    await waitFor(frame, (t) => t.includes('step 1/36'));
    const text = await press('f', (t) => t.includes('── fork at'));
    await pause(1000);
    expect(frame()).toBe(text);
    await press(KEY.escape, (t) => t.includes('playing'));
    await waitFor(frame, (t) => !t.includes(lines(text)[0]!));
  });

  test('stops by itself at the end, and p there says there is nothing left to play', async () => {
    const { press, frame } = await player();
    await press('g');
    await press('35');
    await press(KEY.enter, (t) => t.includes('step 35/36'));
    await press('+');
    await press('+');
    await press('p', (t) => t.includes('playing'));
    const text = await waitFor(frame, (t) => t.includes('step 36/36') && !t.includes('playing'));
    expect(text).toContain('the end of the run: autoplay stopped');
    // Ink takes a key handler that sees the stopped state in an effect, just after the frame.
    await pause(0);
    await press('p', (t) => t.includes('nothing left to play'));
    await pause(50);
    expect(frame()).not.toContain('playing');
  });
});

describe('saving never destroys work', () => {
  test("another branch's file is refused, and that branch keeps its file", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-save-'));
    const { press } = await player({ saveDir: dir });
    await fork(press);
    await press('s');
    await press(KEY.enter, (t) => t.includes('saved to'));
    const first = join(dir, 'geneva-2016-fork-1.yaml');
    const saved = readFileSync(first, 'utf8');

    await fork(press, 'fork-2');
    const text = await saveAs(press, '2.yaml'.length, '1.yaml');
    expect(text).toContain("not saved: that file is fork-1's, another branch of this session");
    expect(text).not.toContain('Overwrite');
    expect(readFileSync(first, 'utf8')).toBe(saved);
    expect(text).toContain('branch fork-2 (unsaved)');
    await press('q', (t) => t.includes('fork-2 is not saved. Quit anyway?'));
  });

  test('the scenario being played and the files it extends are refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-save-'));
    const base = join(dir, 'geneva-2016.yaml');
    copyFileSync(RECORD, base);
    const played = join(dir, 'w.yaml');
    writeFileSync(
      played,
      'id: w\ntitle: W\nextends: ./geneva-2016.yaml\nremove: [talks-postponed]\n',
    );
    const before = [readFileSync(base, 'utf8'), readFileSync(played, 'utf8')];
    const { press } = await player({ scenario: loadScenario(played).scenario!, saveDir: dir });
    await fork(press);

    let text = await saveAs(press, 'w-fork-1.yaml'.length, 'w.yaml');
    expect(text).toContain(
      'not saved: a what-if over the scenario being played would extend itself',
    );
    text = await saveAs(press, 'w-fork-1.yaml'.length, 'geneva-2016.yaml');
    expect(text).toContain(
      'not saved: a what-if over a file this scenario extends would extend itself',
    );
    // Another name for the played file, a link to it, is refused the same way.
    symlinkSync(played, join(dir, 'link.yaml'));
    text = await saveAs(press, 'w-fork-1.yaml'.length, 'link.yaml');
    expect(text).toContain(
      'not saved: a what-if over the scenario being played would extend itself',
    );
    expect([readFileSync(base, 'utf8'), readFileSync(played, 'utf8')]).toEqual(before);
    expect(text).toContain('branch fork-1 (unsaved)');
  });

  test('a name outside the project is refused, a link out of it too, and nothing is written there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-save-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'parley-elsewhere-'));
    symlinkSync(elsewhere, join(dir, 'out'));
    const { press } = await player({ saveDir: dir });
    await fork(press);
    const offered = join(dir, 'geneva-2016-fork-1.yaml').length;
    for (const typed of [
      join(elsewhere, 'x.yaml'),
      join(dir, '..', 'x.yaml'),
      join(dir, 'out', 'x.yaml'),
    ]) {
      const text = await saveAs(press, offered, typed);
      expect(text).toContain('not saved: that file is outside the project');
      expect(text).toContain('branch fork-1 (unsaved)');
    }
    expect(readdirSync(elsewhere)).toEqual([]);
    await press('s', (t) => t.includes('── save'));
    await press(KEY.enter, (t) => t.includes('saved to'));
    expect(readdirSync(dir).sort()).toEqual(['geneva-2016-fork-1.yaml', 'out']);
  });

  test("a folder's name is refused at once, without asking to overwrite it", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-save-'));
    mkdirSync(join(dir, 'geneva-2016-fork-1.yaml'));
    const { press } = await player({ saveDir: dir });
    await fork(press);
    await press('s');
    const text = await press(KEY.enter, (t) => !t.includes('── save'));
    expect(text).toContain('not saved: a folder has that name');
    expect(text).toContain('branch fork-1 (unsaved)');
  });
});

test('the fork list says what the chosen move means and does, in full, under the list, as the cursor moves', async () => {
  const { press } = await player();
  await press('g');
  await press(`walkout-threat${KEY.enter}`, (t) => t.includes('step 28/36'));
  await press('f', (t) => t.includes('fork at step 28'));
  await press(KEY.enter, (t) => t.includes('moves the current state accepts'));
  let text = await press('hnc', (t) => t.includes('filter: hnc_'));
  expect(text).toMatch(/^> {3}THREAT_WITHDRAWN$/m);
  expect(text).toContain(
    `\n  ${meaningOf('THREAT_WITHDRAWN')}\n  opposition: walkoutThreat -> attending\n  confidence 0 -> 5 (+5)\n  walkout deadline of 2016-02-05 withdrawn\n`,
  );
  text = await press(KEY.down, (t) => /^> {3}WALKED_OUT$/m.test(t));
  expect(text).toContain(
    `\n  ${meaningOf('WALKED_OUT')}\n  process: proximityTalks.contested -> suspended\n  opposition: walkoutThreat -> walkedOut\n`,
  );
});

test('Ctrl-C with a fork unsaved asks first, like q; n keeps the player and the fork', async () => {
  const { press } = await player();
  await fork(press);
  await press('\u0003', (t) => t.includes('fork-1 is not saved. Quit anyway? (y/n)'));
  const text = await press('n', (t) => t.includes('branch fork-1 (unsaved)'));
  expect(text).not.toContain('Quit anyway');
});

test('keys that arrive in one chunk each count: three spaces step three times, two Backspaces erase two', async () => {
  const { press } = await player();
  await press('   ', (t) => t.includes('step 3/36'));
  await press('g', (t) => t.includes('step number, date'));
  await press('abcdef', (t) => t.includes('abcdef_'));
  const text = await press('\u007F\u007F', (t) => t.includes('abcd_'));
  expect(text).not.toContain('abcde_');
});

test('the move list after "replace" opens on its first move, not where the cursor was in the menu before', async () => {
  const { press } = await player();
  await press('g');
  await press(`24${KEY.enter}`, (t) => t.includes('step 24/36'));
  await press('f', (t) => t.includes('fork at step 24'));
  await press(KEY.down, (t) => t.includes('> replace the next event'));
  const text = await press(KEY.enter, (t) =>
    t.includes('replace: moves the current state accepts'),
  );
  expect(text).toMatch(/\(1\/\d+\)/);
});

test('the quit question names the forks that would be lost; a what-if opened in the player is its first branch, not "record"', async () => {
  const { scenario } = loadScenario('scenarios/what-if/no-aleppo-offensive.yaml');
  const { press } = await player({ scenario: scenario! });
  await fork(press);
  await press('f', (t) => t.includes('fork at step'));
  await press(KEY.enter, (t) => t.includes('moves the current state accepts'));
  await pickMove(press, '', (t) => t.includes('branch fork-2 (unsaved)'));
  await press('q', (t) => t.includes('fork-1 and fork-2 are not saved. Quit anyway? (y/n)'));
  await press('n');
  const text = await press('b', (t) => t.includes('── branches'));
  expect(text).toContain('what-if: ');
  expect(text).not.toContain('record: ');
});

test('in a 60-column window the status line keeps help and quit', async () => {
  const { frame } = await player({ size: { columns: 60, rows: 20 } });
  const text = await waitFor(frame, (t) => t.includes('step 0/36'));
  expect(text.split('\n').at(-1)).toBe(
    '→/← step  g jump  f fork  b branches  s save  ? help  q quit',
  );
});

test('Ctrl-C over an open dialog, answered no, goes back to that dialog', async () => {
  const { press } = await player();
  await fork(press);
  await press('b', (t) => t.includes('── branches'));
  await press('\u0003', (t) => t.includes('fork-1 is not saved. Quit anyway? (y/n)'));
  await press('n', (t) => t.includes('── branches'));
});
