/** Inserting a move in the player: the list grouped by actor and narrowed by typing, then its payload. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { replay } from '../../src/engine/run.js';
import { loadScenario } from '../../src/engine/load.js';
import { KEY, player } from './helpers.js';

afterEach(cleanup);

type Press = Awaited<ReturnType<typeof player>>['press'];

const lines = (frame: string) => frame.split('\n');
/** The frame's text with its wrapped lines joined, as a sentence reads. */
const said = (frame: string) => frame.replace(/\n +/g, ' ');
/** The move rows of the list (the cursor's marked `>`), without the actor headings. */
const moveRowsOf = (frame: string) =>
  lines(frame)
    .filter((l) => /^[> ] {3}[A-Z_]+$/.test(l))
    .map((l) => l.trim().replace(/^> +/, ''));
/** The actor headings of the list, by id. */
const headingsOf = (frame: string) =>
  lines(frame)
    .filter((l) => /^ [a-z-]+: /.test(l))
    .map((l) => l.slice(1, l.indexOf(':')));

/** Jumps to the step of `id` and opens the insert list there. */
async function insertAt(press: Press, id: string, step: number): Promise<string> {
  await press('g');
  await press(`${id}${KEY.enter}`, (t) => t.includes(`step ${step}/`));
  await press('f', (t) => t.includes(`fork at step ${step}`));
  return press(KEY.enter, (t) => t.includes('insert: moves the current state accepts'));
}

/** The payload step of the first move `query` leaves in the insert list at `id`'s step. */
async function payloadStep(
  press: Press,
  at: [id: string, step: number],
  query: string,
  title: string,
): Promise<string> {
  await insertAt(press, ...at);
  await press(query, (t) => t.includes(`filter: ${query}_`));
  return press(KEY.enter, (t) => t.includes(`── insert ${title}`));
}

function fitsTheScreen(frame: string): void {
  expect(lines(frame)).toHaveLength(23);
  for (const line of lines(frame)) expect(line.length).toBeLessThanOrEqual(80);
}

describe('the move list', () => {
  test("is grouped under each actor, in the scenario's order", async () => {
    const { press } = await player();
    const text = await insertAt(press, 'walkout-threat', 28);
    fitsTheScreen(text);
    expect(headingsOf(text)[0]).toBe('de-mistura');
    expect(text).toContain(
      ' de-mistura: Staffan de Mistura, UN Special Envoy for Syria (envoy)\n>   CEASEFIRE_TALKS_OPENED\n',
    );
    // Narrowed to two actors, each heading is followed by that actor's own moves.
    const two = await press('walked', (t) => t.includes('filter: walked_'));
    expect(
      lines(two)
        .filter((l) => / {3}WALKED_OUT$/.test(l) || /^ [a-z-]+: /.test(l))
        .map((l) => l.trim()),
    ).toEqual([
      'hnc: High Negotiations Committee (opposition)',
      '>   WALKED_OUT'.trim(),
      'government: Syrian government delegation (Bashar al-Jaafari)',
      'WALKED_OUT',
    ]);
  });

  test('typing narrows it by move or actor, Backspace widens it, Esc clears it and then goes back', async () => {
    const { press } = await player();
    const all = await insertAt(press, 'walkout-threat', 28);
    const total = Number(/\(1\/(\d+)\)$/.exec(lines(all).at(-1)!)![1]);
    let text = await press('gest', (t) => t.includes('filter: gest_'));
    expect(moveRowsOf(text)).toEqual([
      'GESTURE_MADE',
      'GESTURE_MADE',
      'GESTURE_MADE',
      'GESTURE_MADE',
      'GESTURE_MADE',
    ]);
    expect(headingsOf(text)).toEqual(['government', 'russia', 'usa', 'issg', 'co-chairs']);
    expect(lines(text).at(-1)).toBe('↑/↓ choose  type to filter  Enter picks  Esc back  (1/5)');
    // An actor's name narrows too: Russia's moves, whatever their type.
    text = await press(`${KEY.backspace.repeat(4)}russia`, (t) => t.includes('filter: russia_'));
    expect(headingsOf(text)).toEqual(['russia']);
    expect(moveRowsOf(text)).toContain('CEASEFIRE_RULED_OUT');
    text = await press(KEY.backspace.repeat(3), (t) => t.includes('filter: rus_'));
    expect(headingsOf(text)).toEqual(['russia']);
    text = await press('zz', (t) => t.includes('filter: ruszz_'));
    expect(text).toContain('  no move matches "ruszz"');
    expect(lines(text).at(-1)).toMatch(/\(0\/0\)$/);
    text = await press(KEY.escape, (t) => t.includes('filter: _'));
    expect(lines(text).at(-1)).toBe(
      `↑/↓ choose  type to filter  Enter picks  Esc back  (1/${total})`,
    );
    await press(KEY.escape, (t) => t.includes('fork at step 28'));
  });

  test('the opposition is not offered a gesture meeting its own demands', async () => {
    const { press } = await player();
    await insertAt(press, 'walkout-threat', 28);
    let text = await press('gesture', (t) => t.includes('filter: gesture_'));
    expect(headingsOf(text)).not.toContain('hnc');
    text = await press(' hnc', (t) => t.includes('filter: gesture hnc_'));
    expect(text).toContain('no move matches "gesture hnc"');
  });
});

