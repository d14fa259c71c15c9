/**
 * End to end: the built CLI in a real 80x24 terminal (tmux), driven by key presses. Skipped only
 * where tmux is not installed.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CLI, ensureBuilt } from '../helpers/cli.js';
import { GENEVA } from '../helpers/scenarios.js';
import { capture, closePanes, keys, openPane, tmux, TMUX, waitForPane } from '../helpers/tmux.js';

/** An SGR sequence that sets a foreground or background colour. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: an escape sequence is what is looked for
const COLOUR = /\u001B\[[0-9;]*(3[0-7]|4[0-7]|9[0-7])m/;

// The shell line after the player reports its exit code, so the test can read it from the pane.
const start = (env = ''): string =>
  openPane(`${env} node ${CLI} play ${GENEVA}; echo "parley exited $?"; sleep 30`);

describe.skipIf(!TMUX)('parley play in a real terminal', () => {
  beforeAll(ensureBuilt, 120_000);

  afterEach(closePanes);

  test('steps, jumps, forks and quits, never drawing past 80x24', async () => {
    const s = start();
    await waitForPane(s, (t) => t.includes('step 0/47'));
    keys(s, 'Right', 'Right', 'Right');
    let pane = await waitForPane(s, (t) => t.includes('step 3/47'));
    expect(pane).toContain('2016-01-26  PRECONDITIONS_DEMANDED  High Negotiations Committee');
    expect(pane).toMatch(/^> {2}3 {3}2016-01-26 PRECONDITIONS_DEMANDED/m);
    keys(s, 'Left');
    pane = await waitForPane(s, (t) => t.includes('step 2/47'));
    expect(pane).toContain('2016-01-25  STATEMENT_ISSUED  Staffan de Mistura');
    keys(s, 'End');
    pane = await waitForPane(s, (t) => t.includes('step 47/47'));
    expect(pane).toContain('2016-03-24  TALKS_CONCLUDED  Staffan de Mistura');
    expect(pane).toContain('>concluded');
    keys(s, 'Home');
    await waitForPane(s, (t) => t.includes('step 0/47'));

    keys(s, 'g');
    await waitForPane(s, (t) => t.includes('or event id:'));
    keys(s, '-l', 'formal-start');
    keys(s, 'Enter');
    pane = await waitForPane(s, (t) => t.includes('step 20/47'));
    expect(pane).toContain('FORMAL_START_DECLARED');

    keys(s, 'f');
    await waitForPane(s, (t) => t.includes('fork at step 20'));
    keys(s, 'Enter');
    await waitForPane(s, (t) => t.includes('moves the current state accepts'));
    // A move with no payload to set: Enter inserts it at once.
    keys(s, '-l', 'walked_out hnc');
    await waitForPane(s, (t) => t.includes('filter: walked_out hnc_'));
    keys(s, 'Enter');
    pane = await waitForPane(s, (t) => t.includes('branch fork-1 (unsaved)'));
    expect(pane).toMatch(/^> 21 \+ 2016-02-01 /m);
    for (const line of pane.split('\n')) expect(line.length).toBeLessThanOrEqual(80);

    // Ctrl-C asks first too, and a second Ctrl-C at the question quits.
    keys(s, 'C-c');
    await waitForPane(s, (t) => t.includes('Quit anyway? (y/n)'));
    keys(s, 'C-c');
    await waitForPane(s, (t) => t.includes('parley exited 0'));
  }, 30_000);

  test('shrunk below the minimum with a fork unsaved, a dialog key leaves the player running and q asks first', async () => {
    const s = start();
    await waitForPane(s, (t) => t.includes('step 0/47'));
    keys(s, 'Right', 'f');
    await waitForPane(s, (t) => t.includes('fork at step 1'));
    keys(s, 'Enter');
    await waitForPane(s, (t) => t.includes('moves the current state accepts'));
    keys(s, '-l', 'arrived hnc');
    await waitForPane(s, (t) => t.includes('filter: arrived hnc_'));
    keys(s, 'Enter');
    await waitForPane(s, (t) => t.includes('branch fork-1 (unsaved)'));
    tmux('resize-window', '-t', s, '-x', '59', '-y', '20');
    await waitForPane(s, (t) => t.includes('Make the window larger'));
    keys(s, 'b');
    // Keys sent together reach the player as one chunk of text; apart, each is a key press.
    await new Promise((resolve) => setTimeout(resolve, 300));
    keys(s, 'q');
    await waitForPane(s, (t) => t.includes('fork-1 is not saved. Quit anyway? (y/n)'));
    keys(s, 'y');
    await waitForPane(s, (t) => t.includes('parley exited 0'));
  }, 30_000);

  test('colour marks the current state, and NO_COLOR leaves only the markers', async () => {
    const coloured = start();
    await waitForPane(coloured, (t) => t.includes('step 0/47'));
    expect(capture(coloured, true)).toMatch(COLOUR);
    const plain = start('NO_COLOR=1');
    const pane = await waitForPane(plain, (t) => t.includes('step 0/47'));
    expect(pane).toContain('process        >scheduled');
    expect(capture(plain, true)).not.toMatch(COLOUR);
  }, 30_000);

  test('draws live and in colour even where the environment sets CI', async () => {
    const s = start('CI=true CONTINUOUS_INTEGRATION=1');
    await waitForPane(s, (t) => t.includes('step 0/47'));
    expect(capture(s, true)).toMatch(COLOUR);
    keys(s, 'Right');
    await waitForPane(s, (t) => t.includes('step 1/47'));
  }, 30_000);

  test('d simulates 10,000 runs from the step shown on threads, the keys working meanwhile, and q ends every thread', async () => {
    const s = start();
    await waitForPane(s, (t) => t.includes('step 0/47'));
    keys(s, 'End', 'd');
    let pane = await waitForPane(s, (t) =>
      /simulating record from step 47: [\d,]+\/10,000/.test(t),
    );
    keys(s, 'Left');
    pane = await waitForPane(s, (t) => t.includes('how the talks end from step 46'));
    pane = await waitForPane(
      s,
      (t) => t.includes('How the process ended') && t.includes('mean'),
      150_000,
    );
    expect(pane.replace(/\s+/g, ' ')).toContain(
      'record from step 46 (2016-03-14) vs the record from 2016-03-14, 10,000 runs each, seed 2016',
    );
    expect(pane).toMatch(/^ {3}walked out +#+ +100\.0% +#+ +100\.0%/m);
    for (const line of pane.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    keys(s, 'q');
    await waitForPane(s, (t) => t.includes('parley exited 0'));
  }, 180_000);
});

test('without a terminal, play prints the transcript and exits 0', () => {
  const out = execFileSync('node', ['dist/bin/parley.js', 'play', 'scenarios/geneva-2016.yaml'], {
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  expect(out).toContain('scenario geneva-2016, seed 2016, 47 steps');
  expect(out).toContain('Outcome on 2016-03-24');
});
