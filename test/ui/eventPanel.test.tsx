/** The current event's panel: what a student reads about one step, at 80x24 and on a taller screen. */
import { afterEach, expect, test } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { defaultCatalog, loadScenario } from '../../src/scenario/load.js';
import { App } from '../../src/ui/App.js';
import { KEY, player, waitFor } from './helpers.js';

afterEach(cleanup);

test('at 80x24 the step names its event id, and what it did is wrapped, not cut mid-word', async () => {
  const { press } = await player();
  await press('g');
  const text = await press(`walkout-threat${KEY.enter}`, (t) => t.includes('step 28/36'));
  expect(text).toContain('── step 28 of 36 · walkout-threat ──');
  expect(text).toContain('\nopposition: attending -> walkoutThreat | the policies gave this move 86%\n');
  // The payload is too long for what is left: its line says so.
  expect(text).toMatch(/\ndeadline: 2016-02-05; conditions: endAirStrikes, [^\n]*…\n/);
  expect(text).toContain('-- EA WorldView (republished by MESOP), 2016-02-03');
});

test('a taller window gives the event its extra rows: the payload and the quote are whole', async () => {
  const { press } = await player({ size: { columns: 100, rows: 32 } });
  await press('g');
  const text = await press(`walkout-threat${KEY.enter}`, (t) => t.includes('step 28/36'));
  expect(text).toContain('deadline: 2016-02-05; conditions: endAirStrikes, releaseDetainees, humanitarianAccess, liftSieges');
  expect(text).toContain('advance towards ceasefires, detainee releases, and access to aid"');
  expect(text.split('\n').length).toBeLessThanOrEqual(32);
});

test('a refused event shows the whole rule that refused it', async () => {
  const { scenario } = loadScenario('test/fixtures/engine/refused.yaml');
  const app = render(<App scenario={scenario!} catalog={defaultCatalog()} size={{ columns: 80, rows: 24 }} theme={{ colour: false }} />);
  await waitFor(app.lastFrame, (t) => t.includes('step 0/7'));
  app.stdin.write(KEY.right);
  const text = await waitFor(app.lastFrame, (t) => t.includes('step 1/7'));
  const rows = text.split('\n');
  const at = rows.findIndex((l) => l.startsWith('REFUSED by the model: not accepted while process scheduled'));
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
  expect(text).toContain('  -- EA WorldView (republished by MESOP), 2016-02-03  (Enter: the whole step)');
  text = await press(KEY.enter, (t) => t.includes('── the whole step'));
  expect(text).toContain('  note: Friday 5 February is the deadline; the conditions are ceasefires,');
  expect(text).toContain('    access to aid"');
  expect(text).toContain('  humanitarianAccess, liftSieges');
  await press(KEY.escape, (t) => t.includes('── step 28 of 36'));
});
