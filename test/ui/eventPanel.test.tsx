/** The current event's panel: what a student reads about one step, at 80x24 and on a taller screen. */
import { afterEach, expect, test } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { defaultCatalog, loadScenario } from '../../src/engine/load.js';
import { App } from '../../src/ui/App.js';
import { KEY, player, waitFor } from './helpers.js';
import { mustLoad } from '../helpers/scenarios.js';

afterEach(cleanup);

test('at 80x24 the step names its event id, and what it did is wrapped, not cut mid-word', async () => {
  const { press } = await player();
  await press('g');
  const text = await press(`walkout-threat${KEY.enter}`, (t) => t.includes('step 28/36'));
  expect(text).toContain('── step 28 of 36 · walkout-threat ──');
  expect(text).toContain('\nopposition: attending -> walkoutThreat\n');
  // The rest of what it did is too long for what is left: its line says so.
  expect(text).toContain(
    '\nwalkout deadline set for 2016-02-05: endAirStrikes, releaseDetainees,…\n',
  );
  expect(text).toContain('-- EA WorldView (republished by MESOP), 2016-02-03');
});

test('a taller window gives the event its extra rows: the payload and the quote are whole', async () => {
  const { press } = await player({ size: { columns: 100, rows: 32 } });
  await press('g');
  const text = await press(`walkout-threat${KEY.enter}`, (t) => t.includes('step 28/36'));
  expect(text).toContain(
    'deadline: 2016-02-05; conditions: endAirStrikes, releaseDetainees, humanitarianAccess, liftSieges',
  );
  expect(text).toContain('advance towards ceasefires, detainee releases, and access to aid"');
  expect(text.split('\n').length).toBeLessThanOrEqual(32);
});

test('a refused event shows the whole rule that refused it', async () => {
  const { scenario } = loadScenario('test/fixtures/engine/refused.yaml');
  const app = render(
    <App
      scenario={scenario!}
      catalog={defaultCatalog()}
      size={{ columns: 80, rows: 24 }}
      theme={{ colour: false }}
    />,
  );
  await waitFor(app.lastFrame, (t) => t.includes('step 0/7'));
  app.stdin.write(KEY.right);
  const text = await waitFor(app.lastFrame, (t) => t.includes('step 1/7'));
  const rows = text.split('\n');
  const at = rows.findIndex((l) =>
    l.startsWith('REFUSED by the model: not accepted while process scheduled'),
  );
  expect(`${rows[at]} ${rows[at + 1]}`).toMatch(/government undecided, ceasefireTrack offAgenda$/);
});

test('a quote that opens with a quotation shows one pair of marks, the inner ones single', async () => {
  const { press } = await player();
  await press('g');
  const text = await press(`boycott${KEY.enter}`, (t) => t.includes('· boycott ──'));
  expect(text).toContain(`  "'We will not be in Geneva tomorrow,'`);
  expect(text).not.toContain('""');
});

test('Enter shows the whole step when the panel had to cut it: the full quote, the note, every effect', async () => {
  const { press } = await player();
  await press('g');
  let text = await press(`walkout-threat${KEY.enter}`, (t) => t.includes('step 28/36'));
  expect(text).toContain(
    '  -- EA WorldView (republished by MESOP), 2016-02-03  (Enter: the whole step)',
  );
  text = await press(KEY.enter, (t) => t.includes('── the whole step'));
  expect(text).toContain(
    '  note: Friday 5 February is the deadline; the conditions are ceasefires,',
  );
  expect(text).toContain('    access to aid"');
  expect(text).toContain(
    '  walkout deadline set for 2016-02-05: endAirStrikes, releaseDetainees,\n  humanitarianAccess, liftSieges unmet\n',
  );
  expect(text).toContain('  humanitarianAccess, liftSieges\n');
  await press(KEY.escape, (t) => t.includes('── step 28 of 36'));
});

test('the offensive shows the confidence it cost, in the panel and on the meter', async () => {
  const { press } = await player();
  await press('g');
  let text = await press(`aleppo-offensive${KEY.enter}`, (t) => t.includes('step 15/36'));
  expect(text).toContain('\nconfidence 24 -> 4 (-20)\n');
  expect(text).toContain('── confidence [--------] 4  24 -> 4 ─');
  // The next step moves confidence again; the one after leaves it, and the meter keeps the last change.
  text = await press(KEY.right, (t) => t.includes('step 16/36'));
  expect(text).toContain('── confidence [#-------] 9  4 -> 9 ─');
  text = await press(KEY.right, (t) => t.includes('step 17/36'));
  expect(text).not.toMatch(/\nconfidence \d/);
  expect(text).toContain('── confidence [#-------] 9  4 -> 9 ─');
});

test("a what-if's own event is marked in the heading, the timeline and the whole step, with every effect", async () => {
  const { press } = await player({ scenario: mustLoad('scenarios/what-if/goodwill-gesture.yaml') });
  await press('g');
  let text = await press(`detainees-and-aid${KEY.enter}`, (t) => /step 4\/\d+/.test(t));
  expect(text).toContain('\n2016-01-27  GESTURE_MADE [what-if]  Syrian government delegation');
  expect(text).toContain(
    '\nconfidence 30 -> 50 (+20) | releaseDetainees met | humanitarianAccess met\n',
  );
  expect(text).toContain('\n  what-if: not on the record, no source\n');
  expect(text).toMatch(/^> {2}4 \+ 2016-01-27 GESTURE_MADE what-if/m);
  expect(text).toMatch(/^ {3}3 {3}2016-01-26 PRECONDITIONS_DEMANDED\s/m);
  text = await press(KEY.enter, (t) => t.includes('── the whole step'));
  expect(text).toContain('> 2016-01-27 GESTURE_MADE [what-if] Syrian government delegation');
  expect(text).toContain('\n  releaseDetainees met\n  humanitarianAccess met\n');
  expect(text).not.toContain('no state change');
});