describe('the payload step', () => {
  test('a gesture meets only the conditions left ticked: in the inserted step, its effects and the saved file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-insert-'));
    const { press } = await player({ saveDir: dir });
    let text = await payloadStep(
      press,
      ['walkout-threat', 28],
      'gesture government',
      'GESTURE_MADE by government on 2016-02-02',
    );
    fitsTheScreen(text);
    expect(lines(text).at(-1)).toBe(
      'Enter inserts  ↑/↓ field  Space ticks  ←/→ change  type text  Esc back',
    );
    expect(text).toContain(
      '  meets: tick at least one\n>   [x] endAirStrikes       demanded, unmet\n    [x] liftSieges ',
    );
    expect(text).toContain('does: confidence 0 -> 40 (+40); endAirStrikes met; liftSieges met;');
    // Untick the first two: the preview follows.
    text = await press(' ', (t) => t.includes('[ ] endAirStrikes'));
    expect(text).not.toContain('endAirStrikes met');
    await press(KEY.down, (t) => t.includes('>   [x] liftSieges'));
    text = await press(' ', (t) => t.includes('[ ] liftSieges'));
    expect(text).toContain(
      'does: confidence 0 -> 20 (+20); releaseDetainees met; humanitarianAccess met',
    );
    text = await press(KEY.enter, (t) => t.includes('branch fork-1 (unsaved)'));
    expect(text).toContain('meets: releaseDetainees, humanitarianAccess');
    expect(text).toMatch(/\[ \] endAirStrikes unmet/);
    expect(text).toMatch(/\[x\] releaseDetainees met/);

    await press('s', (t) => t.includes('── save fork-1'));
    await press(KEY.enter, (t) => t.includes('saved to'));
    const path = join(dir, 'geneva-2016-fork-1.yaml');
    const saved = readFileSync(path, 'utf8');
    expect(saved).toContain(
      'type: GESTURE_MADE\n        payload:\n          meets:\n            - releaseDetainees\n            - humanitarianAccess\n',
    );
    expect(saved).not.toContain('endAirStrikes');
    const step = replay(loadScenario(path).scenario!)
      .entries.map((e) => e.step)
      .find((s) => s.id === 'what-if-1')!;
    expect(step.payload).toEqual({ meets: ['releaseDetainees', 'humanitarianAccess'] });
    expect(step.effects.filter((e) => e.kind === 'precondition')).toEqual([
      { kind: 'precondition', name: 'releaseDetainees', change: 'met' },
      { kind: 'precondition', name: 'humanitarianAccess', change: 'met' },
    ]);
  });

  test('with every box unticked Enter does not insert, and says why', async () => {
    const { press, frame } = await player();
    await payloadStep(press, ['walkout-threat', 28], 'gesture russia', 'GESTURE_MADE by russia');
    for (const name of ['endAirStrikes', 'liftSieges', 'releaseDetainees']) {
      await press(' ', (t) => t.includes(`[ ] ${name}`));
      await press(KEY.down);
    }
    const text = await press(' ', (t) => t.includes('[ ] humanitarianAccess'));
    expect(text).toContain('cannot insert yet: meets: tick at least one');
    await press(KEY.escape, (t) => t.includes('filter: gesture russia_'));
    expect(frame()).not.toContain('fork-1');
  });

  test("a threat's deadline is set by days or by date, and its conditions by ticks", async () => {
    const { press } = await player();
    let text = await payloadStep(
      press,
      ['aleppo-offensive', 15],
      'walkout_threatened',
      'WALKOUT_THREATENED by hnc on 2016-02-01',
    );
    expect(text).toContain('> deadline     2016-02-04_  3 days after 2016-02-01');
    text = await press(KEY.right, (t) => t.includes('2016-02-05_'));
    expect(text).toContain('4 days after 2016-02-01');
    expect(text).toContain('does: opposition: attending -> walkoutThreat');
    expect(said(text)).toContain('walkout deadline set for 2016-02-05:');
    // Typed as a number of days ahead.
    await press(KEY.backspace.repeat(10), (t) => t.includes('> deadline     _'));
    text = await press('7', (t) => t.includes('> deadline     7_'));
    expect(text).toContain('2016-02-08, 7 days after 2016-02-01');
    // Typed as a date.
    await press(KEY.backspace);
    text = await press('2016-02-10', (t) => t.includes('2016-02-10_'));
    expect(said(text)).toContain('walkout deadline set for 2016-02-10');
    const ticked = lines(text)
      .filter((l) => /\[x\] /.test(l))
      .map((l) => /\[x\] (\w+)/.exec(l)![1]!);
    expect(ticked.length).toBeGreaterThan(1);
    await press(KEY.down, (t) => /^> {3}\[x\] /m.test(t));
    await press(' ', (t) => t.includes(`[ ] ${ticked[0]}`));
    text = await press(KEY.enter, (t) => t.includes('branch fork-1 (unsaved)'));
    expect(text).toContain('walkout due 2016-02-10, 9 days left');
    // The panel lists the effects first; the whole step has the payload: the unticked condition is not in it.
    text = await press(KEY.enter, (t) => t.includes('── the whole step'));
    const payload = lines(text).find((l) => l.includes('deadline: 2016-02-10; conditions: '))!;
    expect(payload).toContain(`conditions: ${ticked[1]}, `);
    expect(payload).not.toContain(ticked[0]);
  });

  test("an offensive's intensity is chosen with ←/→, and the preview follows it", async () => {
    const { press } = await player();
    let text = await payloadStep(
      press,
      ['walkout-threat', 28],
      'offensive syrian-army',
      'OFFENSIVE_LAUNCHED by syrian-army',
    );
    expect(text).toContain('> area         a hypothetical area_');
    await press(KEY.down, (t) => t.includes('> intensity'));
    text = await press(KEY.right, (t) => t.includes('limited major [massive]'));
    expect(text).toContain(
      'does: offensive by Syrian government forces: a hypothetical area, massive',
    );
    text = await press(`${KEY.left}${KEY.left}`, (t) => t.includes('[limited] major massive'));
    expect(text).toContain(
      'does: offensive by Syrian government forces: a hypothetical area, limited',
    );
    text = await press(KEY.enter, (t) => t.includes('branch fork-1 (unsaved)'));
    expect(text).toContain('area: a hypothetical area; intensity: limited');
  });

  test('a meeting names one of the other actors, a delegation by default; a narrow window shows the one chosen', async () => {
    // Nine others do not fit in a row of 80 columns: a wide window lists them all.
    const { press } = await player({ size: { columns: 120, rows: 24 } });
    let text = await payloadStep(
      press,
      ['walkout-threat', 28],
      'envoy_met',
      'ENVOY_MET by de-mistura',
    );
    expect(text).toContain(
      '> with         [hnc] government syrian-army russia usa islamic-state issg co-chairs security-council\n',
    );
    text = await press(KEY.right, (t) => t.includes('hnc [government]'));
    text = await press(KEY.enter, (t) => t.includes('branch fork-1 (unsaved)'));
    expect(text).toContain('with: government');
    const narrow = await player({ size: { columns: 60, rows: 20 } });
    text = await payloadStep(
      narrow.press,
      ['walkout-threat', 28],
      'envoy_met',
      'ENVOY_MET by de-mistura',
    );
    expect(text).toContain('> with         < hnc >  1 of 9\n');
    expect(lines(text).at(-1)).toBe('Enter inserts  ↑/↓ field  Space ticks  ←/→ change  Esc back');
  });

  test('Enter at once inserts the defaults: the quick path is one key', async () => {
    const { press } = await player();
    await payloadStep(press, ['walkout-threat', 28], 'gesture usa', 'GESTURE_MADE by usa');
    await press(KEY.enter, (t) => t.includes('branch fork-1 (unsaved)'));
    const text = await press(KEY.enter, (t) => t.includes('── the whole step'));
    expect(text.replace(/\s+/g, ' ')).toContain(
      'meets: endAirStrikes, liftSieges, releaseDetainees, humanitarianAccess',
    );
  });
});
