/** The timeline beside the context: where a fork leaves the run, readable at 80 columns. */
import { afterEach, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, pickMove, player } from './helpers.js';

afterEach(cleanup);

test('a fork shows a divider line where the branch leaves the run, and every row stays whole', async () => {
  const { press } = await player();
  await press('g');
  await press(`formal-start${KEY.enter}`, (t) => t.includes('step 20/36'));
  await press('f', (t) => t.includes('fork at step 20'));
  await press(KEY.enter, (t) => t.includes('moves the current state accepts'));
  const text = await pickMove(press, '', (t) => t.includes('branch fork-1 (unsaved)'));
  const rows = text.split('\n');
  const divider = rows.findIndex((l) => l.startsWith('      ── fork ── '));
  expect(divider).toBeGreaterThan(0);
  expect(rows[divider - 1]).toMatch(/^ {2}20 {3}2016-02-01 FORMAL_START_DECLARED/);
  expect(rows[divider + 1]).toMatch(/^> 21 \+ 2016-02-01 \w+/);
  expect(rows.length).toBeLessThanOrEqual(24);
});
