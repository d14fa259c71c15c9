/**
 * Live reload: the player replays its file when it is saved, keeps the step and the forks, and
 * when a save does not validate keeps the last good run and lists the problems until a save
 * fixes them. The file is changed on disk, as an editor beside the player would.
 */
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/engine/load.js';
import { geneva, KEY, pickMove, player, waitFor } from './helpers.js';

const original = readFileSync(geneva().file, 'utf8');
const NOTE_AT = '    type: ENVOY_MET\n    payload: { with: hnc }\n';

/** A copy of the first week in a folder of its own, and the player on it, watching. */
async function watching() {
  const file = join(mkdtempSync(join(tmpdir(), 'parley-live-')), 'geneva-2016.yaml');
  writeFileSync(file, original);
  const { scenario } = loadScenario(file);
  const app = await player({ scenario: scenario!, watch: true });
  opened.push(app);
  return { ...app, file };
}
const opened: { unmount: () => void }[] = [];
afterEach(() => {
  for (const app of opened.splice(0)) app.unmount();
});

/** Saved as most editors save: a new file written beside it, then renamed over it. */
function save(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/** The first week with the envoy's courtesy visit (step 10) given a note. */
const withNote = original.replace(NOTE_AT, `${NOTE_AT}    note: A visit of courtesy only.\n`);
/** The courtesy visit's type misspelt. */
const broken = original.replace(
  'type: ENVOY_MET\n    payload: { with: hnc }',
  'type: ENVOY_MEET\n    payload: { with: hnc }',
);

describe('live reload', () => {
  test('a change replays the file and keeps the step', async () => {
    expect(withNote).not.toBe(original);
    const { press, frame, file } = await watching();
    for (let i = 0; i < 10; i += 1) await press(KEY.right);
    expect(frame()).toContain('step 10/36');
    save(file, withNote);
    const text = await waitFor(frame, (t) => t.includes('reloaded:'));
    expect(text).toContain('reloaded: 1 event changed, step 10 kept');
    expect(text).toContain('step 10/36');
    expect(text).toContain('ENVOY_MET');
  });

  test('a broken change lists the problem at file:line:col with its hint over the last good run; a fix clears it', async () => {
    const { press, frame, file } = await watching();
    for (let i = 0; i < 10; i += 1) await press(KEY.right);
    writeFileSync(file, broken);
    const lines = broken.split('\n');
    const line = lines.findIndex((l) => l.includes('ENVOY_MEET')) + 1;
    const col = lines[line - 1]!.indexOf('ENVOY_MEET') + 1;
    let text = await waitFor(frame, (t) => t.includes('not reloaded'));
    expect(text).toContain('not reloaded: 1 problem · last good run shown · Esc hides');
    expect(text).toContain(`geneva-2016.yaml:${line}:${col}:`);
    expect(text).toContain('hint: did you mean ENVOY_MET?');
    expect(text).toContain('not reloaded: 1 problem in the file, the last good run stays');
    // The last good run: its step, its timeline, and the keys still step through it.
    expect(text).toContain('step 10/36');
    expect(text).toMatch(/^> 10 /m);
    text = await press(KEY.right, (t) => t.includes('step 11/36'));
    expect(text).toContain('not reloaded: 1 problem');
    for (const row of text.split('\n')) expect(row.length).toBeLessThanOrEqual(80);
    expect(text.split('\n').length).toBeLessThanOrEqual(24);

    save(file, original);
    text = await waitFor(frame, (t) => t.includes('reloaded: no event changed'));
    expect(text).not.toContain('not reloaded');
    expect(text).toContain('step 11 kept');
    expect(text).toContain('2016-01-31  ATTACK_CLAIMED');
  });

  test('Esc hides the problems until the next save', async () => {
    const { press, frame, file } = await watching();
    writeFileSync(file, broken);
    await waitFor(frame, (t) => t.includes('Esc hides'));
    const text = await press(KEY.escape, (t) => !t.includes('Esc hides'));
    expect(text).toContain('step 0 of 36');
    save(file, `${broken}\n`);
    await waitFor(frame, (t) => t.includes('Esc hides'));
  });

  test('a file deleted says so plainly and the run stays; saved again, it reloads', async () => {
    const { press, frame, file } = await watching();
    for (let i = 0; i < 4; i += 1) await press(KEY.right);
    const kept = `${file}.bak`;
    copyFileSync(file, kept);
    rmSync(file);
    const text = await waitFor(frame, (t) => t.includes('the file is gone'));
    // The path in front of it is as long as the temporary folder's: the message may wrap.
    expect(text.replace(/\n/g, ' ')).toContain(
      'the file is gone (deleted, moved, or still being saved)',
    );
    expect(text).toContain('hint: the last good run stays on screen; save the file again');
    expect(text).toContain('step 4/36');
    renameSync(kept, file);
    await waitFor(frame, (t) => t.includes('reloaded: no event changed, step 4 kept'));
  });

  test('a what-if reloads when the file it extends is saved', async () => {
    const { file } = await watching();
    const whatIf = join(dirname(file), 'no-pause.yaml');
    writeFileSync(
      whatIf,
      [
        'id: no-pause',
        'title: What if the envoy did not pause',
        'kind: what-if',
        'extends: ./geneva-2016.yaml',
        'remove: [temporary-pause]',
        '',
      ].join('\n'),
    );
    const { scenario } = loadScenario(whatIf);
    const app = await player({ scenario: scenario!, watch: true });
    opened.push(app);
    await app.press(KEY.end, (t) => t.includes('branch what-if · step 36/36'));
    save(file, withNote);
    // Writing the what-if just before may give a reload of its own: the one awaited is the base's.
    await waitFor(app.frame, (t) => t.includes('reloaded: 1 event changed, step 36 kept'));
  });

  test('a fork made in the player is kept, and stays the branch shown', async () => {
    const { press, frame, file } = await watching();
    await press('g', (t) => t.includes('or event id:'));
    await press('formal-start');
    await press(KEY.enter, (t) => t.includes('step 20/36'));
    await press('f', (t) => t.includes('fork at step 20'));
    await press(KEY.enter, (t) => t.includes('moves the current state accepts'));
    await pickMove(press, 'walked_out hnc', (t) => t.includes('branch fork-1 (unsaved)'));
    save(file, withNote);
    const text = await waitFor(frame, (t) => t.includes('reloaded:'));
    expect(text).toContain('reloaded: 1 event changed, step 21 kept');
    expect(text).toContain('branch fork-1 (unsaved)');
    expect(text).toMatch(/^> 21 \+ 2016-02-01 /m);
  });
});
